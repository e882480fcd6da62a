// The agent desk with in-memory stores, a recording channel, a stub translator and a hand-moved clock:
// agents claim a handed-off shopper, write to her in her language, hand her back or close, read the
// transcript in their own language; silent handoffs go back to the bot (open hours only). At the end the
// shopper's side: the rating she is asked for and the hand-back when she writes into a silent handoff.
import { describe, expect, it, vi } from 'vitest';
import { createAgentDesk, DeskError, structuredSummary } from '../../../functions/core/agent-desk';
import { type MerchantConfig, parseMerchantConfig } from '../../../functions/core/merchant-config';
import { t } from '../../../functions/core/messages/index';
import type { ChannelOutbound, Translator, VideoRoom } from '../../../functions/core/ports';
import type { Conversation, HandoffRecord, OutboundMessage } from '../../../functions/core/types';
import { merchant as baseMerchant, NOW, seededStores } from '../tools/fixtures';
import { inbound, keywordTurn } from './turn-helpers';

const MARIA = 'whatsapp:pn1:34600111222';
const JAMES = 'whatsapp:pn1:447700900123';
const MINUTE = 60_000;

/** What the shopper's channel was asked to send, in order. */
interface Sent {
  to: string;
  text: string;
  language?: string;
  buttons?: OutboundMessage['buttons'];
  links?: OutboundMessage['links'];
}

function recordingChannel() {
  const sent: Sent[] = [];
  let n = 0;
  const channel: ChannelOutbound = {
    name: 'whatsapp',
    capabilities: { maxButtons: 3, images: true, typingIndicator: false, markRead: true },
    async send(ctx, message) {
      n += 1;
      sent.push({
        to: ctx.conversation.recipient,
        text: message.text,
        ...(message.language ? { language: message.language } : {}),
        ...(message.buttons ? { buttons: message.buttons } : {}),
        ...(message.links ? { links: message.links } : {}),
      });
      return { platformMessageIds: [`wamid.${n}`], via: 'message' };
    },
  };
  return { channel, sent };
}

/** A dictionary translator: known sentences properly, anything else tagged with the language pair. */
function stubTranslator(dictionary: Record<string, string> = {}) {
  const calls: { text: string; from: string; to: string }[] = [];
  const translator: Translator = {
    async translate({ text, from, to }) {
      calls.push({ text, from, to });
      return dictionary[`${from}→${to} ${text}`] ?? `[${from}→${to}] ${text}`;
    },
  };
  return { translator, calls };
}

const DICTIONARY = {
  'en→es Your replacement ships tomorrow.': 'Tu reemplazo sale mañana.',
  'es→en La lámpara llegó rota.': 'The lamp arrived broken.',
};

function handoff(overrides: Partial<HandoffRecord> = {}): HandoffRecord {
  return {
    id: 'hmaria00001',
    reason: 'compensation_demand',
    status: 'waiting',
    requestedAt: NOW.toISOString(),
    language: 'es',
    trigger: 'La lámpara llegó rota.',
    understood: { intent: 'damaged_item', confidence: 0.82, orderId: '48213' },
    ...overrides,
  };
}

function conversation(id: string, overrides: Partial<Conversation> = {}): Conversation {
  const recipient = id.split(':')[2]!;
  return {
    id,
    channel: 'whatsapp',
    recipient,
    language: 'es',
    mode: 'human',
    identity: { kind: 'phone', phone: recipient },
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    version: 0,
    handoff: handoff(),
    ...overrides,
  };
}

async function setup(
  options: { merchant?: MerchantConfig; translator?: Translator; videoRoom?: VideoRoom; start?: Date } = {},
) {
  const seeded = await seededStores();
  const { stores } = seeded;
  const { channel, sent } = recordingChannel();
  let now = (options.start ?? NOW).getTime();
  const merchant = options.merchant ?? baseMerchant;
  const desk = createAgentDesk({
    conversations: stores.conversations,
    messages: stores.messages,
    orders: stores.orders,
    channelFor: () => channel,
    merchant,
    ...(options.translator ? { translator: options.translator } : {}),
    ...(options.videoRoom ? { videoRoom: options.videoRoom } : {}),
    now: () => new Date(now),
  });
  return {
    seeded,
    stores,
    desk,
    sent,
    merchant,
    /** Moves the desk's clock (and keeps transcript lines in the order they were written). */
    advance: (ms: number) => {
      now += ms;
    },
    get now() {
      return new Date(now);
    },
    put: (c: Conversation) => stores.conversations.save(c),
    get: async (id: string) => (await stores.conversations.get(id))!,
  };
}

