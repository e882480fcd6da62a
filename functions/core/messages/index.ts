// The bot's fixed messages in every language it speaks. Usage: `t('es', 'status_delivered', { order, date })`.
// Catalogs are imported statically into a Record<Language, Catalog>, so adding a language to LANGUAGES without
// writing its catalog is a compile error rather than a silent fallback to English.
import type { MerchantConfig } from '../merchant-config';
import type { Language } from '../types';
import { ar } from './ar';
import { de } from './de';
import { type Catalog, en, type MessageKey } from './en';
import { es } from './es';
import { fil } from './fil';
import { fillTemplate, type MessageParam } from './format';
import { fr } from './fr';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { ms } from './ms';
import { nl } from './nl';
import { pl } from './pl';
import { ptBR } from './pt-br';
import { th } from './th';
import { tr } from './tr';
import { vi } from './vi';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

export type { Catalog, MessageKey } from './en';
export { formatParam, INTL_LOCALE, type MessageParam } from './format';

const catalogs: Record<Language, Catalog> = {
  en,
  es,
  'pt-BR': ptBR,
  id,
  ms,
  th,
  vi,
  ja,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ko,
  ar,
  fr,
  de,
  tr,
  fil,
  it,
  nl,
  pl,
};

function isLanguage(language: string): language is Language {
  return Object.hasOwn(catalogs, language);
}

/** The catalog for a language; undefined only for a tag that is not a supported language (e.g. from stored data). */
export function catalogFor(language: Language): Catalog | undefined {
  return isLanguage(language) ? catalogs[language] : undefined;
}

/** Right-to-left languages: channels may wrap text with direction marks. */
export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);

/**
 * Renders one catalog message in the shopper's language, falling back to English for an unknown language tag
 * (a value that slipped past the type, e.g. read back from an old conversation record).
 * @example
 * t('pt-BR', 'cancelled', { order: '48213', total: { amount: 59.9, currency: 'BRL' } });
 */
export function t(
  language: Language,
  key: MessageKey,
  params?: Record<string, MessageParam>,
  timeZone?: string,
): string {
  const lang = resolveLanguage(language);
  return fillTemplate(catalogTemplate(lang, key), lang, params, timeZone);
}

const resolveLanguage = (language: Language): Language => (isLanguage(language) ? language : 'en');

function catalogTemplate(language: Language, key: MessageKey): string {
  // The types make a missing key a compile error; the English fallback only guards a key that is added to en.ts
  // while a build skips type-checking, so a shopper still gets an answer instead of "undefined".
  return (catalogs[language][key] as string | undefined) ?? en[key];
}

/** The bot's messages as one merchant words them: `t` with that merchant's overrides and time zone. */
export interface Messages {
  t(language: Language, key: MessageKey, params?: Record<string, MessageParam>): string;
}

/**
 * Renders catalog messages with the merchant's per-language overrides first (validated against the English
 * catalog's keys and placeholders when the config was parsed), dates in the merchant's time zone.
 * @example
 * const messages = createMessages(merchant); // merchant.messages = { es: { greeting: '¡Hola, hola! …' } }
 * messages.t('es', 'greeting', { brand: merchant.brandName }); // the merchant's wording
 * messages.t('fr', 'greeting', { brand: merchant.brandName }); // the French catalog's
 */
export function createMessages(merchant: Pick<MerchantConfig, 'messages' | 'timezone'>): Messages {
  return {
    t(language, key, params) {
      const lang = resolveLanguage(language);
      const template = merchant.messages[lang]?.[key] ?? catalogTemplate(lang, key);
      return fillTemplate(template, lang, params, merchant.timezone);
    },
  };
}
