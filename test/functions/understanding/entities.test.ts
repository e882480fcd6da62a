import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../functions/understanding/entities';

const orders = (text: string) => extractEntities(text).orderIds;

describe('extractEntities: order numbers', () => {
  it.each([
    ['where is #48213', '48213'],
    ['status ORD-48213?', '48213'],
    ['ORD48213 pls', '48213'],
    ['order 48213 not here', '48213'],
    ['mi pedido 48213', '48213'],
    ['commande n°48213', '48213'],
    ['Bestellung Nr. 48213', '48213'],
    ['注文番号48213の件です', '48213'],
    ['＃４８２１３', '48213'],
    ['طلبي رقم ٤٨٢١٣', '48213'],
    ['سفارش ۴۸۲۱۳', '48213'],
    ['48213', '48213'],
    ['is 48213 shipped?', '48213'],
  ])('%s → %s', (text, id) => {
    expect(orders(text)).toEqual([id]);
  });

  it('keeps several orders in order of appearance', () => {
    expect(orders('#11111 and order 22222')).toEqual(['11111', '22222']);
  });

  it.each([
    ['tracking LX123456789CN'],
    ['ups 1Z999AA10123456784'],
    ['YT2412345678901234'],
    ['SF1234567890123'],
    ['EE123456789JP'],
    ['my zip is 94107'],
    ['CEP 01310-100'],
    ['novo CEP 04538-132'],
    ['〒150-0001 東京都'],
    ['new address: Calle Mayor 5, 28009 Madrid'],
    ['deliver to Paris 75011'],
    ['Bangkok 10110 please'],
    ['Kuala Lumpur 50450'],
    ['San Francisco, CA 94107'],
    ['the coat costs 12990円'],
    ['paid $48.00'],
    ['Rp 150.000 ongkirnya'],
    ['I am 170cm and 65kg'],
    ['call me on +1 415 555 0134'],
    ['it was due on 12/05/2025'],
    ['order 482135'],
    ['order 4821'],
  ])('finds no order in %s', (text) => {
    expect(orders(text)).toEqual([]);
  });

  it('finds the order next to a postcode in the same message', () => {
    expect(orders('order 48213, my zip is 94107')).toEqual(['48213']);
    expect(orders('pedido #48213 a Calle Mayor 5, 28009 Madrid')).toEqual(['48213']);
  });
});

describe('extractEntities: other entities', () => {
  it('extracts tracking numbers and emails', () => {
    const e = extractEntities('tracking lx123456789cn, mail me at ana.b+shop@example.com');
    expect(e.trackingNumbers).toEqual(['LX123456789CN']);
    expect(e.emails).toEqual(['ana.b+shop@example.com']);
  });

  it.each([
    [
      'I am 170cm 65kg',
      [
        ['height', 170, 'cm'],
        ['weight', 65, 'kg'],
      ],
    ],
    [
      '5\'7" and 150 lbs',
      [
        ['height', 170.2, 'cm'],
        ['weight', 68, 'kg'],
      ],
    ],
    [
      '1m70, 65 kg',
      [
        ['height', 170, 'cm'],
        ['weight', 65, 'kg'],
      ],
    ],
    ['chest 98 cm', [['chest', 98, 'cm']]],
    ['waist 76cm', [['waist', 76, 'cm']]],
    [
      '키 170 몸무게 65',
      [
        ['height', 170, 'cm'],
        ['weight', 65, 'kg'],
      ],
    ],
  ] as const)('normalizes measurements in %s', (text, expected) => {
    const got = extractEntities(text).measurements.map((m) => [m.kind, m.value, m.unit]);
    expect(got).toEqual(expected);
  });
});
