import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import { LANGUAGES, type Order } from '../../../functions/core/types';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { documentClient } from '../../../functions/stores/dynamo/shared';
import { pickSize } from '../../../functions/tools/recommend-size';
import { assessShipment } from '../../../functions/tools/track-shipment';
import { type LocalDynamo, startDynalite } from '../../../lib/local/dynalite';
import {
  CATALOG,
  DEMO_SHOPPERS,
  generateDemoData,
  SEED_VERSION,
  seedDemoData,
} from '../../../lib/local/seed';
import { COUNTRIES } from '../../../lib/local/seed-data/countries';
import { COVERAGE_CASES, type CoverageCase } from '../../../lib/local/seed-data/coverage';
import { s10CheckDigit } from '../../../lib/local/seed-data/tracking';
import { scanOrders } from '../../helpers/seeded-orders';

const NOW = Date.parse('2026-11-20T09:30:00Z');
const DAY = 86_400_000;

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
  it("leaves the first seed version's orders and shipments exactly as they were (ids, customers, events)", () => {
    const first = generateDemoData(NOW, { coverage: false });
    // The fingerprint of the set the original generator made for NOW: if it moves, data dirs seeded
    // before would no longer match the code (and seedDemoData's upgrade assumes they do).
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ orders: first.orders, shipments: first.shipments }))
      .digest('hex');
    expect(fingerprint).toBe('47c18cd6f73215dc7ab49a7d66c97c02a421082e9d1b9d37138816c090c41b10');
    expect(data.orders.slice(0, first.orders.length)).toEqual(first.orders);
    expect(data.shipments.slice(0, first.shipments.length)).toEqual(first.shipments);
    expect(data.orders.length - first.orders.length).toBe(LANGUAGES.length * COVERAGE_CASES.length);
  });

  it('keeps one phone per customer and unique tracking numbers', () => {
    const owner = new Map<string, string>();
    for (const o of data.orders) {
      expect(owner.get(o.customer.phone) ?? o.customer.id, o.customer.phone).toBe(o.customer.id);
      owner.set(o.customer.phone, o.customer.id);
    }
    const tracking = data.shipments.map((s) => s.trackingNumber);
    expect(new Set(tracking).size).toBe(tracking.length);
  });

  it('has, for every language, a different native customer in each order state the bot handles', () => {
    const shipmentOf = (o: Order) => data.shipments.find((s) => s.orderId === o.id);
    const age = (iso: string | undefined) => (iso ? NOW - Date.parse(iso) : Number.NaN);
    const fits: Record<CoverageCase, (o: Order) => boolean> = {
      pending: (o) => o.status === 'pending',
      processing: (o) => o.status === 'processing',
      on_time: (o) => {
        const s = shipmentOf(o);
        return o.status === 'shipped' && !!s && assessShipment(s, new Date(NOW), POLICY).state === 'on_time';
      },
      delayed: (o) => {
        const s = shipmentOf(o);
        if (o.status !== 'shipped' || !s) return false;
        const a = assessShipment(s, new Date(NOW), POLICY);
        if (a.state !== 'delayed') return false;
        return a.reason === 'silent'
          ? a.silentDays >= 14
          : ['customs_hold', 'port_congestion'].includes(a.reason ?? '');
      },
      delivered_recent: (o) => o.status === 'delivered' && age(o.deliveredAt) < 14 * DAY,
      delivered_old: (o) => o.status === 'delivered' && age(o.deliveredAt) > 40 * DAY,
    };
    const missing: string[] = [];
    for (const language of LANGUAGES) {
      const natives = data.orders.filter((o) => o.customer.language === language);
      const candidates = COVERAGE_CASES.map(
        (c) => new Set(natives.filter(fits[c]).map((o) => o.customer.phone)),
      );
      if (!distinctOwners(candidates)) {
        missing.push(
          `${language}: ${COVERAGE_CASES.filter((_, i) => candidates[i]?.size === 0).join(', ') || 'not six different customers'}`,
        );
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every customer the language of the country they live in', () => {
    const mismatched = data.orders.filter(
      (o) => COUNTRIES.find((c) => c.code === o.shippingAddress.country)?.language !== o.customer.language,
    );
    expect(mismatched.map((o) => `${o.id} ${o.shippingAddress.country} ${o.customer.language}`)).toEqual([]);
  });
});

