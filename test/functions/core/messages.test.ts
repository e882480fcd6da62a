import { describe, expect, it } from 'vitest';
import {
  type Catalog,
  catalogFor,
  formatParam,
  type MessageKey,
  type MessageParam,
  RTL_LANGUAGES,
  t,
} from '../../../functions/core/messages';
import { en } from '../../../functions/core/messages/en';
import { LANGUAGES, type Language } from '../../../functions/core/types';

const OTHER_LANGUAGES = LANGUAGES.filter((language) => language !== 'en');
const EN_KEYS = Object.keys(en).sort() as MessageKey[];

/**
 * Values allowed to equal English. `order_option` is pure layout (number · date · items); the rest are real
 * words that happen to be spelled the same. Kept explicit so an untranslated string cannot hide here.
 */
const SAME_AS_ENGLISH_ANY = new Set<MessageKey>(['order_option']);
const SAME_AS_ENGLISH: Partial<Record<Language, MessageKey[]>> = {
  es: ['button_no'],
  it: ['button_no'],
};

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

function catalog(language: Language): Catalog {
  const found = catalogFor(language);
  if (!found) throw new Error(`no catalog for ${language}`);
  return found;
}

/** A realistic value for every placeholder English uses, so a full render can be checked for leftovers. */
function sampleParams(): Record<string, MessageParam> {
  const params: Record<string, MessageParam> = {};
  for (const name of new Set(Object.values(en).flatMap(placeholders))) {
    if (name === 'date' || name === 'eta') params[name] = new Date('2025-03-12T10:00:00Z');
    else if (name === 'total') params[name] = { amount: 1234.5, currency: 'EUR' };
    else if (name === 'days' || name === 'minutes') params[name] = 30;
    else params[name] = `<${name}>`;
  }
  return params;
}

