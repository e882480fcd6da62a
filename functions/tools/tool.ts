// One tool = a zod input schema + a function. The same definitions serve the offline path (called directly by
// the conversation turn) and the LLM path (their JSON schemas are given to the model as function tools).
// Authorization lives inside each tool: the shopper's identity comes from `ToolContext`, never from input.
import type { z } from 'zod';
import type { MerchantConfig } from '../core/merchant-config';
import type { CaseStore, OrderStore } from '../core/ports';
import type { Conversation, ShopperIdentity } from '../core/types';

export interface ToolContext {
  /** Verified by the platform (WhatsApp phone) or by our verification step; never taken from model arguments. */
  identity: ShopperIdentity;
  conversation: Conversation;
  orders: OrderStore;
  merchant: MerchantConfig;
  now: Date;
  /** Where returns and damage claims are kept; tools that open cases answer `unavailable` without it. */
  cases?: CaseStore;
}

/** What a tool returns: data the LLM can read, and a machine-readable outcome the offline path renders. */
export type ToolResult<T = unknown> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** e.g. 'not_found' | 'not_authorized' | 'needs_verification' | 'too_late' | 'invalid_input' */
      error: string;
      message: string;
      data?: Record<string, unknown>;
    };

export interface Tool<Schema extends z.ZodType = z.ZodType, T = unknown> {
  readonly name: string;
  /** For the LLM: what it does and when to use it. */
  readonly description: string;
  readonly input: Schema;
  run(ctx: ToolContext, input: z.infer<Schema>): Promise<ToolResult<T>>;
}

/** Helper that keeps a tool's input type tied to its schema. */
export function defineTool<Schema extends z.ZodType, T>(tool: Tool<Schema, T>): Tool<Schema, T> {
  return tool;
}
