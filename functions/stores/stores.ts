import type {
  CaseStore,
  ConversationStore,
  Counters,
  CustomerConversations,
  EventClaimStore,
  MessageLog,
  OrderStore,
  StatusLog,
  TranslationCache,
} from '../core/ports';

/** Every store port, as `createDynamoStores` and `createMemoryStores` hand them out. */
export interface Stores {
  claims: EventClaimStore;
  messages: MessageLog;
  conversations: ConversationStore;
  orders: OrderStore;
  statuses: StatusLog;
  cases: CaseStore;
  /** Machine translations already paid for (FAQ answers, later the agent side). */
  translations: TranslationCache;
  /** The chats each customer verified in: where proactive messages reach LINE and Telegram shoppers. */
  customerConversations: CustomerConversations;
  /** Period counters: LINE's monthly push quota, delayed parcels per lane and day. */
  counters: Counters;
}
