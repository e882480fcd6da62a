// The bot's fixed messages in every language it speaks. Usage: `t('es', 'status_delivered', { order, date })`.
import type { Language } from '../types';
import { type Catalog, en, type MessageKey } from './en';
import { fillTemplate, type MessageParam } from './format';

export type { Catalog, MessageKey } from './en';
export { formatParam, INTL_LOCALE, type MessageParam } from './format';

const catalogs: Partial<Record<Language, Catalog>> = { en };

/** Registers a language's catalog (each language module calls this on import). */
export function registerCatalog(language: Language, catalog: Catalog): void {
  catalogs[language] = catalog;
}

export function catalogFor(language: Language): Catalog | undefined {
  return catalogs[language];
}

/** Right-to-left languages: channels may wrap text with direction marks. */
export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);

/**
 * Renders one catalog message in the shopper's language, falling back to English for a missing language.
 * @example
 * t('pt-BR', 'cancelled', { order: '48213', total: { amount: 59.9, currency: 'BRL' } });
 */
export function t(
  language: Language,
  key: MessageKey,
  params?: Record<string, MessageParam>,
  timeZone?: string,
): string {
  const catalog = catalogs[language] ?? en;
  const lang = catalogs[language] ? language : 'en';
  return fillTemplate(catalog[key], lang, params, timeZone);
}