/** The desk error a call fails with (fails the test when it does not fail). */
async function deskError(promise: Promise<unknown>): Promise<DeskError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeskError);
  return error as DeskError;
}

const es = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t('es', key, params);

describe('claim', () => {
  it('two agents tap Claim at the same moment: exactly one gets Maria, the other is told who has her', async () => {
    const s = await setup();
    await s.put(conversation(MARIA));
    const results = await Promise.allSettled([s.desk.claim(MARIA, 'Anna'), s.desk.claim(MARIA, 'Ben')]);

    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const holder = (await s.get(MARIA)).handoff?.claimedBy;
    expect(['Anna', 'Ben']).toContain(holder);
    const error = lost[0]!.reason as DeskError;
    expect(error).toBeInstanceOf(DeskError);
    expect(error.code).toBe('conflict');
    expect(error.claimedBy).toBe(holder);
    expect(error.message).toContain(holder);
    // Maria hears once that someone joined, in Spanish.
    expect(s.sent).toEqual([{ to: '34600111222', text: es('agent_joined'), language: 'es' }]);
    expect(await s.get(MARIA)).toMatchObject({
      mode: 'human',
      handoff: { status: 'claimed', claimedAt: NOW.toISOString() },
    });
  });

  it('the holder tapping Claim again changes nothing and does not greet Maria twice', async () => {
    const s = await setup();
    await s.put(conversation(MARIA));
    await s.desk.claim(MARIA, 'Anna');
    s.advance(MINUTE);
    await s.desk.claim(MARIA, 'Anna');
    expect(s.sent).toHaveLength(1);
    expect((await s.get(MARIA)).handoff).toMatchObject({ claimedBy: 'Anna', claimedAt: NOW.toISOString() });
  });

  it('a conversation the bot is handling cannot be claimed; an unknown id is not found', async () => {
    const s = await setup();
    await s.put(conversation(JAMES, { mode: 'bot', handoff: undefined }));
    expect((await deskError(s.desk.claim(JAMES, 'Anna'))).code).toBe('not_handed_off');
    // …nor one whose handoff already ended.
    await s.put(
      conversation(MARIA, {
        mode: 'bot',
        handoff: handoff({ status: 'released', endedAt: NOW.toISOString() }),
      }),
    );
    expect((await deskError(s.desk.claim(MARIA, 'Anna'))).code).toBe('not_handed_off');
    expect((await deskError(s.desk.claim('whatsapp:pn1:000', 'Anna'))).code).toBe('not_found');
    expect(s.sent).toEqual([]);
  });
});

