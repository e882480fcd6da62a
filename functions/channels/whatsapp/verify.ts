import type { VerifyResult, WebhookRequest } from '../../core/ports';
import { header } from '../headers';
import { hmacSha256, safeEqual } from '../hmac';

const SIGNATURE = /^sha256=([0-9a-fA-F]{64})$/;

/**
 * Checks `X-Hub-Signature-256: sha256=<hex>`, the HMAC-SHA256 of the body with the app secret.
 *
 * Only the raw bytes as received are hashed. Meta serialises the body with non-ASCII escaped as `\uXXXX`
 * and signs exactly those bytes, so the raw body already is the signed form; re-serialising it, or
 * escaping a body that arrived unescaped, would accept bytes Meta never signed (the corpus has a negative
 * vector for precisely that: `whatsapp-wajs-unicode-unescaped-is-invalid`).
 *
 * @example
 * const result = verifyWhatsApp(req, env.WHATSAPP_APP_SECRET);
 * if (!result.ok) return { statusCode: 401 };
 */
export function verifyWhatsApp(req: WebhookRequest, appSecret: string | undefined): VerifyResult {
  if (!appSecret) return { ok: false, reason: 'WHATSAPP_APP_SECRET is not configured' };
  const value = header(req, 'x-hub-signature-256');
  if (!value) return { ok: false, reason: 'missing X-Hub-Signature-256' };
  const match = SIGNATURE.exec(value.trim());
  if (!match?.[1]) return { ok: false, reason: 'malformed X-Hub-Signature-256' };
  const given = Buffer.from(match[1], 'hex');
  return safeEqual(given, hmacSha256(appSecret, req.rawBody))
    ? { ok: true }
    : { ok: false, reason: 'X-Hub-Signature-256 does not match' };
}
