import { describe, expect, it } from 'vitest';
import type { Shipment } from '../../../functions/core/types';
import { productInfo } from '../../../functions/tools/product-info';
import { recommendSize } from '../../../functions/tools/recommend-size';
import { assessShipment } from '../../../functions/tools/track-shipment';
import { mei, toolContext } from './fixtures';

const base: Shipment = {
  trackingNumber: 'T1',
  orderId: '1',
  carrier: 'C',
  service: 'S',
  origin: 'CN',
  destination: 'SG',
  estimatedDelivery: '2026-03-25T00:00:00Z',
  events: [],
};
const ev = (at: string, code: Shipment['events'][number]['code'], location = 'X') => ({
  at,
  code,
  location,
  description: code,
});
const now = new Date('2026-03-20T00:00:00Z');
const policy = { silentDaysBeforeDelay: 5 };

describe('assessShipment', () => {
  it.each([
    ['customs_hold', [ev('2026-03-18T00:00:00Z', 'customs_hold', 'Changi')]],
    ['port_congestion', [ev('2026-03-18T00:00:00Z', 'port_congestion', 'Port Klang')]],
    ['failed_attempt', [ev('2026-03-19T00:00:00Z', 'delivery_attempt_failed')]],
    ['silent', [ev('2026-03-14T00:00:00Z', 'in_transit')]],
  ])('names %s', (reason, events) => {
    expect(assessShipment({ ...base, events }, now, policy)).toMatchObject({ state: 'delayed', reason });
  });

  it('a cleared customs hold is no longer a delay', () => {
    const events = [
      ev('2026-03-17T00:00:00Z', 'customs_hold'),
      ev('2026-03-19T00:00:00Z', 'customs_cleared'),
    ];
    const assessment = assessShipment({ ...base, events }, now, policy);
    expect(assessment.state).toBe('on_time');
    expect(assessment.reason).toBeUndefined();
  });

  it('a date-only estimate is not late until that day is over', () => {
    const events = [ev('2026-03-20T06:00:00Z', 'out_for_delivery')];
    const today = { ...base, estimatedDelivery: '2026-03-20', events };
    expect(assessShipment(today, new Date('2026-03-20T18:00:00Z'), policy).state).toBe('on_time');
    expect(assessShipment(today, new Date('2026-03-21T01:00:00Z'), policy)).toMatchObject({
      state: 'delayed',
      reason: 'late',
    });
  });

  it('counts silent days against the policy', () => {
    const events = [ev('2026-03-16T00:00:00Z', 'in_transit')];
    expect(assessShipment({ ...base, events }, now, policy).state).toBe('on_time');
    expect(assessShipment({ ...base, events }, now, { silentDaysBeforeDelay: 3 })).toMatchObject({
      reason: 'silent',
      silentDays: 4,
    });
  });

  it('past the ETA is late; delivered is delivered', () => {
    const events = [ev('2026-03-19T00:00:00Z', 'arrived_hub')];
    expect(
      assessShipment({ ...base, events, estimatedDelivery: '2026-03-18T00:00:00Z' }, now, policy),
    ).toMatchObject({ reason: 'late', overdue: true });
    expect(
      assessShipment({ ...base, events: [ev('2026-03-19T00:00:00Z', 'delivered')] }, now, policy).state,
    ).toBe('delivered');
  });
});

describe('recommend_size', () => {
  const phone = { kind: 'phone', phone: mei.phone } as const;

  it('recommends from chest and waist, taking the larger need', async () => {
    const ctx = await toolContext(phone);
    expect(await recommendSize.run(ctx, { productId: 'p-shirt', chestCm: 95, waistCm: 80 })).toMatchObject({
      data: { size: 'M', equivalents: { EU: '48' } },
    });
    expect(await recommendSize.run(ctx, { productId: 'p-shirt', chestCm: 95, waistCm: 88 })).toMatchObject({
      data: { size: 'L' },
    });
  });

  it('says when the shopper is between sizes', async () => {
    const result = await recommendSize.run(await toolContext(phone), {
      productId: 'p-sneaker',
      footCm: 25.45,
    });
    expect(result).toMatchObject({ data: { size: '40', sizeUp: '41' } });
  });

  it('uses height and weight when nothing else is known', async () => {
    expect(
      await recommendSize.run(await toolContext(phone), {
        productId: 'p-shirt',
        heightCm: 165,
        weightKg: 55,
      }),
    ).toMatchObject({ ok: true, data: { size: 'S' } });
  });

  it('converts between EU/US/UK/JP/CN', async () => {
    const ctx = await toolContext(phone);
    expect(
      await recommendSize.run(ctx, { productId: 'p-sneaker', size: { system: 'US', value: '7' } }),
    ).toMatchObject({
      data: { converted: { size: '40', equivalents: { EU: '40', UK: '6.5', JP: '25', CN: '250' } } },
    });
    expect(
      await recommendSize.run(ctx, { productId: 'p-sneaker', size: { system: 'JP', value: '26' } }),
    ).toMatchObject({ data: { converted: { size: '41' } } });
  });

  it('asks for measurements, and reports products without a chart', async () => {
    const ctx = await toolContext(phone);
    expect(await recommendSize.run(ctx, { productId: 'p-shirt' })).toMatchObject({
      error: 'needs_measurements',
    });
    expect(await recommendSize.run(ctx, { productId: 'p-tote', heightCm: 170 })).toMatchObject({
      error: 'no_chart',
    });
  });
});

describe('product_info', () => {
  it('finds a product by name and returns stock per variant and restock date', async () => {
    const result = await productInfo.run(await toolContext({ kind: 'anonymous' }), {
      query: 'is the LINEN SHIRT in sand?',
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        productId: 'p-shirt',
        material: '100% linen',
        stock: { 'sand/M': 0 },
        restockDate: '2026-04-10',
        sizes: ['S', 'M', 'L'],
      },
    });
    expect(
      await productInfo.run(await toolContext({ kind: 'anonymous' }), { query: 'a spaceship' }),
    ).toMatchObject({ error: 'not_found' });
  });
});
