import { describe, expect, it } from 'vitest';
import { cancelOrder } from '../../../functions/tools/cancel-order';
import { changeAddress } from '../../../functions/tools/change-address';
import { findOrders } from '../../../functions/tools/find-orders';
import { lookupOrder } from '../../../functions/tools/lookup-order';
import { reportDamage } from '../../../functions/tools/report-damage';
import { startReturn } from '../../../functions/tools/start-return';
import { trackShipment } from '../../../functions/tools/track-shipment';
import { mei, NOW, tom, toolContext } from './fixtures';

const meiPhone = { kind: 'phone', phone: mei.phone } as const;
const tomCustomer = { kind: 'customer', customerId: tom.id } as const;

describe('authorization', () => {
  it('find_orders lists only the identity’s orders, newest first', async () => {
    const result = await findOrders.run(await toolContext(meiPhone), {});
    expect(result.ok && result.data.orders.map((o) => o.orderId)).toEqual([
      '48215',
      '48213',
      '48214',
      '48216',
    ]);
    const toms = await findOrders.run(await toolContext(tomCustomer), {});
    expect(toms.ok && toms.data.orders.map((o) => o.orderId)).toEqual(['51001', '51002']);
  });

  it('an anonymous shopper must verify first', async () => {
    const ctx = await toolContext({ kind: 'anonymous' });
    expect(await findOrders.run(ctx, {})).toMatchObject({ ok: false, error: 'needs_verification' });
    expect(await lookupOrder.run(ctx, { orderId: '48213' })).toMatchObject({
      ok: false,
      error: 'needs_verification',
    });
  });

  it('someone else’s order and a missing order get the same answer', async () => {
    const ctx = await toolContext(meiPhone);
    const foreign = await lookupOrder.run(ctx, { orderId: '51001' });
    const missing = await lookupOrder.run(ctx, { orderId: '99999' });
    expect(foreign).toMatchObject({ ok: false, error: 'not_authorized' });
    expect(missing).toMatchObject({ ok: false, error: 'not_authorized' });
    expect(JSON.stringify(foreign)).not.toContain('Tom');
    expect(JSON.stringify(foreign).replaceAll('51001', 'X')).toBe(
      JSON.stringify(missing).replaceAll('99999', 'X'),
    );
  });

  it('every order tool refuses another shopper’s order and changes nothing', async () => {
    const ctx = await toolContext(meiPhone);
    expect(await trackShipment.run(ctx, { orderId: '51002' })).toMatchObject({ error: 'not_authorized' });
    expect(await trackShipment.run(ctx, { trackingNumber: 'LX200000001CN' })).toMatchObject({
      error: 'not_authorized',
    });
    expect(await cancelOrder.run(ctx, { orderId: '51001', confirm: true })).toMatchObject({
      error: 'not_authorized',
    });
    const address = { line1: '9 Evil Street', city: 'Nowhere', postcode: '12345' };
    expect(await changeAddress.run(ctx, { orderId: '51001', address, confirm: true })).toMatchObject({
      error: 'not_authorized',
    });
    expect(await startReturn.run(ctx, { orderId: '51002' })).toMatchObject({ error: 'not_authorized' });
    expect(await reportDamage.run(ctx, { orderId: '51002' })).toMatchObject({ error: 'not_authorized' });
    const untouched = await ctx.orders.getOrder('51001');
    expect(untouched?.status).toBe('pending');
    expect(untouched?.shippingAddress.line1).toBe('1 Test Street');
  });

  it('the same tools work for the owner, by phone or by verified customer id', async () => {
    expect(await lookupOrder.run(await toolContext(meiPhone), { orderId: '48213' })).toMatchObject({
      ok: true,
    });
    expect(await lookupOrder.run(await toolContext(tomCustomer), { orderId: '51001' })).toMatchObject({
      ok: true,
    });
    expect(await lookupOrder.run(await toolContext(tomCustomer), { orderId: '48213' })).toMatchObject({
      error: 'not_authorized',
    });
  });
});

describe('track_shipment', () => {
  it('reports a customs hold in plain words', async () => {
    const result = await trackShipment.run(await toolContext(meiPhone), { orderId: '48213' });
    if (!result.ok) throw new Error(result.message);
    const [shipment] = result.data.shipments;
    expect(shipment?.assessment).toMatchObject({
      state: 'delayed',
      reason: 'customs_hold',
      location: 'Singapore',
      since: '2026-03-16T08:00:00Z',
    });
    expect(shipment?.assessment.explanation).toMatch(/customs/i);
  });

  it('finds the order from its tracking number', async () => {
    const result = await trackShipment.run(await toolContext(meiPhone), { trackingNumber: 'lx100000001cn' });
    expect(result.ok && result.data.orderId).toBe('48213');
  });
});

