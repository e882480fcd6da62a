import { describe, expect, it } from 'vitest';
import { createFaqAnswers, faqTranslationKey } from '../../../functions/core/faq';
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import type { TranslationCache, Translator } from '../../../functions/core/ports';
import type { Language } from '../../../functions/core/types';
import { createMemoryTranslationCache } from '../../../functions/stores/memory-translations';

const merchant = parseMerchantConfig({
  brandName: 'Acme',
  faq: {
    refund_policy: {
      text: 'Refunds within 30 days of delivery.',
      translations: { es: 'Reembolsos dentro de 30 días desde la entrega.' },
    },
    payment_methods: 'Visa, Mastercard and PayPal.',
  },
});

/** A translator that counts its calls and answers `[to] text`. */
function countingTranslator(): Translator & { calls: { text: string; from: Language; to: Language }[] } {
  const calls: { text: string; from: Language; to: Language }[] = [];
  return {
    calls,
    async translate(input) {
      calls.push(input);
      return `[${input.to}] ${input.text}`;
    },
  };
}

const failingTranslator: Translator = {
  async translate() {
    throw new Error('Translate throttled');
  },
};

describe('createFaqAnswers: precedence', () => {
  it('answers with the merchant’s own translation, never calling the translator', async () => {
    const translator = countingTranslator();
    const faq = createFaqAnswers({ merchant, translator });
    expect(await faq.answer('refund_policy', 'es')).toEqual({
      text: 'Reembolsos dentro de 30 días desde la entrega.',
      language: 'es',
      source: 'merchant',
    });
    expect(translator.calls).toEqual([]);
  });

  it('answers with the text itself in the FAQ’s language', async () => {
    const translator = countingTranslator();
    const faq = createFaqAnswers({ merchant, translator });
    expect(await faq.answer('payment_methods', 'en')).toEqual({
      text: 'Visa, Mastercard and PayPal.',
      language: 'en',
      source: 'merchant',
    });
    expect(translator.calls).toEqual([]);
  });

  it('reads faqLanguage, not the default language', async () => {
    const german = parseMerchantConfig({
      brandName: 'Acme',
      faqLanguage: 'de',
      faq: { duties_taxes: 'Zoll zahlt ihr.' },
    });
    const translator = countingTranslator();
    const faq = createFaqAnswers({ merchant: german, translator });
    expect((await faq.answer('duties_taxes', 'de'))?.source).toBe('merchant');
    expect(await faq.answer('duties_taxes', 'en')).toEqual({
      text: '[en] Zoll zahlt ihr.',
      language: 'en',
      source: 'translated',
    });
    expect(translator.calls).toEqual([{ text: 'Zoll zahlt ihr.', from: 'de', to: 'en' }]);
  });

  it('returns undefined for a topic the merchant has no entry for', async () => {
    const translator = countingTranslator();
    const faq = createFaqAnswers({ merchant, translator });
    expect(await faq.answer('shipping_countries', 'es')).toBeUndefined();
    expect(translator.calls).toEqual([]);
  });
});