describe('reply', () => {
  it('Anna, who holds Maria, writes in English; Maria reads it in Spanish and the log keeps both', async () => {
    const { translator, calls } = stubTranslator(DICTIONARY);
    const s = await setup({ translator });
    await s.put(conversation(MARIA));
    await s.desk.claim(MARIA, 'Anna');
    s.advance(MINUTE);

    const result = await s.desk.reply(MARIA, 'Anna', 'Your replacement ships tomorrow.');
    expect(result).toEqual({
      sent: ['wamid.2'],
      translation: { text: 'Tu reemplazo sale mañana.', language: 'es' },
    });
    expect(calls).toEqual([{ text: 'Your replacement ships tomorrow.', from: 'en', to: 'es' }]);
    expect(s.sent.at(-1)).toEqual({ to: '34600111222', text: 'Tu reemplazo sale mañana.', language: 'es' });

    const line = (await s.stores.messages.list(MARIA)).at(-1);
    expect(line).toMatchObject({
      direction: 'agent',
      text: 'Tu reemplazo sale mañana.',
      data: { agent: 'Anna', original: 'Your replacement ships tomorrow.', originalLanguage: 'en' },
    });
    expect((await s.get(MARIA)).handoff?.lastAgentAt).toBe(s.now.toISOString());
  });

  it('the first reply takes a waiting handoff: Maria hears “someone joined” once, then each message', async () => {
    const { translator } = stubTranslator(DICTIONARY);
    const s = await setup({ translator });
    await s.put(conversation(MARIA));

    await s.desk.reply(MARIA, 'Anna', 'Your replacement ships tomorrow.');
    s.advance(MINUTE);
    await s.desk.reply(MARIA, 'Anna', 'Anything else?');
    expect(s.sent.map((m) => m.text)).toEqual([
      es('agent_joined'),
      'Tu reemplazo sale mañana.',
      '[en→es] Anything else?',
    ]);
    expect(await s.get(MARIA)).toMatchObject({
      mode: 'human',
      handoff: { id: 'hmaria00001', status: 'claimed', claimedBy: 'Anna' },
    });
  });

  it('Ben writing to Anna’s shopper is refused, and Maria receives nothing from him', async () => {
    const s = await setup();
    await s.put(conversation(MARIA));
    await s.desk.claim(MARIA, 'Anna');
    const error = await deskError(s.desk.reply(MARIA, 'Ben', 'Hi, Ben here'));
    expect(error).toMatchObject({ code: 'conflict', claimedBy: 'Anna' });
    expect(s.sent.map((m) => m.text)).toEqual([es('agent_joined')]);
    expect((await s.stores.messages.list(MARIA)).filter((e) => e.direction === 'agent')).toEqual([]);
  });

  it('a translator that fails does not stop the message: Maria gets Anna’s words as written', async () => {
    const s = await setup({
      translator: {
        translate: async () => {
          throw new Error('Translate throttled');
        },
      },
    });
    await s.put(conversation(MARIA));
    const result = await s.desk.reply(MARIA, 'Anna', 'One moment please.');
    expect(result.translation).toBeUndefined();
    expect(s.sent.at(-1)?.text).toBe('One moment please.');
  });

  it('writing into a conversation the bot has opens a handoff the agent holds', async () => {
    const s = await setup();
    await s.put(conversation(JAMES, { mode: 'bot', handoff: undefined, language: 'en' }));
    await s.desk.reply(JAMES, 'Anna', 'Hi James, I saw your order is delayed.');
    expect(await s.get(JAMES)).toMatchObject({
      mode: 'human',
      handoff: { reason: 'agent_initiated', status: 'claimed', claimedBy: 'Anna' },
    });
    expect(s.sent.map((m) => m.text)).toEqual(['Hi James, I saw your order is delayed.']);
  });

  it('preview shows how Maria will read a draft, without sending it', async () => {
    const { translator } = stubTranslator(DICTIONARY);
    const s = await setup({ translator });
    await s.put(conversation(MARIA));
    expect(await s.desk.preview(MARIA, 'Your replacement ships tomorrow.')).toEqual({
      text: 'Tu reemplazo sale mañana.',
      language: 'es',
    });
    expect(s.sent).toEqual([]);
  });
});

