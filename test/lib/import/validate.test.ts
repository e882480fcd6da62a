// Row validation: every problem of a row at once, each naming its row and column; valid rows become the
// Order and Shipment the bot reads.
import { describe, expect, it } from 'vitest';
import { createDuplicateCheck } from '../../../lib/import/duplicates';
import { parseItems } from '../../../lib/import/items';
import { formatRowError, type RawRecord, recordToCells, validateRow } from '../../../lib/import/validate';

const valid: RawRecord = {
  order: '#61001',
  customer: 'CUS-71001',
  name: 'Beatriz Nogueira',
  email: 'beatriz@example.com',
  phone: '+55 21 99876-1234',
  language: 'pt_br',
  placed_at: '2026-11-20T14:32:00-03:00',
  currency: 'brl',
  items: 'WRAP-M|P-WRAP-DRESS|Wrap dress|1|189.90|M|blue floral; MUG|P-CERAMIC-MUG|Mug|2|12.50||oat',
  address_line1: 'Rua Visconde de Pirajá, 414',
  city: 'Rio de Janeiro',
  postcode: '22410-002',
  country: 'br',
  carrier: 'China Post',
  tracking_number: 'lx 482 913 570 cn',
  promised_date: '2026-12-12',
  origin: 'Shenzhen, CN',
  shipment: 'in transit',
  shipment_at: '2026-12-03T09:10:00-03:00',
};

const errorsOf = (cells: RawRecord, row = 17) => {
  const result = validateRow({ row, cells });
  return result.ok ? [] : result.errors.map(formatRowError);
};

