// One file row → an Order (and its Shipment), or every problem of the row at once. Pure and
// deterministic: the same row always gives the same order, which is what makes re-import idempotent
// (no "imported at", no generated ids).
import type { Address, Order, OrderLine, Shipment, ShipmentEvent } from '../../functions/core/types';
import { type ColumnName, columnFor, isRejectedErrorsColumn } from './columns';
import {
  currencyDigits,
  EVENT_DESCRIPTIONS,
  Invalid,
  ORDER_STATUSES,
  parseAmount,
  parseChoice,
  parseConsent,
  parseCountry,
  parseCurrency,
  parseCustomerId,
  parseDate,
  parseEmail,
  parseLanguage,
  parseOrderNumber,
  parsePhone,
  parseTrackingNumber,
  SHIPMENT_CODES,
} from './formats';
import { parseItems, quote } from './items';

/** A problem with one cell (or, with column `row`, with the row as a whole). */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface ValidRow {
  row: number;
  order: Order;
  shipment?: Shipment;
}

export type RowResult = { ok: true; value: ValidRow } | { ok: false; errors: RowError[] };

/** A row as read: cells by column; CSV gives strings, JSON may give numbers or an items array. */
export type RawRecord = Partial<Record<ColumnName, unknown>>;

/** `row 17, column email: "bob@" is not an email address` */
export const formatRowError = (e: RowError): string =>
  e.column === 'row' ? `row ${e.row}: ${e.message}` : `row ${e.row}, column ${e.column}: ${e.message}`;

/** `email: "bob@" is not an email address`: a problem in a row's own `errors` cell (`--rejected`), where the old row number means nothing. */
export const describeRowError = (e: RowError): string =>
  e.column === 'row' ? e.message : `${e.column}: ${e.message}`;

/** Countries with no postal codes, where an empty `postcode` is right (verification then uses the email). */
const NO_POSTCODE = new Set([
  'AE',
  'AO',
  'AG',
  'BS',
  'BZ',
  'BJ',
  'BW',
  'FJ',
  'GH',
  'HK',
  'JM',
  'MO',
  'QA',
  'UG',
  'ZW',
]);

const LIMITS: Partial<Record<ColumnName, number>> = {
  name: 200,
  address_name: 200,
  address_line1: 200,
  address_line2: 200,
  city: 100,
  region: 100,
  postcode: 16,
  carrier: 64,
  service: 64,
  origin: 100,
  shipment_location: 100,
};

/** A row as the reader hands it over: cells by column, and any field names that are no column (JSON). */
export interface RowInput {
  row: number;
  cells: RawRecord;
  unknownColumns?: readonly string[];
  /** Something wrong with the row's shape (too many cells, not an object), found by the reader. */
  rowProblem?: string;
}

/** Maps a JSON record's field names to columns (same names and aliases as a CSV header). */
export function recordToCells(record: Record<string, unknown>): {
  cells: RawRecord;
  unknownColumns: string[];
} {
  const cells: RawRecord = {};
  const unknownColumns: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    const column = columnFor(key);
    if (column) cells[column] = value;
    else if (!isRejectedErrorsColumn(key)) unknownColumns.push(key);
  }
  return { cells, unknownColumns };
}

/**
 * Validates one row completely (every cell, then the checks across cells) and builds its order and
 * shipment, or returns every problem found.
 * @example
 * const result = validateRow({ row: 2, cells: { order: '48213', email: 'bob@' } });
 * if (!result.ok) console.log(result.errors.map(formatRowError).join('\n'));
 */
