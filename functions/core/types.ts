// The shared vocabulary of Crossdesk. Pure types: core, channels, tools, stores and understanding all
// speak these, and nothing here knows about a platform SDK, DynamoDB or the LLM.
import type { Awaiting } from './dialog/awaiting';

export {
  CHANNELS,
  type ChannelName,
  INTENTS,
  type Intent,
  LANGUAGES,
  type Language,
  ORDER_INTENTS,
} from './vocabulary';

import type { ChannelName, Intent, Language } from './vocabulary';

// ---------------------------------------------------------------------------------------------
// Inbound: what a channel's parser makes of a webhook body.

export type InboundKind =
  | 'text'
  | 'image'
  | 'audio'
  | 'video'
  | 'file'
  | 'sticker'
  | 'location'
  | 'contacts'
  | 'button' // a tapped quick reply / reply button / list row / postback / callback query
  | 'reaction'
  | 'edit'
  | 'follow'
  | 'unfollow'
  | 'join'
  | 'leave';

export interface MediaRef {
  /** Platform handle: WhatsApp media id, LINE message id, Telegram file_id. */
  id: string;
  mimeType?: string;
  fileName?: string;
  /** True for a recorded voice note (WhatsApp audio.voice, Telegram voice). */
  voice?: boolean;
  /** Set once the worker has copied the bytes to our storage (S3 key or local path). */
  storedAt?: string;
  /** A photo's one-line description for the agent, in the agent's language (only with a vision LLM). */
  description?: string;
}

export interface InboundMessage {
  /** Platform event id used for dedupe, already prefixed: `whatsapp:wamid…`, `line:01H…`, `telegram:123`. */
  eventId: string;
  /** Opaque, made by the channel: `whatsapp:{phoneNumberId}:{waId}`, `line:{destination}:{userId|groupId}`, `telegram:{botId}:{chatId}`. */
  conversationId: string;
  channel: ChannelName;
  sender: {
    /** wa_id (or BSUID), LINE userId, Telegram user id. */
    id: string;
    name?: string;
    /** WhatsApp only: the verified phone number the message came from, digits only (E.164 without '+'). */
    phone?: string;
    /** Client language hint (Telegram `from.language_code`). */
    languageCode?: string;
  };
  kind: InboundKind;
  /** Text, caption, the title of a tapped button, or an edit's new text. */
  text?: string;
  /** Machine payload of a tapped button / postback / callback query. */
  payload?: string;
  media?: MediaRef;
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  contacts?: { name?: string; phones: string[] }[];
  reaction?: { emoji?: string; targetMessageId?: string };
  /** The platform's id for this message (WhatsApp wamid, LINE message id, Telegram message_id). */
  platformMessageId?: string;
  /** LINE only: single-use, valid about a minute. */
  replyToken?: string;
  /** Telegram only: must be answered to stop the client's spinner. */
  callbackQueryId?: string;
  /** ISO-8601 time the platform says the event happened. */
  receivedAt: string;
  /**
   * Sent in a group chat (LINE group / room, Telegram group / supergroup): everyone there reads the answer,
   * so nothing that needs verification is looked up or disclosed in it.
   */
  inGroup?: true;
  raw: unknown;
}

/** A WhatsApp delivery receipt for something we sent. Recorded, never treated as a message. */
export interface DeliveryStatus {
  eventId: string;
  conversationId: string;
  channel: ChannelName;
  platformMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed' | 'deleted' | string;
  at: string;
  errors?: { code?: number; title?: string; message?: string }[];
}

export interface ParsedWebhook {
  messages: InboundMessage[];
  statuses: DeliveryStatus[];
  /** One line per event we received but do not act on (unknown kinds, calls, account updates…), for the log. */
  ignored: string[];
}

// ---------------------------------------------------------------------------------------------
// Outbound: what the conversation core asks a channel to show the shopper.

export interface OutboundButton {
  /** Payload that comes back when tapped (≤ 256 chars; channels may shorten). */
  id: string;
  /** Label the shopper sees (channels truncate to their limits: WhatsApp 20, LINE 20, Telegram 64). */
  title: string;
  /**
   * A second line under the title (e.g. an order's date and items): WhatsApp list rows show it (≤ 72),
   * LINE/Telegram fold it into the label only when it fits, text fallbacks print it after the title.
   */
  description?: string;
}