describe('release and close', () => {
  const ratingButtons = ['1', '2', '3', '4', '5'].map((score) => ({
    id: `rating:${score}`,
    title: '⭐'.repeat(Number(score)),
  }));

  it('Anna wrote, then hands Maria back: the bot is back, Maria is told in Spanish and asked for a rating', async () => {
    const s = await setup();
    await s.put(conversation(MARIA));
    await s.desk.reply(MARIA, 'Anna', 'Done, refund issued.');
    s.advance(MINUTE);
    s.sent.length = 0;

    const saved = await s.desk.release(MARIA, 'Anna');
    expect(saved.mode).toBe('bot');
    expect(s.sent).toEqual([
      { to: '34600111222', text: es('back_to_bot'), language: 'es' },
      { to: '34600111222', text: es('rating_ask'), language: 'es', buttons: ratingButtons },
    ]);
    expect(await s.get(MARIA)).toMatchObject({
      mode: 'bot',
      awaiting: { kind: 'rating', handoffId: 'hmaria00001' },
      handoff: { status: 'released', endedBy: 'Anna', endedAt: s.now.toISOString() },
    });
    expect(s.desk.conversationView(await s.get(MARIA)).status).toBe('bot');
  });

  it('handing back a handoff nobody answered tells Maria, but asks for no rating', async () => {
    const s = await setup();
    await s.put(
      conversation(MARIA, {
        awaiting: {
          kind: 'damage_photo',
          orderId: '48213',
          claimId: 'CLM-48213-1',
          since: NOW.toISOString(),
        },
      }),
    );
    await s.desk.release(MARIA, 'Anna');
    expect(s.sent.map((m) => m.text)).toEqual([es('back_to_bot')]);
    expect(s.sent[0]?.buttons).toBeUndefined();
    const after = await s.get(MARIA);
    expect(after.mode).toBe('bot');
    expect(after.awaiting).toBeUndefined();
  });

  it('close keeps the resolution; the conversation moves to the closed queue', async () => {
    const s = await setup();
    await s.put(conversation(MARIA));
    await s.desk.reply(MARIA, 'Anna', 'Refund issued.');
    s.advance(MINUTE);
    await s.desk.close(MARIA, 'Anna', 'refund issued for the broken lamp');
    expect(await s.get(MARIA)).toMatchObject({
      mode: 'bot',
      awaiting: { kind: 'rating', handoffId: 'hmaria00001' },
      handoff: { status: 'closed', resolution: 'refund issued for the broken lamp', endedBy: 'Anna' },
    });
    expect(s.sent.slice(-2).map((m) => m.text)).toEqual([es('back_to_bot'), es('rating_ask')]);
    expect((await s.desk.list('closed')).map((c) => c.id)).toEqual([MARIA]);
    expect(await s.desk.list('human')).toEqual([]);
    const { conversation: view } = await s.desk.detail(MARIA);
    expect(view.handoff).toMatchObject({ status: 'closed', resolution: 'refund issued for the broken lamp' });
  });

  it('Ben cannot hand back or close Anna’s conversation; closing twice is refused', async () => {
    const s = await setup();
    await s.put(conversation(MARIA));
    await s.desk.claim(MARIA, 'Anna');
    expect(await deskError(s.desk.release(MARIA, 'Ben'))).toMatchObject({
      code: 'conflict',
      claimedBy: 'Anna',
    });
    expect(await deskError(s.desk.close(MARIA, 'Ben', 'done'))).toMatchObject({ code: 'conflict' });
    expect((await s.get(MARIA)).mode).toBe('human');
    await s.desk.close(MARIA, 'Anna', 'done');
    expect((await deskError(s.desk.close(MARIA, 'Anna', 'again'))).code).toBe('not_handed_off');
    expect(s.sent.filter((m) => m.text === es('back_to_bot'))).toHaveLength(1);
  });

  // The log sorts by (at, id): Math.random is pinned so that a random-only id would swap these two.
  it('the hand-back and the rating question stay in the order they were sent, even within one millisecond', async () => {
    const s = await setup();
    await s.put(conversation(MARIA));
    await s.desk.reply(MARIA, 'Anna', 'Refund issued.');
    s.advance(MINUTE);
    const random = vi.spyOn(Math, 'random').mockReturnValueOnce(0.9).mockReturnValueOnce(0.1);
    try {
      await s.desk.close(MARIA, 'Anna', 'refund');
    } finally {
      random.mockRestore();
    }
    expect(s.sent.slice(-2).map((m) => m.text)).toEqual([es('back_to_bot'), es('rating_ask')]);
    const { messages } = await s.desk.detail(MARIA);
    expect(messages.slice(-2).map((m) => m.text)).toEqual([es('back_to_bot'), es('rating_ask')]);
  });

  it('Maria taps ⭐⭐⭐⭐: the score lands on the handoff she rated and she is thanked in Spanish', async () => {
    const s = await setup();
    await s.put(conversation(MARIA));
    await s.desk.reply(MARIA, 'Anna', 'Refund issued.');
    await s.desk.close(MARIA, 'Anna', 'refund');
    const runTurn = keywordTurn(s.seeded);
    const before = await s.get(MARIA);

    const result = await runTurn({
      message: inbound(before, { kind: 'button', payload: 'rating:4', text: '⭐⭐⭐⭐' }),
      conversation: before,
    });
    expect(result.replies.map((r) => r.text)).toEqual([es('rating_thanks')]);
    expect(result.conversation.handoff?.rating).toEqual({ score: 4, at: NOW.toISOString() });
    expect(result.conversation.awaiting).toBeUndefined();
    await s.put(result.conversation);
    const { conversation: view } = await s.desk.detail(MARIA);
    expect(view.handoff?.rating).toBe(4);
  });

  it('a typed “5/5” answers the rating question too; a new request is not taken for a rating', async () => {
    const s = await setup();
    await s.put(conversation(MARIA, { language: 'en', handoff: handoff({ language: 'en' }) }));
    await s.desk.reply(MARIA, 'Anna', 'Refund issued.');
    await s.desk.close(MARIA, 'Anna', 'refund');
    const runTurn = keywordTurn(s.seeded);
    const closed = await s.get(MARIA);

    const typed = await runTurn({ message: inbound(closed, { text: '5/5' }), conversation: closed });
    expect(typed.replies.map((r) => r.text)).toEqual([t('en', 'rating_thanks')]);
    expect(typed.conversation.handoff?.rating?.score).toBe(5);

    const other = await runTurn({
      message: inbound(closed, { text: 'where is 48213?' }),
      conversation: closed,
    });
    expect(other.conversation.handoff?.rating).toBeUndefined();
    expect(other.replies.map((r) => r.text).join(' ')).toMatch(/48213/);
  });
});

