import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, QueuedTurn } from '../../../functions/core/types';
import {
  buildLineTextWebhook,
  buildTelegramUpdate,
  buildWhatsAppTextWebhook,
} from '../../../lib/local/simulator/webhook-builders';
import { startDynamoIngest } from './dynamo-ingest';

let ingest: Awaited<ReturnType<typeof startDynamoIngest>>;
let queued: QueuedTurn[];
const invoke = (channel: ChannelName, body: string) => ingest.invoke(channel, body);

beforeAll(async () => {
  ingest = await startDynamoIngest('crossdesk-poison');
  queued = ingest.queued;
});
afterAll(async () => {
  await ingest?.stop();
});

const BIG = '123456789012345678901234567890'; // far beyond 2^53, as a JSON number literal
const LONG_ID = 'x'.repeat(3000);
const HUGE_TEXT = 'ü'.repeat(450_000);

function whatsapp(fields: { id?: string; from?: string; text?: string; extra?: string }) {
  const body = buildWhatsAppTextWebhook({
    phoneNumberId: '106540352242922',
    waId: '6591234567',
    text: fields.text ?? 'hello',
  }) as { entry: { changes: { value: { messages: Record<string, unknown>[] } }[] }[] };
  const message = body.entry[0]!.changes[0]!.value.messages[0]!;
  if (fields.id) message.id = fields.id;
  if (fields.from) message.from = fields.from;
  let json = JSON.stringify(body);
  if (fields.extra) json = json.replace('"timestamp":"', `"poison":${fields.extra},"timestamp":"`);
  return json;
}

const line = (text: string, userId = 'U4af4980629aaaaaaaaaaaaaaaaaaaaaaa') =>
  JSON.stringify(buildLineTextWebhook({ destination: 'Udest', userId, text }));

describe('poison bodies, correctly signed, against dynalite', () => {
  const cases: [string, ChannelName, () => string][] = [
    ['WhatsApp: a number beyond safe integers anywhere', 'whatsapp', () => whatsapp({ extra: BIG })],
    ['WhatsApp: a 3 KB message id', 'whatsapp', () => whatsapp({ id: `wamid.${LONG_ID}` })],
    ['WhatsApp: a 3 KB sender', 'whatsapp', () => whatsapp({ from: `1${'2'.repeat(3000)}` })],
    ['WhatsApp: a 900 KB text', 'whatsapp', () => whatsapp({ text: HUGE_TEXT })],
    ['LINE: a 3 KB user id', 'line', () => line('hi', `U${LONG_ID}`)],
    ['LINE: a 900 KB text', 'line', () => line(HUGE_TEXT)],
    [
      'Telegram: a chat id beyond safe integers',
      'telegram',
      () =>
        JSON.stringify(buildTelegramUpdate({ chatId: 7, text: 'hi' })).replace(/"id":7\b/g, `"id":${BIG}`),
    ],
    [
      'Telegram: an update id beyond safe integers',
      'telegram',
      () =>
        JSON.stringify(buildTelegramUpdate({ chatId: 8, text: 'hi' })).replace(
          /"update_id":\d+/,
          `"update_id":${BIG}`,
        ),
    ],
  ];
  for (const [name, channel, body] of cases) {
    it(`${name} → 200 or 400, never 5xx`, async () => {
      const result = await invoke(channel, body());
      expect([200, 400, 413]).toContain(result.statusCode);
    });
  }

  it('a message older than the dedupe window (a replay) is ignored, not answered', async () => {
    const before = queued.length;
    const old = Math.floor((Date.now() - 8 * 86_400_000) / 1000);
    const body = whatsapp({ id: 'wamid.replayed-1' }).replace(/"timestamp":"\d+"/, `"timestamp":"${old}"`);
    expect((await invoke('whatsapp', body)).statusCode).toBe(200);
    expect(queued.length).toBe(before);
  });

  it('a LINE body with 2,000 events of one user is stored and queued in order, in a few seconds', async () => {
    const events = Array.from({ length: 2000 }, (_, i) => ({
      type: 'message',
      mode: 'active',
      timestamp: Date.now(),
      source: { type: 'user', userId: 'Ubatch0000000000000000000000000001' },
      webhookEventId: `01BATCH${String(i).padStart(19, '0')}`,
      deliveryContext: { isRedelivery: false },
      replyToken: `rt${i}`,
      message: { id: `${9_000_000 + i}`, type: 'text', quoteToken: `q${i}`, text: `message ${i}` },
    }));
    const before = queued.length;
    const started = performance.now();
    const result = await invoke('line', JSON.stringify({ destination: 'Udest', events }));
    const seconds = (performance.now() - started) / 1000;
    expect(result.statusCode).toBe(200);
    const mine = queued.slice(before).map((t) => t.message.text);
    expect(mine).toHaveLength(2000);
    expect(mine.slice(0, 3)).toEqual(['message 0', 'message 1', 'message 2']);
    expect(mine.at(-1)).toBe('message 1999');
    console.log(`2,000 LINE events ingested in ${seconds.toFixed(2)} s`);
    // ~4 s on an idle 2-core machine; the bound is loose because test files run in parallel here.
    expect(seconds).toBeLessThan(25);
  }, 30_000);

  it('an ordinary message still goes through after all of them', async () => {
    const before = queued.length;
    expect((await invoke('whatsapp', whatsapp({ id: 'wamid.ordinary-1' }))).statusCode).toBe(200);
    expect(queued.length).toBe(before + 1);
  });
});
