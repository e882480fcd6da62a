// One behavioural contract, run against every store implementation so the twins cannot drift apart.
import { expect, it } from 'vitest';
import { StaleConversationError } from '../../../functions/stores/errors';
import type { Stores } from '../../../functions/stores/stores';
import { conversation, order, supportCase } from './fixtures';

export function storeContract(make: () => Promise<Stores>, clock: { now: number }): void {
  it('claims an event once and again only after its TTL has passed', async () => {
    const { claims } = await make();
    expect(await claims.claim('telegram:1001', 60)).toBe(true);
    expect(await claims.claim('telegram:1001', 60)).toBe(false);
    expect(await claims.claim('telegram:1002', 60)).toBe(true);
    clock.now += 61_000;
    expect(await claims.claim('telegram:1001', 60)).toBe(true);
  });

  it('takes over a claim never confirmed when asked to (overLease), never a confirmed one', async () => {
    const { claims } = await make();
    expect(await claims.claim('line:ev-9', 60)).toBe(true);
    expect(await claims.claim('line:ev-9', 60)).toBe(false);
    expect(await claims.claim('line:ev-9', 60, { overLease: true })).toBe(true);
    await claims.confirm('line:ev-9', 3600);
    expect(await claims.claim('line:ev-9', 60, { overLease: true })).toBe(false);
    expect(await claims.claim('line:ev-9', 60)).toBe(false);
  });

  it('releases a claim so the same event can be claimed again, and only that one', async () => {
    const { claims } = await make();
    expect(await claims.claim('line:ev-1', 60)).toBe(true);
    expect(await claims.claim('line:ev-2', 60)).toBe(true);
    await claims.release('line:ev-1');
    expect(await claims.claim('line:ev-1', 60)).toBe(true);
    expect(await claims.claim('line:ev-1', 60)).toBe(false);
    expect(await claims.claim('line:ev-2', 60)).toBe(false);
    // Releasing what is not claimed (twice, or never claimed) is a no-op, not an error.
    await claims.release('line:ev-1');
    await claims.release('line:ev-1');
    await claims.release('line:never');
    expect(await claims.claim('line:ev-1', 60)).toBe(true);
  });

  it('creates a case only under a free id, overwrites on put, lists an order’s cases oldest first', async () => {
    const { cases } = await make();
    const rma = supportCase('RMA-48213-1', '48213', '2026-01-02T00:00:00.000Z');
    expect(await cases.createCase(rma)).toBe(true);
    expect(await cases.createCase({ ...rma, conversationId: 'telegram:1:other' })).toBe(false);
    expect((await cases.getCase('RMA-48213-1'))?.conversationId).toBe(rma.conversationId);

    const claim = supportCase('CLM-48213-1', '48213', '2026-01-01T00:00:00.000Z', 'damage');
    expect(await cases.createCase(claim)).toBe(true);
    expect(await cases.createCase(supportCase('RMA-50000-1', '50000', '2026-01-01T00:00:00.000Z'))).toBe(
      true,
    );
    const withPhoto = { ...claim, photos: ['media/a.jpg'], status: 'open' as const, updatedAt: 'x' };
    await cases.putCase(withPhoto);

    expect(await cases.getCase('CLM-48213-1')).toEqual(withPhoto);
    expect(await cases.getCase('RMA-48213-1')).toEqual(rma);
    expect(await cases.getCase('RMA-48213-2')).toBeUndefined();
    expect((await cases.casesForOrder('48213')).map((c) => c.id)).toEqual(['CLM-48213-1', 'RMA-48213-1']);
    expect(await cases.casesForOrder('49999')).toEqual([]);
  });

  it('saves a conversation with optimistic versioning and rejects a stale save', async () => {
    const { conversations } = await make();
    const first = await conversations.save(conversation('telegram:1:42'));
    expect(first.version).toBe(1);
    expect(await conversations.get('telegram:1:42')).toEqual(first);

    const second = await conversations.save({ ...first, mode: 'human' });
    expect(second.version).toBe(2);
    await expect(conversations.save({ ...first, mode: 'bot' })).rejects.toBeInstanceOf(
      StaleConversationError,
    );
    await expect(conversations.save(conversation('telegram:1:42'))).rejects.toBeInstanceOf(
      StaleConversationError,
    );
    expect((await conversations.get('telegram:1:42'))?.mode).toBe('human');
    expect(await conversations.get('telegram:1:missing')).toBeUndefined();
  });

  it('finds orders by phone and by customer, newest first', async () => {
    const { orders } = await make();
    await orders.putOrder(order('40001', '6591234567', '2026-01-01T00:00:00Z'));
    await orders.putOrder(order('40002', '6591234567', '2026-02-01T00:00:00Z'));
    await orders.putOrder(order('40003', '447700900123', '2026-03-01T00:00:00Z'));
    expect((await orders.ordersForPhone('6591234567')).map((o) => o.id)).toEqual(['40002', '40001']);
    expect((await orders.ordersForPhone('+65 9123 4567')).map((o) => o.id)).toEqual(['40002', '40001']);
    expect((await orders.ordersForCustomer('C-447700900123')).map((o) => o.id)).toEqual(['40003']);
    expect(await orders.ordersForPhone('1000')).toEqual([]);
    expect((await orders.getOrder('40003'))?.customer.name).toBe('Ana Souza');
    expect(await orders.getOrder('49999')).toBeUndefined();
  });

  it('stores shipments per order and products', async () => {
    const { orders } = await make();
    const base = { orderId: '40001', carrier: 'UPS', service: 'Express', origin: 'CN', destination: 'US' };
    await orders.putShipment({ ...base, trackingNumber: '1ZB', estimatedDelivery: '2026-01-09', events: [] });
    await orders.putShipment({ ...base, trackingNumber: '1ZA', estimatedDelivery: '2026-01-09', events: [] });
    await orders.putShipment({
      ...base,
      orderId: '40002',
      trackingNumber: '1ZC',
      estimatedDelivery: 'x',
      events: [],
    });
    expect((await orders.shipmentsForOrder('40001')).map((s) => s.trackingNumber)).toEqual(['1ZA', '1ZB']);
    expect((await orders.getShipment('1ZC'))?.orderId).toBe('40002');
    const product = {
      id: 'tee',
      name: 'Tee',
      category: 'tops' as const,
      material: 'cotton',
      care: 'cold wash',
      colours: ['white'],
      price: { amount: 20, currency: 'USD' },
      stock: { 'white/M': 3 },
    };
    await orders.putProduct(product);
    await orders.putProduct({ ...product, id: 'mug', category: 'home' });
    expect((await orders.listProducts()).map((p) => p.id)).toEqual(['mug', 'tee']);
    expect(await orders.getProduct('tee')).toEqual(product);
  });

  it('keeps the message log in time order and returns the most recent entries', async () => {
    const { messages } = await make();
    const conv = 'line:U1:U2';
    for (const [i, at] of [
      '2026-01-01T00:00:03Z',
      '2026-01-01T00:00:01Z',
      '2026-01-01T00:00:02Z',
    ].entries()) {
      await messages.append({ conversationId: conv, direction: 'in', at, id: `m${i}`, text: `t${i}` });
    }
    await messages.append({ conversationId: 'other', direction: 'in', at: '2026-01-01T00:00:00Z', id: 'x' });
    expect((await messages.list(conv)).map((m) => m.id)).toEqual(['m1', 'm2', 'm0']);
    expect((await messages.list(conv, 2)).map((m) => m.id)).toEqual(['m2', 'm0']);
  });
}