export interface OutboundMessage {
  text: string;
  /** Quick answers: rendered as WhatsApp reply buttons (≤3) or a list (≤10), LINE quick replies, Telegram inline keyboard. */
  buttons?: OutboundButton[];
  links?: { url: string; title: string }[];
  image?: { url: string; caption?: string };
  /** Language of the text, for channels that need it (WhatsApp template fallback). */
  language?: Language;
  /**
   * What the message says, as named values, for a platform that only lets us speak first with a
   * pre-approved template (WhatsApp outside the 24-hour window): the merchant's template for `purpose`
   * gets these values as its parameters, in the order its config lists them.
   */
  template?: { purpose: TemplatePurpose; values: Record<string, string> };
}

/** Messages we send unasked, each with its own approved WhatsApp template. */
export type TemplatePurpose = 'delay_update' | 'shipment_update';

// ---------------------------------------------------------------------------------------------
// Conversation state, one per conversation id.

export type ShopperIdentity =
  /** WhatsApp: the sender's phone number is verified by the platform. */
  | { kind: 'phone'; phone: string }
  /** LINE / Telegram after verification (order number + email or postcode). */
  | { kind: 'customer'; customerId: string }
  | { kind: 'anonymous' };

export interface Conversation {
  id: string;
  channel: ChannelName;
  /** Who we send to: wa_id, LINE userId/groupId, Telegram chat id. */
  recipient: string;
  /** Pinned language and the hysteresis state that decides when to switch. */
  language?: Language;
  languageCandidate?: { language: Language; streak: number };
  mode: 'bot' | 'human';
  identity: ShopperIdentity;
  /** The order the shopper is talking about, remembered across turns. */
  focusOrderId?: string;
  /** What the bot asked last and is waiting for (one typed variant per question, see core/dialog/awaiting.ts). */
  awaiting?: Awaiting;
  /** What the conversation is about: the last request answered and its order, for follow-ups ("and when?"). */
  topic?: { intent: Intent; orderId?: string; facet?: OrderFacet; at: string };
  /** The shopper asked for this language ("prefiero hablar en español"): it holds until they ask again or clearly write another. */
  languageRequested?: Language;
  /** Proactive messages (delay notices…): off after "stop", on again after "start". Every proactive sender reads it. */
  contactPreference?: { proactive: boolean; changedAt: string };
  /**
   * The last turn's inbound event and the replies it decided, saved with the state they belong to: a
   * redelivery of that event re-sends these (each reply's claim skips what already went out) and never
   * runs the turn again on the state the first run already changed.
   */
  lastTurn?: { eventId: string; replies: OutboundMessage[] };
  /** Data-protection requests the shopper made here, for the privacy path. */
  dataRequests?: { kind: 'access' | 'deletion'; at: string }[];
  /** ISO time of the shopper's last inbound message: WhatsApp's 24-hour window starts here. */
  lastInboundAt?: string;
  /** Rolling memory for the LLM path. */
  summary?: string;
  recentTurns?: { role: 'shopper' | 'bot' | 'agent'; text: string; at: string }[];
  createdAt: string;
  updatedAt: string;
  /** Optimistic-locking counter; stores reject a save whose version is stale. */
  version: number;
  /**
   * Customers this conversation proved to be (order number + email/postcode) besides `identity`, e.g. a
   * WhatsApp shopper who ordered with another phone. Only the verification step writes it.
   */
  linkedCustomerIds?: string[];
  /**
   * When each link of `linkedCustomerIds` lapses (ISO): proving someone else's order once (a partner's
   * e-mail) must not open their orders to this chat for good. Links without an entry lapse at once.
   */
  linkedUntil?: Record<string, string>;
  /** ISO times of recent failed verification attempts: the rate limit counts them. */
  verificationFailures?: string[];
  /** Clarifying questions the bot asked in a row; any other answer resets it. The policy hands off past a limit. */
  clarifyStreak?: number;
  /** Turns in a row in which a tool failed (store or network); the second hands the shopper to a person. */
  toolFailureStreak?: number;
  /** When the shopper's latest message read as angry; cleared by a calm one. Sustained anger hands off. */
  angryAt?: string;
  /** The latest handoff to a person and where it stands (core/agent-desk.ts); kept after hand-back for the rating and insights. */
  handoff?: HandoffRecord;
  /**
   * Per tracking number, the delay episode we last told the shopper about unasked (core/proactive.ts) and
   * whether they asked for every update: one message per episode, a new one only when the situation changes.
   * `lastEventAt`: the newest carrier event they have heard about (an update subscriber hears each new one).
   */
  proactive?: Record<string, { episode: string; at: string; updates?: boolean; lastEventAt?: string }>;
}