describe('catalogs: every language has exactly the English keys and placeholders', () => {
  it('has a catalog for every supported language', () => {
    for (const language of LANGUAGES) expect(catalogFor(language), language).toBeDefined();
  });

  it.each(OTHER_LANGUAGES)('%s has no missing or extra keys', (language) => {
    const keys = Object.keys(catalog(language)).sort();
    const missing = EN_KEYS.filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !(EN_KEYS as string[]).includes(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(OTHER_LANGUAGES)('%s uses the same placeholders as English, each as often', (language) => {
    const cat = catalog(language);
    const mismatches = EN_KEYS.filter(
      (key) => JSON.stringify(placeholders(cat[key] ?? '')) !== JSON.stringify(placeholders(en[key])),
    ).map((key) => `${key}: ${placeholders(cat[key] ?? '').join(',')} vs ${placeholders(en[key]).join(',')}`);
    expect(mismatches).toEqual([]);
  });

  it.each(OTHER_LANGUAGES)('%s has no empty values and nothing left in English', (language) => {
    const cat = catalog(language);
    const allowed = new Set([...SAME_AS_ENGLISH_ANY, ...(SAME_AS_ENGLISH[language] ?? [])]);
    const empty = EN_KEYS.filter((key) => (cat[key] ?? '').trim() === '');
    const untranslated = EN_KEYS.filter((key) => cat[key] === en[key] && !allowed.has(key));
    expect({ empty, untranslated }).toEqual({ empty: [], untranslated: [] });
  });

  it('keeps the same-as-English allowlist honest', () => {
    for (const [language, keys] of Object.entries(SAME_AS_ENGLISH)) {
      for (const key of keys) expect(catalog(language as Language)[key], `${language}.${key}`).toBe(en[key]);
    }
  });

  it('keeps button and menu labels within 20 characters (WhatsApp reply-button title, LINE quick-reply label)', () => {
    const labels: MessageKey[] = [
      'menu_track',
      'menu_return',
      'menu_size',
      'menu_agent',
      'button_yes',
      'button_no',
      'tracking_link',
    ];
    for (const language of LANGUAGES) {
      const cat = catalog(language);
      const tooLong = labels.filter((key) => [...cat[key]].length > 20).map((key) => `${key}: ${cat[key]}`);
      expect(tooLong, language).toEqual([]);
    }
  });

  it('embeds no direction marks (channels add them for right-to-left languages)', () => {
    for (const language of LANGUAGES) {
      const marked = EN_KEYS.filter((key) =>
        /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(catalog(language)[key]),
      );
      expect(marked, language).toEqual([]);
    }
  });
});

describe('catalogs: each language is written in its own script and punctuation', () => {
  const SCRIPTS: Partial<Record<Language, RegExp>> = {
    th: /\p{Script=Thai}/u,
    ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
    'zh-Hans': /\p{Script=Han}/u,
    'zh-Hant': /\p{Script=Han}/u,
    ko: /\p{Script=Hangul}/u,
    ar: /\p{Script=Arabic}/u,
  };

  it.each(Object.entries(SCRIPTS))(
    '%s: every message except pure layout uses the script',
    (language, script) => {
      const cat = catalog(language as Language);
      const latinOnly = EN_KEYS.filter((key) => !SAME_AS_ENGLISH_ANY.has(key) && !script.test(cat[key]));
      expect(latinOnly).toEqual([]);
    },
  );

  it('keeps Simplified and Traditional Chinese apart', () => {
    const simplifiedOnly = /[订单货们这为发请谢号时说话关联邮际进处个]/;
    const traditionalOnly = /[訂單貨們這為發請謝號時說話關聯郵際進處個]/;
    const hant = catalog('zh-Hant');
    const hans = catalog('zh-Hans');
    expect(EN_KEYS.filter((key) => simplifiedOnly.test(hant[key]))).toEqual([]);
    expect(EN_KEYS.filter((key) => traditionalOnly.test(hans[key]))).toEqual([]);
  });

  it('uses full-width question and exclamation marks in Japanese and Chinese', () => {
    for (const language of ['ja', 'zh-Hans', 'zh-Hant'] as const) {
      const cat = catalog(language);
      expect(
        EN_KEYS.filter((key) => /[?!]/.test(cat[key])),
        language,
      ).toEqual([]);
    }
  });

  it('uses the Arabic question mark and comma', () => {
    const cat = catalog('ar');
    expect(EN_KEYS.filter((key) => /[?,]/.test(cat[key]))).toEqual([]);
    expect(EN_KEYS.some((key) => cat[key].includes('؟'))).toBe(true);
  });

  it('opens every Spanish question and exclamation', () => {
    const cat = catalog('es');
    const unbalanced = EN_KEYS.filter(
      (key) =>
        (cat[key].match(/\?/g) ?? []).length !== (cat[key].match(/¿/g) ?? []).length ||
        (cat[key].match(/!/g) ?? []).length !== (cat[key].match(/¡/g) ?? []).length,
    );
    expect(unbalanced).toEqual([]);
  });

  it('puts a no-break space before French ? ! ; :', () => {
    const cat = catalog('fr');
    expect(EN_KEYS.filter((key) => / [?!;:]/.test(cat[key]))).toEqual([]);
  });
});

describe('t: locale-aware rendering', () => {
  const order = '48213';
  const date = new Date('2025-03-12T10:00:00Z');

  it('formats money with the locale decimal separator', () => {
    const de = t('de', 'cancelled', { order, total: { amount: 1234.5, currency: 'EUR' } });
    expect(de).toContain('1.234,50');
    expect(de).toContain('€');
    expect(de).toContain(order);
    expect(t('en', 'cancelled', { order, total: { amount: 1234.5, currency: 'EUR' } })).toContain(
      '€1,234.50',
    );
  });

  it('formats dates per locale', () => {
    expect(t('ja', 'status_delivered', { order, date })).toMatch(/2025[/年]0?3[/月]/);
    expect(t('de', 'status_delivered', { order, date })).toContain('12.03.2025');
    expect(t('zh-Hant', 'status_delivered', { order, date })).toContain('2025年3月12日');
    // Thai shoppers read dates in the Buddhist era: 2025 CE is 2568 BE.
    expect(t('th', 'status_delivered', { order, date })).toContain('2568');
  });

  it('renders Arabic with the Arabic text, the order number and the Arabic-locale date', () => {
    const text = t('ar', 'status_delivered', { order, date });
    const [before] = catalog('ar').status_delivered.split('{order}');
    expect(text.startsWith(before ?? '\u0000')).toBe(true);
    expect(text).toContain(order);
    expect(text).toContain(formatParam('ar', date));
    expect(formatParam('ar', date)).not.toBe(formatParam('en', date));
    expect(RTL_LANGUAGES.has('ar')).toBe(true);
    expect(LANGUAGES.filter((language) => RTL_LANGUAGES.has(language))).toEqual(['ar']);
  });

  it('formats dates in the given time zone', () => {
    const late = new Date('2025-03-12T23:30:00Z');
    expect(t('en', 'status_delivered', { order, date: late }, 'Asia/Tokyo')).toContain('Mar 13, 2025');
    expect(t('en', 'status_delivered', { order, date: late })).toContain('Mar 12, 2025');
  });

  it('leaves unknown or missing placeholders visible', () => {
    expect(t('fr', 'status_shipped', { order })).toContain('{carrier}');
    expect(t('fr', 'status_shipped', { order })).not.toContain('{order}');
    expect(t('ko', 'order_not_found')).toContain('{order}');
  });

  it('falls back to English for an unknown language tag', () => {
    const unknown = 'xx' as Language;
    expect(catalogFor(unknown)).toBeUndefined();
    expect(t(unknown, 'button_yes')).toBe(en.button_yes);
    expect(t(unknown, 'cancelled', { order, total: { amount: 5, currency: 'USD' } })).toContain('$5.00');
  });

  it.each(LANGUAGES)('%s renders every key with no placeholder left over', (language) => {
    const params = sampleParams();
    const leftovers = EN_KEYS.filter((key) => /\{\w+\}/.test(t(language, key, params, 'Europe/Berlin')));
    expect(leftovers).toEqual([]);
    // Some locales end a date with a dot (ko "2025. 3. 12."); a template must not add a second one.
    const doubled = EN_KEYS.filter((key) => /\.\./.test(t(language, key, params, 'Europe/Berlin')));
    expect(doubled).toEqual([]);
  });
});
