import { describe, expect, it } from 'vitest';
import { decide, type PolicyInput } from '../../../functions/core/policy';

const quiet: PolicyInput['signals'] = {
  humanRequest: false,
  reputationThreat: false,
  legalThreat: false,
  compensationDemand: false,
  billingError: false,
  anger: false,
  garbled: false,
  contentFree: false,
  injection: false,
};
const input = (
  over: Partial<PolicyInput> = {},
  signals: Partial<PolicyInput['signals']> = {},
): PolicyInput => ({
  intent: 'track_order',
  confidence: 0.95,
  ...over,
  signals: { ...quiet, ...signals },
});
const thresholds = { intentConfidence: 0.6 };

describe('decide', () => {
  it('answers a confident intent', () => {
    expect(decide(input(), {}, thresholds)).toEqual({
      action: 'answer',
      reason: 'confident',
      path: 'offline',
    });
  });

  it.each([
    [{ humanRequest: true }, 'shopper_request'],
    [{ legalThreat: true }, 'legal_threat'],
    [{ reputationThreat: true }, 'reputation_threat'],
    [{ billingError: true }, 'billing_error'],
    [{ garbled: true }, 'garbled'],
  ] as const)('hands off on %o', (signals, reason) => {
    expect(decide(input({}, signals), {}, thresholds)).toMatchObject({ action: 'handoff', reason });
  });

  it('hands off a damaged item only when compensation is demanded', () => {
    expect(decide(input({ intent: 'damaged_item' }), {}, thresholds).action).toBe('answer');
    expect(
      decide(input({ intent: 'damaged_item' }, { compensationDemand: true }), {}, thresholds),
    ).toMatchObject({
      action: 'handoff',
      reason: 'compensation_demand',
    });
  });

  it('never hands off an injection, even one that names a human or a lawyer', () => {
    const decision = decide(
      input({ intent: 'other' }, { injection: true, humanRequest: true, legalThreat: true }),
      {},
      thresholds,
    );
    expect(decision).toEqual({ action: 'decline', reason: 'injection', path: 'offline' });
  });

  it('asks for more on content-free messages', () => {
    expect(decide(input({ intent: 'other' }, { contentFree: true }), {}, thresholds).action).toBe('clarify');
  });

  it('clarifies on low confidence, or uses the LLM when one is configured', () => {
    expect(decide(input({ confidence: 0.3 }), {}, thresholds)).toMatchObject({
      action: 'clarify',
      path: 'offline',
    });
    expect(decide(input({ confidence: 0.3 }), { llmAvailable: true }, thresholds)).toMatchObject({
      action: 'answer',
      path: 'llm',
    });
  });

  it('hands off after repeated clarifications', () => {
    expect(decide(input({ confidence: 0.3 }), { clarifyStreak: 2 }, thresholds)).toMatchObject({
      action: 'handoff',
      reason: 'repeated_confusion',
    });
  });

  it('does not treat a thank-you that mentions a human as a request', () => {
    expect(decide(input({ intent: 'thanks_bye' }, { humanRequest: true }), {}, thresholds).action).toBe(
      'answer',
    );
  });

  it('hands a data-protection request to a person, whatever the intent', () => {
    expect(
      decide({ ...input({ intent: 'cancel_order' }), requests: { dataRequest: 'deletion' } }, {}, thresholds),
    ).toMatchObject({ action: 'handoff', reason: 'data_protection' });
  });

  it('hands an angry shopper to a person after repeated confusion, with the reason', () => {
    expect(
      decide(input({ confidence: 0.3 }, { anger: true }), { clarifyStreak: 2 }, thresholds),
    ).toMatchObject({
      action: 'handoff',
      reason: 'anger',
    });
  });

  it('sends free questions to the LLM when there is one, and answers known intents offline', () => {
    expect(decide(input({ intent: 'other' }), { llmAvailable: true }, thresholds).path).toBe('llm');
    expect(decide(input({ intent: 'track_order' }), { llmAvailable: true }, thresholds).path).toBe('offline');
  });

  it('answers an unsure reading when something else says what is asked, cheapest path first', () => {
    const unsure = input({ intent: 'track_order', confidence: 0.3 });
    expect(decide({ ...unsure, topic: { facet: 'eta' } }, { llmAvailable: true }, thresholds)).toEqual({
      action: 'answer',
      reason: 'cued',
      path: 'offline',
    });
    expect(decide({ ...unsure, entities: { orderIds: ['48213'] } }, {}, thresholds).reason).toBe(
      'order_number',
    );
    expect(
      decide(input({ intent: 'return_item', confidence: 0.5 }), { orderInFocus: true }, thresholds).reason,
    ).toBe('in_context');
    // Too unsure, or not about an order: asked again.
    expect(
      decide(input({ intent: 'return_item', confidence: 0.3 }), { orderInFocus: true }, thresholds).action,
    ).toBe('clarify');
    expect(
      decide(input({ intent: 'greeting', confidence: 0.5 }), { orderInFocus: true }, thresholds).action,
    ).toBe('clarify');
  });

  it('trusts a human_agent intent only above the threshold', () => {
    expect(decide(input({ intent: 'human_agent', confidence: 0.9 }), {}, thresholds).action).toBe('handoff');
    expect(decide(input({ intent: 'human_agent', confidence: 0.4 }), {}, thresholds).action).toBe('clarify');
  });
});