/**
 * waiting: no agent yet; claimed: an agent owns it; released: handed back to the bot (by the agent or after
 * agent silence); closed: the agent closed it with a resolution.
 */
export type HandoffStatus = 'waiting' | 'claimed' | 'released' | 'closed';

export interface HandoffRecord {
  /** Short, opaque handle (Telegram claim buttons, `#h…` tags, console links). */
  id: string;
  reason: string;
  status: HandoffStatus;
  requestedAt: string;
  /** The shopper's language when they were handed over. */
  language: Language;
  /** The message that triggered it, as written (the agent sees it translated). */
  trigger: string;
  /** What the bot understood, for the structured summary: intent, confidence, order in focus. */
  understood?: { intent?: Intent; confidence?: number; orderId?: string; trackingNumber?: string };
  claimedBy?: string;
  claimedAt?: string;
  /** Last time an agent wrote to the shopper: agent silence is measured from here. */
  lastAgentAt?: string;
  /** The shopper was told once that their messages while waiting reach the agent. */
  waitingNoticeAt?: string;
  video?: { url: string; agentUrl: string; expiresAt: string };
  endedAt?: string;
  /** Who ended it: an agent's name, or 'timeout' when agent silence handed it back. */
  endedBy?: string;
  resolution?: string;
  rating?: { score: 1 | 2 | 3 | 4 | 5; at: string };
  /** The LLM's summary of the request for agents, made once when agents are first told (LLM configured). */
  summary?: { text: string; language: Language; by: 'llm' };
}

// ---------------------------------------------------------------------------------------------
// Merchant data.

