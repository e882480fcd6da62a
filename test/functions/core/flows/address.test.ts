import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../../functions/core/flows/address';

describe('parseAddress', () => {
  it.each([
    [
      'Rua Augusta, 1200, apto 5, São Paulo, 01304-001',
      { line1: 'Rua Augusta, 1200', line2: 'apto 5', city: 'São Paulo', postcode: '01304-001' },
    ],
    [
      '12 Orchard Road, #05-01, Singapore 238801',
      { line1: '12 Orchard Road', line2: '#05-01', city: 'Singapore', postcode: '238801' },
    ],
    ['Hauptstraße 5, 10115 Berlin', { line1: 'Hauptstraße 5', city: 'Berlin', postcode: '10115' }],
    [
      'Calle de Alcalá 45, 3ºB, 28014 Madrid',
      { line1: 'Calle de Alcalá 45', line2: '3ºB', city: 'Madrid', postcode: '28014' },
    ],
    [
      '221B Baker Street, London NW1 6XE',
      { line1: '221B Baker Street', city: 'London', postcode: 'NW1 6XE' },
    ],
    ['123 Main St, Springfield, IL 62704', { line1: '123 Main St', city: 'Springfield', postcode: '62704' }],
    [
      'Jl. Sudirman No. 5\nJakarta Selatan 12190',
      { line1: 'Jl. Sudirman No. 5', city: 'Jakarta Selatan', postcode: '12190' },
    ],
    ['神宮前3-15-8, 渋谷区, 150-0001', { line1: '神宮前3-15-8', city: '渋谷区', postcode: '150-0001' }],
  ])('reads %s', (text, expected) => {
    expect(parseAddress(text)).toEqual(expected);
  });

  it('never takes the order number in the same message for a postcode', () => {
    expect(parseAddress('oi, quero mudar o endereço do pedido 52118', ['52118'])).toBeUndefined();
    expect(
      parseAddress('hi, change the address of 48213 to 5 Main St, Springfield 62704', ['48213']),
    ).toMatchObject({ city: 'Springfield', postcode: '62704' });
  });

  it('refuses text that is not an address', () => {
    expect(parseAddress('where is my order')).toBeUndefined();
    expect(parseAddress('yes, 12345')).toBeUndefined();
    expect(parseAddress('Main Street only, no postcode')).toBeUndefined();
  });
});