const POLICY = parseMerchantConfig(
  JSON.parse(readFileSync(new URL('../../../crossdesk.config.json', import.meta.url), 'utf8')),
).policies;

/** Whether each case can have its own customer (a bipartite matching of cases to phones). */
function distinctOwners(candidates: Set<string>[]): boolean {
  const ownerOf = new Map<string, number>();
  const assign = (i: number, seen: Set<string>): boolean => {
    for (const phone of candidates[i] ?? []) {
      if (seen.has(phone)) continue;
      seen.add(phone);
      const held = ownerOf.get(phone);
      if (held === undefined || assign(held, seen)) {
        ownerOf.set(phone, i);
        return true;
      }
    }
    return false;
  };
  return candidates.every((_, i) => assign(i, new Set()));
}

describe('seedDemoData on dynalite', () => {
  let dynamo: LocalDynamo;
  const tableName = 'crossdesk-seed-test';
  beforeAll(async () => {
    dynamo = await startDynalite({ tableName });
  }, 30_000);
  afterAll(async () => {
    await dynamo?.stop();
  });

  const orderItems = (): Promise<Order[]> => scanOrders(tableName, dynamo.client);

  const marker = async (version: string) =>
    (
      await documentClient(dynamo.client).send(
        new GetCommand({ TableName: tableName, Key: { PK: 'META', SK: `SEED#${version}` } }),
      )
    ).Item;

  it('adds only the new orders to a data dir seeded by v1, dated from its first day, keeping what changed', async () => {
    const stores = createDynamoStores({ tableName, client: dynamo.client });
    const firstStart = Date.parse('2026-10-02T08:00:00Z');
    // What a v1 start wrote: the set without the coverage pass, and its marker.
    const v1 = generateDemoData(firstStart, { coverage: false });
    for (const o of v1.orders) await stores.orders.putOrder(o);
    for (const s of v1.shipments) await stores.orders.putShipment(s);
    await documentClient(dynamo.client).send(
      new PutCommand({
        TableName: tableName,
        Item: { PK: 'META', SK: 'SEED#v1', anchorDay: '2026-10-02', orders: v1.orders.length },
      }),
    );
    // A shopper cancelled a pending order since: the upgrade must not undo it.
    const cancelled = v1.orders.find((o) => o.status === 'pending') as Order;
    await stores.orders.putOrder({ ...cancelled, status: 'cancelled' });

    const later = Date.parse('2026-11-20T09:30:00Z');
    expect(await seedDemoData(stores, dynamo.client, tableName, later)).toBe(true);
    const full = generateDemoData(firstStart);
    const stored = await orderItems();
    expect(stored.map((o) => o.id).sort()).toEqual(full.orders.map((o) => o.id).sort());
    expect(stored.find((o) => o.id === cancelled.id)?.status).toBe('cancelled');
    const added = full.orders.at(-1) as Order;
    expect(stored.find((o) => o.id === added.id)?.placedAt).toBe(added.placedAt);
    for (const s of full.shipments.slice(v1.shipments.length)) {
      expect((await stores.orders.getShipment(s.trackingNumber))?.events).toEqual(s.events);
    }
    expect(await marker(SEED_VERSION)).toMatchObject({ anchorDay: '2026-10-02', addedTo: 'SEED#v1' });

    expect(await seedDemoData(stores, dynamo.client, tableName, later + 86_400_000)).toBe(false);
    expect((await orderItems()).length).toBe(full.orders.length);
  }, 60_000);
});