describe('detail', () => {
  async function withTranscript(merchant?: MerchantConfig) {
    const { translator, calls } = stubTranslator(DICTIONARY);
    const s = await setup({ translator, ...(merchant ? { merchant } : {}) });
    await s.put(conversation(MARIA));
    const log = s.stores.messages;
    await log.append({
      conversationId: MARIA,
      direction: 'in',
      at: '2026-03-20T09:58:00.000Z',
      id: 'whatsapp:wamid.IN1',
      text: 'La lámpara llegó rota.',
      data: { intent: 'damaged_item', confidence: 0.82, language: 'es' },
    });
    await log.append({
      conversationId: MARIA,
      direction: 'status',
      at: '2026-03-20T09:58:30.000Z',
      id: 'st1',
      data: { status: 'read' },
    });
    await log.append({
      conversationId: MARIA,
      direction: 'out',
      at: '2026-03-20T09:59:00.000Z',
      id: 'whatsapp:wamid.IN1:0',
      text: 'Voy a pasarte con alguien del equipo.',
    });
    s.advance(MINUTE);
    await s.desk.claim(MARIA, 'Anna');
    s.advance(MINUTE);
    await s.desk.reply(MARIA, 'Anna', 'Your replacement ships tomorrow.');
    calls.length = 0;
    return { ...s, calls };
  }

  it('Anna reads who wrote what, the shopper’s words in English beside the Spanish, and what the bot understood', async () => {
    const s = await withTranscript();
    const { messages } = await s.desk.detail(MARIA);
    expect(messages.map((m) => m.author)).toEqual(['shopper', 'bot', 'bot', 'agent']);
    const [shopper, bot, joined, agent] = messages;
    expect(shopper).toMatchObject({
      author: 'shopper',
      text: 'La lámpara llegó rota.',
      language: 'es',
      translation: { text: 'The lamp arrived broken.', language: 'en' },
      intent: 'damaged_item',
      confidence: 0.82,
    });
    expect(bot).toMatchObject({
      text: 'Voy a pasarte con alguien del equipo.',
      translation: { text: '[es→en] Voy a pasarte con alguien del equipo.', language: 'en' },
    });
    expect(joined?.text).toBe(es('agent_joined'));
    // Her own line: what she typed, and what Maria received.
    expect(agent).toMatchObject({
      author: 'agent',
      agent: 'Anna',
      text: 'Your replacement ships tomorrow.',
      language: 'en',
      translation: { text: 'Tu reemplazo sale mañana.', language: 'es' },
    });
    expect(s.calls.some((c) => c.text === 'Your replacement ships tomorrow.')).toBe(false);
  });

  it('the handoff view: why, a structured summary, the order card, who holds it and the wait', async () => {
    const s = await withTranscript();
    const { conversation: view } = await s.desk.detail(MARIA);
    expect(view).toMatchObject({
      id: MARIA,
      channel: 'whatsapp',
      language: 'es',
      status: 'human',
      agentLanguage: 'en',
    });
    expect(view.handoff).toMatchObject({
      id: 'hmaria00001',
      reason: 'compensation_demand',
      status: 'claimed',
      claimedBy: 'Anna',
      claimedAt: '2026-03-20T10:01:00.000Z',
      waitSeconds: 60,
      order: {
        id: '48213',
        status: 'shipped',
        total: '$49.00',
        items: ['1× Linen shirt (M, white)'],
        tracking: ['LX100000001CN (Cainiao, customs hold)'],
      },
    });
    expect(view.handoff?.summary).toBe(
      'Shopper damaged item, asks for compensation. Topic: damaged item (82 %). Order #48213: shipped, $49.00, 1× Linen shirt (M, white).',
    );
  });

  it('no order card for an order the shop does not have: the summary still names it', async () => {
    const s = await setup();
    await s.put(
      conversation(MARIA, { handoff: handoff({ understood: { intent: 'track_order', orderId: '99999' } }) }),
    );
    const { conversation: view } = await s.desk.detail(MARIA);
    expect(view.handoff?.order).toBeUndefined();
    expect(view.handoff?.summary).toBe(
      'Shopper damaged item, asks for compensation. Topic: track order. Order #99999.',
    );
  });

  it('for a German-speaking team the summary and the shopper’s words are translated into German', async () => {
    const germanTeam = parseMerchantConfig({ ...baseMerchant, agentLanguage: 'de' });
    const s = await withTranscript(germanTeam);
    const { conversation: view, messages } = await s.desk.detail(MARIA);
    expect(view.agentLanguage).toBe('de');
    expect(view.handoff?.summary).toMatch(/^\[en→de\] Shopper damaged item/);
    expect(messages[0]?.translation).toEqual({ text: '[es→de] La lámpara llegó rota.', language: 'de' });
  });

  it('unknown conversation: not found', async () => {
    const s = await setup();
    expect((await deskError(s.desk.detail('whatsapp:pn1:000'))).code).toBe('not_found');
  });

  it('structuredSummary leaves out “other” and a person request as topics', () => {
    expect(
      structuredSummary(handoff({ reason: 'shopper_request', understood: { intent: 'human_agent' } })),
    ).toBe('Shopper asked for a person.');
    expect(structuredSummary(handoff({ reason: 'some_new_reason', understood: {} }))).toBe(
      'Shopper some new reason.',
    );
  });
});

