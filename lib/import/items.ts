// The `items` cell: an order's lines in one spreadsheet cell. Items are separated by `;`, an item's fields
// by `|`, in a fixed order (size and colour may be left off the end):
//
//   sku | product_id | name | quantity | unit_price [| size [| colour]]
//   WRAP-NAVY-M|P-WRAP|Wrap dress|1|39.90|M|navy; MUG-WHITE|P-MUG|Ceramic mug|2|12.50||white
//
// Why positional and not `key=value`: it stays short enough to read in a spreadsheet cell, and every
// field but the last two is required anyway. A backslash escapes a `;`, `|` or `\` inside a value.
// In a JSON file `items` may instead be an array of objects with these same field names.

/** An order line as the file gives it; the unit price takes the row's `currency`. */
export interface ParsedLine {
  sku: string;
  productId: string;
  name: string;
  quantity: number;
  unitPrice: number;
  size?: string;
  colour?: string;
}

export const ITEM_FIELDS = ['sku', 'product_id', 'name', 'quantity', 'unit_price', 'size', 'colour'] as const;
type ItemField = (typeof ITEM_FIELDS)[number];
const REQUIRED_FIELDS = 5;
export const ITEM_FORMAT = 'sku | product_id | name | quantity | unit_price [| size | colour]';

/** Digits with an optional "." and up to 3 decimals: no thousands separators, no currency sign. */
export const AMOUNT = /^\d{1,12}(?:\.\d{1,3})?$/;
const MAX_QUANTITY = 9_999;
const MAX_ITEMS = 200;

export const quote = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
};

/** Splits on unescaped `;` (items) and `|` (fields); `\x` stands for x. */
function splitItems(cell: string): string[][] {
  const items: string[][] = [];
  let fields: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) {
      current += cell[++i];
    } else if (ch === '|') {
      fields.push(current.trim());
      current = '';
    } else if (ch === ';') {
      fields.push(current.trim());
      items.push(fields);
      fields = [];
      current = '';
    } else {
      current += ch;
    }
  }
  fields.push(current.trim());
  items.push(fields);
  // A trailing `;` (or `;;`) leaves an empty item: not an error.
  return items.filter((f) => f.some((v) => v !== ''));
}

const text = (value: unknown): string | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

function parseItem(fields: Partial<Record<ItemField, unknown>>, label: string): ParsedLine | string {
  const problems: string[] = [];
  const need = (field: ItemField, max: number): string => {
    const value = text(fields[field]);
    if (value === undefined) problems.push(`${field} is empty`);
    else if (value.length > max) problems.push(`${field} is longer than ${max} characters`);
    return value ?? '';
  };
  const sku = need('sku', 64);
  const productId = need('product_id', 64);
  const name = need('name', 200);
  const quantityText = text(fields.quantity);
  const quantity = Number(quantityText);
  if (quantityText === undefined) problems.push('quantity is empty');
  else if (!/^\d+$/.test(quantityText) || quantity < 1 || quantity > MAX_QUANTITY)
    problems.push(`quantity ${quote(quantityText)} is not a whole number from 1 to ${MAX_QUANTITY}`);
  const priceText = text(fields.unit_price);
  if (priceText === undefined) problems.push('unit_price is empty');
  else if (!AMOUNT.test(priceText))
    problems.push(
      `unit_price ${quote(priceText)} is not an amount like 39.90 (no currency sign or thousands separator)`,
    );
  const size = text(fields.size);
  const colour = text(fields.colour);
  if (size && size.length > 32) problems.push('size is longer than 32 characters');
  if (colour && colour.length > 64) problems.push('colour is longer than 64 characters');
  if (problems.length > 0) return `${label}: ${problems.join('; ')}`;
  return { sku, productId, name, quantity, unitPrice: Number(priceText), size, colour };
}

/**
 * Parses an `items` value (the cell's text, or a JSON array of item objects) into lines, or says what is
 * wrong with it, naming the item.
 * @example
 * parseItems('WRAP-NAVY-M|P-WRAP|Wrap dress|1|39.90|M|navy'); // { lines: [{ sku: 'WRAP-NAVY-M', … }] }
 */
export function parseItems(value: unknown): { lines: ParsedLine[] } | { error: string } {
  let raw: Partial<Record<ItemField, unknown>>[];
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v)))
      return { error: 'must be a list of item objects or a text cell' };
    raw = value as Partial<Record<ItemField, unknown>>[];
  } else if (typeof value === 'string') {
    const items = splitItems(value);
    const wrong = items.findIndex((f) => f.length < REQUIRED_FIELDS || f.length > ITEM_FIELDS.length);
    if (wrong >= 0)
      return {
        error: `item ${wrong + 1} has ${items[wrong]!.length} field(s), expected ${REQUIRED_FIELDS} to ${ITEM_FIELDS.length}: ${ITEM_FORMAT}`,
      };
    raw = items.map((f) => Object.fromEntries(ITEM_FIELDS.map((name, i) => [name, f[i]])));
  } else {
    return { error: 'is empty (required)' };
  }
  if (raw.length === 0) return { error: 'is empty (required)' };
  if (raw.length > MAX_ITEMS) return { error: `has ${raw.length} items, at most ${MAX_ITEMS}` };
  const lines: ParsedLine[] = [];
  const problems: string[] = [];
  raw.forEach((fields, i) => {
    const sku = text(fields.sku);
    const parsed = parseItem(fields, `item ${i + 1}${sku ? ` (${quote(sku)})` : ''}`);
    if (typeof parsed === 'string') problems.push(parsed);
    else lines.push(parsed);
  });
  return problems.length > 0 ? { error: problems.join('; ') } : { lines };
}
