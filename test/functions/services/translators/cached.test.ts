// The translation cache in front of an engine: paid once, keyed by a hash, never failing on the cache.
import { describe, expect, it } from 'vitest';
import type { TranslationCache, Translator } from '../../../../functions/core/ports';
import type { Language } from '../../../../functions/core/types';
import {
  createCachedTranslator,
  translationCacheKey,
} from '../../../../functions/services/translators/cached';
import { createMemoryTranslationCache } from '../../../../functions/stores/memory-translations';

type Call = { text: string; from: Language; to: Language };

function countingEngine(delayMs = 0) {
  const calls: Call[] = [];
  const engine: Translator = {
    async translate(input) {
      calls.push(input);
      await new Promise((done) => setTimeout(done, delayMs));
      return `<${input.to}>${input.text}`;
    },
  };
  return { engine, calls };
}

describe('createCachedTranslator', () => {
  it('translates a text once per language pair and serves repeats from the cache', async () => {
    const { engine, calls } = countingEngine();
    const cache = createMemoryTranslationCache();
    const translator = createCachedTranslator(engine, cache);

    expect(
      await translator.translate({ text: 'Your replacement is on its way.', from: 'en', to: 'th' }),
    ).toBe('<th>Your replacement is on its way.');
    expect(
      await translator.translate({ text: 'Your replacement is on its way.', from: 'en', to: 'th' }),
    ).toBe('<th>Your replacement is on its way.');
    await translator.translate({ text: 'Your replacement is on its way.', from: 'en', to: 'ja' });

    expect(calls.map((call) => call.to)).toEqual(['th', 'ja']);
    expect(translator.stats()).toEqual({ hits: 1, misses: 2, translatedChars: 62 });
    expect(cache.size()).toBe(2);
  });

  it('shares the cache with another process: a new translator over the same store pays nothing', async () => {
    const cache = createMemoryTranslationCache();
    const first = countingEngine();
    await createCachedTranslator(first.engine, cache).translate({ text: 'Hola', from: 'es', to: 'en' });
    const second = countingEngine();
    const translator = createCachedTranslator(second.engine, cache);
    expect(await translator.translate({ text: 'Hola', from: 'es', to: 'en' })).toBe('<en>Hola');
    expect(second.calls).toEqual([]);
    expect(translator.stats()).toEqual({ hits: 1, misses: 0, translatedChars: 0 });
  });

  it('keys by a hash of namespace, languages and text, never by the text itself', async () => {
    const keys: string[] = [];
    const cache: TranslationCache = {
      get: async (key) => void keys.push(key),
      put: async () => undefined,
    };
    const { engine } = countingEngine();
    const text = 'My phone is 0812345678';
    await createCachedTranslator(engine, cache, { namespace: 'aws' }).translate({
      text,
      from: 'en',
      to: 'th',
    });

    expect(keys).toEqual([translationCacheKey('aws', 'en', 'th', text)]);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(keys[0]).not.toContain('0812345678');
    // Every part changes the key, and parts cannot run into each other.
    const others = [
      translationCacheKey('llm', 'en', 'th', text),
      translationCacheKey('aws', 'es', 'th', text),
      translationCacheKey('aws', 'en', 'ja', text),
      translationCacheKey('aws', 'en', 'th', `${text}.`),
      translationCacheKey('aws|en', 'en', 'th', text),
    ];
    expect(new Set([keys[0], ...others]).size).toBe(6);
  });

  it('keeps namespaces apart: another engine over the same store translates again', async () => {
    const cache = createMemoryTranslationCache();
    const aws = countingEngine();
    const llm = countingEngine();
    await createCachedTranslator(aws.engine, cache, { namespace: 'aws' }).translate({
      text: 'Gracias',
      from: 'es',
      to: 'en',
    });
    await createCachedTranslator(llm.engine, cache, { namespace: 'llm' }).translate({
      text: 'Gracias',
      from: 'es',
      to: 'en',
    });
    expect(llm.calls).toHaveLength(1);
  });

  it('falls through to the engine when the cache cannot be read or written', async () => {
    const broken: TranslationCache = {
      get: async () => {
        throw new Error('table gone');
      },
      put: () => {
        throw new Error('throttled');
      },
    };
    const { engine, calls } = countingEngine();
    const translator = createCachedTranslator(engine, broken);
    expect(await translator.translate({ text: 'Danke', from: 'de', to: 'en' })).toBe('<en>Danke');
    expect(await translator.translate({ text: 'Danke', from: 'de', to: 'en' })).toBe('<en>Danke');
    expect(calls).toHaveLength(2);
    expect(translator.stats()).toEqual({ hits: 0, misses: 2, translatedChars: 10 });
  });

  it('lets engine errors through and caches nothing for them', async () => {
    const cache = createMemoryTranslationCache();
    const failing: Translator = {
      translate: async () => {
        throw new Error('engine down');
      },
    };
    const translator = createCachedTranslator(failing, cache);
    await expect(translator.translate({ text: 'Hola', from: 'es', to: 'en' })).rejects.toThrow('engine down');
    expect(cache.size()).toBe(0);
  });

  it('skips engine and cache for the same language and for empty text', async () => {
    const { engine, calls } = countingEngine();
    const cache = createMemoryTranslationCache();
    const translator = createCachedTranslator(engine, cache);
    expect(await translator.translate({ text: 'สวัสดีค่ะ', from: 'th', to: 'th' })).toBe('สวัสดีค่ะ');
    expect(await translator.translate({ text: '', from: 'th', to: 'en' })).toBe('');
    expect(calls).toEqual([]);
    expect(cache.size()).toBe(0);
    expect(translator.stats()).toEqual({ hits: 0, misses: 0, translatedChars: 0 });
  });

  it('sends identical texts asked for at once to the engine once', async () => {
    const { engine, calls } = countingEngine(20);
    const translator = createCachedTranslator(engine, createMemoryTranslationCache());
    const input = { text: 'Where is my order?', from: 'en', to: 'de' } as const;
    const results = await Promise.all([translator.translate(input), translator.translate(input)]);
    expect(results).toEqual(['<de>Where is my order?', '<de>Where is my order?']);
    expect(calls).toHaveLength(1);
  });

  it('counts characters as code points: an emoji is one', async () => {
    const { engine } = countingEngine();
    const translator = createCachedTranslator(engine, createMemoryTranslationCache());
    await translator.translate({ text: 'ok 👍', from: 'en', to: 'th' });
    expect(translator.stats().translatedChars).toBe(4);
  });
});
