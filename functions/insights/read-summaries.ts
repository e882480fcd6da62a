// What the report reads: a stored summary for each finished day the range covers whole, and the events
// themselves only for the days it cuts (its first and last) and for today. A finished day without a valid
// summary is built from its events once and kept, so the first dashboard of the day pays for it and the
// next ones do not (the scheduled `insights-summaries` handler usually has built them before anyone looks).
import type { InsightsLog } from '../core/insights';
import { type DaySummary, decodeSummary, encodeSummary, summarizeDay } from './summary';

const DAY_MS = 86_400_000;
/** A day counts as finished this long after midnight: a turn's events land seconds after they happen. */
export const SETTLE_MS = 15 * 60_000;
/** Days built from events at once (each is a few parallel queries already). */
const PARALLEL_DAYS = 4;

export interface SummaryReadStats {
  /** Days the range touches. */
  days: number;
  /** Finished days read from their stored summary. */
  stored: number;
  /** Finished days built from their events (and kept, unless a late write voided them meanwhile). */
  built: number;
  /** Days the range cuts, or not finished yet: read from events every time. */
  partial: number;
  /** Events read. */
  events: number;
}

/**
 * @example
 * const { summaries } = await readSummaries(insights, { from, to });
 * const report = buildReportFromSummaries(summaries, { from, to, timezone });
 */
export async function readSummaries(
  log: InsightsLog,
  range: { from: Date; to: Date },
  options: { clock?: () => number } = {},
): Promise<{ summaries: DaySummary[]; stats: SummaryReadStats }> {
  const clock = options.clock ?? Date.now;
  const now = clock();
  const from = range.from.getTime();
  const to = range.to.getTime();
  const days: { day: string; start: number; whole: boolean }[] = [];
  for (let start = Math.floor(from / DAY_MS) * DAY_MS; start < to; start += DAY_MS) {
    const whole = start >= from && start + DAY_MS <= to && start + DAY_MS + SETTLE_MS <= now;
    days.push({ day: new Date(start).toISOString().slice(0, 10), start, whole });
  }
  const stats: SummaryReadStats = { days: days.length, stored: 0, built: 0, partial: 0, events: 0 };
  const finished = days.filter((d) => d.whole && log.summaries).map((d) => d.day);
  const kept = finished.length > 0 && log.summaries ? await log.summaries.read(finished) : new Map();

  const summaries: DaySummary[] = [];
  const missing: typeof days = [];
  for (const d of days) {
    const bytes = d.whole ? kept.get(d.day) : undefined;
    const summary = bytes ? decodeSummary(bytes) : undefined;
    if (summary) {
      stats.stored++;
      summaries.push(summary);
    } else missing.push(d);
  }

  let next = 0;
  const worker = async () => {
    while (next < missing.length) {
      const d = missing[next++]!;
      const builtFrom = clock();
      const events = await log.list({
        from: new Date(Math.max(from, d.start)),
        to: new Date(Math.min(to, d.start + DAY_MS)),
      });
      stats.events += events.length;
      const summary = summarizeDay(d.day, events);
      summaries.push(summary);
      if (d.whole && log.summaries) {
        stats.built++;
        const keepsText = summary.segments.some((s) => s.complaints.some((c) => c[3] !== undefined));
        // Best effort: a summary that cannot be kept is built again next time.
        await log.summaries.write(d.day, encodeSummary(summary), builtFrom, { keepsText }).catch(() => false);
      } else stats.partial++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_DAYS, missing.length) }, worker));
  summaries.sort((a, b) => a.start - b.start);
  return { summaries, stats };
}
