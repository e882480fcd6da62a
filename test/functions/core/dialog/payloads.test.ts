import { describe, expect, it } from 'vitest';
import { type ButtonPayload, decodeButton, encodeButton } from '../../../../functions/core/dialog/payloads';

describe('button payloads', () => {
  it.each<ButtonPayload>([
    { kind: 'order', orderId: '48213' },
    { kind: 'item', sku: 'SKU-48213' },
    { kind: 'product', productId: 'P-WRAP-DRESS' },
    { kind: 'confirm', answer: 'yes' },
    { kind: 'confirm', answer: 'no' },
    { kind: 'menu', intent: 'return_item' },
    { kind: 'handoff' },
    { kind: 'optin' },
  ])('round-trips %o within Telegram’s 64-byte callback limit', (payload) => {
    const encoded = encodeButton(payload);
    expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(64);
    expect(decodeButton(encoded)).toEqual(payload);
  });

  it('keeps the buttons older versions sent working', () => {
    expect(decodeButton('menu:track')).toEqual({ kind: 'menu', intent: 'track_order' });
    expect(decodeButton('menu:size')).toEqual({ kind: 'menu', intent: 'size_help' });
  });

  it.each([
    'order:4821',
    'order:48213; drop table',
    'confirm:maybe',
    'menu:admin',
    'nonsense',
    '',
    `item:${'x'.repeat(300)}`,
    'order',
  ])('refuses %j (read as the button’s words instead)', (raw) => {
    expect(decodeButton(raw)).toBeUndefined();
  });
});