export interface Address {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postcode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface Money {
  amount: number;
  /** ISO 4217. */
  currency: string;
}

export interface Customer {
  id: string;
  name: string;
  email: string;
  /** E.164 digits without '+', as WhatsApp's wa_id spells it. */
  phone: string;
  language: Language;
  /**
   * Whether the customer agreed to order updates on WhatsApp (the import's `whatsapp_opt_in`); unknown when
   * absent. `false` means never written to first, whatever the merchant's setting.
   */
  whatsappOptIn?: boolean;
}

export type OrderStatus =
  | 'pending' // paid, not yet picked
  | 'processing' // being fulfilled: too late to cancel free of charge in some policies
  | 'shipped'
  | 'delivered'
  | 'cancelled'
  | 'returned';

export interface OrderLine {
  sku: string;
  productId: string;
  name: string;
  size?: string;
  colour?: string;
  quantity: number;
  price: Money;
}

export interface Order {
  /** The 5-digit order number shoppers see. */
  id: string;
  customer: Customer;
  status: OrderStatus;
  placedAt: string;
  fulfilledAt?: string;
  deliveredAt?: string;
  lines: OrderLine[];
  total: Money;
  shippingAddress: Address;
  trackingNumbers: string[];
}

export type ShipmentEventCode =
  | 'label_created'
  | 'picked_up'
  | 'in_transit'
  | 'departed_origin'
  | 'arrived_hub'
  | 'export_customs'
  | 'customs_hold'
  | 'customs_cleared'
  | 'port_congestion'
  | 'arrived_destination'
  | 'out_for_delivery'
  | 'delivery_attempt_failed'
  | 'delivered'
  | 'returned_to_sender'
  | 'exception';

export interface ShipmentEvent {
  at: string;
  code: ShipmentEventCode;
  location: string;
  description: string;
}

export interface Shipment {
  trackingNumber: string;
  orderId: string;
  carrier: string;
  service: string;
  origin: string;
  destination: string;
  estimatedDelivery: string;
  events: ShipmentEvent[];
}

export interface SizeChartRow {
  size: string;
  /** Body measurements in cm the size fits (inclusive ranges). */
  chestCm?: [number, number];
  waistCm?: [number, number];
  hipCm?: [number, number];
  footCm?: [number, number];
  heightCm?: [number, number];
  weightKg?: [number, number];
  /** The same size in other systems, e.g. { EU: '40', US: '7', UK: '6.5', JP: '25', CN: '250' }. */
  equivalents?: Partial<Record<'EU' | 'US' | 'UK' | 'JP' | 'CN', string>>;
}

export interface Product {
  id: string;
  name: string;
  category: 'tops' | 'bottoms' | 'dresses' | 'outerwear' | 'shoes' | 'home' | 'accessories';
  material: string;
  care: string;
  colours: string[];
  /** What shoppers call it in their languages ("连衣裙", "vestido cruzado"): matched like the name. */
  aliases?: Partial<Record<Language, string[]>>;
  /** Each colour's names in other languages, keyed by the colour as `colours` spells it: { white: { es: ['blanco'] } }. */
  colourAliases?: Record<string, Partial<Record<Language, string[]>>>;
  price: Money;
  /** Units in stock per SKU variant, keyed `${colour}/${size}` (or colour alone for unsized goods). */
  stock: Record<string, number>;
  restockDate?: string;
  sizeChart?: SizeChartRow[];
}

/** A return (RMA), a damage claim, or a delay case (a colleague chases the carrier) the bot opened for an order. */
export interface SupportCase {
  /** `RMA-48213-1`, `CLM-48213-1`, `DLY-48213-1`: unique per order, derived from the order's earlier cases. */
  id: string;
  kind: 'return' | 'damage' | 'delay';
  orderId: string;
  customerId: string;
  conversationId: string;
  /** `awaiting_photos`: a damage claim opened before the shopper sent a photo. */
  status: 'awaiting_photos' | 'open' | 'closed';
  items: { sku: string; quantity: number }[];
  /** Media references (our storage key when copied, else the platform media id). */
  photos: string[];
  /** One-line descriptions for the agent keyed by photo reference (only with a vision LLM; some may be missing). */
  photoDescriptions?: Record<string, string>;
  description?: string;
  /** Returns: the last day to drop the parcel off, and the prepaid label. */
  returnBy?: string;
  labelUrl?: string;
  createdAt: string;
  updatedAt: string;
}

/** The body of one SQS message from ingest to worker: the already-persisted inbound message. */
export interface QueuedTurn {
  v: 1;
  message: InboundMessage;
}

/**
 * Work the scheduled scan hands to the worker instead of doing it itself: queued in the conversation's
 * FIFO group, it runs between that shopper's turns, never beside one, and the scan stays read-only.
 */
export interface QueuedDeskJob {
  v: 1;
  job:
    | { kind: 'release_silent'; conversationId: string; handoffId: string }
    /**
     * A shipment changed (a tracking event was applied) or came due in the delay scan: the worker assesses it
     * and, when it is newly delayed, tells the shopper first. Grouped per shipment (`shipment:<tracking>`).
     */
    | { kind: 'shipment_update'; trackingNumber: string };
}

// ---------------------------------------------------------------------------------------------
// Understanding: what the offline model (or the LLM) made of one shopper message.

export interface Measurements {
  heightCm?: number;
  weightKg?: number;
  chestCm?: number;
  waistCm?: number;
  hipCm?: number;
  footCm?: number;
}

export interface Entities {
  /** 5 ASCII digits each, in the order they appear. */
  orderIds: string[];
  trackingNumbers: string[];
  emails: string[];
  postcodes: string[];
  measurements: Measurements;
  /** A clothing/shoe size the shopper named, e.g. { system: 'EU', value: '40' }. */
  sizes: { system: 'EU' | 'US' | 'UK' | 'JP' | 'CN' | 'INTL'; value: string }[];
}

/**
 * Signals that decide whether a human must step in (or the bot must refuse), read from the words whatever
 * the intent is, e.g. a late order with a chargeback threat. Produced by functions/understanding/signals.ts.
 */
export interface Signals {
  /** Explicitly asks for a person, agent, manager. */
  humanRequest: boolean;
  /** Chargeback / payment dispute, bad reviews, public exposure on social media. */
  reputationThreat: boolean;
  /** Lawyers, courts, consumer agencies (Profeco, Procon, DGCCRF, Verbraucherzentrale…). */
  legalThreat: boolean;
  /** Asks for compensation beyond a refund (damages, indemnity). */
  compensationDemand: boolean;
  /** Charged twice or wrongly: needs someone with access to payments. */
  billingError: boolean;
  anger: boolean;
  /** Keyboard mashing or symbol soup: nothing to answer, someone should look. */
  garbled: boolean;
  /** Nothing to go on ("." "?" "👍"): ask for more. */
  contentFree: boolean;
  /** Prompt injection, system-prompt extraction, script or SQL strings, floods. Never handed off, never obeyed. */
  injection: boolean;
}

/** What a short answer says in the context of the bot's last question. Read once per message by understanding. */
export interface ReplyCues {
  /** Yes or no to a yes/no question, colloquial forms, particles, slang and emoji included ("dale", "ok lah", "ừ", "👍"). */
  yesNo?: 'yes' | 'no';
  /** A position among the choices offered: 1-based; -1 is the last one ("the second one", "el último", "2つ目"). */
  ordinal?: number;
  /** "the other one", "el otro", "另一个": the choice not picked so far. */
  other?: boolean;
  /** "both", "all of them", "los dos". */
  all?: boolean;
  /** "never mind", "forget it", "olvídalo": drop the pending question. */
  abandon?: boolean;
  /** "no wait, I meant…", "actually…", "perdón, quise decir": a correction of what was said before. */
  correction?: boolean;
}

/** Requests about the conversation itself rather than an order. */
export interface ShopperRequests {
  /** "stop", "unsubscribe", "Stopp", "no more messages": no proactive messages any more. */
  optOut?: boolean;
  /** "start", "subscribe again": proactive messages back on. */
  optIn?: boolean;
  /** A data-protection request (GDPR / DSGVO / LGPD / PDPA…): see my data, or delete it. */
  dataRequest?: 'access' | 'deletion';
  /** Asks to be answered in this language ("prefiero hablar en español", "English please", "日本語でお願いします"). */
  language?: Language;
  /** A bot command as Telegram clients send them ("/start", "/help@MyBot" → "start", "help"). */
  command?: string;
}

/** What about an order (or the shop) a message asks, beyond its intent: the facet a follow-up wants answered. */
export const ORDER_FACETS = ['eta', 'location', 'refund_timing', 'return_label', 'tracking_number'] as const;
export type OrderFacet = (typeof ORDER_FACETS)[number];

/** Shop-wide questions the merchant answers once in config (FAQ / policy). */
export const FAQ_TOPICS = [
  'shipping_countries',
  'shipping_times',
  'duties_taxes',
  'exchange_policy',
  'refund_policy',
  'payment_methods',
] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

export interface TopicCues {
  facet?: OrderFacet;
  faq?: FaqTopic;
}

/** A delivery address as typed in chat, read into parts (any market's way of writing one). */
export interface ParsedAddress {
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postcode: string;
}

/** The one reading of one shopper message: produced once per message, read by every step of the turn. */
export interface Understanding {
  /** The language to read and answer this message in (this message's detection, else a fallback). */
  language: Language;
  /** What detection said about this message alone (0 when it could not tell). */
  languageConfidence: number;
  /** This message's own detection before any fallback (absent when detection could not tell). */
  detectedLanguage?: Language;
  intent: Intent;
  /** 0..1 */
  confidence: number;
  scores?: Partial<Record<Intent, number>>;
  entities: Entities;
  signals: Signals;
  /** Short-answer cues (yes/no, ordinals, references, abandoning, corrections). */
  reply: ReplyCues;
  requests: ShopperRequests;
  topic: TopicCues;
  /** The message read as a delivery address, when it reads as one. */
  address?: ParsedAddress;
  /** Which path produced it. */
  source: 'offline' | 'llm';
}
