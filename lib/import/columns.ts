// The import file's columns: one table that the validator, the header check and docs/import.md all follow.
// A CSV header (or a JSON record's keys) is matched without regard to case, with spaces and dashes read
// as `_`, so `Tracking Number`, `tracking-number` and `tracking_number` are the same column.

export type Requirement = 'required' | 'with tracking' | 'optional';

export interface ColumnSpec {
  name: string;
  requirement: Requirement;
  /** What a cell must look like, for the docs and for error hints. */
  format: string;
  example: string;
  /** Other headers merchants' exports use for the same thing. */
  aliases?: readonly string[];
}

export const COLUMNS = [
  {
    name: 'order',
    requirement: 'required',
    format: '5-digit order number, `#` allowed',
    example: '48213',
    aliases: ['order_id', 'order_number', 'order_no'],
  },
  {
    name: 'customer',
    requirement: 'required',
    format: "the shop's customer id (letters, digits, `. _ : -`)",
    example: 'CUS-90001',
    aliases: ['customer_id'],
  },
  {
    name: 'name',
    requirement: 'required',
    format: "customer's name, any script",
    example: 'Maria Santos',
    aliases: ['customer_name'],
  },
  {
    name: 'email',
    requirement: 'required',
    format: 'email address',
    example: 'maria@example.com',
    aliases: ['customer_email'],
  },
  {
    name: 'phone',
    requirement: 'required',
    format: 'E.164: `+`, country code, number (spaces, dots, dashes allowed)',
    example: '+55 11 98765-4321',
    aliases: ['customer_phone', 'mobile'],
  },
  {
    name: 'language',
    requirement: 'required',
    format: 'one of the bot languages (`en`, `pt-BR`, `zh-Hans`…)',
    example: 'pt-BR',
    aliases: ['customer_language', 'locale'],
  },
  {
    name: 'whatsapp_opt_in',
    requirement: 'optional',
    format:
      'yes or no (`true`/`false`, `1`/`0`): the customer agreed to order updates on WhatsApp; read by `proactive.whatsappFirstContact`',
    example: 'yes',
    aliases: ['whatsapp_consent', 'whatsapp_optin'],
  },
  {
    name: 'placed_at',
    requirement: 'required',
    format: 'date, or date-time with a zone',
    example: '2026-03-01T10:15:00-03:00',
    aliases: ['order_date', 'placed', 'created_at'],
  },
  {
    name: 'status',
    requirement: 'optional',
    format: 'pending, processing, shipped, delivered, cancelled, returned; default from the shipment',
    example: 'shipped',
    aliases: ['order_status'],
  },
  { name: 'currency', requirement: 'required', format: 'ISO 4217 code', example: 'BRL' },
  {
    name: 'items',
    requirement: 'required',
    format: 'order lines, see "The items cell"',
    example: 'WRAP-BLUE-M|P-WRAP-DRESS|Wrap dress|1|189.90|M|blue',
    aliases: ['lines', 'order_lines'],
  },
  {
    name: 'total',
    requirement: 'optional',
    format: 'amount (`.` decimals, no symbol); default: the sum of the lines',
    example: '209.80',
    aliases: ['order_total'],
  },
  {
    name: 'address_name',
    requirement: 'optional',
    format: 'recipient; default: `name`',
    example: 'Maria Santos',
    aliases: ['recipient', 'ship_to_name'],
  },
  {
    name: 'address_line1',
    requirement: 'required',
    format: 'street and number',
    example: 'Av. Paulista, 1578',
    aliases: ['address', 'address1', 'street'],
  },
  {
    name: 'address_line2',
    requirement: 'optional',
    format: 'flat, building…',
    example: 'apto 82',
    aliases: ['address2'],
  },
  { name: 'city', requirement: 'required', format: 'city', example: 'São Paulo' },
  {
    name: 'region',
    requirement: 'optional',
    format: 'state, province, prefecture',
    example: 'SP',
    aliases: ['state', 'province'],
  },
  {
    name: 'postcode',
    requirement: 'required',
    format: 'postal code (optional only in countries without one, e.g. AE, HK)',
    example: '01310-100',
    aliases: ['postal_code', 'zip', 'zip_code'],
  },
  {
    name: 'country',
    requirement: 'required',
    format: 'ISO 3166-1 alpha-2',
    example: 'BR',
    aliases: ['country_code'],
  },
  {
    name: 'tracking_number',
    requirement: 'optional',
    format: '6–40 letters and digits; one shipment per row',
    example: 'LX123456789CN',
    aliases: ['tracking', 'tracking_no'],
  },
  {
    name: 'carrier',
    requirement: 'with tracking',
    format: 'carrier name as shoppers know it',
    example: 'China Post',
    aliases: ['shipping_carrier'],
  },
  {
    name: 'promised_date',
    requirement: 'with tracking',
    format: 'date (or date-time with a zone) the parcel should arrive',
    example: '2026-03-18',
    aliases: ['estimated_delivery', 'eta', 'promised_delivery'],
  },
  {
    name: 'service',
    requirement: 'optional',
    format: "carrier's service",
    example: 'ePacket',
    aliases: ['shipping_service'],
  },
  {
    name: 'origin',
    requirement: 'optional',
    format: 'where it ships from',
    example: 'Shenzhen, CN',
    aliases: ['ship_from'],
  },
  {
    name: 'destination',
    requirement: 'optional',
    format: 'ISO country code; default: `country`',
    example: 'BR',
  },
  {
    name: 'shipment',
    requirement: 'optional',
    format: 'latest tracking event: label_created, in_transit, customs_hold, delivered… (see below)',
    example: 'in_transit',
    aliases: ['shipment_status', 'tracking_status'],
  },
  {
    name: 'shipment_at',
    requirement: 'optional',
    format: 'date-time with a zone of that event; required with `shipment`',
    example: '2026-03-05T08:00:00Z',
    aliases: ['shipment_status_at', 'shipment_updated_at'],
  },
  {
    name: 'shipment_location',
    requirement: 'optional',
    format: 'where that event happened; default: `origin`',
    example: 'Hong Kong Hub, HK',
  },
] as const satisfies readonly ColumnSpec[];

