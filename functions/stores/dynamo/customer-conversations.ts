// The chats each customer verified in (LINE and Telegram shoppers proven by order number + e-mail or
// postcode): one small item per (customer, chat), read by partition key. Where a proactive message about
// that customer's shipment goes.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CustomerConversations } from '../../core/ports';
import { ATTR, keys } from '../keys';
import { type DynamoContext, queryAll } from './shared';

export function createDynamoCustomerConversations(ctx: DynamoContext): CustomerConversations {
  return {
    async link(customerId, conversationId) {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: { ...keys.customerConversation(customerId, conversationId), conversationId },
        }),
      );
    },
    async conversationsOf(customerId) {
      const items = await queryAll(ctx, {
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': ATTR.pk },
        ExpressionAttributeValues: { ':pk': keys.customerConversationsPk(customerId) },
      });
      return items.map((item) => item.conversationId as string);
    },
  };
}
