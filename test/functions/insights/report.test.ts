// The insights report over the memory log: every figure from a small hand-made set of events whose
// answers are known, the merchant's time zone in the heatmap, filters, and the demo generator's set.
import { describe, expect, it } from 'vitest';
import type { InsightEvent } from '../../../functions/core/insights';
import { reportCsv, reportText } from '../../../functions/insights/render-text';
import { buildInsightsReport } from '../../../functions/insights/report';
import { createMemoryInsightsLog } from '../../../functions/stores/memory-insights';
import { demoInsightEvents, PLANTED_PRODUCT, plantedComplaints } from '../../../lib/local/insights-demo';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const FROM = new Date('2026-11-07T00:00:00.000Z');
const at = (iso: string) => new Date(iso).toISOString();
const base = (
  conversation: string,
  channel: 'whatsapp' | 'line' = 'whatsapp',
  language: 'es' | 'ja' | 'en' = 'es',
) => ({
  conversation,
  channel,
  language,
});

/** A: bot answers (2 turns). B: handoff → agent reply → close → rating 5. C: clarify, left. D: proactive, answered. */
function events(): InsightEvent[] {
  const a = base('c_a');
  const b = base('c_b', 'line', 'ja');
  const c = base('c_c', 'whatsapp', 'en');
  const d = base('c_d');
  return [
    {
      ...a,
      id: 'a1',
      at: at('2026-12-01T10:00:00Z'),
      kind: 'message',
      intent: 'track_order',
      confidence: 0.9,
      sentiment: 0.2,
      defects: [],
    },
    {
      ...a,
      id: 'a1r',
      at: at('2026-12-01T10:00:02Z'),
      kind: 'reply',
      action: 'answer',
      responseMs: 2000,
      cost: { messages: 1 },
    },
    {
      ...a,
      id: 'a2',
      at: at('2026-12-01T10:05:00Z'),
      kind: 'message',
      intent: 'track_order',
      sentiment: 0.5,
      defects: [],
    },
    {
      ...a,
      id: 'a2r',
      at: at('2026-12-01T10:05:01Z'),
      kind: 'reply',
      action: 'answer',
      responseMs: 1000,
      cost: { messages: 1, llmTokens: 1_000_000 },
    },
    {
      ...b,
      id: 'b1',
      at: at('2026-12-02T01:00:00Z'),
      kind: 'message',
      intent: 'damaged_item',
      sentiment: -0.8,
      defects: ['colour_fading'],
      productIds: ['P1'],
      text: '色落ちしました',
    },
    {
      ...b,
      id: 'b1r',
      at: at('2026-12-02T01:00:03Z'),
      kind: 'reply',
      action: 'handoff',
      responseMs: 3000,
      cost: { messages: 1 },
    },
    {
      ...b,
      id: 'b1h',
      at: at('2026-12-02T01:00:00Z'),
      kind: 'handoff',
      handoffId: 'h1',
      reason: 'compensation_demand',
    },
    {
      ...b,
      id: 'b2',
      at: at('2026-12-02T01:10:00Z'),
      kind: 'agent_reply',
      handoffId: 'h1',
      waitMs: 600_000,
      cost: { messages: 1, translatedChars: 1_000_000 },
    },
    {
      ...b,
      id: 'b3',
      at: at('2026-12-02T01:30:00Z'),
      kind: 'resolution',
      by: 'agent',
      handoffId: 'h1',
      cost: { messages: 2 },
    },
    { ...b, id: 'b4', at: at('2026-12-02T01:31:00Z'), kind: 'rating', handoffId: 'h1', score: 5 },
    {
      ...c,
      id: 'c1',
      at: at('2026-12-03T15:00:00Z'),
      kind: 'message',
      intent: 'other',
      sentiment: -0.5,
      defects: [],
    },
    {
      ...c,
      id: 'c1r',
      at: at('2026-12-03T15:00:01Z'),
      kind: 'reply',
      action: 'clarify',
      responseMs: 1000,
      cost: { messages: 1 },
    },
    {
      ...d,
      id: 'd1',
      at: at('2026-12-04T09:00:00Z'),
      kind: 'proactive',
      reason: 'customs_hold',
      cost: { messages: 1 },
    },
    {
      ...d,
      id: 'd2',
      at: at('2026-12-04T11:00:00Z'),
      kind: 'message',
      intent: 'delivery_delay',
      sentiment: 0,
      defects: [],
    },
    {
      ...d,
      id: 'd2r',
      at: at('2026-12-04T11:00:01Z'),
      kind: 'reply',
      action: 'answer',
      responseMs: 1000,
      cost: { messages: 1 },
    },
  ];
}

