// The Telegram agents group through the wire: the worker with the real grammY sender and the real
// Telegram parser against the local fake Bot API over HTTP. A shopper (Lucía, in her own Telegram chat)
// asks for a person; the notice lands in the agents' group; Ana taps Claim, answers by replying to the
// notice (Lucía reads it in Spanish), and closes it with `/close`. Group chatter reaches no shopper.
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInboundChannel } from '../../../functions/channels/registry';
import { createChatSpacing } from '../../../functions/channels/telegram/chat-spacing';
import { createTelegramSender } from '../../../functions/channels/telegram/send';
import { createAgentDesk } from '../../../functions/core/agent-desk';
import { t } from '../../../functions/core/messages/index';
import type { Translator } from '../../../functions/core/ports';
import type { InboundMessage } from '../../../functions/core/types';
import { createWorkerHandler } from '../../../functions/handlers/worker';
import { createTelegramGroupNotifier } from '../../../functions/services/notifiers/telegram-group';
import { LOCAL_SECRETS, LOCAL_TELEGRAM_AGENTS_CHAT_ID } from '../../../lib/local/defaults';
import type { OutboxEntry } from '../../../lib/local/fakes';
import { manualClock, type RunningFakes, silentLogger, startFakes } from '../../helpers/fake-platforms';
import { keywordTurn } from '../core/turn-helpers';
import { merchant, NOW, seededStores } from '../tools/fixtures';

const BOT_TOKEN = LOCAL_SECRETS.TELEGRAM_BOT_TOKEN;
const WEBHOOK_SECRET = LOCAL_SECRETS.TELEGRAM_WEBHOOK_SECRET;
const BOT_ID = BOT_TOKEN.split(':')[0]!;
const GROUP = LOCAL_TELEGRAM_AGENTS_CHAT_ID;
const LUCIA_CHAT = 555000222;
const LUCIA = `telegram:${BOT_ID}:${LUCIA_CHAT}`;
const ANA = { id: 4201, is_bot: false, first_name: 'Ana', last_name: 'Ruiz' };
const BEN = { id: 4202, is_bot: false, first_name: 'Ben' };
const silent = new Logger({ serviceName: 'test', logLevel: 'SILENT' });

const translator: Translator = {
  async translate({ text, from, to }) {
    const known: Record<string, string> = {
      'en→es We are sending a new lamp today.': 'Hoy te enviamos una lámpara nueva.',
      'es→en ¿Puedo hablar con una persona, por favor?': 'Can I talk to a person, please?',
    };
    return known[`${from}→${to} ${text}`] ?? `[${from}→${to}] ${text}`;
  },
};

let running: RunningFakes;
const clock = manualClock(NOW.getTime());

beforeAll(async () => {
  running = await startFakes({ now: clock.now });
});
afterAll(() => running.close());
beforeEach(() => running.fakes.outbox.clear());

async function setup() {
  const seeded = await seededStores();
  const { stores, cases } = seeded;
  const apiRoot = `${running.origin}/fake/telegram`;
  const telegram = createTelegramSender({
    botToken: BOT_TOKEN,
    apiRoot,
    logger: silentLogger,
    spacing: createChatSpacing({ now: clock.now, sleep: clock.sleep }),
    retry: { sleep: clock.sleep, random: () => 0.5 },
  });
  const desk = createAgentDesk({
    conversations: stores.conversations,
    messages: stores.messages,
    orders: stores.orders,
    channelFor: () => telegram,
    merchant,
    translator,
    now: () => NOW,
  });
  const worker = createWorkerHandler({
    ...stores,
    cases,
    channelFor: () => telegram,
    runTurn: keywordTurn(seeded),
    notifiers: [createTelegramGroupNotifier({ botToken: BOT_TOKEN, chatId: GROUP, apiRoot })],
    desk,
    agentsGroup: { chatId: GROUP, desk },
    logger: silent,
    now: () => NOW,
  });
  const inbound = createInboundChannel('telegram', {
    TELEGRAM_BOT_TOKEN: BOT_TOKEN,
    TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
  });

  /** Telegram POSTs an update to our webhook: verified, parsed, queued, run by the worker. */
  async function deliver(update: Record<string, unknown>) {
    const rawBody = Buffer.from(JSON.stringify(update));
    const verified = inbound.verify({
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
      query: {},
      rawBody,
    });
    expect(verified).toEqual({ ok: true });
    const { messages } = inbound.parse(rawBody);
    expect(messages).toHaveLength(1);
    const result = await worker(sqsEvent(messages));
    expect(result.batchItemFailures).toEqual([]);
    return messages[0]!;
  }
  return { stores, desk, deliver, get: async (id: string) => (await stores.conversations.get(id))! };
}