describe('start_return', () => {
  it('asks which item when the order has several, then opens a persisted RMA', async () => {
    const ctx = await toolContext(meiPhone);
    expect(await startReturn.run(ctx, { orderId: '48214' })).toMatchObject({
      ok: false,
      error: 'needs_item',
    });
    const result = await startReturn.run(ctx, { orderId: '48214', skus: ['SKU-B'] });
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toMatchObject({
      rma: 'RMA-48214-1',
      returnBy: '2026-04-07T12:00:00.000Z',
      carrier: 'Cainiao',
      existing: false,
    });
    expect(result.data.labelUrl).toMatch(/^https:\/\/.+RMA-48214-1$/);
    expect(await ctx.cases?.getCase('RMA-48214-1')).toMatchObject({
      kind: 'return',
      items: [{ sku: 'SKU-B', quantity: 1 }],
    });
    // Asking again gives the same RMA; another item gets the next number.
    expect(await startReturn.run(ctx, { orderId: '48214', skus: ['SKU-B'] })).toMatchObject({
      data: { rma: 'RMA-48214-1', existing: true },
    });
    expect(await startReturn.run(ctx, { orderId: '48214', skus: ['SKU-A'] })).toMatchObject({
      data: { rma: 'RMA-48214-2' },
    });
  });

  it('refuses undelivered orders and orders outside the window', async () => {
    const ctx = await toolContext(meiPhone);
    expect(await startReturn.run(ctx, { orderId: '48213' })).toMatchObject({ error: 'not_delivered' });
    expect(await startReturn.run(ctx, { orderId: '48216' })).toMatchObject({
      error: 'window_closed',
      data: { days: 30 },
    });
    const later = await toolContext(meiPhone, { now: new Date('2026-04-08T13:00:00Z') });
    expect(await startReturn.run(later, { orderId: '48214', skus: ['SKU-A'] })).toMatchObject({
      error: 'window_closed',
    });
  });
});

describe('report_damage', () => {
  it('opens a claim awaiting photos, then attaches later photos to it', async () => {
    const ctx = await toolContext(meiPhone);
    const opened = await reportDamage.run(ctx, { orderId: '48214', description: 'arrived torn' });
    expect(opened).toMatchObject({
      ok: true,
      data: { claimId: 'CLM-48214-1', status: 'awaiting_photos', created: true },
    });
    const added = await reportDamage.run(ctx, { orderId: '48214', photos: ['media/a.jpg'] });
    expect(added).toMatchObject({
      ok: true,
      data: { claimId: 'CLM-48214-1', status: 'open', photoCount: 1, created: false },
    });
    expect((await ctx.cases?.getCase('CLM-48214-1'))?.photos).toEqual(['media/a.jpg']);
  });

  it('refuses orders that never shipped', async () => {
    expect(await reportDamage.run(await toolContext(meiPhone), { orderId: '48215' })).toMatchObject({
      error: 'not_shipped',
    });
  });
});

describe('change_address and cancel_order', () => {
  const address = { line1: '12 Orchard Road', city: 'Singapore', postcode: '238801' };

  it('changes the address only after confirmation, while allowed', async () => {
    const ctx = await toolContext(meiPhone);
    expect(await changeAddress.run(ctx, { orderId: '48215' })).toMatchObject({
      data: { stage: 'ask_address' },
    });
    expect(await changeAddress.run(ctx, { orderId: '48215', address })).toMatchObject({
      data: { stage: 'confirm' },
    });
    expect((await ctx.orders.getOrder('48215'))?.shippingAddress.line1).toBe('1 Test Street');
    await changeAddress.run(ctx, { orderId: '48215', address, confirm: true });
    expect((await ctx.orders.getOrder('48215'))?.shippingAddress).toMatchObject({
      line1: '12 Orchard Road',
      country: 'SG',
      name: 'Mei Tan',
    });
    expect(await changeAddress.run(ctx, { orderId: '48213', address, confirm: true })).toMatchObject({
      error: 'too_late',
    });
  });

  it('validates the address fields', () => {
    expect(
      changeAddress.input.safeParse({
        orderId: '48215',
        address: { line1: '12', city: 'S', postcode: 'abc' },
      }).success,
    ).toBe(false);
  });

  it('cancels only within policy and only with confirm', async () => {
    const ctx = await toolContext(meiPhone);
    expect(await cancelOrder.run(ctx, { orderId: '48215' })).toMatchObject({ data: { stage: 'confirm' } });
    expect((await ctx.orders.getOrder('48215'))?.status).toBe('pending');
    expect(await cancelOrder.run(ctx, { orderId: '48215', confirm: true })).toMatchObject({
      data: { stage: 'done' },
    });
    expect((await ctx.orders.getOrder('48215'))?.status).toBe('cancelled');
    expect(await cancelOrder.run(ctx, { orderId: '48213', confirm: true })).toMatchObject({
      error: 'too_late',
    });
    const processing = await toolContext(meiPhone, {
      merchant: { ...ctx.merchant, policies: { ...ctx.merchant.policies, cancelUntil: 'processing' } },
    });
    await processing.orders.putOrder({
      ...(await processing.orders.getOrder('48215'))!,
      status: 'processing',
    });
    expect(await cancelOrder.run(processing, { orderId: '48215' })).toMatchObject({ ok: true });
    expect(NOW).toBeInstanceOf(Date);
  });
});
