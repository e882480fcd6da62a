// The simulated carrier: its step is pure and deterministic, it only ever moves its own parcels, and on
// the running stack POST /dev/carrier/advance moves one through the real tracking webhook (a signed HTTP
// POST to /tracking/events: claimed, merged, persisted, a shipment_update job queued).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnQueue } from '../../../functions/core/ports';
import type { Shipment } from '../../../functions/core/types';
import { createTrackingWebhookHandler } from '../../../functions/handlers/tracking-webhook';
import { mergeTrackingEvents, parseNormalizedEvents } from '../../../functions/services/tracking/index';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { documentClient } from '../../../functions/stores/dynamo/shared';
import { keys } from '../../../functions/stores/keys';
import { createMemoryStores } from '../../../functions/stores/memory';
import {
  type CarrierAdvanceResult,
  type CarrierParcel,
  carrierSchedule,
  createSimulatedCarrier,
  isCarrierParcel,
  planCarrierStep,
  storyPosition,
} from '../../../lib/local/carrier';
import { createLambdaContext } from '../../../lib/local/lambda-context';
import {
  DEMO_SHOPPERS,
  demoSimulatorShoppers,
  generateDemoData,
  SEED_VERSION,
  seedCarrierDemoData,
} from '../../../lib/local/seed';
import {
  CARRIER_DEMO,
  CARRIER_DEMO_TRACKING,
  CARRIER_STORIES,
  carrierDemoData,
  carrierSimulatorShoppers,
} from '../../../lib/local/seed-data/carrier-demo';
import { anchorDay } from '../../../lib/local/seed-data/generate';
import { type LocalStack, startLocalStack } from '../../../lib/local/server';

const NOW = Date.parse('2026-11-20T09:30:00Z');
const MINUTE = 60_000;
const SECRET = 'test-tracking-secret';

const freshParcels = (anchor = anchorDay(NOW)): CarrierParcel[] => {
  const { shipments } = carrierDemoData(anchor);
  return CARRIER_DEMO.map((spec) => ({
    spec,
    shipment: shipments.find((s) => s.orderId === spec.orderId) as Shipment,
  }));
};

/** What the webhook would make of the moves (the same parse and merge), for pure multi-step runs. */
function applyMoves(parcels: CarrierParcel[], moves: ReturnType<typeof planCarrierStep>): CarrierParcel[] {
  const events = parseNormalizedEvents(Buffer.from(JSON.stringify({ events: moves.map((m) => m.event) })));
  return parcels.map((parcel) => {
    const mine = events.filter((e) => e.trackingNumber === parcel.shipment.trackingNumber);
    return mine.length
      ? { ...parcel, shipment: mergeTrackingEvents(parcel.shipment, mine).shipment }
      : parcel;
  });
}

describe('the carrier demo data', () => {
  const demo = generateDemoData(NOW);
  const carrier = carrierDemoData(anchorDay(NOW));

  it('shares no order id, customer, phone or tracking number with the demo set (shoppers and coverage)', () => {
    const ids = new Set(demo.orders.map((o) => o.id));
    const customers = new Set(demo.orders.map((o) => o.customer.id));
    const phones = new Set(demo.orders.map((o) => o.customer.phone));
    const tracking = new Set(demo.shipments.map((s) => s.trackingNumber));
    for (const order of carrier.orders) {
      expect(ids.has(order.id), order.id).toBe(false);
      expect(customers.has(order.customer.id), order.customer.id).toBe(false);
      expect(phones.has(order.customer.phone), order.customer.phone).toBe(false);
    }
    for (const shipment of carrier.shipments) expect(tracking.has(shipment.trackingNumber)).toBe(false);
    expect(new Set(Object.values(CARRIER_DEMO_TRACKING)).size).toBe(CARRIER_DEMO.length);
  });

  it('offers its customers in the shopper simulator, with ids no demo shopper has', () => {
    const demoIds = demoSimulatorShoppers();
    const carrierIds = carrierSimulatorShoppers();
    expect(carrierIds.map((s) => s.whatsapp)).toEqual(CARRIER_DEMO.map((s) => s.phone));
    for (const field of ['id', 'whatsapp', 'line', 'telegram'] as const) {
      const all = [...demoIds, ...carrierIds].map((s) => s[field]);
      expect(new Set(all).size, field).toBe(all.length);
    }
  });

  it('is valid demo data: real tracking formats, a language matching the country, events in the past', () => {
    for (const shipment of carrier.shipments) {
      expect(shipment.trackingNumber).toMatch(/^(LX\d{9}CN|EE\d{9}JP|1Z[A-Z0-9]{16}|YT\d{16}|SF\d{13})$/);
      for (const event of shipment.events) expect(Date.parse(event.at)).toBeLessThanOrEqual(anchorDay(NOW));
    }
    for (const order of carrier.orders) {
      expect(order.customer.phone).toMatch(/^[1-9]\d{7,14}$/);
      expect(order.trackingNumbers).toEqual([CARRIER_DEMO_TRACKING[order.id]]);
    }
    // The story each parcel starts: nothing of its script has happened yet.
    for (const parcel of freshParcels()) expect(storyPosition(parcel)).toBe(0);
    // The lost parcel has been quiet for more than the merchant's five silent days.
    const lost = freshParcels().find((p) => p.spec.story === 'lost');
    expect(NOW - Date.parse(lost?.shipment.events.at(-1)?.at ?? '')).toBeGreaterThan(5 * 86_400_000);
  });
});