describe('createFaqAnswers: machine translation, once per entry and language', () => {
  it('translates a missing language and caches it: a second call does not translate', async () => {
    const translator = countingTranslator();
    const cache = createMemoryTranslationCache();
    const faq = createFaqAnswers({ merchant, translator, cache });
    const first = await faq.answer('payment_methods', 'ja');
    const second = await faq.answer('payment_methods', 'ja');
    expect(first).toEqual({
      text: '[ja] Visa, Mastercard and PayPal.',
      language: 'ja',
      source: 'translated',
    });
    expect(second).toEqual(first);
    expect(translator.calls).toEqual([{ text: 'Visa, Mastercard and PayPal.', from: 'en', to: 'ja' }]);
    expect(
      await cache.get(faqTranslationKey('payment_methods', 'Visa, Mastercard and PayPal.', 'en', 'ja')),
    ).toBe('[ja] Visa, Mastercard and PayPal.');
  });

  it('serves another process from the shared cache without translating', async () => {
    const cache = createMemoryTranslationCache();
    await createFaqAnswers({ merchant, translator: countingTranslator(), cache }).answer(
      'payment_methods',
      'ko',
    );
    const translator = countingTranslator();
    const cold = createFaqAnswers({ merchant, translator, cache });
    expect((await cold.answer('payment_methods', 'ko'))?.source).toBe('translated');
    expect(translator.calls).toEqual([]);
  });

  it('translates two concurrent questions once', async () => {
    const translator = countingTranslator();
    const faq = createFaqAnswers({ merchant, translator, cache: createMemoryTranslationCache() });
    await Promise.all([faq.answer('payment_methods', 'th'), faq.answer('payment_methods', 'th')]);
    expect(translator.calls).toHaveLength(1);
  });

  it('translates each language separately', async () => {
    const translator = countingTranslator();
    const faq = createFaqAnswers({ merchant, translator, cache: createMemoryTranslationCache() });
    await faq.answer('payment_methods', 'fr');
    await faq.answer('payment_methods', 'de');
    expect(translator.calls.map((call) => call.to)).toEqual(['fr', 'de']);
  });

  it('re-translates an edited FAQ text: the key hashes the text', async () => {
    const cache = createMemoryTranslationCache();
    await createFaqAnswers({ merchant, translator: countingTranslator(), cache }).answer(
      'payment_methods',
      'it',
    );
    const edited = parseMerchantConfig({
      brandName: 'Acme',
      faq: { payment_methods: 'Visa, Mastercard, PayPal and Klarna.' },
    });
    const translator = countingTranslator();
    const answer = await createFaqAnswers({ merchant: edited, translator, cache }).answer(
      'payment_methods',
      'it',
    );
    expect(answer?.text).toBe('[it] Visa, Mastercard, PayPal and Klarna.');
    expect(translator.calls).toHaveLength(1);
  });

  it('keys are a hash of topic, text and both languages, nothing readable', () => {
    const key = faqTranslationKey('payment_methods', 'Visa', 'en', 'ja');
    expect(key).toMatch(/^faq:[0-9a-f]{64}$/);
    expect(faqTranslationKey('payment_methods', 'Visa', 'en', 'ko')).not.toBe(key);
    expect(faqTranslationKey('refund_policy', 'Visa', 'en', 'ja')).not.toBe(key);
    expect(faqTranslationKey('payment_methods', 'Visa', 'es', 'ja')).not.toBe(key);
  });

  it('works with a cache alone (entries another process translated)', async () => {
    const cache = createMemoryTranslationCache();
    await cache.put(
      faqTranslationKey('payment_methods', 'Visa, Mastercard and PayPal.', 'en', 'vi'),
      'Visa…',
    );
    const faq = createFaqAnswers({ merchant, cache });
    expect(await faq.answer('payment_methods', 'vi')).toEqual({
      text: 'Visa…',
      language: 'vi',
      source: 'translated',
    });
    expect((await faq.answer('payment_methods', 'pl'))?.source).toBe('original');
  });
});

describe('createFaqAnswers: failures fall back to the original text', () => {
  it('answers the original in the FAQ’s language with no translator', async () => {
    const faq = createFaqAnswers({ merchant });
    expect(await faq.answer('payment_methods', 'ar')).toEqual({
      text: 'Visa, Mastercard and PayPal.',
      language: 'en',
      source: 'original',
    });
  });

  it('never throws on a translator failure, reports it, and tries again next time', async () => {
    const errors: unknown[] = [];
    const cache = createMemoryTranslationCache();
    let fail = true;
    const flaky: Translator = {
      async translate(input) {
        if (fail) throw new Error('Translate throttled');
        return `[${input.to}] ${input.text}`;
      },
    };
    const faq = createFaqAnswers({
      merchant,
      translator: flaky,
      cache,
      onError: (error, context) => errors.push({ message: (error as Error).message, ...context }),
    });
    expect((await faq.answer('payment_methods', 'tr'))?.source).toBe('original');
    expect(errors).toEqual([
      { message: 'Translate throttled', topic: 'payment_methods', language: 'tr', step: 'translate' },
    ]);
    expect(cache.size()).toBe(0);
    fail = false;
    expect((await faq.answer('payment_methods', 'tr'))?.source).toBe('translated');
  });

  it('treats an empty translation as a failure', async () => {
    const faq = createFaqAnswers({ merchant, translator: { translate: async () => '  ' } });
    expect((await faq.answer('payment_methods', 'nl'))?.source).toBe('original');
  });

  it('survives a broken cache (read and write) and a throwing onError', async () => {
    const broken: TranslationCache = {
      get: async () => {
        throw new Error('table gone');
      },
      put: async () => {
        throw new Error('table gone');
      },
    };
    const translator = countingTranslator();
    const steps: string[] = [];
    const faq = createFaqAnswers({
      merchant,
      translator,
      cache: broken,
      onError: (_error, context) => {
        steps.push(context.step);
        throw new Error('logger down');
      },
    });
    expect((await faq.answer('payment_methods', 'ms'))?.text).toBe('[ms] Visa, Mastercard and PayPal.');
    expect(steps).toEqual(['cache_get', 'cache_put']);
  });

  it('never throws with a failing translator and no cache', async () => {
    const faq = createFaqAnswers({ merchant, translator: failingTranslator });
    await expect(faq.answer('refund_policy', 'fil')).resolves.toMatchObject({
      source: 'original',
      language: 'en',
    });
  });
});
