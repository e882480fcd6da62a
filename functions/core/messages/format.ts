// Locale-aware rendering of catalog messages: dates, numbers and money are formatted for the shopper's
// language with Intl (full ICU ships with Node), so "12/03" never means two different days to two shoppers.
import type { Language, Money } from '../types';

/** The Intl locale for each catalog language. */
export const INTL_LOCALE: Record<Language, string> = {
  en: 'en',
  es: 'es',
  'pt-BR': 'pt-BR',
  id: 'id',
  ms: 'ms',
  th: 'th',
  vi: 'vi',
  ja: 'ja',
  'zh-Hans': 'zh-Hans',
  'zh-Hant': 'zh-Hant',
  ko: 'ko',
  ar: 'ar',
  fr: 'fr',
  de: 'de',
  tr: 'tr',
  fil: 'fil',
  it: 'it',
  nl: 'nl',
  pl: 'pl',
};

export type MessageParam = string | number | Date | Money;

function isMoney(value: MessageParam): value is Money {
  return typeof value === 'object' && !(value instanceof Date) && 'currency' in value;
}

export function formatParam(language: Language, value: MessageParam, timeZone = 'UTC'): string {
  // An unknown tag (stored data, a cast) renders as English rather than the host's default locale.
  const locale = INTL_LOCALE[language] ?? 'en';
  if (value instanceof Date) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(value);
  }
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  if (isMoney(value)) {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(
      value.amount,
    );
  }
  return value;
}

// One spelling of a placeholder for rendering and for checking merchant overrides, so the two cannot disagree.
const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{name}` placeholders a template uses (each once). */
export function placeholderNames(template: string): Set<string> {
  return new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''));
}

/** Replaces `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function fillTemplate(
  template: string,
  language: Language,
  params: Record<string, MessageParam> = {},
  timeZone?: string,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(language, value, timeZone);
  });
}
