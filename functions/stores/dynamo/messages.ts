import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MessageLog, MessageLogEntry, StatusLog } from '../../core/ports';
import { ATTR, keys } from '../keys';
import { type DynamoContext, isConditionFailure, isLive, queryAll, ttlInDays } from './shared';

/**
 * The conversation's message log, in the conversation's partition, sorted by time. Each line lives
 * `retention.messagesDays` from when it was written; an expired line is not listed.
 */
export function createDynamoMessageLog(ctx: DynamoContext): MessageLog {
  return {
    async append(entry) {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: {
            ...keys.message(entry.conversationId, entry.at, entry.id),
            ...ttlInDays(ctx, ctx.retention.messagesDays),
            data: entry,
          },
        }),
      );
    },
    async annotate(entry, data) {
      const names: Record<string, string> = { '#pk': ATTR.pk, '#entry': 'data', '#data': 'data' };
      const sets = Object.keys(data).map((field, i) => {
        names[`#f${i}`] = field;
        return `#entry.#data.#f${i} = :v${i}`;
      });
      if (sets.length === 0) return;
      try {
        await ctx.doc.send(
          new UpdateCommand({
            TableName: ctx.tableName,
            Key: keys.message(entry.conversationId, entry.at, entry.id),
            UpdateExpression: `SET ${sets.join(', ')}`,
            ConditionExpression: 'attribute_exists(#pk) AND attribute_exists(#entry.#data)',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: Object.fromEntries(Object.values(data).map((v, i) => [`:v${i}`, v])),
          }),
        );
      } catch (error) {
        // No such line (or one without data): nothing to annotate, by contract.
        if (!isConditionFailure(error)) throw error;
      }
    },
    async list(conversationId, limit) {
      // Newest first from DynamoDB so `limit` keeps the most recent entries, then oldest first for callers.
      const items = await queryAll(
        ctx,
        {
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
          ExpressionAttributeNames: { '#pk': ATTR.pk, '#sk': ATTR.sk },
          ExpressionAttributeValues: {
            ':pk': keys.messagePk(conversationId),
            ':prefix': keys.messageSkPrefix,
          },
          ScanIndexForward: false,
          ConsistentRead: true,
          Limit: limit,
        },
        limit,
      );
      return items
        .filter((item) => isLive(item, ctx.now()))
        .map((item) => item.data as MessageLogEntry)
        .reverse();
    },
  };
}

/** Delivery receipts are only useful for a while: `retention.statusesDays`. */
export function createDynamoStatusLog(ctx: DynamoContext): StatusLog {
  return {
    async record(status) {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: {
            ...keys.status(status.conversationId, status.at, status.platformMessageId, status.status),
            ...ttlInDays(ctx, ctx.retention.statusesDays),
            data: status,
          },
        }),
      );
    },
  };
}
