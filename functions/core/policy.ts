// What to do with an understood message: answer it, ask for more, or bring in a human. Pure.
import type { TurnDeps } from './turn-types';
import type { Understanding } from './types';

/** The parts of an understanding the policy reads. */
export type PolicyInput = Pick<Understanding, 'intent' | 'confidence' | 'signals'>;

export interface PolicyContext {
  /** How many bot turns in a row already asked the shopper to rephrase. */
  clarifyStreak?: number;
  /** An LLM is configured: low-confidence messages go to it instead of a clarifying question. */
  llmAvailable?: boolean;
}

export interface PolicyThresholds {
  /** Below this the offline model's intent is not trusted. */
  intentConfidence: number;
}

export type PolicyReason =
  | 'injection'
  | 'human-request'
  | 'legal-threat'
  | 'reputation-threat'
  | 'billing-error'
  | 'compensation-demand'
  | 'garbled'
  | 'content-free'
  | 'repeated-confusion'
  | 'low-confidence'
  | 'confident';

export interface PolicyDecision {
  action: 'answer' | 'clarify' | 'handoff';
  reason: PolicyReason;
  /** True when the answer should come from the LLM rather than the offline intent's canned flow. */
  useLlm: boolean;
}

/** After this many clarifying questions in a row the shopper gets a person. */
export const MAX_CLARIFY_STREAK = 2;

/**
 * Decides the action for one message. Safety first (an injection is declined by the bot itself, never
 * handed off), then the reasons a human must step in, then confidence.
 * @example
 * decide(understanding, { clarifyStreak: 0 }, { intentConfidence: 0.6 }); // { action: 'answer', … }
 */
export function decide(
  understanding: PolicyInput,
  context: PolicyContext,
  thresholds: PolicyThresholds,
): PolicyDecision {
  const { signals, intent, confidence } = understanding;
  const llm = context.llmAvailable === true;
  if (signals.injection) return { action: 'answer', reason: 'injection', useLlm: false };
  // "thanks, faster than waiting for a human" is a goodbye, not a request.
  const asksForHuman =
    (signals.humanRequest && intent !== 'thanks_bye') ||
    (intent === 'human_agent' && confidence >= thresholds.intentConfidence);
  if (asksForHuman) {
    return { action: 'handoff', reason: 'human-request', useLlm: false };
  }
  if (signals.legalThreat) return { action: 'handoff', reason: 'legal-threat', useLlm: false };
  if (signals.reputationThreat) return { action: 'handoff', reason: 'reputation-threat', useLlm: false };
  if (signals.billingError) return { action: 'handoff', reason: 'billing-error', useLlm: false };
  if (signals.compensationDemand && (intent === 'damaged_item' || intent === 'return_item')) {
    return { action: 'handoff', reason: 'compensation-demand', useLlm: false };
  }
  if (signals.garbled) return { action: 'handoff', reason: 'garbled', useLlm: false };
  if (signals.contentFree) return { action: 'clarify', reason: 'content-free', useLlm: false };
  if (confidence < thresholds.intentConfidence) {
    if (llm) return { action: 'answer', reason: 'low-confidence', useLlm: true };
    if ((context.clarifyStreak ?? 0) >= MAX_CLARIFY_STREAK) {
      return { action: 'handoff', reason: 'repeated-confusion', useLlm: false };
    }
    return { action: 'clarify', reason: 'low-confidence', useLlm: false };
  }
  return { action: 'answer', reason: 'confident', useLlm: false };
}

/**
 * The policy as the turn calls it: the merchant's thresholds and the conversation's clarify streak.
 * @example
 * createTurn({ …, decide: turnPolicy({ llmAvailable: false }) });
 */
export function turnPolicy(options: { llmAvailable: boolean }): TurnDeps['decide'] {
  return (understanding, { conversation, merchant }) =>
    decide(
      understanding,
      { llmAvailable: options.llmAvailable, clarifyStreak: conversation.clarifyStreak },
      merchant.thresholds,
    );
}
