// Day summaries: the dashboard reads a stored summary for each finished day instead of its events. They must
// give exactly the report the events give (filters, time zones, ranges that cut days), be rebuilt when a
// late event or an erasure changes a finished day, and never be kept when built before such a change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsightEvent, InsightsLog, MessageInsight } from '../../../functions/core/insights';
import { readSummaries } from '../../../functions/insights/read-summaries';
import {
  buildInsightsReport,
  buildReportFromSummaries,
  type ReportOptions,
} from '../../../functions/insights/report';
import { decodeSummary, encodeSummary, summarizeDay } from '../../../functions/insights/summary';
import { createDynamoInsightsLog } from '../../../functions/stores/dynamo/insights';
import { documentClient } from '../../../functions/stores/dynamo/shared';
import { createMemoryInsightsLog } from '../../../functions/stores/memory-insights';
import { type LocalDynamo, startDynalite } from '../../../lib/local/dynalite';
import { demoInsightEvents, plantedComplaints } from '../../../lib/local/insights-demo';

const NOW = new Date('2026-12-07T15:37:12.345Z');
const DAY = 86_400_000;
const clock = () => NOW.getTime();
/**
 * Reads happen a minute after the writes: recording 28 days at once makes every day "late", and a late
 * write voids summaries built within its head start (a write still in flight).
 */
const later = () => NOW.getTime() + 61_000;

const inRange = (events: readonly InsightEvent[], from: Date, to: Date) =>
  events
    .filter((e) => e.at >= from.toISOString() && e.at < to.toISOString())
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));

const CASES: [string, ReportOptions][] = [
  [
    'the default 30 days, Madrid',
    { from: new Date(NOW.getTime() - 30 * DAY), to: NOW, timezone: 'Europe/Madrid' },
  ],
  [
    'whole days, Tokyo',
    { from: new Date('2026-11-10T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z'), timezone: 'Asia/Tokyo' },
  ],
  [
    'LINE only, New York',
    { from: new Date(NOW.getTime() - 30 * DAY), to: NOW, timezone: 'America/New_York', channel: 'line' },
  ],
  [
    'Japanese only, a range cutting both its days, Kolkata (+05:30)',
    {
      from: new Date(NOW.getTime() - 20 * DAY),
      to: new Date(NOW.getTime() - 3 * DAY + 1234),
      timezone: 'Asia/Kolkata',
      language: 'ja',
    },
  ],
];

async function filled(log: InsightsLog): Promise<InsightEvent[]> {
  const events = [...demoInsightEvents({ conversations: 900, now: NOW }), ...plantedComplaints(NOW)];
  await log.record(events);
  return events;
}

describe('day summaries', () => {
  it.each(CASES)('give the report the events give: %s', async (_name, options) => {
    const log = createMemoryInsightsLog({ now: clock });
    const events = await filled(log);
    const expected = buildInsightsReport(inRange(events, options.from, options.to), options);
    expect(expected.conversations.total).toBeGreaterThan(0);

    const first = await readSummaries(log, options, { clock: later });
    expect(first.stats.built).toBeGreaterThan(0);
    expect(first.stats.stored).toBe(0);
    expect(buildReportFromSummaries(first.summaries, options)).toEqual(expected);

    // The second dashboard reads the kept summaries, and only the days the range cuts from events.
    const second = await readSummaries(log, options, { clock: later });
    expect(second.stats.stored).toBe(first.stats.built);
    expect(second.stats.built).toBe(0);
    expect(buildReportFromSummaries(second.summaries, options)).toEqual(expected);
  });

  it('survive their stored form, and keep only the newest few words per product, defect and language', () => {
    const day = '2026-12-01';
    const complaints: MessageInsight[] = Array.from({ length: 10 }, (_, i) => ({
      kind: 'message',
      id: `m${i}`,
      at: `${day}T10:0${i}:00.000Z`,
      conversation: `c_${i}`,
      channel: 'line',
      language: 'th',
      sentiment: -0.7,
      defects: ['colour_fading'],
      productIds: ['P-TEE'],
      text: `สีซีด ${i}`,
    }));
    const summary = decodeSummary(encodeSummary(summarizeDay(day, complaints)))!;
    const kept = summary.segments[0]!.complaints;
    expect(kept).toHaveLength(10);
    expect(kept.filter((c) => c[3] !== undefined).map((c) => c[3])).toEqual(['สีซีด 7', 'สีซีด 8', 'สีซีด 9']);
    expect(decodeSummary(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});

describe('day summaries in DynamoDB (dynalite)', () => {
  const tableName = 'crossdesk-insight-summaries';
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startDynalite({ tableName });
  });
  afterAll(async () => {
    await dynamo?.stop();
  });

  it('are kept, read back, and rebuilt after a late event lands in a finished day', async () => {
    const log = createDynamoInsightsLog({ doc: documentClient(dynamo.client), tableName, now: clock });
    const events = await filled(log);
    const options = CASES[0]![1];
    const first = await readSummaries(log, options, { clock: later });
    const second = await readSummaries(log, options, { clock: later });
    expect(second.stats.stored).toBe(first.stats.built);
    expect(second.stats.events).toBeLessThan(first.stats.events / 5);
    expect(buildReportFromSummaries(second.summaries, options)).toEqual(
      buildInsightsReport(inRange(events, options.from, options.to), options),
    );

    // An SQS redelivery writes yesterday's message today: yesterday is read from its events again.
    const yesterday = new Date(NOW.getTime() - DAY).toISOString().slice(0, 10);
    const late: MessageInsight = {
      kind: 'message',
      id: 'late-1',
      at: `${yesterday}T23:59:58.000Z`,
      conversation: 'c_late',
      channel: 'telegram',
      language: 'de',
      sentiment: -0.8,
      defects: ['broken'],
      productIds: ['P-MUG'],
      text: 'Die Tasse kam zerbrochen an',
    };
    await log.record([late]);
    const third = await readSummaries(log, options, { clock: later });
    expect(third.stats.built).toBe(1);
    const report = buildReportFromSummaries(third.summaries, options);
    expect(report).toEqual(
      buildInsightsReport(inRange([...events, late], options.from, options.to), options),
    );
    expect(report.languages.find((l) => l.language === 'de')?.count).toBeGreaterThan(
      buildReportFromSummaries(second.summaries, options).languages.find((l) => l.language === 'de')?.count ??
        0,
    );
  });

  it('are not kept when built from a read that began before a late write', async () => {
    const log = createDynamoInsightsLog({ doc: documentClient(dynamo.client), tableName, now: clock });
    const day = '2026-11-20';
    const before = clock() - 1;
    await log.record([
      {
        kind: 'message',
        id: 'race-1',
        at: `${day}T08:00:00.000Z`,
        conversation: 'c_race',
        channel: 'line',
        language: 'ja',
        sentiment: 0,
        defects: [],
      },
    ]);
    const bytes = encodeSummary(summarizeDay(day, []));
    expect(await log.summaries!.write(day, bytes, before, { keepsText: false })).toBe(false);
    // Nor within the marker's head start (a write still in flight when the rebuild began).
    expect(await log.summaries!.write(day, bytes, clock() + 30_000, { keepsText: false })).toBe(false);
    expect(await log.summaries!.write(day, bytes, clock() + 61_000, { keepsText: false })).toBe(true);
    expect((await log.summaries!.read([day])).size).toBe(1);
  });
});
