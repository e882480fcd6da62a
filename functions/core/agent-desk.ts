// The agent desk: what human agents do with a handed-off conversation — claim it, write to the shopper in
// their own language, offer a video room, hand it back or close it — and what they are shown. One set of
// operations shared by the agent API (console) and the Telegram agents group, so both behave the same.
//
// Every change is a read → check → conditional save of the conversation (its `version`): two agents acting
// at once never both win; the loser gets a `DeskError('conflict')` (the API's 409). The shopper is told
// only after the state is saved, in their language, through their channel.
import { openMillisBetween } from './business-hours';
import { deskStatus } from './desk-status';
import { encodeButton } from './dialog/payloads';
import { deskInsights, type InsightsRecorder, recordInsights } from './insights';
import type { MerchantConfig } from './merchant-config';
import { createMessages, type MessageKey, type MessageParam } from './messages/index';
import type {
  ChannelOutbound,
  ConversationStore,
  DeskStatus,
  HandoffNotice,
  HandoffSummarizer,
  MessageLog,
  MessageLogEntry,
  OrderStore,
  Translator,
  VideoLink,
  VideoRoom,
} from './ports';
import type { ChannelName, Conversation, HandoffRecord, Language, OutboundMessage } from './types';

export { DESK_STATUSES, deskStatus } from './desk-status';

/** True when agents have been silent for longer than the merchant allows (open hours only). */
export function agentSilenceExpired(merchant: MerchantConfig, handoff: HandoffRecord, now: Date): boolean {
  const minutes = merchant.agents.autoReleaseMinutes;
  if (!minutes || (handoff.status !== 'waiting' && handoff.status !== 'claimed')) return false;
  const since = [handoff.requestedAt, handoff.claimedAt, handoff.lastAgentAt]
    .filter((at): at is string => at !== undefined)
    .sort()
    .at(-1)!;
  return openMillisBetween(merchant, new Date(since), now) >= minutes * 60_000;
}

/** Ends the handoff on the conversation (the bot answers again). Pure: the caller saves. */
export function endHandoff(
  conversation: Conversation,
  end: { status: 'released' | 'closed'; by: string; at: Date; resolution?: string },
): void {
  conversation.mode = 'bot';
  delete conversation.awaiting;
  // A fresh start with the bot: earlier anger or failures were the person's to handle.
  delete conversation.angryAt;
  delete conversation.toolFailureStreak;
  delete conversation.clarifyStreak;
  if (!conversation.handoff) return;
  conversation.handoff = {
    ...conversation.handoff,
    status: end.status,
    endedAt: end.at.toISOString(),
    endedBy: end.by,
    ...(end.resolution ? { resolution: end.resolution } : {}),
  };
}

export type DeskErrorCode = 'not_found' | 'conflict' | 'not_handed_off' | 'unavailable';

export class DeskError extends Error {
  constructor(
    readonly code: DeskErrorCode,
    message: string,
    readonly claimedBy?: string,
  ) {
    super(message);
    this.name = 'DeskError';
  }
}

export interface AgentDeskDeps {
  conversations: ConversationStore;
  messages: MessageLog;
  orders?: Pick<OrderStore, 'getOrder' | 'shipmentsForOrder'>;
  channelFor(name: ChannelName): ChannelOutbound;
  merchant: MerchantConfig;
  /** Shopper ↔ agent translation; without it both sides read the other's words as written. */
  translator?: Translator;
  videoRoom?: VideoRoom;
  /** An LLM summary of the request when one is configured; otherwise the structured summary is used. */
  summarizer?: HandoffSummarizer;
  /** Builds the console link for a conversation (notifications). */
  consoleUrl?(conversationId: string): string;
  /** Agent replies and resolutions for the merchant's insights (best effort). */
  insights?: InsightsRecorder;
  now?: () => Date;
}

/** A transcript line as agents see it: who wrote it, what they wrote, and it in the other side's language. */
export interface DeskMessage {
  id: string;
  at: string;
  author: 'shopper' | 'bot' | 'agent';
  text: string;
  language?: Language;
  translation?: { text: string; language: Language };
  intent?: string;
  confidence?: number;
  media?: { url: string; mimeType?: string; description?: string };
  agent?: string;
}

