import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EventClaimStore } from '../../core/ports';
import { StoreError } from '../errors';
import { ATTR, keys, ttlFrom } from '../keys';
import { type DynamoContext, isConditionFailure } from './shared';

/** Claims platform event ids with one conditional PutItem each. */
export function createDynamoClaimStore(ctx: DynamoContext): EventClaimStore {
  return {
    async claim(eventId, ttlSeconds) {
      const nowMs = ctx.now();
      try {
        // Why one conditional PutItem (as Powertools' idempotency layer does): the write is the lock.
        // Two concurrent deliveries of the same event race on the same key and DynamoDB lets exactly
        // one win, with no read-then-write gap. The TTL lets DynamoDB delete the claim once platforms
        // stop retrying; because deletion is lazy in AWS (up to days) and never happens in dynalite,
        // an item whose ttl has passed counts as absent here too.
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.tableName,
            Item: { ...keys.claim(eventId), [ATTR.ttl]: ttlFrom(nowMs, ttlSeconds), claimedAt: nowMs },
            ConditionExpression: 'attribute_not_exists(#pk) OR #ttl < :now',
            ExpressionAttributeNames: { '#pk': ATTR.pk, '#ttl': ATTR.ttl },
            ExpressionAttributeValues: { ':now': Math.floor(nowMs / 1000) },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw new StoreError(`Could not claim event ${eventId}`, { cause: error });
      }
    },
  };
}
