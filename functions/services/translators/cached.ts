// A translator that pays for each text once: translations are kept in the TranslationCache under a hash of
// what was translated, so agents' canned lines, repeated shopper phrases and FAQ answers cost nothing the
// second time. The cache is an optimization only: a cache that cannot be read or written never fails a
// translation, it just falls through to the engine.
import { createHash } from 'node:crypto';
import type { TranslationCache, Translator } from '../../core/ports';
import type { Language } from '../../core/types';

export interface TranslatorStats {
  hits: number;
  misses: number;
  /** Characters (code points) actually sent to the inner translator: what the engine bills. */
  translatedChars: number;
}

export type MeteredTranslator = Translator & { stats(): TranslatorStats };

export interface CachedTranslatorOptions {
  /**
   * Keeps apart translations that differ for the same text: the engine, the model, the terminology.
   * @default 'translate'
   */
  readonly namespace?: string;
}

/**
 * The cache key of one translation: the hex SHA-256 of namespace, languages and text, so the key reveals
 * nothing of the text (shopper messages are personal) and an edited text gets a new key. JSON keeps the
 * parts apart, as in core/faq.ts: no text can end where another part begins.
 */
export function translationCacheKey(namespace: string, from: Language, to: Language, text: string): string {
  return createHash('sha256')
    .update(JSON.stringify([namespace, from, to, text]))
    .digest('hex');
}

/**
 * Wraps a translator with the translation cache.
 * @example
 * const translator = createCachedTranslator(createAwsTranslator(), stores.translations, { namespace: 'aws' });
 * await translator.translate({ text: 'Your replacement is on its way.', from: 'en', to: 'th' });
 * translator.stats(); // { hits: 0, misses: 1, translatedChars: 31 }
 */
export function createCachedTranslator(
  inner: Translator,
  cache: TranslationCache,
  options: CachedTranslatorOptions = {},
): MeteredTranslator {
  const namespace = options.namespace ?? 'translate';
  const stats: TranslatorStats = { hits: 0, misses: 0, translatedChars: 0 };
  // Identical texts asked for at once (a broadcast, a burst of the same FAQ) share one engine call.
  const inFlight = new Map<string, Promise<string>>();

  async function lookUp(key: string): Promise<string | undefined> {
    try {
      return (await cache.get(key)) || undefined;
    } catch {
      return undefined;
    }
  }

  async function translateOnce(key: string, input: { text: string; from: Language; to: Language }) {
    const cached = await lookUp(key);
    if (cached !== undefined) {
      stats.hits += 1;
      return cached;
    }
    stats.misses += 1;
    stats.translatedChars += Array.from(input.text).length;
    const translated = await inner.translate(input);
    if (translated) {
      try {
        await cache.put(key, translated);
      } catch {
        // The translation is still good; the next process pays for it again.
      }
    }
    return translated;
  }

  return {
    stats: () => ({ ...stats }),
    async translate(input) {
      // Nothing an engine would charge for: no cache round-trip either.
      if (input.from === input.to || input.text.trim() === '') return input.text;
      const key = translationCacheKey(namespace, input.from, input.to, input.text);
      const pending = inFlight.get(key);
      if (pending) {
        // Served by the call already under way: the engine is not paid twice.
        stats.hits += 1;
        return pending;
      }
      const translation = translateOnce(key, input).finally(() => inFlight.delete(key));
      inFlight.set(key, translation);
      return translation;
    },
  };
}
