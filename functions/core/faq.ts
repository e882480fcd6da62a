// The merchant's FAQ / policy answers (shipping, duties, exchanges, refunds, payment) in the shopper's
// language. The merchant's own translation wins; otherwise the text is machine-translated once per entry and
// language and cached, so the cost is paid once, not per shopper. Nothing here ever throws on a translator
// or cache failure: the shopper's question deserves the original text rather than an error.
import { createHash } from 'node:crypto';
import type { MerchantConfig } from './merchant-config';
import type { TranslationCache, Translator } from './ports';
import type { FaqTopic, Language } from './types';

export interface FaqAnswer {
  text: string;
  /** The language `text` is in: the asked one, except for an `original` answer. */
  language: Language;
  /**
   * `merchant`: written by the merchant in this language; `translated`: machine-translated (maybe cached);
   * `original`: no translation could be had, this is the merchant's text in `faqLanguage` (the caller
   * decides whether to show it).
   */
  source: 'merchant' | 'translated' | 'original';
}

export interface FaqAnswers {
  /** The answer to one topic in one language; undefined when the merchant has no entry for the topic. */
  answer(topic: FaqTopic, language: Language): Promise<FaqAnswer | undefined>;
}

export type FaqFailureStep = 'cache_get' | 'translate' | 'cache_put';

export interface FaqAnswersOptions {
  readonly merchant: Pick<MerchantConfig, 'faq' | 'faqLanguage'>;
  /** @default none: texts the merchant did not translate are answered in the original */
  readonly translator?: Translator;
  /** @default none: every process translates again (once, then it remembers) */
  readonly cache?: TranslationCache;
  /** Told about each failure `answer` recovered from, for the caller's log. @default ignored */
  readonly onError?: (
    error: unknown,
    context: { topic: FaqTopic; language: Language; step: FaqFailureStep },
  ) => void;
}

/**
 * The cache key of one FAQ entry's translation: a hash of exactly what was translated, so an edited text
 * gets a new key (and a new translation) and the key reveals nothing. FAQ texts are merchant content:
 * nothing personal goes into a key or the cache.
 */
export function faqTranslationKey(topic: FaqTopic, text: string, from: Language, to: Language): string {
  // JSON keeps the parts apart: no text can end where another part begins.
  const digest = createHash('sha256')
    .update(JSON.stringify(['faq', topic, text, from, to]))
    .digest('hex');
  return `faq:${digest}`;
}

/**
 * Answers FAQ topics from the merchant config in the shopper's language.
 * @example
 * const faq = createFaqAnswers({ merchant, translator, cache: stores.translations });
 * const answer = await faq.answer('refund_policy', 'pt-BR');
 * if (answer && answer.source !== 'original') await ctx.reply({ text: answer.text });
 */
export function createFaqAnswers(options: FaqAnswersOptions): FaqAnswers {
  const { merchant, translator, cache, onError } = options;
  // Translations this process already has (or is fetching), so a warm function neither reads the cache nor
  // translates twice. Bounded by topics × languages. A failed lookup is forgotten, so a later one retries.
  const known = new Map<string, Promise<string | undefined>>();

  const report = (error: unknown, topic: FaqTopic, language: Language, step: FaqFailureStep): void => {
    try {
      onError?.(error, { topic, language, step });
    } catch {
      // A broken logger must not turn a recovered failure into a thrown one.
    }
  };

  async function fetchTranslation(
    key: string,
    topic: FaqTopic,
    text: string,
    from: Language,
    to: Language,
  ): Promise<string | undefined> {
    if (cache) {
      try {
        const cached = await cache.get(key);
        if (cached) return cached;
      } catch (error) {
        report(error, topic, to, 'cache_get');
      }
    }
    if (!translator) return undefined;
    let translated: string;
    try {
      translated = (await translator.translate({ text, from, to })).trim();
    } catch (error) {
      report(error, topic, to, 'translate');
      return undefined;
    }
    if (!translated) return undefined;
    if (cache) {
      try {
        await cache.put(key, translated);
      } catch (error) {
        // The translation is still good for this answer; the next process pays for it again.
        report(error, topic, to, 'cache_put');
      }
    }
    return translated;
  }

  function translation(topic: FaqTopic, text: string, to: Language): Promise<string | undefined> {
    const from = merchant.faqLanguage;
    const key = faqTranslationKey(topic, text, from, to);
    const pending = known.get(key);
    if (pending) return pending;
    const fetched = fetchTranslation(key, topic, text, from, to).then((result) => {
      if (result === undefined) known.delete(key);
      return result;
    });
    known.set(key, fetched);
    return fetched;
  }

  return {
    async answer(topic, language) {
      const entry = merchant.faq[topic];
      if (!entry) return undefined;
      const own = entry.translations?.[language];
      if (own) return { text: own, language, source: 'merchant' };
      if (language === merchant.faqLanguage) return { text: entry.text, language, source: 'merchant' };
      if (translator || cache) {
        const translated = await translation(topic, entry.text, language);
        if (translated) return { text: translated, language, source: 'translated' };
      }
      return { text: entry.text, language: merchant.faqLanguage, source: 'original' };
    },
  };
}
