// The context of one turn: the conversation being updated, this message's one understanding, the replies
// so far, and helpers to say catalog messages, ask typed questions and call tools with the conversation's
// verified identity. Every pipeline step and flow works on it.

import { formatOpening, nextOpening } from '../business-hours';
import type { Awaiting, Question } from '../dialog/awaiting';
import { encodeButton } from '../dialog/payloads';
import { type MessageKey, type MessageParam, t } from '../messages/index';
import type { HandoffReason, PolicyDecision } from '../policy';
import type { ToolContext, ToolInput, ToolName, ToolOutput, ToolResult } from '../tools';
import type { TurnDeps, TurnLog } from '../turn-types';
import type {
  Conversation,
  InboundMessage,
  Language,
  OutboundButton,
  OutboundMessage,
  Understanding,
} from '../types';

export interface TurnState {
  readonly deps: TurnDeps;
  readonly message: InboundMessage;
  readonly now: Date;
  conversation: Conversation;
  language: Language;
  /** The message's text (a voice note's transcript), trimmed; '' for media without a caption. */
  text: string;
  /** This message's one understanding (absent for taps, media without text, and empty messages). */
  u?: Understanding;
  decision?: PolicyDecision;
  /** What the bot was waiting for when the message arrived (the pending-question step consumes it). */
  pending?: Awaiting;
  replies: OutboundMessage[];
  handoff?: { reason: HandoffReason };
  /** A tool failed (store or network) this turn: two such turns in a row bring in a person. */
  toolFailed?: boolean;
  log: TurnLog;
}

/** Renders a catalog message in the conversation's language (the merchant's overrides first). */
export function text(state: TurnState, key: MessageKey, params?: Record<string, MessageParam>): string {
  const { merchant } = state.deps;
  if (state.deps.messages) return state.deps.messages.t(state.language, key, params);
  return t(state.language, key, params, merchant.timezone);
}

export function say(
  state: TurnState,
  key: MessageKey,
  params?: Record<string, MessageParam>,
  extra: Omit<OutboundMessage, 'text' | 'language'> = {},
): void {
  state.replies.push({ text: text(state, key, params), language: state.language, ...extra });
}

export const yesNoButtons = (state: TurnState): OutboundButton[] => [
  { id: encodeButton({ kind: 'confirm', answer: 'yes' }), title: text(state, 'button_yes') },
  { id: encodeButton({ kind: 'confirm', answer: 'no' }), title: text(state, 'button_no') },
];

export const agentButton = (state: TurnState): OutboundButton => ({
  id: encodeButton({ kind: 'handoff' }),
  title: text(state, 'menu_agent'),
});

export const menuButtons = (state: TurnState): OutboundButton[] => [
  { id: encodeButton({ kind: 'menu', intent: 'track_order' }), title: text(state, 'menu_track') },
  { id: encodeButton({ kind: 'menu', intent: 'return_item' }), title: text(state, 'menu_return') },
  { id: encodeButton({ kind: 'menu', intent: 'size_help' }), title: text(state, 'menu_size') },
];

/** The choice buttons a question offers; asking again after an unclear answer offers the same ones. */
export const orderButton = (orderId: string, description?: string): OutboundButton => ({
  id: encodeButton({ kind: 'order', orderId }),
  title: `#${orderId}`,
  ...(description ? { description } : {}),
});
export const itemButton = (line: { sku: string; name: string; variant?: string }): OutboundButton => ({
  id: encodeButton({ kind: 'item', sku: line.sku }),
  title: line.name,
  ...(line.variant ? { description: line.variant } : {}),
});
export const productButton = (product: { id: string; name: string }): OutboundButton => ({
  id: encodeButton({ kind: 'product', productId: product.id }),
  title: product.name,
});

export function toolContext(state: TurnState): ToolContext {
  return {
    identity: state.conversation.identity,
    conversation: state.conversation,
    orders: state.deps.orders,
    cases: state.deps.cases,
    merchant: state.deps.merchant,
    now: state.now,
  };
}

/** Calls a tool the way the LLM would: input validated by its schema, identity from the conversation. */
export async function callTool<N extends ToolName>(
  state: TurnState,
  name: N,
  input: ToolInput<N>,
): Promise<ToolResult<ToolOutput<N>>> {
  const tool = state.deps.tools[name];
  state.log.tools.push(name);
  const parsed = tool.input.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid_input', message: parsed.error.message };
  try {
    return await tool.run(toolContext(state), parsed.data as never);
  } catch (error) {
    // A store or network failure inside a tool: the flow answers "try again", the record keeps why, and a
    // second failing turn in a row hands the shopper to a person (the reply step counts them).
    state.toolFailed = true;
    return { ok: false, error: 'tool_failed', message: error instanceof Error ? error.message : 'failed' };
  }
}

/** Asks a question and remembers it: the next message is read as its answer first. */
export function ask(state: TurnState, question: Question): void {
  state.conversation.awaiting = { ...question, since: state.now.toISOString() } as Awaiting;
  state.log.awaiting = question.kind;
}

