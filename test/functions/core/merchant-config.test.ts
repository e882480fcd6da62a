import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MerchantConfigError,
  merchantConfigFromEnv,
  parseMerchantConfig,
} from '../../../functions/core/merchant-config';
import { createMessages, formatParam, t } from '../../../functions/core/messages';
import { FAQ_TOPICS, LANGUAGES } from '../../../functions/core/types';

const base = { brandName: 'Acme' };

/** The error `parseMerchantConfig` throws for this input, for assertions on its message. */
function parseError(input: unknown): MerchantConfigError {
  try {
    parseMerchantConfig(input);
  } catch (error) {
    if (error instanceof MerchantConfigError) return error;
    throw error;
  }
  throw new Error('expected a MerchantConfigError');
}

describe('merchant config: defaults', () => {
  it('fills defaults, with no FAQ and no overrides, the FAQ written in the default language', () => {
    const config = parseMerchantConfig({ ...base, defaultLanguage: 'es' });
    expect(config.faq).toEqual({});
    expect(config.messages).toEqual({});
    expect(config.faqLanguage).toBe('es');
    expect(config.languages).toEqual([...LANGUAGES]);
  });

  it('keeps an explicit faqLanguage', () => {
    expect(parseMerchantConfig({ ...base, faqLanguage: 'de' }).faqLanguage).toBe('de');
  });

  it('parses its own output again unchanged (the stack serialises it into MERCHANT_CONFIG)', () => {
    const config = parseMerchantConfig({
      ...base,
      faq: { refund_policy: 'Refunds within 30 days.' },
      messages: { es: { greeting: '¡Hola! Soy {brand}.' } },
    });
    expect(merchantConfigFromEnv({ MERCHANT_CONFIG: JSON.stringify(config) })).toEqual(config);
  });
});

describe('merchant config: faq', () => {
  it('accepts a plain string as shorthand and an entry with translations', () => {
    const config = parseMerchantConfig({
      ...base,
      faq: {
        payment_methods: 'Visa, Mastercard, PayPal.',
        refund_policy: { text: 'Refunds within 30 days.', translations: { es: 'Reembolsos en 30 días.' } },
      },
    });
    expect(config.faq.payment_methods).toEqual({ text: 'Visa, Mastercard, PayPal.' });
    expect(config.faq.refund_policy?.translations?.es).toBe('Reembolsos en 30 días.');
  });

  it('rejects an unknown topic, naming it', () => {
    const error = parseError({ ...base, faq: { opening_hours: 'Always.' } });
    expect(error.message).toContain('opening_hours');
    expect(error.message).toContain('faq');
  });

  it('rejects an unknown translation language and an empty text', () => {
    expect(
      parseError({ ...base, faq: { refund_policy: { text: 'x', translations: { xx: 'y' } } } }).message,
    ).toContain('xx');
    expect(parseError({ ...base, faq: { refund_policy: '' } }).message).toContain('faq.refund_policy');
  });

  it('rejects an unknown faqLanguage', () => {
    expect(parseError({ ...base, faqLanguage: 'klingon' }).message).toContain('faqLanguage');
  });
});