describe('insights report', () => {
  it('computes every figure from the events', async () => {
    const log = createMemoryInsightsLog({ now: () => NOW.getTime() });
    await log.record(events());
    const report = buildInsightsReport(await log.list({ from: FROM, to: NOW }), {
      from: FROM,
      to: NOW,
      timezone: 'Asia/Tokyo',
    });
    expect(report.conversations).toEqual({
      total: 4,
      resolved: { bot: 2, agent: 1, unresolved: 1 },
      resolutionRate: 0.75,
      botResolutionRate: 0.5,
      agentResolutionRate: 0.25,
      firstContactResolution: 0.75,
      deflection: 0.75,
      handedOff: 1,
    });
    expect(report.messages).toEqual({ shopper: 5, bot: 5, agent: 1 });
    expect(report.handoffReasons).toEqual([{ reason: 'compensation_demand', count: 1, share: 1 }]);
    expect(report.topIntents[0]).toEqual({ intent: 'track_order', count: 2, share: 0.4 });
    expect(report.sentiment.average).toBeCloseTo(-0.12, 3);
    expect(report.sentiment.negativeShare).toBe(0.4);
    expect(report.sentiment.byDay.map((d) => d.day)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
    // 10:00 UTC on Tuesday 1 December is 19:00 in Tokyo; 01:00 UTC Wednesday is 10:00 there.
    expect(report.volume.heatmap[1]![19]).toBe(2);
    expect(report.volume.heatmap[2]![10]).toBe(1);
    expect(report.volume.suggestedStaffing).toEqual([{ weekday: 'Wed', hours: ['10:00–11:00'] }]);
    expect(report.timings.firstResponse).toEqual({ count: 4, p50: 1, p90: 3 });
    expect(report.timings.agentWait).toEqual({ count: 1, p50: 600, p90: 600 });
    expect(report.timings.resolution.count).toBe(3);
    expect(report.csat).toEqual({ ratings: 1, average: 5, satisfied: 1, distribution: [0, 0, 0, 0, 1] });
    expect(report.languages.map((l) => l.language)).toEqual(['es', 'en', 'ja']);
    expect(report.products).toMatchObject([
      {
        productId: 'P1',
        complaints: 1,
        categories: [
          { category: 'colour_fading', count: 1, languages: ['ja'], examples: [{ text: '色落ちしました' }] },
        ],
      },
    ]);
    expect(report.proactive).toEqual({
      sent: 1,
      answered: 1,
      optedOut: 0,
      cancellationsAvoided: 1,
      answerRate: 1,
    });
    // 1 M tokens at $0.30, 1 M characters at $15, a LINE... reply free, one proactive WhatsApp template $0.01, 5 turns.
    expect(report.cost.breakdown).toEqual({
      llm: 0.3,
      translation: 15,
      messages: 0.01,
      infrastructure: 0.0001,
    });
    expect(report.cost.perResolved).toBeCloseTo(15.3101 / 3, 3);
    expect(report.cost.aiAgentTotal).toBe(2.97);
  });

  it('filters by channel and language', () => {
    const all = events();
    const line = buildInsightsReport(all, { from: FROM, to: NOW, timezone: 'UTC', channel: 'line' });
    expect(line.conversations.total).toBe(1);
    const spanish = buildInsightsReport(all, { from: FROM, to: NOW, timezone: 'UTC', language: 'es' });
    expect(spanish.conversations.total).toBe(2);
  });

  it('splits a chat into conversations at a pause of more than a day', () => {
    const again = {
      ...base('c_a'),
      id: 'a3',
      at: at('2026-12-05T10:00:00Z'),
      kind: 'message' as const,
      sentiment: 0,
      defects: [],
    };
    const report = buildInsightsReport([...events(), again], { from: FROM, to: NOW, timezone: 'UTC' });
    expect(report.conversations.total).toBe(5);
    // Back within a week: the first contact of c_a did not settle it.
    expect(report.conversations.firstContactResolution).toBe(0.4);
  });

  it('flags the planted spike among four weeks of demo conversations, and prints the same figures', () => {
    const history = demoInsightEvents({ conversations: 600, now: NOW });
    const planted = plantedComplaints(NOW);
    const report = buildInsightsReport([...history, ...planted], {
      from: FROM,
      to: NOW,
      timezone: 'Europe/Madrid',
    });
    expect(report.conversations.total).toBeGreaterThan(590);
    expect(report.languages.length).toBeGreaterThanOrEqual(5);
    const fading = planted.filter((e) => e.defects.includes('colour_fading'));
    if (fading.length >= 3) {
      expect(report.alerts).toContainEqual(
        expect.objectContaining({ productId: PLANTED_PRODUCT, category: 'colour_fading' }),
      );
      expect(report.products[0]!.productId).toBe(PLANTED_PRODUCT);
    }
    const csv = reportCsv(report);
    expect(csv).toContain(`conversations,total,${report.conversations.total}`);
    expect(reportText(report)).toMatch(/cost\s+per_resolved_usd\s+\d/);
  });

  it('still shows the planted spike as today’s when the demo is planted ten minutes after midnight', () => {
    const justAfterMidnight = new Date('2026-12-08T00:10:00Z');
    const planted = plantedComplaints(justAfterMidnight);
    expect(planted.every((e) => e.at.startsWith('2026-12-08'))).toBe(true);
    const report = buildInsightsReport(
      [...demoInsightEvents({ conversations: 600, now: justAfterMidnight }), ...planted],
      { from: new Date('2026-11-09T00:00:00Z'), to: new Date('2026-12-09T00:00:00Z'), timezone: 'UTC' },
    );
    expect(report.alerts).toContainEqual(
      expect.objectContaining({ productId: PLANTED_PRODUCT, category: 'colour_fading' }),
    );
  });
});