describe('list and notice', () => {
  it('the handoff queue is oldest request first (who waited longest), with the last line of each', async () => {
    const s = await setup();
    await s.put(conversation(MARIA, { handoff: handoff({ requestedAt: '2026-03-20T09:50:00.000Z' }) }));
    await s.put(
      conversation(JAMES, {
        language: 'en',
        handoff: handoff({ id: 'hjames00001', requestedAt: '2026-03-20T09:10:00.000Z' }),
      }),
    );
    await s.put(conversation('whatsapp:pn1:111', { mode: 'bot', handoff: undefined }));
    await s.stores.messages.append({
      conversationId: JAMES,
      direction: 'in',
      at: '2026-03-20T09:11:00.000Z',
      id: 'j1',
      text: 'hello??',
    });

    const queue = await s.desk.list('handoff');
    expect(queue.map((c) => c.id)).toEqual([JAMES, MARIA]);
    expect(queue[0]).toMatchObject({
      status: 'handoff',
      handoff: {
        id: 'hjames00001',
        status: 'waiting',
        summary: expect.stringMatching(/^Shopper damaged item/),
      },
      lastMessage: { author: 'shopper', text: 'hello??' },
    });
    await s.desk.claim(MARIA, 'Anna');
    expect((await s.desk.list('handoff')).map((c) => c.id)).toEqual([JAMES]);
    expect(await s.desk.list('human')).toEqual([
      expect.objectContaining({ id: MARIA, handoff: expect.objectContaining({ claimedBy: 'Anna' }) }),
    ]);
    expect(await s.desk.list('bot')).toEqual([]);
  });

  it('the notice agents get carries the summary, the order and the trigger translated; findOpenHandoff finds it', async () => {
    const { translator } = stubTranslator(DICTIONARY);
    const s = await setup({ translator });
    await s.put(conversation(MARIA));
    const notice = await s.desk.notice(await s.get(MARIA));
    expect(notice).toMatchObject({
      conversationId: MARIA,
      handoffId: 'hmaria00001',
      language: 'es',
      agentLanguage: 'en',
      lastMessage: 'La lámpara llegó rota.',
      lastMessageTranslated: 'The lamp arrived broken.',
      orderId: '48213',
      order: { id: '48213', total: '$49.00' },
    });
    expect(notice?.summary).toMatch(/^Shopper damaged item/);
    expect((await s.desk.findOpenHandoff('hmaria00001'))?.id).toBe(MARIA);
    await s.desk.release(MARIA, 'Anna');
    expect(await s.desk.findOpenHandoff('hmaria00001')).toBeUndefined();
  });
});

