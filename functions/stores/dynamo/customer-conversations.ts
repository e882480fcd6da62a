// The chats each customer verified in (LINE and Telegram shoppers proven by order number + e-mail or
// postcode): one small item per (customer, chat), read by partition key. Where a proactive message about
// that customer's shipment goes. A link lives as long as a conversation (`retention.conversationDays`,
// renewed whenever the customer verifies there again).
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CustomerConversations } from '../../core/ports';
import { ATTR, keys } from '../keys';
import { type DynamoContext, isLive, queryAll, ttlInDays } from './shared';

export function createDynamoCustomerConversations(ctx: DynamoContext): CustomerConversations {
  return {
    async link(customerId, conversationId) {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: {
            ...keys.customerConversation(customerId, conversationId),
            ...ttlInDays(ctx, ctx.retention.conversationDays),
            conversationId,
          },
        }),
      );
    },
    async conversationsOf(customerId) {
      const items = await queryAll(ctx, {
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': ATTR.pk },
        ExpressionAttributeValues: { ':pk': keys.customerConversationsPk(customerId) },
      });
      return items.filter((item) => isLive(item, ctx.now())).map((item) => item.conversationId as string);
    },
  };
}