const sqsEvent = (messages: InboundMessage[]): SQSEvent => ({
  Records: messages.map(
    (m) =>
      ({
        messageId: `sqs-${m.eventId}`,
        body: JSON.stringify({ v: 1, message: m }),
        attributes: { MessageGroupId: m.conversationId },
      }) as unknown as SQSRecord,
  ),
});

let updateId = 70_000;
const date = Math.floor(NOW.getTime() / 1000);
const groupChat = { id: Number(GROUP), type: 'supergroup', title: 'Lumen & Loom agents' };
const bot = { id: Number(BOT_ID), is_bot: true, first_name: 'Crossdesk Local' };

const luciaWrites = (text: string) => {
  updateId += 1;
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      from: { id: LUCIA_CHAT, is_bot: false, first_name: 'Lucía', language_code: 'es' },
      chat: { id: LUCIA_CHAT, type: 'private', first_name: 'Lucía' },
      date,
      text,
    },
  };
};

/** The notice as group members see it (what Telegram puts in reply_to_message / callback message). */
const noticeMessage = (notice: OutboxEntry) => ({
  message_id: 1,
  from: bot,
  chat: groupChat,
  date,
  text: notice.text,
});

const taps = (agent: typeof ANA | typeof BEN, notice: OutboxEntry, data = notice.buttons?.[0]?.id) => {
  updateId += 1;
  return {
    update_id: updateId,
    callback_query: {
      id: `cbq-${updateId}`,
      from: agent,
      chat_instance: '-77',
      message: noticeMessage(notice),
      data,
    },
  };
};

const groupMessage = (agent: typeof ANA | typeof BEN, text: string, replyTo?: OutboxEntry) => {
  updateId += 1;
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      from: agent,
      chat: groupChat,
      date,
      text,
      ...(replyTo ? { reply_to_message: noticeMessage(replyTo) } : {}),
    },
  };
};

const toLucia = () =>
  running.fakes.outbox.list({ channel: 'telegram', to: String(LUCIA_CHAT) }).map((e) => e.text);
const inGroup = () => running.fakes.outbox.list({ channel: 'agent:telegram', to: GROUP });
const shoppers = () => running.fakes.outbox.list({ channel: 'telegram' });

/** Lucía asks for a person; returns the notice the group got. */
async function luciaAsksForAPerson(s: Awaited<ReturnType<typeof setup>>): Promise<OutboxEntry> {
  await s.deliver(luciaWrites('¿Puedo hablar con una persona, por favor?'));
  const notices = inGroup();
  expect(notices).toHaveLength(1);
  return notices[0]!;
}

