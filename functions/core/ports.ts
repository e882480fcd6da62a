// Ports: the small interfaces core code depends on. Adapters live in functions/stores, functions/channels,
// functions/services and lib/local; only handlers and lib/local wire concrete ones in.
import type {
  ChannelName,
  Conversation,
  DeliveryStatus,
  InboundMessage,
  Language,
  Order,
  OutboundMessage,
  ParsedWebhook,
  Product,
  Shipment,
  SupportCase,
} from './types';

// ---------------------------------------------------------------------------------------------
// Channels. Split in two so the ingest bundle never pulls in a send SDK.

/** A web-standard view of the webhook request, built from the API Gateway v2 event. */
export interface WebhookRequest {
  method: string;
  /** Header names lower-cased, as API Gateway HTTP APIs deliver them. */
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  /** The exact bytes the platform sent: signatures are computed over these. */
  rawBody: Buffer;
}

export type VerifyResult = { ok: true } | { ok: false; reason: string };

export interface ChannelInbound {
  readonly name: ChannelName;
  /** Checks the platform's signature / secret on the raw bytes, in constant time. */
  verify(req: WebhookRequest): VerifyResult;
  /**
   * Turns a verified body into messages and statuses. Throws `WebhookShapeError` when the body is not
   * JSON or not the platform's envelope (→ 400); unknown event kinds are returned in `ignored`, never thrown.
   */
  parse(rawBody: Buffer): ParsedWebhook;
}

export interface ChannelCapabilities {
  /** Most quick-answer buttons shown natively (beyond that: a list, or text). */
  maxButtons: number;
  images: boolean;
  typingIndicator: boolean;
  markRead: boolean;
}

/** Everything a send needs to know about the turn it answers. */
export interface SendContext {
  conversation: Pick<Conversation, 'id' | 'recipient' | 'lastInboundAt' | 'language'>;
  /** The inbound message being answered (reply token, callback query id, wamid to mark read). */
  inReplyTo?: Pick<InboundMessage, 'replyToken' | 'receivedAt' | 'platformMessageId' | 'callbackQueryId'>;
}

export interface SendResult {
  platformMessageIds: string[];
  /** How it went out: 'reply' (LINE reply token), 'push', 'template' (WhatsApp outside 24h), 'message'. */
  via: 'reply' | 'push' | 'template' | 'message';
}

export interface ChannelOutbound {
  readonly name: ChannelName;
  readonly capabilities: ChannelCapabilities;
  send(ctx: SendContext, message: OutboundMessage): Promise<SendResult>;
  /** Typing / loading indicator where the platform has one; mark-as-read on WhatsApp. Best effort. */
  acknowledge?(ctx: SendContext): Promise<void>;
  /** Downloads an inbound media object's bytes. */
  downloadMedia?(mediaId: string): Promise<{ bytes: Buffer; mimeType: string }>;
  /**
   * The platform's own count of this month's paid (push) messages and its limit, where it has one (LINE):
   * it counts every push of the account — ours, the agents', the merchant's other tools'.
   */
  pushQuota?(): Promise<PushQuota>;
}

export interface PushQuota {
  /** Messages counted this month. */
  readonly used: number;
  /** The plan's monthly limit; absent when the plan has none. */
  readonly limit?: number;
}

export type Channel = ChannelInbound & ChannelOutbound;

// ---------------------------------------------------------------------------------------------
// Queue between ingest and worker.