export type ColumnName = (typeof COLUMNS)[number]['name'];

/** `Tracking Number` → `tracking_number`. */
export const normalizeHeader = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const BY_HEADER = new Map<string, ColumnName>(
  COLUMNS.flatMap((c) => [
    [c.name, c.name] as const,
    ...((c as ColumnSpec).aliases ?? []).map((a) => [a, c.name] as const),
  ]),
);

/** The column a header names, or undefined for one we do not know. */
export const columnFor = (header: string): ColumnName | undefined => BY_HEADER.get(normalizeHeader(header));

export const REQUIRED_COLUMNS = COLUMNS.filter((c) => c.requirement === 'required').map((c) => c.name);

export interface HeaderProblem {
  header: string;
  message: string;
}

/**
 * The column `--rejected` adds to the file of rejected rows, saying what is wrong with each. Read as no
 * column at all, so that file, once fixed, imports as it is.
 */
export const REJECTED_ERRORS_COLUMN = 'errors';
export const isRejectedErrorsColumn = (header: string): boolean =>
  normalizeHeader(header) === REJECTED_ERRORS_COLUMN;

/**
 * Checks a CSV header before any row is read: an unknown column (often a typo of an optional one) would
 * silently drop data, a missing required column would reject every row. Both stop the import.
 */
export function checkHeader(headers: readonly string[]): {
  columns: (ColumnName | undefined)[];
  problems: HeaderProblem[];
} {
  const problems: HeaderProblem[] = [];
  const seen = new Map<ColumnName, string>();
  const columns = headers.map((header) => {
    const column = columnFor(header);
    if (normalizeHeader(header) === '' || isRejectedErrorsColumn(header)) return undefined;
    if (!column) {
      problems.push({
        header,
        message: `is not a known column (known: ${COLUMNS.map((c) => c.name).join(', ')})`,
      });
      return undefined;
    }
    const earlier = seen.get(column);
    if (earlier !== undefined)
      problems.push({ header, message: `names the same column as "${earlier}" (${column})` });
    seen.set(column, header);
    return column;
  });
  for (const required of REQUIRED_COLUMNS)
    if (!seen.has(required))
      problems.push({ header: required, message: 'is required but missing from the header' });
  return { columns, problems };
}
