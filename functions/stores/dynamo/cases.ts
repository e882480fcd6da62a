import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseStore } from '../../core/ports';
import type { SupportCase } from '../../core/types';
import { StoreError } from '../errors';
import { ATTR, GSI1, keys } from '../keys';
import { type DynamoContext, isConditionFailure, isLive, queryAll, ttlInDays } from './shared';

/**
 * Returns and damage claims: one item per case, listed per order through GSI1 (oldest first). Each write
 * sets the TTL (`retention.casesDays` after it); an expired case reads as absent and its id is free again.
 */
export function createDynamoCaseStore(ctx: DynamoContext): CaseStore {
  const item = (supportCase: SupportCase) => ({
    ...keys.supportCase(supportCase.id),
    [ATTR.gsi1pk]: keys.casesOfOrderIndex(supportCase.orderId),
    [ATTR.gsi1sk]: keys.caseSort(supportCase.createdAt, supportCase.id),
    ...ttlInDays(ctx, ctx.retention.casesDays),
    data: supportCase,
  });

  return {
    async putCase(supportCase) {
      await ctx.doc.send(new PutCommand({ TableName: ctx.tableName, Item: item(supportCase) }));
    },
    async createCase(supportCase) {
      try {
        // Why conditional: the caller derived the id from the order's cases it could see, and GSI1 is
        // eventually consistent (and another turn may be opening one right now). The base-table key is
        // the one strongly consistent check, so the write itself decides who gets the id.
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.tableName,
            Item: item(supportCase),
            ConditionExpression: 'attribute_not_exists(#pk) OR #ttl < :now',
            ExpressionAttributeNames: { '#pk': ATTR.pk, '#ttl': ATTR.ttl },
            ExpressionAttributeValues: { ':now': Math.floor(ctx.now() / 1000) },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw new StoreError(`Could not create case ${supportCase.id}`, { cause: error });
      }
    },
    async getCase(caseId) {
      const result = await ctx.doc.send(
        new GetCommand({ TableName: ctx.tableName, Key: keys.supportCase(caseId), ConsistentRead: true }),
      );
      if (!isLive(result.Item, ctx.now())) return undefined;
      return result.Item?.data as SupportCase | undefined;
    },
    async casesForOrder(orderId) {
      const items = await queryAll(ctx, {
        IndexName: GSI1,
        KeyConditionExpression: '#gpk = :gpk',
        ExpressionAttributeNames: { '#gpk': ATTR.gsi1pk },
        ExpressionAttributeValues: { ':gpk': keys.casesOfOrderIndex(orderId) },
        ScanIndexForward: true,
      });
      return items.filter((i) => isLive(i, ctx.now())).map((i) => i.data as SupportCase);
    },
  };
}
