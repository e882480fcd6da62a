import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EventClaimStore } from '../../core/ports';
import { StoreError } from '../errors';
import { ATTR, keys, ttlFrom } from '../keys';
import { type DynamoContext, isConditionFailure } from './shared';

/** Claims platform event ids with one conditional PutItem each; releases with one DeleteItem. */
export function createDynamoClaimStore(ctx: DynamoContext): EventClaimStore {
  return {
    async claim(eventId, ttlSeconds, options) {
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
            // overLease: a lease (no `confirmed`) is taken over; only a confirmed claim stops the write.
            ConditionExpression: options?.overLease
              ? 'attribute_not_exists(#pk) OR #ttl < :now OR attribute_not_exists(#confirmed)'
              : 'attribute_not_exists(#pk) OR #ttl < :now',
            ExpressionAttributeNames: {
              '#pk': ATTR.pk,
              '#ttl': ATTR.ttl,
              ...(options?.overLease ? { '#confirmed': 'confirmed' } : {}),
            },
            ExpressionAttributeValues: { ':now': Math.floor(nowMs / 1000) },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw new StoreError(`Could not claim event ${eventId}`, { cause: error });
      }
    },
    async confirm(eventId, ttlSeconds) {
      const nowMs = ctx.now();
      try {
        // A plain PutItem (no UpdateItem grant needed): the claim item has nothing else to keep.
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.tableName,
            Item: {
              ...keys.claim(eventId),
              [ATTR.ttl]: ttlFrom(nowMs, ttlSeconds),
              claimedAt: nowMs,
              confirmed: true,
            },
          }),
        );
      } catch (error) {
        throw new StoreError(`Could not confirm event ${eventId}`, { cause: error });
      }
    },
    async release(eventId) {
      try {
        // Unconditional: deleting an absent item succeeds, so releasing twice (or after the TTL) is a
        // no-op. The key is always an EVENT# claim key, the only kind the ingest role may delete.
        await ctx.doc.send(new DeleteCommand({ TableName: ctx.tableName, Key: keys.claim(eventId) }));
      } catch (error) {
        throw new StoreError(`Could not release event ${eventId}`, { cause: error });
      }
    },
  };
}
