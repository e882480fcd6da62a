// One behavioural contract, run against every store implementation so the twins cannot drift apart.
import { expect, it } from 'vitest';
import { StaleConversationError } from '../../../functions/stores/errors';
import type { Stores } from '../../../functions/stores/stores';
import { conversation, order } from './fixtures';

export function storeContract(make: () => Promise<Stores>, clock: { now: number }): void {
  it('claims an event once and again only after its TTL has passed', async () => {
    const { claims } = await make();
    expect(await claims.claim('telegram:1001', 60)).toBe(true);
    expect(await claims.claim('telegram:1001', 60)).toBe(false);
    expect(await claims.claim('telegram:1002', 60)).toBe(true);
    clock.now += 61_000;
    expect(await claims.claim('telegram:1001', 60)).toBe(true);
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
