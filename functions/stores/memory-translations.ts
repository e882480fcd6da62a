// In-memory twin of the TranslationCache port, with the DynamoDB adapter's semantics: one text per key,
// put overwrites, an entry past its TTL is absent.
import type { TranslationCache } from '../core/ports';
import { TRANSLATION_TTL_SECONDS } from './keys';

/**
 * Creates an empty in-memory translation cache.
 * @example
 * const cache = createMemoryTranslationCache();
 * await cache.put('faq:3f…', 'Enviamos a 25 países…');
 * await cache.get('faq:3f…'); // 'Enviamos a 25 países…'
 */
export function createMemoryTranslationCache(
  options: { readonly now?: () => number; readonly ttlSeconds?: number } = {},
): TranslationCache & { readonly size: () => number; readonly delete: (key: string) => boolean } {
  const now = options.now ?? Date.now;
  const ttlMs = (options.ttlSeconds ?? TRANSLATION_TTL_SECONDS) * 1000;
  const entries = new Map<string, { text: string; expiresAt: number }>();
  return {
    size: () => entries.size,
    delete: (key) => entries.delete(key),
    async get(key) {
      const entry = entries.get(key);
      return entry && entry.expiresAt > now() ? entry.text : undefined;
    },
    async put(key, text) {
      entries.set(key, { text, expiresAt: now() + ttlMs });
    },
  };
}