export interface OrderCard {
  id: string;
  status: string;
  total: string;
  items: string[];
  tracking: string[];
}

export interface HandoffView {
  id: string;
  reason: string;
  status: HandoffRecord['status'];
  requestedAt: string;
  summary: string;
  order?: OrderCard;
  photos: { url: string; mimeType?: string; description?: string }[];
  claimedBy?: string;
  claimedAt?: string;
  video?: VideoLink;
  resolution?: string;
  rating?: number;
  waitSeconds: number;
}

const RETRIES = 3;
const MAX_TRANSLATED = 60;
/** Transcript lines an LLM summary reads (the newest). */
const SUMMARY_LINES = 30;

/** Human words for the reason codes (policy.ts), for summaries and notifications. */
const REASON_WORDS: Record<string, string> = {
  shopper_request: 'asked for a person',
  legal_threat: 'threatens legal action',
  reputation_threat: 'threatens a bad review',
  billing_error: 'reports a billing error',
  compensation_demand: 'damaged item, asks for compensation',
  anger: 'is upset',
  garbled: 'could not be understood',
  repeated_confusion: 'the bot failed several times in a row',
  data_protection: 'data-protection request',
  cancel_processing: 'wants to cancel an order being prepared',
  address_change_processing: 'wants to change the address of an order being prepared',
  return_outside_window: 'wants to return outside the return window',
  tool_error: 'a lookup failed',
  llm_handoff: 'the assistant was not confident',
  high_value: 'high-value order',
  agent_initiated: 'an agent started the conversation',
  delay_refund: 'parcel delayed, wants to cancel and get a refund',
  delay_question: 'parcel delayed, asks for a person',
};

export const reasonWords = (reason: string): string => REASON_WORDS[reason] ?? reason.replace(/_/g, ' ');

/**
 * The structured summary (no LLM needed): why, what the bot understood, which order. English labels: the
 * caller translates it to the agent language when that is not English.
 */
export function structuredSummary(handoff: HandoffRecord, order?: OrderCard): string {
  const parts = [`Shopper ${reasonWords(handoff.reason)}.`];
  const { intent, confidence } = handoff.understood ?? {};
  if (intent && intent !== 'other' && intent !== 'human_agent')
    parts.push(
      `Topic: ${intent.replace(/_/g, ' ')}${confidence !== undefined ? ` (${Math.round(confidence * 100)} %)` : ''}.`,
    );
  if (order)
    parts.push(
      `Order #${order.id}: ${order.status}, ${order.total}${order.items.length ? `, ${order.items.join('; ')}` : ''}.`,
    );
  else if (handoff.understood?.orderId) parts.push(`Order #${handoff.understood.orderId}.`);
  const parcel = handoff.understood?.trackingNumber;
  if (parcel) {
    const line = order?.tracking.find((t) => t.startsWith(parcel));
    parts.push(`Delayed parcel: ${line ?? parcel}; the bot told the shopper about the delay first.`);
  }
  return parts.join(' ');
}

/**
 * The log sorts lines by (at, id): two desk lines written in the same millisecond (the hand-back, then the
 * rating question) must keep the order they were sent in, so the id carries a per-process sequence before
 * its random tail (which keeps ids from two Lambdas apart).
 */
