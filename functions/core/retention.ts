// How long shopper data is kept: a leaf module (no zod) so ingest and the tracking function, whose bundles
// stay small, can read the merchant's `retention` without loading the whole merchant config schema.

/** Days each kind of shopper data is kept (merchant config `retention`). */
export interface RetentionDays {
  readonly messagesDays: number;
  readonly conversationDays: number;
  readonly casesDays: number;
  readonly mediaDays: number;
  readonly statusesDays: number;
}

/**
 * The documented defaults: transcripts half a year, a conversation a year after it last moved, cases two
 * years (warranty and chargeback questions come late), media 90 days, delivery receipts a month.
 */
export const DEFAULT_RETENTION: RetentionDays = {
  messagesDays: 180,
  conversationDays: 365,
  casesDays: 730,
  mediaDays: 90,
  statusesDays: 30,
};

/**
 * The `retention` block of MERCHANT_CONFIG JSON, each value a positive whole number of days, else its
 * default. The full schema (merchant-config.ts) validates the same block where it is loaded.
 */
export function retentionFromMerchantJson(json: string | undefined): RetentionDays {
  let block: Record<string, unknown> = {};
  try {
    const parsed = json ? (JSON.parse(json) as { retention?: unknown }) : {};
    if (parsed.retention && typeof parsed.retention === 'object')
      block = parsed.retention as Record<string, unknown>;
  } catch {
    // An unreadable config is the merchant-config loader's error to report; here the defaults hold.
  }
  const days = (key: keyof RetentionDays): number => {
    const value = block[key];
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : DEFAULT_RETENTION[key];
  };
  return {
    messagesDays: days('messagesDays'),
    conversationDays: days('conversationDays'),
    casesDays: days('casesDays'),
    mediaDays: days('mediaDays'),
    statusesDays: days('statusesDays'),
  };
}
