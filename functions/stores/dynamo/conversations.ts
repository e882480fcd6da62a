import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ConversationStore } from '../../core/ports';
import { redactConversationMemory } from '../../core/privacy';
import type { Conversation } from '../../core/types';
import { StaleConversationError, StoreError } from '../errors';
import { ATTR, deskIndexKeys, GSI1, keys } from '../keys';
import { type DynamoContext, isConditionFailure, isLive, queryAll, ttlInDays } from './shared';

/**
 * Conversation state with optimistic locking on `version` (0 = never saved). Every save sets the TTL
 * (`retention.conversationDays` after this update) and stores the LLM memory with verification secrets
 * redacted (core/privacy.ts). An expired item reads as absent, and a new conversation may take its key.
 */
export function createDynamoConversationStore(ctx: DynamoContext): ConversationStore {
  return {
    async get(id) {
      const result = await ctx.doc.send(
        new GetCommand({ TableName: ctx.tableName, Key: keys.conversation(id), ConsistentRead: true }),
      );
      if (!isLive(result.Item, ctx.now())) return undefined;
      return result.Item?.data as Conversation | undefined;
    },
    async save(conversation) {
      const saved: Conversation = redactConversationMemory({
        ...conversation,
        version: conversation.version + 1,
      });
      const isNew = conversation.version === 0;
      try {
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.tableName,
            Item: {
              ...keys.conversation(conversation.id),
              ...deskIndexKeys(saved),
              version: saved.version,
              ...ttlInDays(ctx, ctx.retention.conversationDays),
              data: saved,
            },
            // A new conversation may replace an expired one that DynamoDB has not deleted yet.
            ConditionExpression: isNew ? 'attribute_not_exists(#pk) OR #ttl < :now' : '#version = :expected',
            ExpressionAttributeNames: isNew
              ? { '#pk': ATTR.pk, '#ttl': ATTR.ttl }
              : { '#version': 'version' },
            ExpressionAttributeValues: isNew
              ? { ':now': Math.floor(ctx.now() / 1000) }
              : { ':expected': conversation.version },
          }),
        );
        return saved;
      } catch (error) {
        if (isConditionFailure(error)) {
          throw new StaleConversationError(conversation.id, conversation.version, { cause: error });
        }
        throw new StoreError(`Could not save conversation ${conversation.id}`, { cause: error });
      }
    },
    async listForDesk(status, limit = 100) {
      // GSI1 is eventually consistent: a claim made a moment ago may still list under 'handoff'; the
      // desk re-reads the conversation (consistently) before acting on it.
      const items = await queryAll(
        ctx,
        {
          IndexName: GSI1,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': ATTR.gsi1pk },
          ExpressionAttributeValues: { ':pk': keys.deskIndex(status) },
          ScanIndexForward: status === 'handoff',
        },
        limit,
      );
      return items.filter((item) => isLive(item, ctx.now())).map((item) => item.data as Conversation);
    },
  };
}
