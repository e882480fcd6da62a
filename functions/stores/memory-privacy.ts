// In-memory twin of the PrivacyStore port over the memory stores' own maps (memory.ts hands them in):
// live items only when reading, every item (expired too) when deleting, as the DynamoDB adapter does.
import type { MessageLogEntry, PrivacyStore } from '../core/ports';
import type { Conversation, DeliveryStatus, Order } from '../core/types';

const copy = <T>(value: T): T => structuredClone(value);

export interface MemoryPrivacyParts {
  conversations: Map<string, Conversation>;
  logs: Map<string, MessageLogEntry[]>;
  recordedStatuses: DeliveryStatus[];
  customerChats: Map<string, Set<string>>;
  orders: Map<string, Order>;
  cases: { delete(caseId: string): boolean };
  translations: { delete(key: string): boolean };
  /** Whether the item `kind:key` is still within its retention. */
  live(kind: 'conv' | 'msg' | 'status', key: string): boolean;
  forget(kind: 'conv' | 'msg' | 'status' | 'link', key: string): void;
}

export function createMemoryPrivacyStore(parts: MemoryPrivacyParts): PrivacyStore {
  const msgId = (e: MessageLogEntry) => `${e.conversationId}|${e.at}|${e.id}`;
  const statusId = (s: DeliveryStatus) => `${s.conversationId}|${s.at}|${s.platformMessageId}|${s.status}`;
  return {
    async conversationRecords(conversationId) {
      const conversation = parts.live('conv', conversationId)
        ? parts.conversations.get(conversationId)
        : undefined;
      return {
        ...(conversation ? { conversation: copy(conversation) } : {}),
        messages: (parts.logs.get(conversationId) ?? []).filter((e) => parts.live('msg', msgId(e))).map(copy),
        statuses: parts.recordedStatuses
          .filter((s) => s.conversationId === conversationId && parts.live('status', statusId(s)))
          .map(copy),
      };
    },
    async deleteConversationRecords(conversationId) {
      const conversation = parts.conversations.delete(conversationId) ? 1 : 0;
      parts.forget('conv', conversationId);
      const messages = parts.logs.get(conversationId) ?? [];
      for (const e of messages) parts.forget('msg', msgId(e));
      parts.logs.delete(conversationId);
      let statuses = 0;
      for (let i = parts.recordedStatuses.length - 1; i >= 0; i--) {
        const status = parts.recordedStatuses[i]!;
        if (status.conversationId !== conversationId) continue;
        parts.forget('status', statusId(status));
        parts.recordedStatuses.splice(i, 1);
        statuses += 1;
      }
      return { conversation, messages: messages.length, statuses };
    },
    async deleteCase(caseId) {
      return parts.cases.delete(caseId);
    },
    async unlinkCustomerConversation(customerId, conversationId) {
      parts.forget('link', `${customerId}|${conversationId}`);
      return parts.customerChats.get(customerId)?.delete(conversationId) ?? false;
    },
    async deleteTranslations(keys) {
      return keys.filter((key) => parts.translations.delete(key)).length;
    },
    async ordersForEmail(email) {
      const wanted = email.trim().toLowerCase();
      return [...parts.orders.values()]
        .filter((o) => o.customer.email.trim().toLowerCase() === wanted)
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(copy);
    },
  };
}
