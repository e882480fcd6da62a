// Helpers for the intents end-to-end test: picking seeded orders in the right state, and reading a reply
// against the bot's own catalog templates (so "is this the delay explanation, in Thai?" is a real check).
import { type MessageKey, t } from '../../functions/core/messages';
import type { Language, Order, Shipment } from '../../functions/core/types';

export { scanOrders } from '../helpers/seeded-orders';

export interface Pick {
  order: Order;
}

/**
 * One order per language for a purpose, each from a customer of that language not used by any other
 * pick (a conversation left waiting for an address must not swallow the next test's question). The seed
 * guarantees such customers for every language (test/lib/local/seed.test.ts); a language left without
 * one is simply missing from the map, and the test asking for it fails.
 */
export function pickOrders(
  orders: Order[],
  languages: readonly Language[],
  fits: (order: Order) => boolean,
  usedPhones: Set<string>,
): Map<Language, Pick> {
  const picks = new Map<Language, Pick>();
  for (const language of languages) {
    const own = orders.find(
      (o) => o.customer.language === language && fits(o) && !usedPhones.has(o.customer.phone),
    );
    if (!own) continue;
    usedPhones.add(own.customer.phone);
    picks.set(language, { order: own });
  }
  return picks;
}

const DAY_MS = 86_400_000;

export const deliveredWithin = (order: Order, days: number, now = Date.now()): boolean =>
  order.status === 'delivered' &&
  order.deliveredAt !== undefined &&
  now - Date.parse(order.deliveredAt) < days * DAY_MS;

/** Strips the direction marks a channel may wrap right-to-left text in. */
const bare = (text: string) => text.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a reply is this catalog message (rendered without params, a template keeps its `{x}` slots) in this language: every literal stretch of the template, in
 * order, with anything in the placeholders. Fails on the English text, on another key, on another language.
 */
export function isMessage(reply: string, language: Language, key: MessageKey): boolean {
  const template = bare(t(language, key));
  const parts = template
    .split(/\{\w+\}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  return new RegExp(parts.map(escapeRegExp).join('[\\s\\S]*?'), 'u').test(bare(reply));
}

/** The English catalog text must not leak into a reply in another language. */
export function longestEnglishStretch(key: MessageKey): string {
  return (
    t('en', key)
      .split(/\{\w+\}/)
      .map((p) => p.trim())
      .sort((a, b) => b.length - a.length)[0] ?? ''
  );
}

/** The shipment the bot talks about: the first not delivered. */
export const openShipment = (shipments: Shipment[]): Shipment | undefined =>
  shipments.find((s) => !s.events.some((e) => e.code === 'delivered')) ?? shipments.at(-1);