describe('the Telegram agents group, through the fake Bot API', () => {
  it('Lucía asks for a person: she is told in Spanish, and the group gets a notice with a Claim button', async () => {
    const s = await setup();
    const notice = await luciaAsksForAPerson(s);
    const handoffId = (await s.get(LUCIA)).handoff!.id;

    expect(toLucia().join('\n')).toContain(t('es', 'handoff'));
    expect(notice.buttons).toEqual([{ id: `cd:claim:${handoffId}`, title: 'Claim' }]);
    expect(notice.text).toContain('Telegram · Spanish (es)');
    expect(notice.text).toContain('¿Puedo hablar con una persona, por favor?');
    expect(notice.text).toContain('Can I talk to a person, please?');
    expect(notice.text.split('\n').at(-1)).toBe(`#h${handoffId}`);
  });

  it('Ana taps Claim, replies to the notice, and closes it: Lucía hears each step in Spanish', async () => {
    const s = await setup();
    const notice = await luciaAsksForAPerson(s);
    const handoffId = (await s.get(LUCIA)).handoff!.id;
    running.fakes.outbox.clear();

    // Claim: Ana holds Lucía, Lucía hears someone joined, the group sees who took it.
    await s.deliver(taps(ANA, notice));
    expect(await s.get(LUCIA)).toMatchObject({
      mode: 'human',
      handoff: { status: 'claimed', claimedBy: 'Ana Ruiz' },
    });
    expect(toLucia()).toEqual([t('es', 'agent_joined')]);
    expect(inGroup().map((e) => e.text)).toEqual([
      `✅ Ana Ruiz took #h${handoffId}. Reply to the handoff message to answer the shopper.`,
    ]);

    // Reply to the notice: translated for Lucía; the group sees what she received.
    await s.deliver(groupMessage(ANA, 'We are sending a new lamp today.', notice));
    expect(toLucia().at(-1)).toBe('Hoy te enviamos una lámpara nueva.');
    expect(inGroup().at(-1)?.text).toBe('➜ sent (es): Hoy te enviamos una lámpara nueva.');
    expect((await s.stores.messages.list(LUCIA)).find((e) => e.direction === 'agent')).toMatchObject({
      direction: 'agent',
      text: 'Hoy te enviamos una lámpara nueva.',
      data: { agent: 'Ana Ruiz', original: 'We are sending a new lamp today.' },
    });

    // `/close fixes`: back to the bot, Lucía told and asked for a rating, the resolution kept.
    await s.deliver(groupMessage(ANA, '/close fixes', notice));
    expect(toLucia().slice(-2)).toEqual([t('es', 'back_to_bot'), t('es', 'rating_ask')]);
    expect(await s.get(LUCIA)).toMatchObject({
      mode: 'bot',
      awaiting: { kind: 'rating', handoffId },
      handoff: { status: 'closed', resolution: 'fixes', endedBy: 'Ana Ruiz' },
    });
    expect(inGroup().at(-1)?.text).toBe(`✔️ #h${handoffId} closed.`);
    // Only Lucía's chat received shopper messages.
    expect(new Set(shoppers().map((e) => e.to))).toEqual(new Set([String(LUCIA_CHAT)]));
  });

  it('Ben taps Claim after Ana: he is told it is taken, and Lucía hears nothing more', async () => {
    const s = await setup();
    const notice = await luciaAsksForAPerson(s);
    await s.deliver(taps(ANA, notice));
    running.fakes.outbox.clear();

    await s.deliver(taps(BEN, notice));
    const handoffId = (await s.get(LUCIA)).handoff!.id;
    expect(inGroup().map((e) => e.text)).toEqual([`#h${handoffId} is already taken by Ana Ruiz.`]);
    await s.deliver(groupMessage(BEN, 'Hola, soy Ben', notice));
    expect(inGroup().at(-1)?.text).toBe(`#h${handoffId} is already taken by Ana Ruiz.`);
    expect(toLucia()).toEqual([]);
    expect((await s.get(LUCIA)).handoff?.claimedBy).toBe('Ana Ruiz');
  });

  it('a reply without Claim takes the handoff; /release hands Lucía back to the bot', async () => {
    const s = await setup();
    const notice = await luciaAsksForAPerson(s);
    running.fakes.outbox.clear();
    await s.deliver(groupMessage(ANA, 'We are sending a new lamp today.', notice));
    expect(toLucia()).toEqual([t('es', 'agent_joined'), 'Hoy te enviamos una lámpara nueva.']);

    await s.deliver(groupMessage(ANA, '/release', notice));
    expect(toLucia().slice(-2)).toEqual([t('es', 'back_to_bot'), t('es', 'rating_ask')]);
    expect((await s.get(LUCIA)).handoff).toMatchObject({ status: 'released', endedBy: 'Ana Ruiz' });
  });

  it('agents chatting in the group, not replying to a notice, reach no shopper and change nothing', async () => {
    const s = await setup();
    await luciaAsksForAPerson(s);
    const before = await s.get(LUCIA);
    running.fakes.outbox.clear();

    await s.deliver(groupMessage(ANA, 'Who is taking the lamp one?'));
    await s.deliver(groupMessage(BEN, '/close fixes'));
    // A reply to some other message in the group (not a notice) is chatter too.
    const chatter: OutboxEntry = {
      channel: 'agent:telegram',
      to: GROUP,
      text: 'lunch at 1?',
      raw: {},
      at: '',
      kind: 'text',
    };
    await s.deliver(groupMessage(BEN, 'sure', chatter));

    expect(shoppers()).toEqual([]);
    expect(inGroup()).toEqual([]);
    expect(await s.get(LUCIA)).toEqual(before);
  });

  it('a Claim on a handoff that already ended says so in the group', async () => {
    const s = await setup();
    const notice = await luciaAsksForAPerson(s);
    await s.deliver(groupMessage(ANA, '/release', notice));
    running.fakes.outbox.clear();
    await s.deliver(taps(BEN, notice));
    expect(inGroup()).toHaveLength(1);
    expect(inGroup()[0]?.text).toMatch(/is no longer open\.$/);
    expect(toLucia()).toEqual([]);
  });

  it('a tapped Claim gets its callback query answered, so the button stops spinning', async () => {
    const s = await setup();
    const notice = await luciaAsksForAPerson(s);
    const tap = taps(ANA, notice);
    await s.deliver(tap);
    expect((await s.get(LUCIA)).handoff?.claimedBy).toBe('Ana Ruiz');
    expect(running.fakes.telegram.answeredCallbacks).toContain(tap.callback_query.id);
  });
});
