// The in-memory twin of the DynamoDB insights log: same overwrite-by-id, same range semantics, same TTL.
import {
  INSIGHTS_RETENTION_DAYS,
  type InsightEvent,
  type InsightSummaryStore,
  type InsightsLog,
} from '../core/insights';

export interface MemoryInsightsLog extends InsightsLog {
  /** Everything recorded, in write order (expired events included): handy for assertions. */
  readonly recorded: readonly InsightEvent[];
  /** Write calls made (one BatchWriteItem each in DynamoDB, up to 25 events). */
  readonly writes: number;
  readonly summaries: InsightSummaryStore;
}

/**
 * @example
 * const insights = createMemoryInsightsLog();
 * await insights.record([event]);
 */
export function createMemoryInsightsLog(
  options: { now?: () => number; retentionDays?: number } = {},
): MemoryInsightsLog {
  const now = options.now ?? Date.now;
  const days = options.retentionDays ?? INSIGHTS_RETENTION_DAYS;
  const stored = new Map<string, { event: InsightEvent; expiresAt: number }>();
  const recorded: InsightEvent[] = [];
  /** Per day: the summary kept, or the time a late write voided it. */
  const summaries = new Map<string, { summary?: Uint8Array; changedAt?: number }>();
  let writes = 0;
  return {
    recorded,
    summaries: {
      async read(days) {
        const found = new Map<string, Uint8Array>();
        for (const day of days) {
          const kept = summaries.get(day)?.summary;
          if (kept) found.set(day, kept);
        }
        return found;
      },
      async write(day, summary, builtFrom) {
        const changedAt = summaries.get(day)?.changedAt;
        if (changedAt !== undefined && changedAt >= builtFrom) return false;
        summaries.set(day, { summary });
        return true;
      },
    },
    get writes() {
      return writes;
    },
    async record(events) {
      if (events.length === 0) return;
      writes += Math.ceil(events.length / 25);
      const today = new Date(now()).toISOString().slice(0, 10);
      for (const event of events) {
        const day = event.at.slice(0, 10);
        // Same rule as DynamoDB: a late event voids its finished day's summary (dated ahead, as there).
        if (day < today) summaries.set(day, { changedAt: now() + 60_000 });
      }
      for (const event of events) {
        recorded.push(structuredClone(event));
        stored.set(`${event.at}#${event.id}`, {
          event: structuredClone(event),
          expiresAt: now() + days * 86_400_000,
        });
      }
    },
    async list(range) {
      const from = range.from.toISOString();
      const to = range.to.toISOString();
      return [...stored.values()]
        .filter((s) => s.expiresAt > now() && s.event.at >= from && s.event.at < to)
        .map((s) => structuredClone(s.event))
        .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    },
  };
}
