import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ConversationStore } from '../../core/ports';
import type { Conversation } from '../../core/types';
import { StaleConversationError, StoreError } from '../errors';
import { ATTR, deskIndexKeys, GSI1, keys } from '../keys';
import { type DynamoContext, isConditionFailure, queryAll } from './shared';

/** Conversation state with optimistic locking on `version` (0 = never saved). */
export function createDynamoConversationStore(ctx: DynamoContext): ConversationStore {
  return {
    async get(id) {
      const result = await ctx.doc.send(
        new GetCommand({ TableName: ctx.tableName, Key: keys.conversation(id), ConsistentRead: true }),
      );
      return result.Item?.data as Conversation | undefined;
    },
    async save(conversation) {
      const saved: Conversation = { ...conversation, version: conversation.version + 1 };
      const isNew = conversation.version === 0;
      try {
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.tableName,
            Item: {
              ...keys.conversation(conversation.id),
              ...deskIndexKeys(saved),
              version: saved.version,
              data: saved,
            },
            ConditionExpression: isNew ? 'attribute_not_exists(#pk)' : '#version = :expected',
            ExpressionAttributeNames: isNew ? { '#pk': ATTR.pk } : { '#version': 'version' },
            ExpressionAttributeValues: isNew ? undefined : { ':expected': conversation.version },
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
      return items.map((item) => item.data as Conversation);
    },
  };
}