export function validateRow(input: RowInput): RowResult {
  const { row, cells } = input;
  const errors: RowError[] = [];
  const fail = (column: string, message: string) => errors.push({ row, column, message });
  if (input.rowProblem) fail('row', input.rowProblem);
  if (input.rowProblem && Object.keys(cells).length === 0) return { ok: false, errors };
  for (const key of input.unknownColumns ?? []) fail(key, 'is not a known column');

  const texts = new Map<ColumnName, string | undefined>();
  /** The cell as trimmed text; undefined when empty. Numbers are allowed (JSON), anything else is not. */
  const text = (column: ColumnName): string | undefined => {
    if (texts.has(column)) return texts.get(column);
    const value = readText(column);
    texts.set(column, value);
    return value;
  };
  const readText = (column: ColumnName): string | undefined => {
    const value = cells[column];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string') {
      fail(column, `must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`);
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    const limit = LIMITS[column];
    if (limit && trimmed.length > limit) {
      fail(column, `is longer than ${limit} characters`);
      return undefined;
    }
    return trimmed;
  };
  const check = <T>(column: ColumnName, parse: (value: string) => T | Invalid, required: boolean) => {
    const value = text(column);
    if (value === undefined) {
      if (required && !errors.some((e) => e.column === column)) fail(column, 'is empty (required)');
      return undefined;
    }
    const parsed = parse(value);
    if (parsed instanceof Invalid) {
      fail(column, parsed.message);
      return undefined;
    }
    return parsed;
  };
  const required = (column: ColumnName) => check(column, (v) => v, true);

  const orderId = check('order', parseOrderNumber, true);
  const customerId = check('customer', parseCustomerId, true);
  const name = required('name');
  const email = check('email', parseEmail, true);
  const phone = check('phone', parsePhone, true);
  const language = check('language', parseLanguage, true);
  const placed = check('placed_at', parseDate, true);
  const status = check('status', (v) => parseChoice(v, ORDER_STATUSES, 'an order status'), false);
  const currency = check('currency', parseCurrency, true);

  const digits = currency ? currencyDigits(currency) : 3;
  const decimalsOk = (amount: string) => (amount.split('.')[1]?.length ?? 0) <= digits;
  const total = check('total', parseAmount, false);
  const totalText = text('total');
  if (total !== undefined && totalText && !decimalsOk(totalText))
    fail('total', `${quote(totalText)} has more decimals than ${currency} allows (${digits})`);

  let lines: OrderLine[] | undefined;
  if (
    cells.items === undefined ||
    cells.items === null ||
    (typeof cells.items === 'string' && cells.items.trim() === '')
  )
    fail('items', 'is empty (required)');
  else {
    const parsed = parseItems(cells.items);
    if ('error' in parsed) fail('items', parsed.error);
    else {
      const tooPrecise = parsed.lines.find((l) => !decimalsOk(String(l.unitPrice)));
      if (currency && tooPrecise)
        fail(
          'items',
          `unit_price of ${quote(tooPrecise.sku)} has more decimals than ${currency} allows (${digits})`,
        );
      const skus = parsed.lines.map((l) => l.sku);
      const repeated = skus.find((sku, i) => skus.indexOf(sku) !== i);
      if (repeated) fail('items', `${quote(repeated)} is listed twice: give it once with the total quantity`);
      lines = parsed.lines.map((l) => ({
        sku: l.sku,
        productId: l.productId,
        name: l.name,
        ...(l.size ? { size: l.size } : {}),
        ...(l.colour ? { colour: l.colour } : {}),
        quantity: l.quantity,
        price: { amount: l.unitPrice, currency: currency ?? '' },
      }));
    }
  }

  // A JSON file may say it with a boolean; a CSV cell says yes or no.
  const optInCell = cells.whatsapp_opt_in;
  const whatsappOptIn =
    typeof optInCell === 'boolean' ? optInCell : check('whatsapp_opt_in', parseConsent, false);

  const country = check('country', parseCountry, true);
  const line1 = required('address_line1');
  const city = required('city');
  const postcode = check('postcode', (v) => v, country !== undefined && !NO_POSTCODE.has(country));
  const addressName = text('address_name');
  const line2 = text('address_line2');
  const region = text('region');

  // The shipment: a tracking number brings the carrier and the promised date with it.
  const tracking = check('tracking_number', parseTrackingNumber, false);
  // The cell, not its validity: a mistyped tracking number is one error, not a cascade of "needs one".
  const withTracking = text('tracking_number') !== undefined;
  const carrier = check('carrier', (v) => v, withTracking);
  const promised = check('promised_date', parseDate, withTracking);
  const service = text('service');
  const origin = text('origin');
  const destination = check('destination', parseCountry, false);
  const eventCode = check('shipment', (v) => parseChoice(v, SHIPMENT_CODES, 'a tracking event'), false);
  const eventAt = check('shipment_at', parseDate, eventCode !== undefined);
  const eventLocation = text('shipment_location');
  if (!withTracking) {
    const orphan = (
      ['carrier', 'promised_date', 'service', 'origin', 'destination', 'shipment'] as const
    ).find((c) => text(c) !== undefined);
    if (orphan) fail(orphan, 'needs a tracking_number in the same row (one shipment per row)');
  }
  if (eventAt?.dateOnly)
    fail('shipment_at', `${quote(eventAt.value)} needs a time and a zone (2026-03-05T08:00:00Z)`);

  // Checks across cells: each names the cell most likely wrong.
  if (placed && promised && promised.ms + 86_400_000 <= placed.ms)
    fail('promised_date', `${quote(promised.value)} is before the order was placed (${placed.value})`);
  if (placed && eventAt && !eventAt.dateOnly && eventAt.ms + 86_400_000 <= placed.ms)
    fail('shipment_at', `${quote(eventAt.value)} is before the order was placed (${placed.value})`);
  const delivered = eventCode === 'delivered';
  if (delivered && status && !['delivered', 'returned'].includes(status))
    fail('status', `is "${status}" but the shipment was delivered`);

  if (errors.length > 0) return { ok: false, errors };

  // Every required value is set once there are no errors; the casts only say so to the compiler.
  const id = orderId as string;
  const address: Address = {
    name: addressName ?? (name as string),
    line1: line1 as string,
    ...(line2 ? { line2 } : {}),
    city: city as string,
    ...(region ? { region } : {}),
    postcode: postcode ?? '',
    country: country as string,
  };
  const orderLines = lines as OrderLine[];
  const sum = orderLines.reduce((acc, l) => acc + Math.round(l.price.amount * 1000) * l.quantity, 0) / 1000;
  const placedAt = placed!.dateOnly ? new Date(placed!.ms).toISOString() : placed!.value;

  let shipment: Shipment | undefined;
  if (tracking) {
    const events: ShipmentEvent[] = [];
    if (eventCode && eventAt)
      events.push({
        at: eventAt.value,
        code: eventCode,
        location: eventLocation ?? origin ?? '',
        description: EVENT_DESCRIPTIONS[eventCode],
      });
    shipment = {
      trackingNumber: tracking,
      orderId: id,
      carrier: carrier as string,
      service: service ?? '',
      origin: origin ?? '',
      destination: destination ?? address.country,
      estimatedDelivery: promised!.value,
      events,
    };
  }

  const order: Order = {
    id,
    customer: {
      id: customerId as string,
      name: name as string,
      email: email as string,
      phone: phone as string,
      language: language!,
      ...(whatsappOptIn !== undefined ? { whatsappOptIn } : {}),
    },
    status: status ?? (delivered ? 'delivered' : tracking ? 'shipped' : 'pending'),
    placedAt,
    ...(delivered && eventAt ? { deliveredAt: eventAt.value } : {}),
    lines: orderLines,
    total: { amount: total ?? sum, currency: currency as string },
    shippingAddress: address,
    trackingNumbers: tracking ? [tracking] : [],
  };
  return { ok: true, value: { row, order, ...(shipment ? { shipment } : {}) } };
}
