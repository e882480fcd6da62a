// DynamoDB single-table adapters for every store port. The table name comes from config (TABLE_NAME);
// the endpoint from the SDK's own AWS_ENDPOINT_URL_DYNAMODB, so the same code talks to AWS or dynalite.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Stores } from '../stores';
import { createDynamoCaseStore } from './cases';
import { createDynamoClaimStore } from './claims';
import { createDynamoConversationStore } from './conversations';
import { createDynamoCounters } from './counters';
import { createDynamoCustomerConversations } from './customer-conversations';
import { createDynamoMessageLog, createDynamoStatusLog } from './messages';
import { createDynamoOrderStore } from './orders';
import { type DynamoContext, documentClient } from './shared';
import { createDynamoTranslationCache } from './translations';

export interface DynamoStoresOptions {
  readonly tableName: string;
  /** @default a new DynamoDBClient with the SDK's default config chain */
  readonly client?: DynamoDBClient;
  /** Clock for TTLs and claim expiry. @default Date.now */
  readonly now?: () => number;
}

/**
 * Creates every store over one DynamoDB table.
 * @example
 * const env = readEnv();
 * const stores = createDynamoStores({ tableName: env.TABLE_NAME });
 * if (!(await stores.claims.claim(message.eventId, 86_400))) return; // a platform retry
 */
export function createDynamoStores(options: DynamoStoresOptions): Stores {
  const ctx: DynamoContext = {
    doc: documentClient(options.client),
    tableName: options.tableName,
    now: options.now ?? Date.now,
  };
  return {
    claims: createDynamoClaimStore(ctx),
    messages: createDynamoMessageLog(ctx),
    conversations: createDynamoConversationStore(ctx),
    orders: createDynamoOrderStore(ctx),
    statuses: createDynamoStatusLog(ctx),
    cases: createDynamoCaseStore(ctx),
    translations: createDynamoTranslationCache(ctx),
    customerConversations: createDynamoCustomerConversations(ctx),
    counters: createDynamoCounters(ctx),
  };
}
