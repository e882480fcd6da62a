// Checks of single values (dates, phones, countries, currencies), each returning the normalized value or
// a reason that quotes what the file said. validate.ts wires them into the row schema.
import {
  LANGUAGES,
  type Language,
  type OrderStatus,
  type ShipmentEventCode,
} from '../../functions/core/types';
import { AMOUNT, quote } from './items';

export class Invalid {
  constructor(readonly message: string) {}
}
const invalid = (message: string) => new Invalid(message);

export interface ParsedDate {
  /** ISO-8601 in UTC (`…T…Z`), or `YYYY-MM-DD` for a date without a time. */
  value: string;
  /** Start of the instant (midnight UTC for a date). */
  ms: number;
  dateOnly: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `2026-03-01`, `2026-03-01T10:15:00Z`, `2026-03-01 10:15+07:00`; a time needs a zone. */
export function parseDate(value: string): ParsedDate | Invalid {
  const expected = 'is not a date (2026-03-01) or a date-time with a zone (2026-03-01T10:15:00+07:00)';
  const date = DATE.exec(value);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!validDay(y, m, d)) return invalid(`${quote(value)} is not a day of the calendar`);
    return { value, ms: Date.UTC(y, m - 1, d), dateOnly: true };
  }
  const time = DATE_TIME.exec(value);
  if (!time) return invalid(`${quote(value)} ${expected}`);
  const [y, m, d, hh, mm, ss] = [1, 2, 3, 4, 5, 6].map((i) => Number(time[i] ?? 0)) as number[];
  if (!validDay(y!, m!, d!) || hh! > 23 || mm! > 59 || ss! > 59)
    return invalid(`${quote(value)} is not a valid date-time`);
  const zone = time[8];
  if (!zone) return invalid(`${quote(value)} has no time zone: add Z (UTC) or an offset like +07:00`);
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const iso = `${time[1]}-${time[2]}-${time[3]}T${time[4]}:${time[5]}:${time[6] ?? '00'}${time[7] ?? ''}${offset}`;
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return invalid(`${quote(value)} is not a valid date-time`);
  return { value: new Date(ms).toISOString(), ms, dateOnly: false };
}

/** E.164: `+`, country code, number; spaces, dots, dashes and brackets are allowed and dropped. */
export function parsePhone(value: string): string | Invalid {
  const compact = value.replace(/[\s().-]/g, '');
  if (/^\+[1-9]\d{6,14}$/.test(compact)) return compact.slice(1);
  const hint = /^\d/.test(compact)
    ? ' (add + and the country code, e.g. +66812345678)'
    : ' (e.g. +66812345678)';
  return invalid(`${quote(value)} is not an E.164 number${hint}`);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** CLDR's pseudo-regions: they have names but are no country to ship to. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ']);

/** ISO 3166-1 alpha-2, upper-cased; an old alias (UK, SU…) is named with its current code. */
export function parseCountry(value: string): string | Invalid {
  let known = countries.get(value);
  if (known === undefined) {
    known = checkCountry(value);
    // ICU's checks below are costly enough to matter over 100,000 rows naming the same few countries.
    // Only two-letter values are kept: at most 52² of them.
    if (/^[A-Za-z]{2}$/.test(value)) countries.set(value, known);
  }
  return known;
}
const countries = new Map<string, string | Invalid>();

function checkCountry(value: string): string | Invalid {
  const code = value.toUpperCase();
  const name = /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) ? regionNames.of(code) : undefined;
  if (!name) return invalid(`${quote(value)} is not an ISO 3166-1 alpha-2 country code (e.g. TH, JP, SA)`);
  const canonical = Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4);
  if (canonical && canonical !== code)
    return invalid(`${quote(value)} is not an ISO 3166-1 alpha-2 code: use "${canonical}" (${name})`);
  return code;
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217, upper-cased. */
export function parseCurrency(value: string): string | Invalid {
  const code = value.toUpperCase();
  return CURRENCIES.has(code)
    ? code
    : invalid(`${quote(value)} is not an ISO 4217 currency code (e.g. USD, THB)`);
}

export function parseAmount(value: string): number | Invalid {
  return AMOUNT.test(value)
    ? Number(value)
    : invalid(`${quote(value)} is not an amount like 129.90 (no currency sign or thousands separator)`);
}