let deskLineSequence = 0;
function deskLineId(at: Date): string {
  deskLineSequence = (deskLineSequence + 1) % 36 ** 4;
  const sequence = deskLineSequence.toString(36).padStart(4, '0');
  return `desk-${at.getTime().toString(36)}-${sequence}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Creates the desk's operations over injected stores and channels.
 * @example
 * const desk = createAgentDesk({ conversations, messages, channelFor, merchant, translator });
 * await desk.claim(conversationId, 'Anna');
 * await desk.reply(conversationId, 'Anna', 'Your replacement is on its way.');
 */
export function createAgentDesk(deps: AgentDeskDeps) {
  const now = deps.now ?? (() => new Date());
  const catalog = createMessages(deps.merchant);
  const agentLanguage = deps.merchant.agentLanguage;
  const shopperLanguage = (c: Conversation): Language => c.language ?? deps.merchant.defaultLanguage;

  async function translate(text: string, from: Language, to: Language): Promise<string | undefined> {
    if (!deps.translator || from === to || text.trim() === '') return undefined;
    try {
      return await deps.translator.translate({ text, from, to });
    } catch {
      // Translation is a help for the agent, not a gate: they still see the original.
      return undefined;
    }
  }

  async function load(id: string): Promise<Conversation> {
    const conversation = await deps.conversations.get(id);
    if (!conversation) throw new DeskError('not_found', 'unknown conversation');
    return conversation;
  }

  /** Read → change → conditional save, re-read and re-checked when someone saved in between. */
  async function update(id: string, change: (c: Conversation) => void): Promise<Conversation> {
    for (let attempt = 1; ; attempt++) {
      const conversation = structuredClone(await load(id));
      change(conversation);
      conversation.updatedAt = now().toISOString();
      try {
        return await deps.conversations.save(conversation);
      } catch (error) {
        if (!(error instanceof Error && error.name === 'StaleConversationError') || attempt >= RETRIES)
          throw error;
      }
    }
  }

  const say = (c: Conversation, key: MessageKey, params?: Record<string, MessageParam>): string =>
    catalog.t(shopperLanguage(c), key, params);

  /** One insight event of a desk action, from the handoff before and after it. Never throws. */
  function recordDesk(
    c: Conversation,
    before: HandoffRecord | undefined,
    kind: 'agent_reply' | 'resolution',
    cost?: { translatedChars?: number; messages?: number },
  ): Promise<void> {
    const recorder = deps.insights;
    if (!recorder) return Promise.resolve();
    const base = {
      at: now().toISOString(),
      conversation: recorder.conversationKey(c.id),
      channel: c.channel,
      language: shopperLanguage(c),
      ...(cost ? { cost } : {}),
    };
    return recordInsights(recorder, deskInsights(base, before, c.handoff, kind));
  }

  /** Sends to the shopper and writes the transcript line (the agent's own words when an agent wrote). */
  async function send(
    c: Conversation,
    message: OutboundMessage,
    log: { direction: 'out' | 'agent'; data?: Record<string, unknown> },
  ): Promise<string[]> {
    const channel = deps.channelFor(c.channel);
    const sent = await channel.send({ conversation: c }, { ...message, language: shopperLanguage(c) });
    const at = now();
    await deps.messages.append({
      conversationId: c.id,
      direction: log.direction,
      at: at.toISOString(),
      id: deskLineId(at),
      text: message.text,
      data: { via: sent.via, platformMessageIds: sent.platformMessageIds, ...log.data },
    });
    return sent.platformMessageIds;
  }

  function requireHandoff(c: Conversation): HandoffRecord {
    if (!c.handoff || (c.handoff.status !== 'waiting' && c.handoff.status !== 'claimed'))
      throw new DeskError('not_handed_off', 'this conversation is not waiting for an agent');
    return c.handoff;
  }

  function takeFor(c: Conversation, agent: string): boolean {
    const handoff = requireHandoff(c);
    if (handoff.status === 'claimed' && handoff.claimedBy !== agent)
      throw new DeskError('conflict', `already claimed by ${handoff.claimedBy}`, handoff.claimedBy);
    if (handoff.status === 'claimed') return false;
    c.mode = 'human';
    c.handoff = { ...handoff, status: 'claimed', claimedBy: agent, claimedAt: now().toISOString() };
    return true;
  }

  async function orderCard(orderId: string | undefined): Promise<OrderCard | undefined> {
    if (!orderId || !deps.orders) return undefined;
    const order = await deps.orders.getOrder(orderId).catch(() => undefined);
    if (!order) return undefined;
    const shipments = await deps.orders.shipmentsForOrder(orderId).catch(() => []);
    const money = new Intl.NumberFormat('en', { style: 'currency', currency: order.total.currency });
    return {
      id: order.id,
      status: order.status,
      total: money.format(order.total.amount),
      items: order.lines.map(
        (l) =>
          `${l.quantity}× ${l.name}${[l.size, l.colour].filter(Boolean).length ? ` (${[l.size, l.colour].filter(Boolean).join(', ')})` : ''}`,
      ),
      tracking: order.trackingNumbers.map((tn) => {
        const shipment = shipments.find((s) => s.trackingNumber === tn);
        const last = shipment?.events.at(-1)?.code;
        return shipment ? `${tn} (${shipment.carrier}${last ? `, ${last.replace(/_/g, ' ')}` : ''})` : tn;
      }),
    };
  }

  async function summaryFor(handoff: HandoffRecord, order?: OrderCard): Promise<string> {
    if (handoff.summary?.language === agentLanguage) return handoff.summary.text;
    const english = structuredSummary(handoff, order);
    return (await translate(english, 'en', agentLanguage)) ?? english;
  }

  /**
   * The LLM's summary, made once per handoff and kept on its record (the console and every notifier read
   * the same words). Best effort: a failing or slow LLM leaves the structured summary in place.
   */
  async function summarizeOnce(c: Conversation, order?: OrderCard): Promise<Conversation> {
    const handoff = c.handoff;
    if (!deps.summarizer || !handoff || handoff.summary) return c;
    const entries = await deps.messages.list(c.id, SUMMARY_LINES);
    const lines = entries
      .filter((e) => e.direction !== 'status' && e.text)
      .map((e) => ({
        author: (e.direction === 'in' ? 'shopper' : e.direction === 'agent' ? 'agent' : 'bot') as
          | 'shopper'
          | 'bot'
          | 'agent',
        text: e.text!,
      }));
    let text: string;
    try {
      text = (
        await deps.summarizer.summarize({
          reason: reasonWords(handoff.reason),
          language: agentLanguage,
          lines,
          ...(order
            ? { order: { id: order.id, status: order.status, total: order.total, items: order.items } }
            : {}),
        })
      ).trim();
    } catch {
      return c;
    }
    if (!text) return c;
    const summary = { text: text.slice(0, 1000), language: agentLanguage, by: 'llm' as const };
    try {
      return await update(c.id, (fresh) => {
        if (fresh.handoff?.id === handoff.id && !fresh.handoff.summary)
          fresh.handoff = { ...fresh.handoff, summary };
      });
    } catch {
      // Saving lost a race: use it for this notice anyway.
      return { ...c, handoff: { ...handoff, summary } };
    }
  }

  async function handoffView(c: Conversation, entries: MessageLogEntry[]): Promise<HandoffView | undefined> {
    const handoff = c.handoff;
    if (!handoff) return undefined;
    const order = await orderCard(handoff.understood?.orderId ?? c.focusOrderId);
    const end = handoff.claimedAt ?? handoff.endedAt ?? now().toISOString();
    return {
      id: handoff.id,
      reason: handoff.reason,
      status: handoff.status,
      requestedAt: handoff.requestedAt,
      summary: await summaryFor(handoff, order),
      ...(order ? { order } : {}),
      photos: entries
        .filter((e) => e.direction === 'in' && typeof e.data?.media === 'string')
        .map((e) => ({
          url: mediaUrl(c.id, e.data!.media as string),
          ...(typeof e.data?.mediaDescription === 'string' ? { description: e.data.mediaDescription } : {}),
        })),
      ...(handoff.claimedBy ? { claimedBy: handoff.claimedBy, claimedAt: handoff.claimedAt } : {}),
      ...(handoff.video ? { video: handoff.video } : {}),
      ...(handoff.resolution ? { resolution: handoff.resolution } : {}),
      ...(handoff.rating ? { rating: handoff.rating.score } : {}),
      waitSeconds: Math.max(0, Math.round((Date.parse(end) - Date.parse(handoff.requestedAt)) / 1000)),
    };
  }

  async function transcript(c: Conversation, entries: MessageLogEntry[]): Promise<DeskMessage[]> {
    const shopper = shopperLanguage(c);
    const lines = entries.filter((e) => e.direction !== 'status' && (e.text || e.data?.media));
    const views = lines.map((e): DeskMessage => {
      const data = e.data ?? {};
      const author = e.direction === 'in' ? 'shopper' : e.direction === 'agent' ? 'agent' : 'bot';
      const language = (typeof data.language === 'string' ? data.language : shopper) as Language;
      const view: DeskMessage = { id: e.id, at: e.at, author, text: e.text ?? '', language };
      if (author === 'agent' && typeof data.original === 'string') {
        // What the agent typed, beside what the shopper received.
        view.text = data.original;
        view.language = (data.originalLanguage as Language | undefined) ?? agentLanguage;
        if (data.original !== e.text) view.translation = { text: e.text ?? '', language: shopper };
      }
      if (typeof data.agent === 'string') view.agent = data.agent;
      if (typeof data.intent === 'string') view.intent = data.intent;
      if (typeof data.confidence === 'number') view.confidence = data.confidence;
      if (typeof data.media === 'string')
        view.media = {
          url: mediaUrl(c.id, data.media),
          ...(typeof data.mediaDescription === 'string' ? { description: data.mediaDescription } : {}),
        };
      return view;
    });
    // The agent reads the newest lines first: translate those (cached per text), oldest stay as written.
    const todo = views.filter(
      (v) => !v.translation && v.author !== 'agent' && v.language !== agentLanguage && v.text,
    );
    await Promise.all(
      todo.slice(-MAX_TRANSLATED).map(async (v) => {
        const translated = await translate(v.text, v.language ?? shopper, agentLanguage);
        if (translated !== undefined) v.translation = { text: translated, language: agentLanguage };
      }),
    );
    return views;
  }

  function conversationView(c: Conversation) {
    return {
      id: c.id,
      channel: c.channel,
      language: shopperLanguage(c),
      mode: c.mode,
      status: deskStatus(c),
      agentLanguage,
      updatedAt: c.updatedAt,
    };
  }

  async function endAndTell(
    id: string,
    agent: string,
    status: 'released' | 'closed',
    resolution?: string,
  ): Promise<Conversation> {
    let agentWrote = false;
    let before: HandoffRecord | undefined;
    const saved = await update(id, (c) => {
      const handoff = requireHandoff(c);
      before = handoff;
      if (handoff.status === 'claimed' && handoff.claimedBy !== agent)
        throw new DeskError('conflict', `claimed by ${handoff.claimedBy}`, handoff.claimedBy);
      agentWrote = handoff.lastAgentAt !== undefined;
      endHandoff(c, { status, by: agent, at: now(), ...(resolution ? { resolution } : {}) });
      // A person helped: ask how it went (the answer is read by the rating question).
      if (agentWrote) c.awaiting = { kind: 'rating', handoffId: handoff.id, since: now().toISOString() };
    });
    await send(saved, { text: say(saved, 'back_to_bot') }, { direction: 'out', data: { desk: status } });
    if (agentWrote)
      await send(
        saved,
        {
          text: say(saved, 'rating_ask'),
          buttons: (['1', '2', '3', '4', '5'] as const).map((score) => ({
            id: encodeButton({ kind: 'rating', score }),
            title: `${'⭐'.repeat(Number(score))}`,
          })),
        },
        { direction: 'out', data: { desk: 'rating_ask' } },
      );
    await recordDesk(saved, before, 'resolution', { messages: agentWrote ? 2 : 1 });
    return saved;
  }

  async function claim(id: string, agent: string): Promise<Conversation> {
    let fresh = false;
    const saved = await update(id, (c) => {
      fresh = takeFor(c, agent);
    });
    if (fresh)
      await send(saved, { text: say(saved, 'agent_joined') }, { direction: 'out', data: { desk: 'claim' } });
    return saved;
  }

  /** Claims a handed-off conversation, or opens a handoff when an agent steps into a bot conversation. */
  async function claimOrStart(id: string, agent: string): Promise<Conversation> {
    const c = await load(id);
    if (c.handoff && (c.handoff.status === 'waiting' || c.handoff.status === 'claimed'))
      return claim(id, agent);
    return update(id, (fresh) => {
      const at = now();
      fresh.mode = 'human';
      fresh.handoff = {
        id: `h${at.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
        reason: 'agent_initiated',
        status: 'claimed',
        requestedAt: at.toISOString(),
        language: shopperLanguage(fresh),
        trigger: '',
        claimedBy: agent,
        claimedAt: at.toISOString(),
      };
    });
  }

  return {
    conversationView,

    async list(status: DeskStatus, limit = 100) {
      const found = await deps.conversations.listForDesk(status, limit);
      return Promise.all(
        found.map(async (c) => {
          const last = (await deps.messages.list(c.id, 1))[0];
          const handoff = c.handoff;
          return {
            ...conversationView(c),
            ...(handoff
              ? {
                  handoff: {
                    id: handoff.id,
                    reason: handoff.reason,
                    status: handoff.status,
                    requestedAt: handoff.requestedAt,
                    ...(handoff.claimedBy ? { claimedBy: handoff.claimedBy } : {}),
                    summary: structuredSummary(handoff),
                  },
                }
              : {}),
            ...(last
              ? {
                  lastMessage: {
                    author:
                      last.direction === 'in' ? 'shopper' : last.direction === 'agent' ? 'agent' : 'bot',
                    text: last.text ?? '',
                    at: last.at,
                  },
                }
              : {}),
          };
        }),
      );
    },

    async detail(id: string) {
      const c = await load(id);
      const entries = await deps.messages.list(id, 200);
      const handoff = await handoffView(c, entries);
      return {
        conversation: { ...conversationView(c), ...(handoff ? { handoff } : {}) },
        messages: await transcript(c, entries),
      };
    },

    /** The agent's text as the shopper will read it, before it is sent. */
    async preview(id: string, text: string) {
      const c = await load(id);
      const to = shopperLanguage(c);
      return { text: (await translate(text, agentLanguage, to)) ?? text, language: to };
    },

    claim,

    /** Writing takes a waiting conversation; another agent's conversation is a conflict. */
    async reply(id: string, agent: string, text: string) {
      const before = await load(id);
      if (!before.handoff || before.mode !== 'human' || before.handoff.status === 'waiting')
        await claimOrStart(id, agent);
      else takeFor(structuredClone(before), agent);
      const c = await load(id);
      const to = shopperLanguage(c);
      const translated = await translate(text, agentLanguage, to);
      const sent = await send(
        c,
        { text: translated ?? text },
        {
          direction: 'agent',
          data: { agent, original: text, originalLanguage: agentLanguage },
        },
      );
      const updated = await update(id, (fresh) => {
        if (fresh.handoff) fresh.handoff = { ...fresh.handoff, lastAgentAt: now().toISOString() };
      });
      await recordDesk(updated, c.handoff, 'agent_reply', {
        messages: 1,
        ...(translated !== undefined ? { translatedChars: text.length } : {}),
      });
      return {
        sent,
        ...(translated !== undefined ? { translation: { text: translated, language: to } } : {}),
      };
    },

    claimOrStart,

    async video(id: string, agent: string): Promise<VideoLink> {
      if (!deps.videoRoom) throw new DeskError('unavailable', 'no video room service is configured');
      const c = await load(id);
      takeFor(structuredClone(c), agent);
      const link = await deps.videoRoom.open({ conversationId: id, now: now() });
      const saved = await update(id, (fresh) => {
        takeFor(fresh, agent);
        fresh.handoff = { ...fresh.handoff!, video: link, lastAgentAt: now().toISOString() };
      });
      await send(
        saved,
        {
          text: say(saved, 'agent_video', { link: link.url }),
          links: [{ url: link.url, title: say(saved, 'button_video_call') }],
        },
        { direction: 'agent', data: { agent, video: true } },
      );
      return link;
    },

    release: (id: string, agent: string) => endAndTell(id, agent, 'released'),
    close: (id: string, agent: string, resolution: string) => endAndTell(id, agent, 'closed', resolution),

    /**
     * Handoffs whose agents stayed silent longer than the merchant allows (open hours only). Read-only:
     * the scheduled scan enqueues each one to the worker, which releases it in the conversation's FIFO
     * group, so a hand-back never races a shopper's turn and goes out through the worker's reply path.
     */
    async silentHandoffs(limit = 200): Promise<{ conversationId: string; handoffId: string }[]> {
      const found: { conversationId: string; handoffId: string }[] = [];
      for (const status of ['handoff', 'human'] as const) {
        for (const c of await deps.conversations.listForDesk(status, limit)) {
          if (c.handoff && agentSilenceExpired(deps.merchant, c.handoff, now()))
            found.push({ conversationId: c.id, handoffId: c.handoff.id });
        }
      }
      return found;
    },

    /**
     * Hands one silent handoff back to the bot and tells the shopper. Re-checked on fresh state: if an
     * agent answered meanwhile, or this handoff already ended (a redelivered job), nothing happens.
     * @returns whether the conversation was handed back
     */
    async releaseIfSilent(conversationId: string, handoffId: string): Promise<boolean> {
      try {
        const saved = await update(conversationId, (fresh) => {
          if (
            fresh.handoff?.id !== handoffId ||
            fresh.handoff.endedAt ||
            !agentSilenceExpired(deps.merchant, fresh.handoff, now())
          )
            throw new DeskError('conflict', 'an agent answered meanwhile or the handoff ended');
          endHandoff(fresh, { status: 'released', by: 'timeout', at: now() });
        });
        await send(
          saved,
          { text: say(saved, 'back_to_bot_timeout', { agent: say(saved, 'menu_agent') }) },
          { direction: 'out', data: { desk: 'timeout' } },
        );
        await recordDesk(saved, undefined, 'resolution', { messages: 1 });
        return true;
      } catch (error) {
        if (error instanceof DeskError) return false;
        throw error;
      }
    },

    /** The notice agents get for a handoff: summary, order card and the trigger in their language. */
    async notice(conversation: Conversation): Promise<HandoffNotice | undefined> {
      if (!conversation.handoff) return undefined;
      const order = await orderCard(conversation.handoff.understood?.orderId ?? conversation.focusOrderId);
      const c = await summarizeOnce(conversation, order);
      const handoff = c.handoff ?? conversation.handoff;
      const translated = await translate(handoff.trigger, handoff.language, agentLanguage);
      return {
        conversationId: c.id,
        handoffId: handoff.id,
        channel: c.channel,
        reason: handoff.reason,
        language: handoff.language,
        agentLanguage,
        lastMessage: handoff.trigger,
        ...(translated !== undefined ? { lastMessageTranslated: translated } : {}),
        summary: await summaryFor(handoff, order),
        ...(order
          ? { orderId: order.id, order }
          : handoff.understood?.orderId
            ? { orderId: handoff.understood.orderId }
            : {}),
        ...(deps.consoleUrl ? { consoleUrl: deps.consoleUrl(c.id) } : {}),
        ...(handoff.video ? { videoUrl: handoff.video.agentUrl } : {}),
        at: handoff.requestedAt,
      };
    },

    /** The conversation a handoff id belongs to, among the open ones (Telegram claim buttons and replies). */
    async findOpenHandoff(handoffId: string): Promise<Conversation | undefined> {
      for (const status of ['handoff', 'human'] as const) {
        const found = (await deps.conversations.listForDesk(status, 500)).find(
          (c) => c.handoff?.id === handoffId,
        );
        if (found) return found;
      }
      return undefined;
    },
  };
}

export type AgentDesk = ReturnType<typeof createAgentDesk>;

/** The API path of a shopper's stored photo (needs the agent's credentials like every /agent path). */
export const mediaUrl = (conversationId: string, key: string): string =>
  `/agent/conversations/${encodeURIComponent(conversationId)}/media/${encodeURIComponent(key)}`;