describe('merchant config: message overrides', () => {
  it('accepts an override with the English placeholders, and one that drops only {brand}', () => {
    const config = parseMerchantConfig({
      ...base,
      messages: {
        es: { greeting: '¡Hola! Qué gusto 😊 ¿En qué te ayudo?' },
        en: { status_delivered: 'Yay, order {order} arrived on {date}!' },
      },
    });
    expect(config.messages.es?.greeting).toContain('Qué gusto');
  });

  it('rejects an unknown key, naming key and language', () => {
    const error = parseError({ ...base, messages: { fr: { gretting: 'Salut !' } } });
    expect(error.message).toContain('unknown message key "gretting" (fr)');
    expect(error.message).toContain('messages.fr.gretting');
  });

  it('rejects a placeholder English does not have, naming key, language and placeholder', () => {
    const error = parseError({
      ...base,
      messages: { de: { status_delivered: 'Bestellung {order} kam am {date} an, {name}!' } },
    });
    expect(error.message).toContain('"status_delivered" (de) uses {name}');
  });

  it.each([
    [
      'status_shipped',
      'Dein Paket ist unterwegs mit {carrier}: {event}, {location}, {date}. Ankunft {eta}.',
      'order',
    ],
    ['return_started', 'Retoure für {order} ist offen. Bring es bis {date} zu {carrier}: {link}', 'rma'],
    ['cancelled', 'Bestellung {order} ist storniert.', 'total'],
    ['handoff_video', 'Videoanruf möglich!', 'link'],
  ] as const)('rejects %s dropping a fact ({%s})', (key, text, dropped) => {
    const error = parseError({ ...base, messages: { de: { [key]: text } } });
    expect(error.message).toContain(`"${key}" (de) drops {${dropped}}`);
  });

  it('reports every problem at once', () => {
    const error = parseError({
      ...base,
      messages: { es: { greeting: 'Hola {nombre}', nope: 'x' }, it: { cancelled: 'Annullato.' } },
    });
    expect(error.message).toContain('uses {nombre}');
    expect(error.message).toContain('"nope"');
    expect(error.message).toContain('"cancelled" (it) drops {order}');
  });

  it('rejects an override for a language that is not supported', () => {
    expect(parseError({ ...base, messages: { xx: { greeting: 'hi' } } }).message).toContain('xx');
  });
});

describe('createMessages: the merchant’s overrides first', () => {
  const merchant = parseMerchantConfig({
    ...base,
    timezone: 'Asia/Tokyo',
    messages: {
      es: { greeting: '¡Hola, hola! 😊 Aquí {brand}, ¿qué necesitas?' },
      en: { status_delivered: 'Order {order} arrived {date} 🎉' },
    },
  });
  const messages = createMessages(merchant);

  it('uses the override in its language', () => {
    expect(messages.t('es', 'greeting', { brand: 'Acme' })).toBe(
      '¡Hola, hola! 😊 Aquí Acme, ¿qué necesitas?',
    );
  });

  it('falls back to the catalog for other languages and keys, as t does', () => {
    expect(messages.t('fr', 'greeting', { brand: 'Acme' })).toBe(t('fr', 'greeting', { brand: 'Acme' }));
    expect(messages.t('es', 'thanks_bye')).toBe(t('es', 'thanks_bye'));
  });

  it('formats dates in the merchant’s time zone', () => {
    const date = new Date('2025-03-12T20:00:00Z'); // already the 13th in Tokyo
    expect(formatParam('en', date, 'Asia/Tokyo')).toBe('Mar 13, 2025');
    expect(messages.t('en', 'status_delivered', { order: '48213', date })).toBe(
      'Order 48213 arrived Mar 13, 2025 🎉',
    );
  });

  it('renders an unknown language tag in English, with the English override', () => {
    expect(messages.t('xx' as never, 'status_delivered', { order: '1', date: 'today' })).toBe(
      'Order 1 arrived today 🎉',
    );
  });

  it('works with no overrides at all', () => {
    expect(createMessages({ messages: {}, timezone: 'UTC' }).t('ja', 'thanks_bye')).toBe(
      t('ja', 'thanks_bye'),
    );
  });
});

describe('the demo crossdesk.config.json', () => {
  const config = parseMerchantConfig(
    JSON.parse(readFileSync(new URL('../../../crossdesk.config.json', import.meta.url), 'utf8')),
  );

  it('answers every FAQ topic in every language with the merchant’s own words', () => {
    const missing = FAQ_TOPICS.flatMap((topic) =>
      LANGUAGES.filter(
        (language) => language !== config.faqLanguage && !config.faq[topic]?.translations?.[language],
      ).map((language) => `${topic}/${language}`),
    );
    expect(missing).toEqual([]);
    for (const topic of FAQ_TOPICS) expect(config.faq[topic]?.text, topic).toBeTruthy();
  });

  it('states the same return window as its policy', () => {
    expect(config.faq.refund_policy?.text).toContain(`${config.policies.returnWindowDays} days`);
    expect(config.faq.exchange_policy?.text).toContain(`${config.policies.returnWindowDays} days`);
  });

  it('shows one message override', () => {
    expect(Object.keys(config.messages).length).toBeGreaterThan(0);
  });
});