describe('planCarrierStep', () => {
  it('is deterministic: same step, time and parcels → the same moves and event ids', () => {
    const first = planCarrierStep({ step: 0, now: NOW, parcels: freshParcels() });
    expect(planCarrierStep({ step: 0, now: NOW, parcels: freshParcels() })).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
    // Pinned: the first step's choices (change CARRIER_STEP_SEED or the stories and this moves).
    expect(first.map((m) => [m.orderId, m.event.status])).toEqual([
      ['59133', 'in_transit'],
      ['59156', 'in_transit'],
    ]);
    // Another step draws again.
    const steps = Array.from({ length: 8 }, (_, step) =>
      planCarrierStep({ step, now: NOW, parcels: freshParcels() }).map((m) => m.orderId),
    );
    expect(new Set(steps.map((s) => s.join())).size).toBeGreaterThan(1);
  });

  it('posts each story in order, one event per parcel per step, until every story has ended', () => {
    let parcels = freshParcels();
    const seen = new Map<string, string[]>();
    let steps = 0;
    for (; steps < 200; steps++) {
      const moves = planCarrierStep({ step: steps, now: NOW + steps * 3 * MINUTE, parcels });
      if (moves.length === 0) break;
      expect(new Set(moves.map((m) => m.orderId)).size).toBe(moves.length);
      for (const move of moves) {
        seen.set(move.orderId, [...(seen.get(move.orderId) ?? []), move.event.description]);
        expect(move.event.id).toBe(`carrier-demo:${move.trackingNumber}:${move.story}:${move.position}`);
        expect(Date.parse(move.event.at)).toBeGreaterThan(
          Date.parse(parcels.find((p) => p.spec.orderId === move.orderId)?.shipment.events.at(-1)?.at ?? ''),
        );
      }
      parcels = applyMoves(parcels, moves);
    }
    expect(steps).toBeLessThan(200);
    for (const spec of CARRIER_DEMO) {
      expect(seen.get(spec.orderId), spec.story).toEqual(
        CARRIER_STORIES[spec.story].script.map((s) => s.description),
      );
    }
    const last = (story: string) => parcels.find((p) => p.spec.story === story)?.shipment.events.at(-1)?.code;
    expect(last('customs')).toBe('delivered');
    expect(last('attempt')).toBe('delivered');
    expect(last('lost')).toBe('exception');
    expect(last('returned')).toBe('returned_to_sender');
    // The customs story passes through a hold, the missed delivery through a failed attempt.
    const codes = (story: string) =>
      parcels.find((p) => p.spec.story === story)?.shipment.events.map((e) => e.code);
    expect(codes('customs')).toContain('customs_hold');
    expect(codes('attempt')).toContain('delivery_attempt_failed');
  });

  it('a repeated step (a lost response, a restart) posts the same event again, which the webhook dedupes', () => {
    const parcels = freshParcels();
    const a = planCarrierStep({ step: 3, now: NOW, parcels });
    const b = planCarrierStep({ step: 3, now: NOW + 10 * MINUTE, parcels });
    expect(b.map((m) => m.event.id)).toEqual(a.map((m) => m.event.id));
  });

  it("never moves a parcel that is not the carrier's own, even when handed one", () => {
    const demo = generateDemoData(NOW);
    const shopperOrders = new Set(DEMO_SHOPPERS.flatMap((s) => s.orders.map((o) => o.id)));
    const theirs = demo.shipments.filter((s) => shopperOrders.has(s.orderId));
    expect(theirs.length).toBeGreaterThan(5);
    // Demo shoppers' and coverage shipments passed off as the carrier's (each spec with another's shipment).
    const impostors: CarrierParcel[] = [...theirs, ...demo.shipments.slice(-40)].map((shipment, i) => ({
      spec: CARRIER_DEMO[i % CARRIER_DEMO.length] as (typeof CARRIER_DEMO)[number],
      shipment,
    }));
    for (const parcel of impostors) expect(isCarrierParcel(parcel)).toBe(false);
    for (let step = 0; step < 50; step++) {
      expect(planCarrierStep({ step, now: NOW, parcels: impostors })).toEqual([]);
      const mixed = planCarrierStep({ step, now: NOW, parcels: [...impostors, ...freshParcels()] });
      for (const move of mixed) expect(Object.values(CARRIER_DEMO_TRACKING)).toContain(move.trackingNumber);
    }
  });
});