describe('validateRow', () => {
  it('builds the order and its shipment, normalized the way the bot looks them up', () => {
    const result = validateRow({ row: 2, cells: valid });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { order, shipment } = result.value;
    expect(order).toMatchObject({
      id: '61001',
      customer: { id: 'CUS-71001', phone: '5521998761234', language: 'pt-BR', email: 'beatriz@example.com' },
      status: 'shipped',
      placedAt: '2026-11-20T17:32:00.000Z',
      total: { amount: 214.9, currency: 'BRL' },
      shippingAddress: { name: 'Beatriz Nogueira', postcode: '22410-002', country: 'BR' },
      trackingNumbers: ['LX482913570CN'],
    });
    expect(order.lines).toEqual([
      {
        sku: 'WRAP-M',
        productId: 'P-WRAP-DRESS',
        name: 'Wrap dress',
        size: 'M',
        colour: 'blue floral',
        quantity: 1,
        price: { amount: 189.9, currency: 'BRL' },
      },
      {
        sku: 'MUG',
        productId: 'P-CERAMIC-MUG',
        name: 'Mug',
        colour: 'oat',
        quantity: 2,
        price: { amount: 12.5, currency: 'BRL' },
      },
    ]);
    expect(shipment).toEqual({
      trackingNumber: 'LX482913570CN',
      orderId: '61001',
      carrier: 'China Post',
      service: '',
      origin: 'Shenzhen, CN',
      destination: 'BR',
      estimatedDelivery: '2026-12-12',
      events: [
        {
          at: '2026-12-03T12:10:00.000Z',
          code: 'in_transit',
          location: 'Shenzhen, CN',
          description: 'In transit',
        },
      ],
    });
  });

  it('reports the spec example exactly: row, column, the value and why', () => {
    expect(errorsOf({ ...valid, email: 'bob@' })).toEqual([
      'row 17, column email: "bob@" is not an email address',
    ]);
  });

  it('reports every problem of a row at once, each under its column', () => {
    const errors = errorsOf({
      ...valid,
      order: '6100',
      phone: '021998761234',
      language: 'xx',
      placed_at: '2026-02-30',
      country: 'UK',
      items: 'WRAP-M|P-WRAP-DRESS|Wrap dress|two|189.90',
      tracking_number: 'LX1',
    });
    expect(errors).toEqual([
      'row 17, column order: "6100" is not a 5-digit order number',
      'row 17, column phone: "021998761234" is not an E.164 number (add + and the country code, e.g. +66812345678)',
      expect.stringMatching(/^row 17, column language: "xx" is not a supported language \(en, es, pt-BR/),
      'row 17, column placed_at: "2026-02-30" is not a day of the calendar',
      'row 17, column items: item 1 ("WRAP-M"): quantity "two" is not a whole number from 1 to 9999',
      'row 17, column country: "UK" is not an ISO 3166-1 alpha-2 code: use "GB" (United Kingdom)',
      'row 17, column tracking_number: "LX1" is not a tracking number (6 to 40 letters and digits)',
    ]);
  });

  it('requires what the bot needs, and a tracking number brings carrier and promised date along', () => {
    expect(errorsOf({ order: '61001' }, 3)).toEqual(
      [
        'customer',
        'name',
        'email',
        'phone',
        'language',
        'placed_at',
        'currency',
        'items',
        'country',
        'address_line1',
        'city',
      ].map((c) => `row 3, column ${c}: is empty (required)`),
    );
    expect(errorsOf({ ...valid, carrier: '', promised_date: ' ' })).toEqual([
      'row 17, column carrier: is empty (required)',
      'row 17, column promised_date: is empty (required)',
    ]);
    expect(errorsOf({ ...valid, tracking_number: '', shipment: '', shipment_at: '' })).toEqual([
      'row 17, column carrier: needs a tracking_number in the same row (one shipment per row)',
    ]);
  });

  it('checks cells against each other', () => {
    expect(errorsOf({ ...valid, promised_date: '2026-11-01' })).toEqual([
      'row 17, column promised_date: "2026-11-01" is before the order was placed (2026-11-20T17:32:00.000Z)',
    ]);
    expect(errorsOf({ ...valid, shipment: 'delivered', status: 'pending' })).toEqual([
      'row 17, column status: is "pending" but the shipment was delivered',
    ]);
    expect(errorsOf({ ...valid, shipment_at: '' })).toEqual([
      'row 17, column shipment_at: is empty (required)',
    ]);
    expect(errorsOf({ ...valid, currency: 'JPY' })).toEqual([
      'row 17, column items: unit_price of "WRAP-M" has more decimals than JPY allows (0)',
    ]);
    expect(errorsOf({ ...valid, items: 'A1|P|A|1|1.00; A1|P|A|1|1.00' })).toEqual([
      'row 17, column items: "A1" is listed twice: give it once with the total quantity',
    ]);
  });

  it('lets the postcode be empty only where the country has none', () => {
    expect(errorsOf({ ...valid, postcode: '' })).toEqual(['row 17, column postcode: is empty (required)']);
    expect(errorsOf({ ...valid, postcode: '', country: 'AE', destination: 'AE' })).toEqual([]);
  });

  it('derives the order status from the shipment unless the file gives one', () => {
    const statusOf = (cells: RawRecord) => {
      const r = validateRow({ row: 2, cells });
      return r.ok ? r.value.order.status : undefined;
    };
    expect(statusOf(valid)).toBe('shipped');
    expect(statusOf({ ...valid, shipment: 'delivered' })).toBe('delivered');
    const none = {
      ...valid,
      tracking_number: '',
      carrier: '',
      promised_date: '',
      origin: '',
      shipment: '',
      shipment_at: '',
    };
    expect(statusOf(none)).toBe('pending');
    expect(statusOf({ ...none, status: 'Processing' })).toBe('processing');
  });

  it('reads the WhatsApp opt-in as yes or no, a JSON boolean too, and leaves it unknown when absent', () => {
    const optIn = (cells: RawRecord) => {
      const r = validateRow({ row: 3, cells });
      return r.ok ? r.value.order.customer.whatsappOptIn : 'invalid';
    };
    expect(optIn(valid)).toBeUndefined();
    expect(optIn({ ...valid, whatsapp_opt_in: 'Yes' })).toBe(true);
    expect(optIn({ ...valid, whatsapp_opt_in: '0' })).toBe(false);
    expect(optIn({ ...valid, whatsapp_opt_in: 'opted-out' })).toBe(false);
    expect(optIn({ ...valid, whatsapp_opt_in: true as unknown as string })).toBe(true);
    expect(errorsOf({ ...valid, whatsapp_opt_in: 'maybe' })).toEqual([
      'row 17, column whatsapp_opt_in: "maybe" is not yes or no (also true/false, 1/0)',
    ]);
    const { cells } = recordToCells({ ...valid, 'WhatsApp Consent': 'no' });
    expect(optIn(cells)).toBe(false);
  });

  it('reads JSON records: the same field names, numbers and an items list allowed, unknown fields named', () => {
    const { cells, unknownColumns } = recordToCells({
      ...valid,
      'Tracking Number': valid.tracking_number,
      tracking_number: undefined,
      total: 214.9,
      items: [
        { sku: 'WRAP-M', product_id: 'P-WRAP-DRESS', name: 'Wrap dress', quantity: 1, unit_price: 189.9 },
      ],
      coupon: 'XMAS',
    });
    const result = validateRow({ row: 4, cells, unknownColumns });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatRowError)).toEqual(['row 4, column coupon: is not a known column']);
    const fixed = validateRow({ row: 4, cells });
    expect(fixed.ok && fixed.value.order.lines[0]?.price).toEqual({ amount: 189.9, currency: 'BRL' });
    expect(errorsOf({ ...valid, name: { first: 'B' } as unknown as string })).toEqual([
      'row 17, column name: must be text, not object',
    ]);
  });
});

describe('parseItems (the items cell)', () => {
  it('splits items on ; and fields on |, with \\ escaping either', () => {
    const parsed = parseItems('TEE\\;1|P-TEE|Tee \\| logo|3|9.5;;');
    expect(parsed).toEqual({
      lines: [
        {
          sku: 'TEE;1',
          productId: 'P-TEE',
          name: 'Tee | logo',
          quantity: 3,
          unitPrice: 9.5,
          size: undefined,
          colour: undefined,
        },
      ],
    });
    expect(parseItems('TEE|P-TEE|Tee|3')).toEqual({
      error:
        'item 1 has 4 field(s), expected 5 to 7: sku | product_id | name | quantity | unit_price [| size | colour]',
    });
  });
});

describe('createDuplicateCheck', () => {
  it('lets the first row of an order or tracking number win and names it in the later ones', () => {
    const seen = createDuplicateCheck();
    const rowOf = (row: number, cells: RawRecord) => {
      const r = validateRow({ row, cells });
      if (!r.ok) throw new Error('expected a valid row');
      return r.value;
    };
    expect(seen(rowOf(2, valid))).toEqual([]);
    expect(seen(rowOf(5, valid)).map(formatRowError)).toEqual([
      'row 5, column order: "61001" is already on row 2 (one row per order: list every item in its items cell)',
      'row 5, column tracking_number: "LX482913570CN" is already on row 2',
    ]);
    expect(seen(rowOf(6, { ...valid, order: '61002', tracking_number: 'LX000000001CN' }))).toEqual([]);
  });
});
