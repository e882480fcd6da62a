// DynamoDB single-table adapters for every store port. The table name comes from config (TABLE_NAME);
// the endpoint from the SDK's own AWS_ENDPOINT_URL_DYNAMODB, so the same code talks to AWS or dynalite.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { PrivacyStore } from '../../core/ports';
import { DEFAULT_RETENTION, type RetentionDays } from '../../core/retention';
import type { Stores } from '../stores';
import { createDynamoCaseStore } from './cases';
import { createDynamoClaimStore } from './claims';
import { createDynamoConversationStore } from './conversations';
import { createDynamoCounters } from './counters';
import { createDynamoCustomerConversations } from './customer-conversations';
import { createDynamoMessageLog, createDynamoStatusLog } from './messages';
import { createDynamoOrderStore } from './orders';
import { createDynamoPrivacyStore } from './privacy';
import { type DynamoContext, documentClient } from './shared';
import { createDynamoTranslationCache } from './translations';

export interface DynamoStoresOptions {
  readonly tableName: string;
  /** @default a new DynamoDBClient with the SDK's default config chain */
  readonly client?: DynamoDBClient;
  /** Clock for TTLs and claim expiry. @default Date.now */
  readonly now?: () => number;
  /** How long shopper data lives (merchant config `retention`). @default DEFAULT_RETENTION */
  readonly retention?: RetentionDays;
}

/** Every store port, plus the privacy path's store (export and erasure, core/privacy.ts). */
export interface DynamoStores extends Stores {
  privacy: PrivacyStore;
}

/**
 * Creates every store over one DynamoDB table.
 * @example
 * const env = readEnv();
 * const stores = createDynamoStores({ tableName: env.TABLE_NAME, retention: merchant.retention });
 * if (!(await stores.claims.claim(message.eventId, 86_400))) return; // a platform retry
 */
export function createDynamoStores(options: DynamoStoresOptions): DynamoStores {
  const ctx: DynamoContext = {
    doc: documentClient(options.client),
    tableName: options.tableName,
    now: options.now ?? Date.now,
    retention: options.retention ?? DEFAULT_RETENTION,
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
    privacy: createDynamoPrivacyStore(ctx),
  };
}
