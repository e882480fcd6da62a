import type { VerifyResult, WebhookRequest } from '../../core/ports';
import { header } from '../headers';
import { hmacSha256, safeEqual } from '../hmac';

/**
 * Checks `X-Line-Signature`: base64 of the HMAC-SHA256 of the exact body bytes with the channel secret.
 * A few lines of node:crypto instead of @line/bot-sdk keep the ingest bundle free of the SDK.
 *
 * @example
 * const result = verifyLine(req, env.LINE_CHANNEL_SECRET);
 */
export function verifyLine(req: WebhookRequest, channelSecret: string | undefined): VerifyResult {
  if (!channelSecret) return { ok: false, reason: 'LINE_CHANNEL_SECRET is not configured' };
  const value = header(req, 'x-line-signature');
  if (!value) return { ok: false, reason: 'missing X-Line-Signature' };
  // Compare the base64 text itself: decoding first would accept variants (missing padding, stray
  // characters) that Node's lenient base64 decoder tolerates.
  const expected = Buffer.from(hmacSha256(channelSecret, req.rawBody).toString('base64'), 'utf8');
  return safeEqual(Buffer.from(value.trim(), 'utf8'), expected)
    ? { ok: true }
    : { ok: false, reason: 'X-Line-Signature does not match' };
}
