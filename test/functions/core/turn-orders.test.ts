import { describe, expect, it } from 'vitest';
import type { OrderStore } from '../../../functions/core/ports';
import { turnOrderStore } from '../../../functions/core/turn-orders';
import { seededStores } from '../tools/fixtures';
import { chat } from './turn-helpers';

/** The store with a tally of calls per method. */
function counting(store: OrderStore): { store: OrderStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const wrapped = Object.fromEntries(
    Object.entries(store).map(([name, fn]) => [
      name,
      (...args: unknown[]) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return (fn as (...a: unknown[]) => unknown).apply(store, args);
      },
    ]),
  ) as unknown as OrderStore;
  return { store: wrapped, calls };
}

describe('turnOrderStore', () => {
  it('shares identical reads and forgets them after a write', async () => {
    const { stores } = await seededStores();
    const { store, calls } = counting(stores.orders);
    const orders = turnOrderStore(store);
    const first = await orders.getOrder('48215');
    await orders.getOrder('48215');
    await orders.ordersForPhone('6591234567');
    await orders.ordersForPhone('6591234567');
    expect(calls.get('getOrder')).toBe(1);
    expect(calls.get('ordersForPhone')).toBe(1);
    await orders.putOrder({ ...first!, status: 'cancelled' });
    expect((await orders.getOrder('48215'))?.status).toBe('cancelled');
    expect(calls.get('getOrder')).toBe(2);
  });

  it('does not remember a failed read', async () => {
    let attempts = 0;
    const { stores } = await seededStores();
    const orders = turnOrderStore({
      ...stores.orders,
      getOrder: async (id) => {
        attempts += 1;
        if (attempts === 1) throw new Error('throttled');
        return stores.orders.getOrder(id);
      },
    });
    await expect(orders.getOrder('48215')).rejects.toThrow('throttled');
    expect((await orders.getOrder('48215'))?.id).toBe('48215');
  });
});

describe('runTurn: store reads', () => {
  it('reads the shopper’s orders once per turn, however many steps authorize against them', async () => {
    const { stores } = await seededStores();
    const { store, calls } = counting(stores.orders);
    const counted = await chat('whatsapp', { orders: store });
    expect(await counted.texts('where is my order 48213?')).toMatch(/LX100000001CN/);
    expect(calls.get('ordersForPhone') ?? 0).toBeLessThanOrEqual(1);
    expect(calls.get('getOrder')).toBe(1);
  });
});

describe('runTurn: a parcel the carrier delivered before the shop marked the order', () => {
  it('says it arrived, not that it is on its way', async () => {
    const c = await chat('whatsapp');
    const parcel = await c.stores.orders.getShipment('LX100000001CN');
    if (!parcel) throw new Error('fixture shipment missing');
    await c.stores.orders.putShipment({
      ...parcel,
      events: [
        ...parcel.events,
        { at: '2026-03-19T09:00:00Z', code: 'delivered', location: 'Singapore', description: 'Delivered' },
      ],
    });
    // Order 48213 is still "shipped" in the shop's records.
    expect((await c.stores.orders.getOrder('48213'))?.status).toBe('shipped');
    const reply = await c.texts('where is my order 48213?');
    expect(reply).toMatch(/48213 was delivered on/);
    expect(reply).not.toMatch(/on its way/);
  });
});