const LANGUAGE_BY_LOWER = new Map<string, Language>(LANGUAGES.map((l) => [l.toLowerCase(), l]));

/** One of the bot's languages, matched without regard to case or `_` for `-` (`pt_br` → `pt-BR`). */
export function parseLanguage(value: string): Language | Invalid {
  const language = LANGUAGE_BY_LOWER.get(value.toLowerCase().replace('_', '-'));
  return language ?? invalid(`${quote(value)} is not a supported language (${LANGUAGES.join(', ')})`);
}

/** The 5-digit number shoppers see (the bot recognizes order numbers of 5 digits); a leading # is dropped. */
export function parseOrderNumber(value: string): string | Invalid {
  const digits = value.replace(/^#/, '');
  return /^\d{5}$/.test(digits) ? digits : invalid(`${quote(value)} is not a 5-digit order number`);
}

/** Spaces dropped, upper-cased as the bot looks them up (`lx 123 456 789 cn` → `LX123456789CN`). */
export function parseTrackingNumber(value: string): string | Invalid {
  const compact = value.replace(/\s/g, '').toUpperCase();
  return /^[A-Z0-9]{6,40}$/.test(compact)
    ? compact
    : invalid(`${quote(value)} is not a tracking number (6 to 40 letters and digits)`);
}

// Deliberately loose: one @, no spaces, a dot in the domain. The real check is the shopper typing it back.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@.]{2,}$/;

export function parseEmail(value: string): string | Invalid {
  return EMAIL.test(value) && value.length <= 254
    ? value
    : invalid(`${quote(value)} is not an email address`);
}

/** The merchant's own customer id: it links a verified shopper to all of their orders. */
export function parseCustomerId(value: string): string | Invalid {
  return /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/.test(value)
    ? value
    : invalid(`${quote(value)} is not a customer id (letters, digits, . _ : -; at most 64)`);
}

const digitsByCurrency = new Map<string, number>();

/** How many decimals an amount in this currency may have (JPY 0, USD 2, KWD 3). Cached: Intl is slow to build. */
export function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** A choice cell as its allowed values are spelled: lower case, spaces and dashes read as `_`. */
const choiceKey = (value: string): string => value.toLowerCase().replace(/[\s-]+/g, '_');

/** One of `allowed`, matched without regard to case and with spaces or dashes read as `_`. */
export function parseChoice<T extends string>(
  value: string,
  allowed: readonly T[],
  what: string,
): T | Invalid {
  const wanted = choiceKey(value);
  const found = allowed.find((a) => a === wanted);
  return found ?? invalid(`${quote(value)} is not ${what} (${allowed.join(', ')})`);
}

const CONSENT_YES = ['yes', 'y', 'true', '1', 'opted_in', 'opt_in'];
const CONSENT_NO = ['no', 'n', 'false', '0', 'opted_out', 'opt_out'];

/** A consent cell: yes or no, as spreadsheets and shop exports spell them. */
export function parseConsent(value: string): boolean | Invalid {
  const wanted = choiceKey(value);
  if (CONSENT_YES.includes(wanted)) return true;
  if (CONSENT_NO.includes(wanted)) return false;
  return invalid(`${quote(value)} is not yes or no (also true/false, 1/0)`);
}

export const ORDER_STATUSES = [
  'pending',
  'processing',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
] as const satisfies readonly OrderStatus[];

/** The event text stored with an imported status; a Record so a new code cannot be forgotten here. */
export const EVENT_DESCRIPTIONS: Record<ShipmentEventCode, string> = {
  label_created: 'Shipping label created, awaiting pickup',
  picked_up: 'Picked up by carrier',
  in_transit: 'In transit',
  departed_origin: 'Departed origin hub',
  arrived_hub: 'Arrived at sorting hub',
  export_customs: 'Export customs clearance completed',
  customs_hold: 'Held by import customs',
  customs_cleared: 'Import customs cleared',
  port_congestion: 'Delayed by congestion at the arrival port',
  arrived_destination: 'Arrived in destination country',
  out_for_delivery: 'Out for delivery',
  delivery_attempt_failed: 'Delivery attempted, recipient not available',
  delivered: 'Delivered',
  returned_to_sender: 'Returned to sender',
  exception: 'Shipment exception',
};
export const SHIPMENT_CODES = Object.keys(EVENT_DESCRIPTIONS) as ShipmentEventCode[];