describe('carrierSchedule (CARRIER_INTERVAL)', () => {
  it('reads off, minutes, hours and rate expressions, and refuses anything else', () => {
    expect(carrierSchedule(undefined, 'rate(3 minutes)')).toBe('rate(3 minutes)');
    expect(carrierSchedule('', undefined)).toBeUndefined();
    expect(carrierSchedule('off', 'rate(3 minutes)')).toBeUndefined();
    expect(carrierSchedule('OFF', 'rate(3 minutes)')).toBeUndefined();
    expect(carrierSchedule('0', 'rate(3 minutes)')).toBeUndefined();
    expect(carrierSchedule('5', undefined)).toBe('rate(5 minutes)');
    expect(carrierSchedule('1m', undefined)).toBe('rate(1 minute)');
    expect(carrierSchedule('2h', undefined)).toBe('rate(2 hours)');
    expect(carrierSchedule('rate(10 minutes)', undefined)).toBe('rate(10 minutes)');
    expect(() => carrierSchedule('soon', undefined)).toThrow(/CARRIER_INTERVAL/);
    expect(() => carrierSchedule('1.5', undefined)).toThrow(/CARRIER_INTERVAL/);
  });
});

describe('createSimulatedCarrier over the tracking handler (memory stores)', () => {
  it('posts signed events the handler applies, and leaves every demo story exactly as seeded', async () => {
    const stores = createMemoryStores({ now: () => NOW });
    const demo = generateDemoData(NOW);
    for (const order of demo.orders) await stores.orders.putOrder(order);
    for (const shipment of demo.shipments) await stores.orders.putShipment(shipment);
    const carrierData = carrierDemoData(anchorDay(NOW));
    for (const shipment of carrierData.shipments) await stores.orders.putShipment(shipment);

    const jobs: string[] = [];
    const queue: TurnQueue = {
      async enqueue(groupId) {
        jobs.push(groupId);
      },
    };
    const handler = createTrackingWebhookHandler({
      secrets: { events: SECRET },
      claims: stores.claims,
      orders: stores.orders,
      queue,
      now: () => NOW + 100 * 3 * MINUTE,
    });
    const posted: { url: string; headers: Record<string, string> }[] = [];
    // The stack's HTTP hop replaced by a direct call: the same bytes and headers reach the handler.
    const viaHandler: typeof fetch = async (input, init) => {
      const headers = init?.headers as Record<string, string>;
      posted.push({ url: String(input), headers });
      const body = Buffer.from(init?.body as Buffer).toString('utf8');
      const event = {
        rawPath: '/tracking/events',
        headers,
        body,
        isBase64Encoded: false,
        requestContext: { http: { method: 'POST' } },
      } as unknown as APIGatewayProxyEventV2;
      const result = (await handler(
        event,
        createLambdaContext({ functionName: 'tracking' }),
      )) as APIGatewayProxyStructuredResultV2;
      return new Response(String(result.body), { status: result.statusCode ?? 200 });
    };
    let clock = NOW;
    const carrier = createSimulatedCarrier({
      trackingUrl: 'http://127.0.0.1:3000/tracking/events',
      secret: SECRET,
      orders: stores.orders,
      now: () => (clock += 3 * MINUTE),
      fetch: viaHandler,
    });

    const results: CarrierAdvanceResult[] = [];
    for (let i = 0; i < 100; i++) {
      const result = await carrier.advance();
      results.push(result);
      if (result.done || result.moved.length === 0) break;
      expect(result.webhook?.status, JSON.stringify(result.webhook)).toBe(200);
    }
    expect(results.at(-1)?.done).toBe(true);
    expect(results.map((r) => r.step)).toEqual(results.map((_, i) => i));
    expect(posted[0]?.url).toBe('http://127.0.0.1:3000/tracking/events');
    expect(posted[0]?.headers['x-crossdesk-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    // One job per parcel move, each in its parcel's group.
    const moves = results.flatMap((r) => r.moved);
    expect(jobs).toHaveLength(moves.length);
    const own = new Set(Object.values(CARRIER_DEMO_TRACKING).map((t) => `shipment:${t}`));
    for (const group of jobs) expect(own.has(group)).toBe(true);

    for (const shipment of demo.shipments) {
      expect(await stores.orders.getShipment(shipment.trackingNumber), shipment.orderId).toEqual(shipment);
    }
    const customs = await stores.orders.getShipment(CARRIER_DEMO_TRACKING['59101'] as string);
    expect(customs?.events.at(-1)?.code).toBe('delivered');
    // Nothing left to do: a further advance posts nothing.
    expect(await carrier.advance()).toMatchObject({ moved: [], webhook: null, done: true });
  });

  it('runs concurrent advances one after the other (no two steps race for one parcel)', async () => {
    const stores = createMemoryStores();
    for (const shipment of carrierDemoData(anchorDay(NOW)).shipments)
      await stores.orders.putShipment(shipment);
    let inFlight = 0;
    let most = 0;
    const carrier = createSimulatedCarrier({
      trackingUrl: 'http://local/tracking/events',
      secret: SECRET,
      orders: stores.orders,
      now: () => NOW,
      fetch: async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return new Response('{"ok":true}', { status: 200 });
      },
    });
    const results = await Promise.all([carrier.advance(), carrier.advance(), carrier.advance()]);
    expect(most).toBe(1);
    expect(results.map((r) => r.step)).toEqual([0, 1, 2]);
  });
});

describe('POST /dev/carrier/advance on the local stack', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'crossdesk-carrier-'));
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack({
      port: 0,
      dataDir,
      schedules: false,
      loadPlugins: false,
      log: () => {},
      env: { POWERTOOLS_LOG_LEVEL: 'WARN', CARRIER_INTERVAL: '5' },
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('moves a carrier parcel through the real webhook: the store shows it, a job is queued, demo stories untouched', async () => {
    const stores = createDynamoStores({
      tableName: stack.env.TABLE_NAME as string,
      client: stack.dynamo.client,
    });
    // The demo set as the seed wrote it, from the day the seed anchored it to.
    const marker = await documentClient(stack.dynamo.client).send(
      new GetCommand({ TableName: stack.env.TABLE_NAME, Key: keys.seedMarker(SEED_VERSION) }),
    );
    const demo = generateDemoData(Date.parse(String(marker.Item?.anchorDay)));
    const shopperOrders = DEMO_SHOPPERS.flatMap((s) => s.orders.map((o) => o.id));
    const before = new Map<string, Shipment[]>();
    for (const id of shopperOrders) before.set(id, await stores.orders.shipmentsForOrder(id));
    const carrierBefore = new Map<string, Shipment | undefined>();
    for (const t of Object.values(CARRIER_DEMO_TRACKING))
      carrierBefore.set(t, await stores.orders.getShipment(t));
    expect([...carrierBefore.values()].every(Boolean)).toBe(true);
    // Seeded once per data dir, under its own marker.
    expect(await seedCarrierDemoData(stores, stack.dynamo.client, stack.env.TABLE_NAME as string)).toBe(
      false,
    );

    const res = await fetch(`${stack.url}/dev/carrier/advance`, { method: 'POST' });
    expect(res.status).toBe(200);
    const result = (await res.json()) as CarrierAdvanceResult;
    expect(result.step).toBe(0);
    expect(result.moved.length).toBeGreaterThan(0);
    expect(result.webhook).toMatchObject({ status: 200, body: { ok: true, applied: result.moved.length } });

    for (const move of result.moved) {
      const stored = await stores.orders.getShipment(move.trackingNumber);
      expect(stored?.events.at(-1)).toMatchObject({ at: move.at, description: move.description });
      expect(stored?.events.length).toBe((carrierBefore.get(move.trackingNumber)?.events.length ?? 0) + 1);
    }
    // The webhook queued a shipment_update job per parcel, and the worker took them (none dead-lettered).
    await stack.queue.drain();
    expect(stack.queue.stats()).toMatchObject({ sent: result.moved.length, deadLettered: 0 });

    // A second advance is the next step; the scheduled run is the same advance.
    const second = (await (
      await fetch(`${stack.url}/dev/carrier/advance`, { method: 'POST' })
    ).json()) as CarrierAdvanceResult;
    expect(second.step).toBe(1);
    expect(stack.scheduler.names).toContain('carrier');
    expect(stack.scheduler.describe().find((s) => s.name === 'carrier')?.expression).toBe('rate(5 minutes)');
    const run = await fetch(`${stack.url}/dev/schedules/carrier/run`, { method: 'POST' });
    expect(((await run.json()) as { result: CarrierAdvanceResult }).result.step).toBe(2);
    expect((await fetch(`${stack.url}/dev/carrier/advance`)).status).toBe(405);

    for (const id of shopperOrders)
      expect(await stores.orders.shipmentsForOrder(id), id).toEqual(before.get(id));
    // …and the demo set itself is still what a fresh seed wrote (dates from today's anchor).
    for (const shipment of demo.shipments.filter((s) => shopperOrders.includes(s.orderId))) {
      expect((await stores.orders.getShipment(shipment.trackingNumber))?.events).toEqual(shipment.events);
    }
  }, 60_000);
});