export function clearAwaiting(state: TurnState): void {
  delete state.conversation.awaiting;
}

/** Hands the conversation to a person: the bot stops answering until an agent hands it back. */
export function handOff(
  state: TurnState,
  reason: HandoffReason,
  options: { silent?: boolean; video?: boolean } = {},
): void {
  const { conversation, now } = state;
  conversation.mode = 'human';
  clearAwaiting(state);
  state.handoff = { reason };
  state.log.action = 'handoff';
  state.log.reason = reason;
  // Real rooms (deps.videoLink) are offered by themselves where seeing helps: damaged goods. Agents offer
  // one anywhere else from the console. The legacy fixed-prefix link keeps its every-handoff behaviour.
  const offer = options.video ?? (state.deps.videoLink ? aboutDamage(state, reason) : true);
  const link = !offer
    ? undefined
    : state.deps.videoLink
      ? state.deps.videoLink(conversation)
      : defaultVideoLink(state);
  conversation.handoff = {
    id: handoffId(conversation.id, now),
    reason,
    status: 'waiting',
    requestedAt: now.toISOString(),
    language: state.language,
    trigger: state.text,
    understood: {
      ...(state.u ? { intent: state.u.intent, confidence: state.u.confidence } : {}),
      ...(conversation.focusOrderId ? { orderId: conversation.focusOrderId } : {}),
    },
    ...(link ? { video: { url: link, agentUrl: link, expiresAt: videoExpiry(now) } } : {}),
  };
  // One acknowledgement: who is coming and roughly when, in the shopper's language.
  const eta = etaLine(state);
  if (!options.silent)
    state.replies.push({ text: `${text(state, 'handoff')} ${eta}`, language: state.language });
  else state.replies.push({ text: eta, language: state.language });
  if (link)
    say(
      state,
      'handoff_video',
      { link },
      { links: [{ url: link, title: text(state, 'button_video_call') }] },
    );
}

/** Intents where a person handles the merchant's high-value orders (merchant thresholds.handoffOrderValue). */
const HIGH_VALUE_INTENTS: readonly string[] = [
  'cancel_order',
  'return_item',
  'damaged_item',
  'change_address',
];

/**
 * Hands off, before any change, an order worth at least the merchant's threshold for its currency when the
 * shopper wants to cancel, return, report damage or change its address. Called once the order is resolved
 * (and so proven to be the shopper's).
 * @returns whether the conversation went to a person
 */
export async function handOffHighValue(state: TurnState, orderId: string, intent: string): Promise<boolean> {
  const limits = state.deps.merchant.thresholds.handoffOrderValue;
  if (!HIGH_VALUE_INTENTS.includes(intent) || Object.keys(limits).length === 0) return false;
  const order = await state.deps.orders.getOrder(orderId).catch(() => undefined);
  const limit = order ? limits[order.total.currency] : undefined;
  if (!order || limit === undefined || order.total.amount < limit) return false;
  state.conversation.focusOrderId = orderId;
  handOff(state, 'high_value');
  return true;
}

const aboutDamage = (state: TurnState, reason: HandoffReason): boolean =>
  reason === 'compensation_demand' ||
  state.u?.intent === 'damaged_item' ||
  state.pending?.kind === 'damage_photo';

/** "Usually within 15 minutes" while the team works, else when it is back (merchant time zone). */
export function etaLine(state: TurnState): string {
  const { merchant } = state.deps;
  const back = nextOpening(merchant, state.now);
  if (!back) return text(state, 'handoff_eta_open', { minutes: merchant.agents.replyMinutes });
  return text(state, 'handoff_eta_closed', { when: formatOpening(state.language, back, merchant.timezone) });
}

/** Video links the turn makes are good for a day (the video-room service signs its own expiry). */
function videoExpiry(now: Date): string {
  return new Date(now.getTime() + 24 * 3_600_000).toISOString();
}

/** FNV-1a of the conversation id and the time, base 36: short enough for Telegram's 64-byte callback data. */
export function handoffId(conversationId: string, at: Date): string {
  let hash = 0x811c9dc5;
  for (const ch of `${conversationId}@${at.toISOString()}`)
    hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `h${hash.toString(36)}${at.getTime().toString(36)}`;
}

function defaultVideoLink(state: TurnState): string | undefined {
  const base = state.deps.merchant.videoCallBaseUrl;
  if (!base) return undefined;
  // FNV-1a: a stable room name that does not put the shopper's platform id into a URL. Not a secret:
  // inject `videoLink` with a signed or random room for real use.
  let hash = 0x811c9dc5;
  for (const ch of state.conversation.id) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const brand = state.deps.merchant.brandName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base.replace(/\/$/, '')}/${brand || 'support'}-${hash.toString(36)}`;
}

/** A media reference for the claim: our storage key once the worker copied it, else the platform id. */
export function mediaRef(message: InboundMessage): string | undefined {
  if (!message.media) return undefined;
  return message.media.storedAt ?? `${message.channel}:${message.media.id}`;
}
