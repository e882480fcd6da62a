// Period counters as single items: one UpdateItem ADD per count, conditional on the limit, so two workers
// racing for the last LINE push of the month cannot both get it. The key names its period (a month, a
// day), so a new period is a new item; the TTL only tidies the old ones away.
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Counters } from '../../core/ports';
import { ATTR, keys } from '../keys';
import { type DynamoContext, isConditionFailure } from './shared';

export function createDynamoCounters(ctx: DynamoContext): Counters {
  return {
    async add(key, { limit, expiresAt }) {
      const expiresAtS = Math.floor(expiresAt.getTime() / 1000);
      try {
        const result = await ctx.doc.send(
          new UpdateCommand({
            TableName: ctx.tableName,
            Key: keys.counter(key),
            UpdateExpression: 'ADD #count :one SET #ttl = if_not_exists(#ttl, :ttl)',
            ...(limit !== undefined
              ? { ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit' }
              : {}),
            ExpressionAttributeNames: { '#count': 'count', '#ttl': ATTR.ttl },
            ExpressionAttributeValues: {
              ':one': 1,
              ':ttl': expiresAtS,
              ...(limit !== undefined ? { ':limit': limit } : {}),
            },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        return Number(result.Attributes?.count ?? 1);
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },
    async count(key) {
      const { Item } = await ctx.doc.send(
        new GetCommand({
          TableName: ctx.tableName,
          Key: keys.counter(key),
          ProjectionExpression: '#count',
          ExpressionAttributeNames: { '#count': 'count' },
        }),
      );
      return Number(Item?.count ?? 0);
    },
  };
}