describe('video', () => {
  it('without a video service the desk says it is unavailable', async () => {
    const s = await setup();
    await s.put(conversation(MARIA));
    expect((await deskError(s.desk.video(MARIA, 'Anna'))).code).toBe('unavailable');
  });

  it('Anna opens a room: Maria gets the invitation with a button, Anna holds the conversation', async () => {
    const link = {
      url: 'https://shop.example/video/tok',
      agentUrl: 'https://meet.example/room',
      expiresAt: 'x',
    };
    const s = await setup({ videoRoom: { name: 'stub', open: async () => link } });
    await s.put(conversation(MARIA));
    expect(await s.desk.video(MARIA, 'Anna')).toEqual(link);
    expect(s.sent.at(-1)).toMatchObject({
      text: es('agent_video', { link: link.url }),
      links: [{ url: link.url, title: es('button_video_call') }],
    });
    expect((await s.get(MARIA)).handoff).toMatchObject({ claimedBy: 'Anna', video: link });
  });
});

describe('silent handoffs', () => {
  const patient = parseMerchantConfig({ ...baseMerchant, agents: { autoReleaseMinutes: 60 } });

  it('an hour nobody answered: the scan finds Maria, the release tells her so in Spanish, once', async () => {
    const s = await setup({ merchant: patient });
    await s.put(conversation(MARIA));
    s.advance(59 * MINUTE);
    expect(await s.desk.silentHandoffs()).toEqual([]);
    expect(await s.desk.releaseIfSilent(MARIA, 'hmaria00001')).toBe(false);

    s.advance(2 * MINUTE);
    expect(await s.desk.silentHandoffs()).toEqual([{ conversationId: MARIA, handoffId: 'hmaria00001' }]);
    expect(await s.desk.releaseIfSilent(MARIA, 'hmaria00001')).toBe(true);
    expect(s.sent).toEqual([
      {
        to: '34600111222',
        text: es('back_to_bot_timeout', { agent: es('menu_agent') }),
        language: 'es',
      },
    ]);
    expect(s.sent[0]?.text).toContain('Hablar con alguien');
    expect(await s.get(MARIA)).toMatchObject({
      mode: 'bot',
      handoff: { status: 'released', endedBy: 'timeout' },
    });
    // A redelivered job: nothing more happens.
    expect(await s.desk.releaseIfSilent(MARIA, 'hmaria00001')).toBe(false);
    expect(s.sent).toHaveLength(1);
    expect(await s.desk.silentHandoffs()).toEqual([]);
  });

  it('an agent reply between the scan and the job keeps Maria with the agent', async () => {
    const s = await setup({ merchant: patient });
    await s.put(conversation(MARIA));
    await s.desk.claim(MARIA, 'Anna');
    s.advance(61 * MINUTE);
    expect(await s.desk.silentHandoffs()).toHaveLength(1);
    await s.desk.reply(MARIA, 'Anna', 'Sorry for the wait!');
    expect(await s.desk.releaseIfSilent(MARIA, 'hmaria00001')).toBe(false);
    expect((await s.get(MARIA)).mode).toBe('human');
    expect(s.sent.map((m) => m.text)).toEqual([es('agent_joined'), 'Sorry for the wait!']);
    // Silence counts again from her last message.
    s.advance(59 * MINUTE);
    expect(await s.desk.silentHandoffs()).toEqual([]);
    s.advance(2 * MINUTE);
    expect(await s.desk.silentHandoffs()).toHaveLength(1);
  });

  it('a job for an older handoff does not end the new one', async () => {
    const s = await setup({ merchant: patient });
    await s.put(conversation(MARIA));
    s.advance(61 * MINUTE);
    expect(await s.desk.releaseIfSilent(MARIA, 'hsomeoneelse')).toBe(false);
    expect((await s.get(MARIA)).mode).toBe('human');
  });

  it('only open hours count: a Friday-evening handoff is not silent over the weekend, but is on Monday 09:30', async () => {
    const berlin = parseMerchantConfig({
      ...baseMerchant,
      timezone: 'Europe/Berlin',
      agents: {
        autoReleaseMinutes: 60,
        businessHours: { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' },
      },
    });
    const friday1730 = new Date('2026-03-20T16:30:00Z');
    const s = await setup({ merchant: berlin, start: friday1730 });
    await s.put(conversation(MARIA, { handoff: handoff({ requestedAt: friday1730.toISOString() }) }));

    s.advance(20 * 60 * MINUTE); // Saturday 13:30
    expect(await s.desk.silentHandoffs()).toEqual([]);
    expect(await s.desk.releaseIfSilent(MARIA, 'hmaria00001')).toBe(false);
    s.advance(Date.parse('2026-03-23T08:20:00Z') - s.now.getTime()); // Monday 09:20: 50 open minutes
    expect(await s.desk.silentHandoffs()).toEqual([]);
    s.advance(15 * MINUTE); // Monday 09:35
    expect(await s.desk.silentHandoffs()).toEqual([{ conversationId: MARIA, handoffId: 'hmaria00001' }]);
    expect(await s.desk.releaseIfSilent(MARIA, 'hmaria00001')).toBe(true);
  });

  it('a merchant who set autoReleaseMinutes to 0 never hands back by itself', async () => {
    const never = parseMerchantConfig({ ...baseMerchant, agents: { autoReleaseMinutes: 0 } });
    const s = await setup({ merchant: never });
    await s.put(conversation(MARIA));
    s.advance(7 * 24 * 60 * MINUTE);
    expect(await s.desk.silentHandoffs()).toEqual([]);
    expect(await s.desk.releaseIfSilent(MARIA, 'hmaria00001')).toBe(false);
  });

  it('the shopper writing into a silent handoff is handed back and answered in the same turn', async () => {
    const s = await setup({ merchant: patient });
    await s.put(conversation(MARIA, { language: 'en', handoff: handoff({ language: 'en' }) }));
    const later = new Date(NOW.getTime() + 61 * MINUTE);
    const runTurn = keywordTurn(s.seeded, { merchant: patient, now: () => later });
    const c = await s.get(MARIA);
    const result = await runTurn({
      message: inbound(c, { text: 'where is my order 48213?' }),
      conversation: c,
    });
    // One message: the hand-back, then the answer to what she asked (the order is not hers to see).
    const [reply] = result.replies.map((r) => r.text);
    expect(reply?.startsWith(t('en', 'back_to_bot_timeout', { agent: t('en', 'menu_agent') }))).toBe(true);
    expect(reply).toMatch(/If 48213 is yours, please verify it/);
    expect(result.conversation).toMatchObject({
      mode: 'bot',
      handoff: { status: 'released', endedBy: 'timeout' },
    });

    // Within the hour she is acknowledged once and then the bot stays quiet for the agent.
    const early = keywordTurn(s.seeded, {
      merchant: patient,
      now: () => new Date(NOW.getTime() + 5 * MINUTE),
    });
    const waiting = await early({ message: inbound(c, { text: 'hello?' }), conversation: c });
    expect(waiting.replies.map((r) => r.text)).toEqual([t('en', 'handoff_waiting')]);
    expect(waiting.conversation.mode).toBe('human');
  });
});
