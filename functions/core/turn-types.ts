// The conversation turn's dependencies and results. Everything arrives injected: the understanding, the
// policy, language pinning, the LLM, the tools and the stores, so the turn stays pure and its tests need
// nothing but small fakes. The tool port is declared in core/tools.ts; functions/tools implements it.

import type { MerchantConfig } from './merchant-config';
import type { CaseStore, OrderStore } from './ports';
import type { ToolContext, ToolPort } from './tools';
import type { Conversation, InboundMessage, Intent, Language, OutboundMessage, Understanding } from './types';

export interface PolicyDecision {
  action: 'answer' | 'clarify' | 'handoff';
  reason: string;
}

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
  }>;
}

export interface TurnDeps {
  merchant: MerchantConfig;
  orders: OrderStore;
  cases?: CaseStore;
  tools: ToolPort;
  /** The offline understanding of one text. */
  understand(input: { text: string; conversation: Conversation }): Understanding | Promise<Understanding>;
  /** The policy: answer, ask, or hand off. */
  decide(
    understanding: Understanding,
    context: { conversation: Conversation; merchant: MerchantConfig },
  ): PolicyDecision;
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
  now?: () => Date;
}

export interface TurnLog {
  kind: InboundMessage['kind'];
  intent?: Intent;
  confidence?: number;
  source?: 'offline' | 'llm';
  action: 'answer' | 'clarify' | 'handoff' | 'resume' | 'human_mode' | 'declined' | 'verify' | 'none';
  reason?: string;
  tools: string[];
  awaiting?: string;
  language: Language;
}

export interface TurnResult {
  conversation: Conversation;
  replies: OutboundMessage[];
  handoff?: { reason: string };
  log: TurnLog;
}

export interface TurnInput {
  message: InboundMessage;
  conversation: Conversation;
  /** Inbound media bytes the worker already downloaded (voice notes for the transcriber). */
  media?: { bytes: Uint8Array; mimeType: string };
}
