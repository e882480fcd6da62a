// POST /dev/reset's store side (local only): deletes one conversation's partition — its state, message
// log and delivery receipts — and the customer links its verifications wrote, through the same DynamoDB
// client and key helpers the stores use. Claims, counters and orders are left alone: the shopper starts
// over, the merchant's data does not.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Conversation } from '../../../functions/core/types';
import { documentClient } from '../../../functions/stores/dynamo/shared';
import { ATTR, type Key, keys } from '../../../functions/stores/keys';

/** What a reset removed. */
export interface ResetResult {
  /** Items deleted: the state, log lines, receipts and customer links. */
  deleted: number;
}

export type ConversationReset = (conversationId: string) => Promise<ResetResult>;

/**
 * Deletes a conversation from the local table.
 * @example
 * const reset = createDynamoConversationReset({ client: dynamo.client, tableName });
 * await reset('whatsapp:123:5511987654321'); // { deleted: 7 }
 */
export function createDynamoConversationReset(options: {
  client: DynamoDBClient;
  tableName: string;
}): ConversationReset {
  const doc = documentClient(options.client);
  const TableName = options.tableName;
  return async (conversationId) => {
    // The stores keep the conversation under `data` (functions/stores/dynamo/conversations.ts).
    const item = (
      await doc.send(
        new GetCommand({ TableName, Key: keys.conversation(conversationId), ConsistentRead: true }),
      )
    ).Item;
    const state = item?.data as Conversation | undefined;
    const doomed: Key[] = [];
    const pk = keys.messagePk(conversationId);
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': ATTR.pk, '#sk': ATTR.sk },
          ExpressionAttributeValues: { ':pk': pk },
          ProjectionExpression: '#pk, #sk',
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) doomed.push({ PK: String(item.PK), SK: String(item.SK) });
      start = page.LastEvaluatedKey;
    } while (start);
    const customers = new Set(state?.linkedCustomerIds ?? []);
    if (state?.identity?.kind === 'customer') customers.add(state.identity.customerId);
    for (const customerId of customers) doomed.push(keys.customerConversation(customerId, conversationId));

    for (let i = 0; i < doomed.length; i += 25) {
      let requests: unknown[] = doomed.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
      for (let attempt = 0; requests.length > 0 && attempt < 5; attempt++) {
        const answer = await doc.send(
          new BatchWriteCommand({ RequestItems: { [TableName]: requests as never } }),
        );
        requests = answer.UnprocessedItems?.[TableName] ?? [];
      }
    }
    return { deleted: doomed.length };
  };
}
