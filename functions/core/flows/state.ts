// The mutable state of one turn: the conversation being updated, the replies so far, and helpers to say
// catalog messages and call tools with the conversation's verified identity.

import { type MessageKey, type MessageParam, t } from '../messages/index';
import type { ToolContext, ToolInput, ToolName, ToolOutput, ToolResult } from '../tools';
import type { TurnDeps, TurnLog } from '../turn-types';
import type {
  Conversation,
  InboundMessage,
  Intent,
  Language,
  OutboundButton,
  OutboundMessage,
} from '../types';

type RunResult<N extends ToolName> = ToolResult<ToolOutput<N>>;
type RunInput<N extends ToolName> = ToolInput<N>;

export interface TurnState {
  readonly deps: TurnDeps;
  readonly message: InboundMessage;
  readonly now: Date;
  conversation: Conversation;
  language: Language;
  /** What the understanding detected in this message, pinned or not (a fallback for the reply language). */
  detectedLanguage?: Language;
  replies: OutboundMessage[];
  handoff?: { reason: string };
  log: TurnLog;
}

export function createState(
  deps: TurnDeps,
  message: InboundMessage,
  conversation: Conversation,
  now: Date,
): TurnState {
  const language = conversation.language ?? deps.merchant.defaultLanguage;
  return {
    deps,
    message,
    now,
    conversation,
    language,
    replies: [],
    log: { kind: message.kind, action: 'none', tools: [], language },
  };
}

/** Renders a catalog message in the conversation's language (dates in the merchant's time zone). */
export function text(state: TurnState, key: MessageKey, params?: Record<string, MessageParam>): string {
  return t(state.language, key, params, state.deps.merchant.timezone);
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
  { id: 'confirm:yes', title: text(state, 'button_yes') },
  { id: 'confirm:no', title: text(state, 'button_no') },
];

export const agentButton = (state: TurnState): OutboundButton => ({
  id: 'handoff',
  title: text(state, 'menu_agent'),
});

export const menuButtons = (state: TurnState): OutboundButton[] => [
  { id: 'menu:track', title: text(state, 'menu_track') },
  { id: 'menu:return', title: text(state, 'menu_return') },
  { id: 'menu:size', title: text(state, 'menu_size') },
];

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
  input: RunInput<N>,
): Promise<RunResult<N>> {
  const tool = state.deps.tools[name];
  state.log.tools.push(name);
  const parsed = tool.input.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: 'invalid_input', message: parsed.error.message } as RunResult<N>;
  }
  // biome-ignore lint/suspicious/noExplicitAny: the union of tool signatures cannot be narrowed by N here.
  return (await (tool.run as any)(toolContext(state), parsed.data)) as RunResult<N>;
}

export function await_(
  state: TurnState,
  what: string,
  intent?: Intent,
  data?: Record<string, unknown>,
): void {
  state.conversation.awaiting = { what, intent, data, since: state.now.toISOString() };
  state.log.awaiting = what;
}

export function clearAwaiting(state: TurnState): void {
  delete state.conversation.awaiting;
}

/** Hands the conversation to a person: the bot stops answering until an agent hands it back. */
export function handOff(state: TurnState, reason: string, options: { silent?: boolean } = {}): void {
  state.conversation.mode = 'human';
  clearAwaiting(state);
  state.handoff = { reason };
  state.log.action = 'handoff';
  state.log.reason = reason;
  if (!options.silent) say(state, 'handoff');
  const link = state.deps.videoLink ? state.deps.videoLink(state.conversation) : defaultVideoLink(state);
  if (link)
    say(
      state,
      'handoff_video',
      { link },
      { links: [{ url: link, title: text(state, 'button_video_call') }] },
    );
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
