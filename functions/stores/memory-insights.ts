// The in-memory twin of the DynamoDB insights log: same overwrite-by-id, same range semantics, same TTL.
import { INSIGHTS_RETENTION_DAYS, type InsightEvent, type InsightsLog } from '../core/insights';

export interface MemoryInsightsLog extends InsightsLog {
  /** Everything recorded, in write order (expired events included): handy for assertions. */
  readonly recorded: readonly InsightEvent[];
  /** Write calls made (one BatchWriteItem each in DynamoDB, up to 25 events). */
  readonly writes: number;
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
  let writes = 0;
  return {
    recorded,
    get writes() {
      return writes;
    },
    async record(events) {
      if (events.length === 0) return;
      writes += Math.ceil(events.length / 25);
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
