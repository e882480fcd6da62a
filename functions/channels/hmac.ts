import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 of the exact bytes. */
export function hmacSha256(secret: string, bytes: Buffer): Buffer {
  return createHmac('sha256', secret).update(bytes).digest();
}

/**
 * Constant-time equality of two byte strings. `timingSafeEqual` throws on different lengths, so the length
 * is compared first (it leaks only the length, which for a digest is public anyway).
 */
export function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
