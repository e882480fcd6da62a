import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../functions/core/types';
import { pickSize } from '../../../functions/tools/recommend-size';
import { CATALOG, DEMO_SHOPPERS, generateDemoData } from '../../../lib/local/seed';
import { s10CheckDigit } from '../../../lib/local/seed-data/tracking';

const NOW = Date.parse('2026-11-20T09:30:00Z');

describe('demo data', () => {
  const data = generateDemoData(NOW);

  it('is deterministic for the same start day', () => {
    expect(generateDemoData(NOW + 3_600_000)).toEqual(data);
    expect(generateDemoData(NOW + 86_400_000).orders[0]?.placedAt).not.toBe(data.orders[0]?.placedAt);
  });

  it('has ~300 orders with unique 5-digit ids in 40000–59999, from many countries and every language', () => {
    expect(data.orders.length).toBeGreaterThanOrEqual(300);
    const ids = data.orders.map((o) => Number(o.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id >= 40_000 && id <= 59_999)).toBe(true);
    expect(new Set(data.orders.map((o) => o.shippingAddress.country)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(data.orders.map((o) => o.customer.language))).toEqual(new Set(LANGUAGES));
    for (const o of data.orders) {
      expect(o.customer.phone).toMatch(/^[1-9]\d{7,14}$/);
      expect(o.customer.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z.]+$/);
    }
    const statuses = new Set(data.orders.map((o) => o.status));
    expect(statuses).toEqual(
      new Set(['pending', 'processing', 'shipped', 'delivered', 'cancelled', 'returned']),
    );
  });

  it('has shipments with real tracking formats, customs holds, congestion and silent weeks, none in the future', () => {
    for (const s of data.shipments) {
      expect(s.trackingNumber).toMatch(/^(LX\d{9}CN|EE\d{9}JP|1Z[A-Z0-9]{16}|YT\d{16}|SF\d{13})$/);
      if (/^(LX|EE)/.test(s.trackingNumber)) {
        expect(Number(s.trackingNumber[10])).toBe(s10CheckDigit(s.trackingNumber.slice(2, 10)));
      }
      for (const e of s.events) expect(Date.parse(e.at)).toBeLessThanOrEqual(NOW);
      const order = data.orders.find((o) => o.id === s.orderId);
      expect(order?.trackingNumbers).toContain(s.trackingNumber);
    }
    const last = (code: string) => data.shipments.filter((s) => s.events.at(-1)?.code === code).length;
    expect(last('customs_hold')).toBeGreaterThan(3);
    expect(last('port_congestion')).toBeGreaterThan(3);
    const silent = data.shipments.filter((s) => {
      const at = s.events.at(-1);
      return at && at.code !== 'delivered' && NOW - Date.parse(at.at) >= 14 * 86_400_000;
    });
    expect(silent.length).toBeGreaterThan(3);
  });

  it('includes the demo shoppers with their named orders and a catalog with size charts', () => {
    for (const shopper of DEMO_SHOPPERS) {
      for (const spec of shopper.orders) {
        const order = data.orders.find((o) => o.id === spec.id);
        expect(order?.customer.phone).toBe(shopper.phone);
        expect(order?.status).toBe(spec.status);
      }
    }
    const lastEvent = (orderId: string) => data.shipments.find((s) => s.orderId === orderId)?.events.at(-1);
    expect(lastEvent('50731')?.code).toBe('customs_hold');
    expect(lastEvent('51877')?.code).toBe('port_congestion');
    expect(lastEvent('51842')?.code).toBe('out_for_delivery');
    expect(lastEvent('54406')?.code).toBe('delivery_attempt_failed');
    expect(lastEvent('52005')?.code).toBe('delivered');
    expect(NOW - Date.parse(lastEvent('51409')?.at ?? '')).toBeGreaterThan(14 * 86_400_000);
    expect(CATALOG.length).toBeGreaterThanOrEqual(12);
    const shoe = CATALOG.find((p) => p.category === 'shoes');
    expect(shoe?.sizeChart?.find((r) => r.size === 'EU 40')?.equivalents).toEqual({
      EU: '40',
      US: '7',
      UK: '6.5',
      JP: '25',
      CN: '250',
    });
  });

  it('gives every parcel an estimate consistent with its latest event', () => {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const checked = { out: 0, delivered: 0, held: 0 };
    for (const s of data.shipments) {
      const last = s.events.at(-1);
      if (last?.code === 'out_for_delivery') {
        checked.out++;
        expect(s.estimatedDelivery, s.trackingNumber).toBe(day(NOW));
      } else if (last?.code === 'delivered') {
        checked.delivered++;
        expect(s.estimatedDelivery, s.trackingNumber).toBe(last.at.slice(0, 10));
      } else if (last?.code === 'customs_hold' || last?.code === 'port_congestion') {
        checked.held++;
        const eta = Date.parse(s.estimatedDelivery);
        expect(eta, s.trackingNumber).toBeGreaterThan(NOW + 86_400_000);
        expect(eta, s.trackingNumber).toBeLessThanOrEqual(NOW + 11 * 86_400_000);
      }
    }
    expect(Math.min(checked.out, checked.delivered, checked.held)).toBeGreaterThan(0);
  });

  it('gives clothes height/weight guidance, so "182 cm, 80 kg" gets a size for jeans, dresses and tops', () => {
    for (const id of ['P-STRAIGHT-JEANS', 'P-WRAP-DRESS', 'P-LINEN-SHIRT']) {
      const chart = CATALOG.find((p) => p.id === id)?.sizeChart ?? [];
      expect(pickSize(chart, { heightCm: 182, weightKg: 80 }), id).toBeDefined();
    }
  });
});
