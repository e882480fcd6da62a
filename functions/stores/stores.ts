import type {
  CaseStore,
  ConversationStore,
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
  /**
   * Machine translations already paid for (FAQ answers). Optional only until the in-memory set
   * (memory.ts) and the bench's counting wrapper hand one out too; the DynamoDB set always has it.
   */
  translations?: TranslationCache;
}
