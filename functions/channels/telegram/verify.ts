import type { VerifyResult, WebhookRequest } from '../../core/ports';
import { header } from '../headers';
import { safeEqual } from '../hmac';

/**
 * Checks `X-Telegram-Bot-Api-Secret-Token` against the `secret_token` given to setWebhook. Telegram signs
 * nothing else, so without a configured secret every request is refused rather than trusted.
 *
 * @example
 * const result = verifyTelegram(req, env.TELEGRAM_WEBHOOK_SECRET);
 */
export function verifyTelegram(req: WebhookRequest, webhookSecret: string | undefined): VerifyResult {
  if (!webhookSecret) return { ok: false, reason: 'TELEGRAM_WEBHOOK_SECRET is not configured' };
  const value = header(req, 'x-telegram-bot-api-secret-token');
  if (!value) return { ok: false, reason: 'missing X-Telegram-Bot-Api-Secret-Token' };
  return safeEqual(Buffer.from(value, 'utf8'), Buffer.from(webhookSecret, 'utf8'))
    ? { ok: true }
    : { ok: false, reason: 'X-Telegram-Bot-Api-Secret-Token does not match' };
}
