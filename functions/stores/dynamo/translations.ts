import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { TranslationCache } from '../../core/ports';
import { StoreError } from '../errors';
import { ATTR, keys, TRANSLATION_TTL_SECONDS, ttlFrom } from '../keys';
import type { DynamoContext } from './shared';

/**
 * Cached translations: one item per key, with a TTL (`TRANSLATION_TTL_SECONDS` unless told). Expired items
 * count as absent, because DynamoDB deletes them lazily and dynalite never does.
 */
export function createDynamoTranslationCache(
  ctx: DynamoContext,
  options: { readonly ttlSeconds?: number } = {},
): TranslationCache {
  const ttlSeconds = options.ttlSeconds ?? TRANSLATION_TTL_SECONDS;
  return {
    async get(key) {
      try {
        const { Item } = await ctx.doc.send(
          new GetCommand({ TableName: ctx.tableName, Key: keys.translation(key) }),
        );
        if (!Item || typeof Item.text !== 'string') return undefined;
        const ttl = Item[ATTR.ttl];
        if (typeof ttl === 'number' && ttl * 1000 <= ctx.now()) return undefined;
        return Item.text;
      } catch (error) {
        throw new StoreError('Could not read a cached translation', { cause: error });
      }
    },
    async put(key, text) {
      try {
        // Unconditional: two processes translating the same entry at once write the same text.
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.tableName,
            Item: { ...keys.translation(key), text, [ATTR.ttl]: ttlFrom(ctx.now(), ttlSeconds) },
          }),
        );
      } catch (error) {
        throw new StoreError('Could not cache a translation', { cause: error });
      }
    },
  };
}
