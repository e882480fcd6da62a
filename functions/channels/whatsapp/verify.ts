import type { VerifyResult, WebhookRequest } from '../../core/ports';
import type { HandshakeResult } from '../definitions';
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

const plain = (status: number, body: string): HandshakeResult => ({
  status,
  contentType: 'text/plain',
  body,
});
const failure = (status: number, error: string): HandshakeResult => ({
  status,
  contentType: 'application/json',
  body: JSON.stringify({ ok: false, error }),
});

/**
 * Meta's subscription handshake (GET): echo `hub.challenge` when `hub.verify_token` matches ours.
 * @example
 * const result = verifyWhatsAppSubscription(req, env.WHATSAPP_VERIFY_TOKEN); // { status: 200, body: challenge }
 */
export function verifyWhatsAppSubscription(
  req: Pick<WebhookRequest, 'query'>,
  verifyToken: string | undefined,
): HandshakeResult {
  const mode = req.query['hub.mode'];
  const token = req.query['hub.verify_token'];
  const challenge = req.query['hub.challenge'];
  if (!mode || !token || challenge === undefined)
    return failure(400, 'missing hub.mode, hub.verify_token or hub.challenge');
  if (mode !== 'subscribe' || !verifyToken || !safeEqual(Buffer.from(token), Buffer.from(verifyToken)))
    return failure(403, 'verification failed');
  return plain(200, challenge);
}
