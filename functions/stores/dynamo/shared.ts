// What every DynamoDB adapter shares: the document client and paging.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RetentionDays } from '../../core/merchant-config';
import { ATTR, ttlFrom } from '../keys';

export interface DynamoContext {
  doc: DynamoDBDocumentClient;
  tableName: string;
  now: () => number;
  /** Days each kind of shopper data is kept: every write of it sets `ttl` from these. */
  retention: RetentionDays;
}

/** The `ttl` attribute of an item written now that should live `days` days. */
export const ttlInDays = (ctx: Pick<DynamoContext, 'now'>, days: number): Record<string, number> => ({
  [ATTR.ttl]: ttlFrom(ctx.now(), days * 86_400),
});

/**
 * False once an item's `ttl` has passed. DynamoDB deletes expired items lazily (up to days later) and
 * dynalite never does, so every reader of items with a TTL filters on it.
 */
export const isLive = (item: Record<string, unknown> | undefined, nowMs: number): boolean => {
  const ttl = item?.[ATTR.ttl];
  return typeof ttl !== 'number' || ttl * 1000 > nowMs;
};

/**
 * Wraps a low-level client so domain objects go in and out as plain JS (optional fields dropped).
 * Beware: `DynamoDBDocumentClient.from` writes its options into the wrapped client's shared config, so
 * wrap a client you also use elsewhere only with these same options.
 */
export function documentClient(client?: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client ?? new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
}

/** Runs a query to the end (or `limit` items), following LastEvaluatedKey. */
export async function queryAll(
  ctx: DynamoContext,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
  limit?: number,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ctx.doc.send(
      new QueryCommand({ ...input, TableName: ctx.tableName, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start && (limit === undefined || items.length < limit));
  return limit === undefined ? items : items.slice(0, limit);
}

export const isConditionFailure = (error: unknown): boolean =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';
