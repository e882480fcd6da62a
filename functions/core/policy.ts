// The one place that decides what to do with an understood message: answer it, ask for more, decline it,
// or bring in a human — and why, from one list of reasons. Pure: the turn's `decide` step calls it once;
// flows that discover a reason of their own later (an order already packing, a return outside the
// window) hand off with a reason from the same list.
import { ORDER_INTENTS, type Understanding } from './types';

/** Why a conversation goes to a person. One list, shared by the policy, the flows, the logs and the agents. */
export const HANDOFF_REASONS = [
  'shopper_request',
  'legal_threat',
  'reputation_threat',
  'billing_error',
  'compensation_demand',
  'anger',
  'garbled',
  'repeated_confusion',
  'data_protection',
  'cancel_processing',
  'address_change_processing',
  'return_outside_window',
  'tool_error',
  'llm_handoff',
  'low_llm_confidence',
  'high_value',
  'delay_refund',
  'delay_question',
] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/** Why the bot answers (or asks) by itself. */
export type AnswerReason =
  | 'confident'
  /** Unsure of the intent, but an FAQ topic or an order fact says what is asked. */
  | 'cued'
  /** Unsure of the words, but a bare order number is a status question. */
  | 'order_number'
  /** Unsure, but an order request about the order already in focus. */
  | 'in_context'
  | 'low_confidence'
  | 'content_free'
  | 'injection';

/** The parts of an understanding the policy reads. */
export type PolicyInput = Pick<Understanding, 'intent' | 'confidence' | 'signals'> &
  Partial<Pick<Understanding, 'requests' | 'topic'>> & {
    entities?: Pick<Understanding['entities'], 'orderIds'>;
  };

export interface PolicyContext {
  /** How many bot turns in a row already asked the shopper to rephrase. */
  clarifyStreak?: number;
  /** An LLM is configured: low-confidence messages go to it instead of a clarifying question. */
  llmAvailable?: boolean;
  /** The conversation is about one order already ("that one, I want to return it too"). */
  orderInFocus?: boolean;
  /** The shopper's previous message was angry too: anger that lasts is a person's job. */
  angryBefore?: boolean;
}

export interface PolicyThresholds {
  /** Below this the offline model's intent is not trusted. */
  intentConfidence: number;
}

export type PolicyDecision =
  | { action: 'handoff'; reason: HandoffReason; path: 'offline' }
  | { action: 'decline'; reason: 'injection'; path: 'offline' }
  | { action: 'clarify'; reason: 'low_confidence' | 'content_free'; path: 'offline' }
  | {
      action: 'answer';
      reason: 'confident' | 'cued' | 'order_number' | 'in_context' | 'low_confidence';
      path: 'offline' | 'llm';
    };

/** After this many clarifying questions in a row the shopper gets a person. */
export const MAX_CLARIFY_STREAK = 2;
/** With an order in focus, an order intent this sure is taken (the merchant's threshold applies otherwise). */
export const IN_CONTEXT_CONFIDENCE = 0.45;

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
  const handoff = (reason: HandoffReason): PolicyDecision => ({ action: 'handoff', reason, path: 'offline' });
  if (signals.injection) return { action: 'decline', reason: 'injection', path: 'offline' };
  // Someone's rights under data-protection law go to the privacy path first, whatever else the words say.
  if (understanding.requests?.dataRequest) return handoff('data_protection');
  // A message that says what it asks (an FAQ topic, a fact about an order, "in English please") is not
  // a request for a person, whatever the intent model makes of its words; the explicit signal still is.
  const asksAFact = understanding.topic?.faq !== undefined || understanding.topic?.facet !== undefined;
  const cued = asksAFact || understanding.requests?.language !== undefined;
  // "thanks, faster than waiting for a human" is a goodbye, not a request.
  const asksForHuman =
    (signals.humanRequest && intent !== 'thanks_bye') ||
    (intent === 'human_agent' && confidence >= thresholds.intentConfidence && !cued);
  if (asksForHuman) return handoff('shopper_request');
  if (signals.legalThreat) return handoff('legal_threat');
  if (signals.reputationThreat) return handoff('reputation_threat');
  if (signals.billingError) return handoff('billing_error');
  if (signals.compensationDemand && (intent === 'damaged_item' || intent === 'return_item')) {
    return handoff('compensation_demand');
  }
  if (signals.anger && context.angryBefore) return handoff('anger');
  if (signals.garbled) return handoff('garbled');
  if (signals.contentFree) return { action: 'clarify', reason: 'content_free', path: 'offline' };
  if (confidence < thresholds.intentConfidence) {
    // What makes an unsure reading usable anyway, cheapest path first.
    const answer = (reason: 'cued' | 'order_number' | 'in_context'): PolicyDecision => ({
      action: 'answer',
      reason,
      path: 'offline',
    });
    if (asksAFact) return answer('cued');
    if ((understanding.entities?.orderIds.length ?? 0) > 0) return answer('order_number');
    if (context.orderInFocus && ORDER_INTENTS.includes(intent) && confidence >= IN_CONTEXT_CONFIDENCE)
      return answer('in_context');
    if (context.llmAvailable) return { action: 'answer', reason: 'low_confidence', path: 'llm' };
    if ((context.clarifyStreak ?? 0) >= MAX_CLARIFY_STREAK) {
      return handoff(signals.anger ? 'anger' : 'repeated_confusion');
    }
    return { action: 'clarify', reason: 'low_confidence', path: 'offline' };
  }
  // The offline flows answer the intents they know; what they cannot (free questions) goes to the LLM.
  const llmIntent = intent === 'other' || intent === 'product_question';
  return {
    action: 'answer',
    reason: 'confident',
    path: context.llmAvailable && llmIntent ? 'llm' : 'offline',
  };
}
