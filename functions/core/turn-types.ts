// The conversation turn's dependencies and results. Everything arrives injected: the understanding, the
// LLM, the tools and the stores, so the turn stays pure and its tests need nothing but small fakes. The
// tool port is declared in core/tools.ts; functions/tools implements it.

import type { FaqAnswers } from './faq';
import type { VerifyGuard } from './identity';
import type { MerchantConfig } from './merchant-config';
import type { MessageKey, MessageParam } from './messages/index';
import type { HandoffReason } from './policy';
import type { CaseStore, OrderStore } from './ports';
import type { ToolContext, ToolPort } from './tools';
import type { Conversation, InboundMessage, Intent, Language, OutboundMessage, Understanding } from './types';

/** The LLM port (implemented in functions/understanding/llm.ts): called when the offline model is not enough. */
export interface TurnLlm {
  respond(request: {
    conversation: Conversation;
    message: { text: string; language: Language; imageUrls?: string[] };
    toolContext: ToolContext;
  }): Promise<{
    text?: string;
    handoff?: { reason: string };
    confidence?: number;
    toolCalls: { name: string; ok: boolean; error?: string }[];
    /** What the call spent, when the adapter counts it. */
    usage?: { promptTokens: number; completionTokens: number };
  }>;
}

export interface TurnDeps {
  merchant: MerchantConfig;
  orders: OrderStore;
  cases?: CaseStore;
  tools: ToolPort;
  /** The one understanding of one text (offline model + cues), produced once per message. */
  understand(input: { text: string; conversation: Conversation }): Understanding | Promise<Understanding>;
  /** The catalog with the merchant's overrides; without it the plain catalogs. */
  messages?: { t(language: Language, key: MessageKey, params?: Record<string, MessageParam>): string };
  /** The merchant's FAQ answers in the shopper's language (core/faq.ts). */
  faq?: FaqAnswers;
  /** Voice note → text; without it voice notes get `voice_not_supported`. */
  transcribe?(input: {
    message: InboundMessage;
    language: Language;
    /** The voice note's bytes, when the worker downloaded them. */
    media?: { bytes: Uint8Array; mimeType: string };
  }): Promise<string | undefined>;
  llm?: TurnLlm;
  /** Video-call room for a handoff; default: `{videoCallBaseUrl}/{brand}-{hash of the conversation id}`. */
  videoLink?(conversation: Conversation): string | undefined;
  /** Verification limits across conversations (per order, per customer, shop-wide); absent = per chat only. */
  verifyGuard?: VerifyGuard;
  now?: () => Date;
}

export type TurnAction =
  | 'answer'
  | 'clarify'
  | 'handoff'
  | 'resume'
  | 'human_mode'
  | 'declined'
  | 'verify'
  | 'request'
  | 'rating'
  | 'none';

export interface TurnLog {
  kind: InboundMessage['kind'];
  intent?: Intent;
  confidence?: number;
  source?: 'offline' | 'llm';
  action: TurnAction;
  reason?: string;
  tools: string[];
  awaiting?: string;
  /** The pipeline steps that ran, in order (the last one answered). */
  steps: string[];
  language: Language;
  /** Prompt + completion tokens the LLM spent on this turn (insights: the cost of a turn). */
  llmTokens?: number;
}

export interface TurnResult {
  conversation: Conversation;
  replies: OutboundMessage[];
  handoff?: { reason: HandoffReason };
  log: TurnLog;
}

export interface TurnInput {
  message: InboundMessage;
  conversation: Conversation;
  /** Inbound media bytes the worker already downloaded (voice notes for the transcriber). */
  media?: { bytes: Uint8Array; mimeType: string };
}
