// Insight events (core/insights.ts) as flat items under `INSIGHT#<day>#<shard>`, sorted by time: a range
// read is one query per day and shard (in parallel), never a scan. Flat attributes, not one nested map,
// so a DynamoDB export to S3 reads in Athena column by column (docs/insights.md).
//
// A finished day's summary sits in one item of its own (`INSIGHT#SUMMARY#<day>`, gzip'd bytes). An event
// written for a day that is over replaces that item with a marker in the same BatchWriteItem, so the next
// read rebuilds the day: a summary never misses a late event (an SQS redelivery, an agent closing a case
// after midnight). The marker's time runs a little ahead, so a rebuild that began while the write was still
// in flight cannot be kept either.
import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  INSIGHTS_RETENTION_DAYS,
  type InsightEvent,
  type InsightSummaryStore,
  type InsightsLog,
} from '../../core/insights';
import { ATTR, INSIGHT_SHARDS, keys, ttlFrom } from '../keys';
import { type DynamoContext, isConditionFailure, isLive, queryAll } from './shared';

export interface DynamoInsightsOptions {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  /** @default Date.now */
  readonly now?: () => number;
  /** @default INSIGHTS_RETENTION_DAYS */
  readonly retentionDays?: number;
  /** Events that keep the shopper's words live no longer than the transcript. @default 180 */
  readonly textRetentionDays?: number;
}

/** BatchWriteItem's limit. */
const BATCH = 25;
/** Queries in flight at once while reading a range. */
const PARALLEL = 16;
const DAY_MS = 86_400_000;
/** How far ahead a voiding marker is dated: longer than any one BatchWriteItem takes to land. */
const VOID_AHEAD_MS = 60_000;
/** DynamoDB's item limit is 400 KB: a summary larger than this is not kept (the day is read from events). */
const MAX_SUMMARY_BYTES = 380_000;
const ITEM_KEYS = new Set<string>([ATTR.pk, ATTR.sk, ATTR.ttl, 'type']);

/** The UTC days a range touches, oldest first. */
export function daysOf(range: { from: Date; to: Date }): string[] {
  const days: string[] = [];
  const last = range.to.getTime() - 1;
  for (
    let t = Date.UTC(range.from.getUTCFullYear(), range.from.getUTCMonth(), range.from.getUTCDate());
    t <= last;
    t += DAY_MS
  )
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * The item that takes a day's summary's place when an event of that day is written or erased: the next
 * read rebuilds the day from its events.
 */
export const insightSummaryVoidMarker = (
  day: string,
  nowMs: number,
  retentionDays = INSIGHTS_RETENTION_DAYS,
): Record<string, unknown> => ({
  ...keys.insightSummary(day),
  type: 'insight-summary',
  changedAt: nowMs + VOID_AHEAD_MS,
  [ATTR.ttl]: ttlFrom(nowMs, retentionDays * 86_400),
});

/**
 * @example
 * const insights = createDynamoInsightsLog({ doc: documentClient(), tableName: env.TABLE_NAME });
 * await insights.record(events);
 */
export function createDynamoInsightsLog(options: DynamoInsightsOptions): InsightsLog {
  const now = options.now ?? Date.now;
  const ctx: DynamoContext = {
    doc: options.doc,
    tableName: options.tableName,
    now,
    retention: {} as DynamoContext['retention'],
  };
  const days = options.retentionDays ?? INSIGHTS_RETENTION_DAYS;
  const textDays = Math.min(days, options.textRetentionDays ?? 180);
  const toItem = (event: InsightEvent) => ({
    ...keys.insight(event.at, event.conversation, event.id),
    type: 'insight',
    ...event,
    [ATTR.ttl]: ttlFrom(now(), ('text' in event && event.text ? textDays : days) * 86_400),
  });

  async function writeBatch(items: Record<string, unknown>[]): Promise<void> {
    let pending = items.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= 5) throw new Error(`${pending.length} insight events were not written (throttled)`);
      if (attempt > 0) await new Promise((done) => setTimeout(done, 50 * 2 ** attempt));
      const result = await options.doc.send(
        new BatchWriteCommand({ RequestItems: { [options.tableName]: pending } }),
      );
      pending = (result.UnprocessedItems?.[options.tableName] ?? []) as typeof pending;
    }
  }

  const summaries: InsightSummaryStore = {
    async read(summaryDays) {
      const found = new Map<string, Uint8Array>();
      const nowMs = now();
      await Promise.all(
        summaryDays.map(async (day) => {
          const { Item } = await options.doc.send(
            new GetCommand({ TableName: options.tableName, Key: keys.insightSummary(day) }),
          );
          if (Item?.summary instanceof Uint8Array && isLive(Item, nowMs)) found.set(day, Item.summary);
        }),
      );
      return found;
    },
    async write(day, summary, builtFrom, { keepsText }) {
      if (summary.byteLength > MAX_SUMMARY_BYTES) return false;
      const dayStart = Date.parse(`${day}T00:00:00.000Z`);
      try {
        await options.doc.send(
          new PutCommand({
            TableName: options.tableName,
            Item: {
              ...keys.insightSummary(day),
              type: 'insight-summary',
              summary,
              builtFrom,
              [ATTR.ttl]: ttlFrom(dayStart, (keepsText ? textDays : days) * 86_400),
            },
            ConditionExpression: 'attribute_not_exists(changedAt) OR changedAt < :builtFrom',
            ExpressionAttributeValues: { ':builtFrom': builtFrom },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };

  return {
    summaries,
    async record(events) {
      // One item per event; a turn's few events go in one BatchWriteItem, with a marker for each finished
      // day they land in (rare: a turn's events are written seconds after they happen).
      const unique = new Map(events.map((e) => [`${e.at}#${e.id}`, toItem(e)]));
      const nowMs = now();
      const today = new Date(nowMs).toISOString().slice(0, 10);
      const finished = new Set(events.map((e) => e.at.slice(0, 10)).filter((day) => day < today));
      const items = [
        ...unique.values(),
        ...[...finished].map((day) => insightSummaryVoidMarker(day, nowMs, days)),
      ];
      for (let i = 0; i < items.length; i += BATCH) await writeBatch(items.slice(i, i + BATCH));
    },

    async list(range) {
      const from = range.from.toISOString();
      const to = range.to.toISOString();
      const partitions = daysOf(range).flatMap((day) =>
        Array.from({ length: INSIGHT_SHARDS }, (_, shard) => keys.insightPk(day, shard)),
      );
      const found: Record<string, unknown>[][] = [];
      let next = 0;
      const worker = async () => {
        while (next < partitions.length) {
          const index = next++;
          found[index] = await queryAll(ctx, {
            KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
            ExpressionAttributeNames: { '#pk': ATTR.pk, '#sk': ATTR.sk },
            // '#' sorts after every character of an ISO time: `<to>` itself is excluded below.
            ExpressionAttributeValues: { ':pk': partitions[index], ':from': from, ':to': to },
          });
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, partitions.length) }, worker));
      const nowMs = now();
      const events: InsightEvent[] = [];
      for (const items of found)
        for (const item of items ?? []) {
          if (!isLive(item, nowMs)) continue;
          const event = Object.fromEntries(Object.entries(item).filter(([k]) => !ITEM_KEYS.has(k)));
          if ((event.at as string) >= from && (event.at as string) < to)
            events.push(event as unknown as InsightEvent);
        }
      return events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    },
  };
}
