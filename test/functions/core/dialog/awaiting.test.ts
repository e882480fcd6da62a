import { describe, expect, it } from 'vitest';
import { intentOf, readAwaiting } from '../../../../functions/core/dialog/awaiting';

const since = '2026-03-20T10:00:00.000Z';

describe('stored questions', () => {
  it('reads back every variant the bot asks', () => {
    for (const question of [
      { kind: 'order_choice', intent: 'cancel_order', options: ['48215', '48213'], since },
      { kind: 'cancel_confirm', orderId: '48215', alternatives: ['48213'], since },
      { kind: 'address', orderId: '48215', since },
      { kind: 'verify', intent: 'track_order', since },
      { kind: 'damage_photo', orderId: '48214', claimId: 'CLM-48214-1', since },
      { kind: 'media_context', photos: ['line:1'], since },
      { kind: 'return_item', orderId: '48214', options: [{ sku: 'A', name: 'Linen shirt' }], since },
      { kind: 'size_product', options: [{ id: 'p1', name: 'Tee' }], measurements: {}, since },
      {
        kind: 'size_measurements',
        productId: 'p1',
        productName: 'Tee',
        measurements: { heightCm: 170 },
        since,
      },
    ]) {
      expect(readAwaiting(question)).toEqual(question);
    }
  });

  it('forgets what an older version stored, or a damaged record, instead of misreading it', () => {
    expect(readAwaiting({ what: 'cancel_confirm', data: { orderId: '48215' }, since })).toBeUndefined();
    expect(readAwaiting({ kind: 'cancel_confirm', orderId: 'DROP TABLE', since })).toBeUndefined();
    expect(readAwaiting({ kind: 'order_choice', intent: 'track_order', options: [], since })).toBeUndefined();
    expect(readAwaiting(undefined)).toBeUndefined();
  });

  it('knows which request each question belongs to', () => {
    expect(intentOf({ kind: 'cancel_confirm', orderId: '48215', since })).toBe('cancel_order');
    expect(intentOf({ kind: 'address', orderId: '48215', since })).toBe('change_address');
    expect(intentOf({ kind: 'order_choice', intent: 'delivery_delay', options: ['48213'], since })).toBe(
      'delivery_delay',
    );
  });
});
