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
    expect(decide(input(), {}, thresholds)).toEqual({ action: 'answer', reason: 'confident', useLlm: false });
  });

  it.each([
    [{ humanRequest: true }, 'human-request'],
    [{ legalThreat: true }, 'legal-threat'],
    [{ reputationThreat: true }, 'reputation-threat'],
    [{ billingError: true }, 'billing-error'],
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
      reason: 'compensation-demand',
    });
  });

  it('never hands off an injection, even one that names a human or a lawyer', () => {
    const decision = decide(
      input({ intent: 'other' }, { injection: true, humanRequest: true, legalThreat: true }),
      {},
      thresholds,
    );
    expect(decision).toEqual({ action: 'answer', reason: 'injection', useLlm: false });
  });

  it('asks for more on content-free messages', () => {
    expect(decide(input({ intent: 'other' }, { contentFree: true }), {}, thresholds).action).toBe('clarify');
  });

  it('clarifies on low confidence, or uses the LLM when one is configured', () => {
    expect(decide(input({ confidence: 0.3 }), {}, thresholds)).toMatchObject({
      action: 'clarify',
      useLlm: false,
    });
    expect(decide(input({ confidence: 0.3 }), { llmAvailable: true }, thresholds)).toMatchObject({
      action: 'answer',
      useLlm: true,
    });
  });

  it('hands off after repeated clarifications', () => {
    expect(decide(input({ confidence: 0.3 }), { clarifyStreak: 2 }, thresholds)).toMatchObject({
      action: 'handoff',
      reason: 'repeated-confusion',
    });
  });

  it('does not treat a thank-you that mentions a human as a request', () => {
    expect(decide(input({ intent: 'thanks_bye' }, { humanRequest: true }), {}, thresholds).action).toBe(
      'answer',
    );
  });

  it('trusts a human_agent intent only above the threshold', () => {
    expect(decide(input({ intent: 'human_agent', confidence: 0.9 }), {}, thresholds).action).toBe('handoff');
    expect(decide(input({ intent: 'human_agent', confidence: 0.4 }), {}, thresholds).action).toBe('clarify');
  });
});
