// The privacy path's store (core/privacy.ts PrivacyStore): a conversation's whole partition, deletes by key,
// and orders by e-mail. Operator-driven and rare, so plain DeleteItem calls (dynalite has no transactions,
// and no function is granted Batch*) and, for the e-mail look-up only, a filtered Scan: no index holds
// e-mails, and adding one for a request a merchant sees a few times a year would cost on every order write.
import { DeleteCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { MessageLogEntry, PrivacyStore } from '../../core/ports';
import type { Conversation, DeliveryStatus, Order } from '../../core/types';
import { StoreError } from '../errors';
import { ATTR, insightShard, type Key, keys } from '../keys';
import { insightSummaryVoidMarker } from './insights';
import { bodyOf } from './orders';
import { type DynamoContext, isLive, queryAll } from './shared';

const STATUS_PREFIX = 'STATUS#';
const DELETES_IN_FLIGHT = 8;

export function createDynamoPrivacyStore(ctx: DynamoContext): PrivacyStore {
  const partition = (conversationId: string) =>
    queryAll(ctx, {
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': ATTR.pk },
      ExpressionAttributeValues: { ':pk': keys.messagePk(conversationId) },
      ConsistentRead: true,
    });

  /** Deletes one item; true when it existed. */
  const remove = async (key: Key): Promise<boolean> => {
    try {
      const result = await ctx.doc.send(
        new DeleteCommand({ TableName: ctx.tableName, Key: key, ReturnValues: 'ALL_OLD' }),
      );
      return result.Attributes !== undefined;
    } catch (error) {
      throw new StoreError(`Could not delete ${key.PK.split('#')[0]} item`, { cause: error });
    }
  };

  async function removeAll(items: Key[]): Promise<number> {
    let removed = 0;
    for (let i = 0; i < items.length; i += DELETES_IN_FLIGHT) {
      const done = await Promise.all(items.slice(i, i + DELETES_IN_FLIGHT).map(remove));
      removed += done.filter(Boolean).length;
    }
    return removed;
  }

  return {
    async conversationRecords(conversationId) {
      const items = (await partition(conversationId)).filter((item) => isLive(item, ctx.now()));
      const sk = (item: Record<string, unknown>) => String(item[ATTR.sk]);
      const state = items.find((item) => sk(item) === keys.conversation(conversationId).SK);
      return {
        ...(state ? { conversation: state.data as Conversation } : {}),
        messages: items
          .filter((item) => sk(item).startsWith(keys.messageSkPrefix))
          .map((item) => item.data as MessageLogEntry),
        statuses: items
          .filter((item) => sk(item).startsWith(STATUS_PREFIX))
          .map((item) => item.data as DeliveryStatus),
      };
    },
    async deleteConversationRecords(conversationId) {
      const items = (await partition(conversationId)).map(
        (item): Key => ({ PK: String(item[ATTR.pk]), SK: String(item[ATTR.sk]) }),
      );
      const count = (test: (sk: string) => boolean) => items.filter((k) => test(k.SK)).length;
      const counts = {
        conversation: count((sk) => sk === keys.conversation(conversationId).SK),
        messages: count((sk) => sk.startsWith(keys.messageSkPrefix)),
        statuses: count((sk) => sk.startsWith(STATUS_PREFIX)),
      };
      await removeAll(items);
      return counts;
    },
    deleteCase: (caseId) => remove(keys.supportCase(caseId)),
    unlinkCustomerConversation: (customerId, conversationId) =>
      remove(keys.customerConversation(customerId, conversationId)),
    deleteTranslations: (translationKeys) => removeAll(translationKeys.map((key) => keys.translation(key))),
    async deleteInsightEvents(conversationKey, days) {
      // A conversation's events all sit in one shard per day: one filtered query per day finds them.
      let removed = 0;
      for (let i = 0; i < days.length; i += DELETES_IN_FLIGHT) {
        const found = await Promise.all(
          days.slice(i, i + DELETES_IN_FLIGHT).map((day) =>
            queryAll(ctx, {
              KeyConditionExpression: '#pk = :pk',
              FilterExpression: '#conversation = :conversation',
              ExpressionAttributeNames: { '#pk': ATTR.pk, '#conversation': 'conversation' },
              ExpressionAttributeValues: {
                ':pk': keys.insightPk(day, insightShard(conversationKey)),
                ':conversation': conversationKey,
              },
            }),
          ),
        );
        removed += await removeAll(
          found.flat().map((item) => ({ PK: item[ATTR.pk] as string, SK: item[ATTR.sk] as string })),
        );
        // A stored day summary still holds the erased conversation's rows and words: void it too.
        const touched = days.slice(i, i + DELETES_IN_FLIGHT).filter((_, j) => found[j]!.length > 0);
        await Promise.all(
          touched.map((day) =>
            ctx.doc.send(
              new PutCommand({ TableName: ctx.tableName, Item: insightSummaryVoidMarker(day, ctx.now()) }),
            ),
          ),
        );
      }
      return removed;
    },
    async ordersForEmail(email) {
      const wanted = email.trim().toLowerCase();
      const found: Order[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        // One copy of each order (SK ORDER); e-mails are compared in code, case-insensitively.
        const page = await ctx.doc.send(
          new ScanCommand({
            TableName: ctx.tableName,
            FilterExpression: 'begins_with(#pk, :order) AND #sk = :sk',
            ExpressionAttributeNames: { '#pk': ATTR.pk, '#sk': ATTR.sk },
            ExpressionAttributeValues: { ':order': 'ORDER#', ':sk': keys.order('x').SK },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) {
          const order = bodyOf(item) as Order | undefined;
          if (order?.customer?.email?.trim().toLowerCase() === wanted) found.push(order);
        }
        start = page.LastEvaluatedKey;
      } while (start);
      return found.sort((a, b) => a.id.localeCompare(b.id));
    },
  };
}