export interface TurnQueue {
  /** FIFO: `groupId` = conversation id keeps one shopper's messages in order; `dedupId` = event id. */
  enqueue(groupId: string, dedupId: string, body: string): Promise<void>;
  /**
   * Several at once, in order (SQS SendMessageBatch: up to 10, 256 KB together). Throws if any entry was
   * not taken; entries before it may have been (their dedup ids make a retry harmless).
   */
  enqueueBatch?(entries: readonly { groupId: string; dedupId: string; body: string }[]): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Stores (DynamoDB single table in AWS and locally; in-memory twins for unit tests).

export interface EventClaimStore {
  /**
   * Claims a platform event id exactly once (one conditional write with a TTL).
   * Returns false when it was already claimed: a platform retry or a duplicate delivery.
   * With `overLease`, a claim that was never confirmed does not stop this one: a retry cannot tell a
   * lease whose holder died from one still at work, and waiting for the lease to expire loses the message
   * when the retry is answered meanwhile. Only for work that is safe to do twice up to the confirm.
   */
  claim(eventId: string, ttlSeconds: number, options?: { overLease?: boolean }): Promise<boolean>;
  /**
   * Gives a claim back (one delete) when the work it guarded failed before it was handed on (e.g. the
   * enqueue failed, a reply's send failed), so the retry is not mistaken for a duplicate. Releasing an
   * id that is not claimed is a no-op.
   */
  release(eventId: string): Promise<void>;
  /**
   * Turns a short claim (a lease taken with `claim(id, leaseSeconds)`) into a lasting one once the work it
   * guards is handed on. Why two steps: a process that dies between claim and hand-over leaves only the
   * lease, which expires, so the platform's (or SQS's) retry gets through instead of looking like a
   * duplicate for days.
   */
  confirm(eventId: string, ttlSeconds: number): Promise<void>;
}

export interface MessageLogEntry {
  conversationId: string;
  direction: 'in' | 'out' | 'agent' | 'status';
  at: string;
  /** Unique within the conversation (inbound: event id; outbound: a generated id). */
  id: string;
  text?: string;
  data?: Record<string, unknown>;
}

export interface MessageLog {
  append(entry: MessageLogEntry): Promise<void>;
  /** Oldest first. */
  list(conversationId: string, limit?: number): Promise<MessageLogEntry[]>;
  /**
   * Adds fields to an entry's `data` if the entry exists (never creates one: inbound lines are ingest's to
   * write). The worker notes there what the bot understood, for the agent.
   */
  annotate(
    entry: Pick<MessageLogEntry, 'conversationId' | 'at' | 'id'>,
    data: Record<string, unknown>,
  ): Promise<void>;
}

export interface ConversationStore {
  get(id: string): Promise<Conversation | undefined>;
  /** Saves if `version` still matches what is stored (then bumps it); throws `StaleConversationError` otherwise. */
  save(conversation: Conversation): Promise<Conversation>;
  /**
   * The agent desk's queues (core/agent-desk.ts `deskStatus`), read through an index, never a scan. Only
   * conversations that were ever handed to a person are listed. 'handoff' is oldest request first (who
   * waited longest); the others are most recently updated first.
   */
  listForDesk(status: DeskStatus, limit?: number): Promise<Conversation[]>;
}

export type DeskStatus = 'handoff' | 'human' | 'bot' | 'closed';

export interface OrderStore {
  getOrder(orderId: string): Promise<Order | undefined>;
  /** Orders whose customer phone equals these digits (E.164 without '+'), newest first. */
  ordersForPhone(phone: string): Promise<Order[]>;
  ordersForCustomer(customerId: string): Promise<Order[]>;
  putOrder(order: Order): Promise<void>;
  getShipment(trackingNumber: string): Promise<Shipment | undefined>;
  shipmentsForOrder(orderId: string): Promise<Shipment[]>;
  /**
   * Writes the shipment and its watch entry: an open shipment is listed under the day it should next be
   * looked at (`firstCheckAt`, conservative: the delay scan re-files it with the merchant's policy), a
   * delivered or returned one is taken off the list.
   */
  putShipment(shipment: Shipment): Promise<void>;
  /** Files the shipment under `dueAt` for the delay scan; undefined takes it off the list. */
  watchShipment(trackingNumber: string, dueAt: string | undefined): Promise<void>;
  /**
   * Tracking numbers due by `now`, read from the day buckets of the last `days` days (an index query per
   * day, never a scan).
   */
  shipmentsDue(now: Date, options?: { days?: number; limit?: number }): Promise<string[]>;
  getProduct(productId: string): Promise<Product | undefined>;
  listProducts(): Promise<Product[]>;
  putProduct(product: Product): Promise<void>;
}

/** Which conversations a customer has verified in (LINE and Telegram chats proven by order + e-mail). */
export interface CustomerConversations {
  link(customerId: string, conversationId: string): Promise<void>;
  conversationsOf(customerId: string): Promise<string[]>;
}

/**
 * Shared counters with a period (a month's LINE pushes, a lane's delayed parcels today): atomic adds that
 * many workers can race on, each count expiring after its period.
 */
export interface Counters {
  /**
   * Adds 1 unless the count has already reached `limit`.
   * @returns the new count, or undefined when the limit was reached (nothing added)
   */
  add(key: string, options: { limit?: number; expiresAt: Date }): Promise<number | undefined>;
  /** The count so far (0 for a key never added to). */
  count(key: string): Promise<number>;
}

export interface StatusLog {
  record(status: DeliveryStatus): Promise<void>;
}

/** Returns and damage claims the tools open. */
export interface CaseStore {
  /** Saves a case, overwriting the stored one with the same id (updates: photos added, status changed). */
  putCase(supportCase: SupportCase): Promise<void>;
  /**
   * Writes a NEW case only if its id is still free (one conditional write). Returns false when the id
   * is taken, e.g. a concurrent turn opened a case for the same order first: pick the next id and retry.
   */
  createCase(supportCase: SupportCase): Promise<boolean>;
  getCase(caseId: string): Promise<SupportCase | undefined>;
  /** Every case of one order, oldest first. */
  casesForOrder(orderId: string): Promise<SupportCase[]>;
}

/** What is stored in one conversation's partition (live items only: an expired one counts as gone). */
export interface ConversationRecords {
  conversation?: Conversation;
  messages: MessageLogEntry[];
  statuses: DeliveryStatus[];
}

/**
 * The privacy path's own store needs (core/privacy.ts): whole conversation partitions, deletes, and the one
 * look-up no other port has (orders by e-mail). Rare, operator-driven calls: they may cost more than a turn.
 */
export interface PrivacyStore {
  conversationRecords(conversationId: string): Promise<ConversationRecords>;
  /**
   * Deletes every item of the conversation's partition (state, message log, delivery statuses), expired
   * ones too. Returns how many of each kind were there.
   */
  deleteConversationRecords(
    conversationId: string,
  ): Promise<{ conversation: number; messages: number; statuses: number }>;
  /** True when there was such a case. */
  deleteCase(caseId: string): Promise<boolean>;
  /** True when there was such a link. */
  unlinkCustomerConversation(customerId: string, conversationId: string): Promise<boolean>;
  /** Deletes cached translations by key; returns how many existed. */
  deleteTranslations(keys: readonly string[]): Promise<number>;
  /** Orders whose customer e-mail is `email` (case-insensitive). No index serves this: may read the table. */
  ordersForEmail(email: string): Promise<Order[]>;
  /**
   * Deletes the insight events of one conversation (by its insights key, the log id) on these UTC days:
   * a complaint's event keeps an excerpt of the shopper's words. Returns how many there were.
   */
  deleteInsightEvents?(conversationKey: string, days: readonly string[]): Promise<number>;
}

/** Deletes stored media objects (our keys, `media/…`); returns how many were deleted. */
export interface MediaEraser {
  remove(keys: readonly string[]): Promise<number>;
}

// ---------------------------------------------------------------------------------------------
// Machine translation: for the human side (shopper ↔ agent) and for merchant-written content (FAQ answers).

/** Translates one text (AWS Translate in the cloud). Adapters protect ids and brand names. */
export interface Translator {
  translate(input: { text: string; from: Language; to: Language }): Promise<string>;
}

/**
 * Translations already paid for, by an opaque key the caller derives from what was translated (a hash:
 * keys never carry the text itself, nor anything personal). Stores decide where and for how long.
 */
export interface TranslationCache {
  get(key: string): Promise<string | undefined>;
  put(key: string, text: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Telling agents about a handoff, where they already are (a signed webhook today; Slack, a Telegram group
// and email plug in behind the same port).

/** What agents are told when a conversation is handed to them. Carries no platform ids of the shopper. */
export interface HandoffNotice {
  conversationId: string;
  /** Short id of this handoff (the agent desk's handle: Telegram claim buttons, console links). */
  handoffId: string;
  channel: ChannelName;
  reason: string;
  /** The shopper's language, so the team can route it to someone who reads it. */
  language: Language;
  /** The language agents read: `summary` and `lastMessageTranslated` are in it. */
  agentLanguage: Language;
  /** The shopper's message that triggered the handoff, as written. */
  lastMessage: string;
  /** That message in the agent language, when the shopper wrote another one and a translator is configured. */
  lastMessageTranslated?: string;
  /** What the shopper wants, in the agent language: an LLM summary or one built from intents and the order. */
  summary: string;
  /** The order the conversation is about, if one is in focus. */
  orderId?: string;
  order?: { id: string; status: string; total: string; items: string[]; tracking: string[] };
  /** Opens this conversation in the agent console. */
  consoleUrl?: string;
  /** The video room offered to the shopper, for the agent to join. */
  videoUrl?: string;
  at: string;
}

/** What a summarizer reads: the latest transcript lines as written, why the bot handed off, the order. */
export interface SummaryInput {
  reason: string;
  /** The language the summary is written in (the agents'). */
  language: Language;
  lines: { author: 'shopper' | 'bot' | 'agent'; text: string }[];
  order?: { id: string; status: string; total: string; items: string[] };
}

/** Writes a handoff summary for agents (an LLM); the desk falls back to the structured one when it fails. */
export interface HandoffSummarizer {
  summarize(input: SummaryInput): Promise<string>;
}

/** A video room for one conversation: the shopper's link, the agent's link, and when both stop working. */
export interface VideoLink {
  url: string;
  agentUrl: string;
  expiresAt: string;
}

export interface VideoRoom {
  readonly name: string;
  open(input: { conversationId: string; now: Date }): Promise<VideoLink>;
}

/**
 * Something the agents should know that is no one conversation: many parcels of one lane delayed today.
 * Written in English, like the desk's own labels; carries no shopper's personal data.
 */
export interface AlertNotice {
  /**
   * lane_delay: many parcels of one lane late today; verification_abuse: many wrong order secrets;
   * defect_spike: one product's complaints of one defect far above its baseline; sentiment_surge: many
   * angry shoppers at once (functions/insights/alerts.ts).
   */
  kind: 'lane_delay' | 'verification_abuse' | 'defect_spike' | 'sentiment_surge';
  /** Stable per episode (`lane:CN-DE:2026-12-07`): a receiver may dedupe on it. */
  alertId: string;
  title: string;
  lines: string[];
  consoleUrl?: string;
  at: string;
}

export interface Notifier {
  readonly name: string;
  /** Delivers one notice; throws `NotifyError` when the receiver did not take it (the caller retries). */
  notify(notice: HandoffNotice): Promise<void>;
  /** Delivers one alert the same way; a receiver without it gets no alerts. */
  alert?(notice: AlertNotice): Promise<void>;
}
