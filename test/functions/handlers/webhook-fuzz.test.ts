import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../functions/core/types';
import {
  buildLineImageWebhook,
  buildLinePostbackWebhook,
  buildLineTextWebhook,
  buildTelegramCallbackUpdate,
  buildTelegramPhotoUpdate,
  buildTelegramUpdate,
  buildWhatsAppButtonWebhook,
  buildWhatsAppImageWebhook,
  buildWhatsAppTextWebhook,
} from '../../../lib/local/simulator/webhook-builders';
import { startDynamoIngest } from './dynamo-ingest';

/** mulberry32: small, seeded, good enough to make the run reproducible. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
  };
}
type Rng = ReturnType<typeof rng>;

// Values a hostile or broken sender might put anywhere. UNSAFE becomes a bare number literal beyond 2^53.
const UNSAFE = '__UNSAFE_INTEGER__';
const WEIRD: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  UNSAFE,
  '',
  'x'.repeat(3000),
  'ü'.repeat(5000),
  '\u0000\u202e\ud83d\ude00',
  '__proto__',
  [],
  {},
  [[[[[[[[[[]]]]]]]]]],
  { type: 'text' },
  '2026-13-45T99:99:99Z',
];

const seeds: Record<ChannelName, () => unknown[]> = {
  whatsapp: () => {
    const shopper = { phoneNumberId: '106540352242922', waId: '6591234567' };
    return [
      buildWhatsAppTextWebhook({ ...shopper, text: 'where is my order 48213?' }),
      buildWhatsAppButtonWebhook({ ...shopper, buttonId: 'order:48213', title: '#48213' }),
      buildWhatsAppImageWebhook({ ...shopper, mediaId: '123456', caption: 'broken' }),
    ];
  },
  line: () => {
    const shopper = { destination: 'Udest', userId: 'U4af4980629aaaaaaaaaaaaaaaaaaaaaaa' };
    return [
      buildLineTextWebhook({ ...shopper, text: '注文48213はどこ？' }),
      buildLinePostbackWebhook({ ...shopper, data: 'order:48213' }),
      buildLineImageWebhook({ ...shopper }),
    ];
  },
  telegram: () => {
    const shopper = { chatId: 42 };
    return [
      buildTelegramUpdate({ ...shopper, text: 'wo ist meine Bestellung 48213?' }),
      buildTelegramCallbackUpdate({ ...shopper, data: 'order:48213' }),
      buildTelegramPhotoUpdate({ ...shopper, fileId: 'AgAC-file', caption: 'kaputt' }),
    ];
  },
};

function mutate(r: Rng, root: unknown): void {
  let node = root;
  for (let depth = 0; depth < r.int(0, 7); depth++) {
    if (!node || typeof node !== 'object') break;
    const keys = Object.keys(node as object);
    if (keys.length === 0) break;
    const next = (node as Record<string, unknown>)[r.pick(keys)];
    if (!next || typeof next !== 'object') break;
    node = next;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const keys = Object.keys(record);
  const key = keys.length > 0 && r.next() < 0.85 ? r.pick(keys) : r.pick(['extra', 'id', 'type', '0']);
  const roll = r.next();
  const own = Object.hasOwn(record, key) ? record[key] : undefined;
  if (roll < 0.2) delete record[key];
  else if (roll < 0.3 && Array.isArray(own))
    for (let i = 0; i < r.int(1, 60); i++) own.push(structuredClone(own[0]));
  else
    Object.defineProperty(record, key, {
      value: structuredClone(r.pick(WEIRD)),
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

function fuzzBody(r: Rng, channel: ChannelName): string {
  const roll = r.next();
  if (roll < 0.05)
    return Buffer.from(Array.from({ length: r.int(0, 64) }, () => r.int(0, 255))).toString('latin1');
  const seed = r.pick(seeds[channel]());
  if (roll < 0.1) return JSON.stringify(seed).slice(0, r.int(0, 120));
  const copy = structuredClone(seed);
  for (let m = 0; m < r.int(1, 5); m++) mutate(r, copy);
  return (JSON.stringify(copy) ?? 'null').replaceAll(`"${UNSAFE}"`, '123456789012345678901234567890');
}

describe('ingest fuzz: 2,400 signed bodies against dynalite', () => {
  let ingest: Awaited<ReturnType<typeof startDynamoIngest>>;
  beforeAll(async () => {
    ingest = await startDynamoIngest('crossdesk-fuzz');
  });
  afterAll(async () => {
    await ingest?.stop();
  });

  it('answers 200 or 4xx to every one, never 5xx', async () => {
    const r = rng(20261207);
    const statuses = new Map<number, number>();
    const fivexx: string[] = [];
    for (const channel of ['whatsapp', 'line', 'telegram'] as const) {
      for (let i = 0; i < 800; i++) {
        const body = fuzzBody(r, channel);
        const { statusCode = 0 } = await ingest.invoke(channel, body);
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
        if (statusCode >= 500 && fivexx.length < 3) fivexx.push(`${channel}: ${body.slice(0, 300)}`);
      }
    }
    const figures = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    console.log(`fuzz: 2,400 signed bodies → ${figures.join(', ')}; ${ingest.queued.length} messages queued`);
    expect(fivexx).toEqual([]);
    // The fuzz reached the store, not only the parser's refusals.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(500);
    expect(ingest.queued.length).toBeGreaterThan(100);
  }, 120_000);
});
