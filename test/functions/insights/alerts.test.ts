// Alerts from insights: the planted colour-fading spike (three languages, through the real extractor)
// fires exactly one defect_spike; more complaints in the same episode stay quiet; a surge of negative
// messages fires one sentiment_surge; a quiet product with its usual complaints fires nothing.
import { describe, expect, it } from 'vitest';
import type { MessageInsight } from '../../../functions/core/insights';
import type { AlertNotice } from '../../../functions/core/ports';
import { createInsightAlerts } from '../../../functions/insights/alerts';
import { createMemoryStores } from '../../../functions/stores/memory';
import { createMemoryInsightsLog } from '../../../functions/stores/memory-insights';
import { PLANTED_PRODUCT, plantedComplaints, plantInsightsDemo } from '../../../lib/local/insights-demo';

const NOW = new Date('2026-12-07T12:00:00.000Z');

function setup() {
  const stores = createMemoryStores({ now: () => NOW.getTime() });
  const sent: AlertNotice[] = [];
  const alerts = createInsightAlerts({
    counters: stores.counters,
    alert: async (notice) => {
      sent.push(notice);
    },
    productName: async (id) => (id === PLANTED_PRODUCT ? 'Cotton tee' : undefined),
    now: () => NOW,
  });
  return { stores, sent, alerts };
}

const complaint = (i: number, productId: string, minutesAgo: number): MessageInsight => ({
  id: `m${i}`,
  at: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
  conversation: `c_${i}`,
  channel: 'whatsapp',
  language: 'en',
  kind: 'message',
  sentiment: -0.2,
  defects: ['stitching'],
  productIds: [productId],
  text: 'the seam came apart',
});

describe('insight alerts', () => {
  it('the planted colour-fading spike in three languages fires exactly one alert', async () => {
    const planted = plantedComplaints(NOW);
    expect(new Set(planted.map((e) => e.language))).toEqual(new Set(['es', 'ja', 'de']));
    expect(planted.every((e) => e.defects.includes('colour_fading'))).toBe(true);
    const { sent, alerts } = setup();
    const log = createMemoryInsightsLog({ now: () => NOW.getTime() });
    const result = await plantInsightsDemo({ log, alerts, now: NOW, conversations: 200 });
    expect(result.alerts).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: 'defect_spike',
      alertId: `defect:${PLANTED_PRODUCT}:colour_fading:2026-12-07`,
    });
    expect(sent[0]!.title).toMatch(/Cotton tee: \d "colour fading" complaints today/);
    // The same episode goes on: more complaints, no second defect notice (twelve angry shoppers in a few
    // hours are a sentiment surge of their own, told once too).
    await alerts.observe(plantedComplaints(NOW).map((e) => ({ ...e, id: `${e.id}:again` })));
    expect(sent.map((n) => n.kind)).toEqual(['defect_spike', 'sentiment_surge']);
  });

  it('names the day of a spike written before midnight and read after it, not "today"', async () => {
    const { sent, alerts } = setup();
    // Three stitching complaints written 12 to 13 hours ago, i.e. yesterday before midnight (UTC).
    await alerts.observe([1, 2, 3].map((i) => complaint(i, 'P-MUG', 12 * 60 + 10 * i)));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.alertId).toBe('defect:P-MUG:stitching:2026-12-06');
    expect(sent[0]!.title).toMatch(/3 "stitching" complaints on 2026-12-06 \(usually 0\.0 a day\)/);
    expect(sent[0]!.lines[0]).toContain('3 times on 2026-12-06');
  });

  it('a product with a complaint now and then is no spike', async () => {
    const { sent, alerts } = setup();
    await alerts.observe([complaint(1, 'P-MUG', 300), complaint(2, 'P-MUG', 10)]);
    expect(sent).toEqual([]);
  });

  it('many negative messages in a few hours surge once', async () => {
    const { sent, alerts } = setup();
    const angry = Array.from({ length: 12 }, (_, i) => ({
      ...complaint(i, 'P-X', 100 - i),
      productIds: [],
      defects: [],
      sentiment: -0.8,
    }));
    await alerts.observe(angry);
    expect(sent.map((n) => n.kind)).toEqual(['sentiment_surge']);
  });
});
