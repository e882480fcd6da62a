// The insights log over the stack's table, and the recorder the worker, the desk and the proactive path
// write through: conversations named by their log id, failed writes logged and dropped.
import type { InsightsRecorder } from '../core/insights';
import type { MerchantConfig } from '../core/merchant-config';
import { logId } from '../log-id';
import { createDynamoInsightsLog } from '../stores/dynamo/insights';
import { documentClient } from '../stores/dynamo/shared';

/**
 * @example
 * const insights = insightsRecorder({ tableName: env.TABLE_NAME, merchant, warn: logger.warn });
 */
export function insightsRecorder(options: {
  tableName: string;
  merchant: Pick<MerchantConfig, 'retention'>;
  warn?(message: string, fields: Record<string, unknown>): void;
}): InsightsRecorder {
  return {
    log: createDynamoInsightsLog({
      doc: documentClient(),
      tableName: options.tableName,
      textRetentionDays: options.merchant.retention.messagesDays,
    }),
    conversationKey: (conversationId) => logId(conversationId),
    onError: (error) => options.warn?.('an insights write failed (dropped)', { error: String(error) }),
  };
}
