// Tracking updates through the wire on the whole local stack: a body signed with the local
// TRACKING_WEBHOOK_SECRET, POSTed over HTTP to /tracking/events → API Gateway emulator → the tracking
// Lambda → dynalite → SQS FIFO → the worker, which may speak first to the shopper.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shipment } from '../../functions/core/types';
import { CROSSDESK_SIGNATURE_HEADER, signCrossdeskBody } from '../../functions/services/tracking/index';
import { createDynamoStores } from '../../functions/stores/dynamo';
import type { Stores } from '../../functions/stores/stores';
import { localSecrets } from '../../lib/local/defaults';
import { type E2eStack, startE2eStack } from './harness';

const MINUTE = 60_000;

describe('POST /tracking/events on the full local stack', () => {
  let e2e: E2eStack;
  let stores: Stores;
  const secret = localSecrets({}).TRACKING_WEBHOOK_SECRET;

  beforeAll(async () => {
    e2e = await startE2eStack();
    stores = createDynamoStores({
      tableName: e2e.stack.env.TABLE_NAME ?? 'crossdesk',
      client: e2e.stack.dynamo.client,
    });
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  const post = async (body: string, headers: Record<string, string>) => {
    const res = await fetch(`${e2e.stack.url}/tracking/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
  const signedPost = (body: string) =>
    post(body, { [CROSSDESK_SIGNATURE_HEADER]: signCrossdeskBody(Buffer.from(body), secret) });

  const shipmentOf = async (orderId: string): Promise<Shipment> => {
    const [shipment] = await stores.orders.shipmentsForOrder(orderId);
    if (!shipment) throw new Error(`the seed has no shipment for order ${orderId}`);
    return shipment;
  };

  it('401 unsigned or wrongly signed, and the shipment is unchanged', async () => {
    const before = await shipmentOf('55012');
    const body = JSON.stringify({
      events: [
        {
          id: 'e2e-unsigned-1',
          trackingNumber: before.trackingNumber,
          status: 'delivered',
          at: new Date(Date.now() - MINUTE).toISOString(),
          location: 'Berlin, DE',
          description: 'Zugestellt',
        },
      ],
    });
    expect((await post(body, {})).status).toBe(401);
    const wrong = signCrossdeskBody(Buffer.from(body), 'not-the-local-secret');
    expect((await post(body, { [CROSSDESK_SIGNATURE_HEADER]: wrong })).status).toBe(401);
    expect(await shipmentOf('55012')).toEqual(before);
  });

  it("200: a signed event for a demo shopper's parcel is stored, its job runs, a redelivery changes nothing", async () => {
    // Lukas (de, Telegram): order 55012 in transit with UPS → out for delivery.
    const before = await shipmentOf('55012');
    const at = new Date(Date.now() - 2 * MINUTE).toISOString();
    const body = JSON.stringify({
      events: [
        {
          id: 'e2e-ups-ofd-1',
          trackingNumber: before.trackingNumber,
          status: 'out_for_delivery',
          at,
          location: 'Berlin, DE',
          description: 'Das Paket wird heute zugestellt / Out for delivery',
          carrier: 'UPS',
          estimatedDelivery: at.slice(0, 10),
        },
      ],
    });
    const sentBefore = e2e.stack.queue.stats().sent;
    const first = await signedPost(body);
    expect(first).toEqual({
      status: 200,
      json: { ok: true, applied: 1, duplicates: 0, unknown: 0, ignored: 0 },
    });

    const after = await shipmentOf('55012');
    expect(after.events.at(-1)).toEqual({
      at,
      code: 'out_for_delivery',
      location: 'Berlin, DE',
      description: 'Das Paket wird heute zugestellt / Out for delivery',
    });
    expect(after.events).toHaveLength(before.events.length + 1);
    expect(after.estimatedDelivery).toBe(at.slice(0, 10));
    // The shipment_update job went through the SQS wire to the worker, which took it.
    expect(e2e.stack.queue.stats().sent).toBe(sentBefore + 1);
    await e2e.stack.queue.drain();
    expect(e2e.stack.queue.deadLetters()).toEqual([]);

    const again = await signedPost(body);
    expect(again).toEqual({
      status: 200,
      json: { ok: true, applied: 0, duplicates: 1, unknown: 0, ignored: 0 },
    });
    expect(await shipmentOf('55012')).toEqual(after);
    expect(e2e.stack.queue.stats().sent).toBe(sentBefore + 1);
  });

  it('the carrier delivers the last parcel of an order: the worker marks the order delivered', async () => {
    // Lukas's order 55012 has one parcel; until now the store says shipped, as the seed imported it.
    expect((await stores.orders.getOrder('55012'))?.status).toBe('shipped');
    const shipment = await shipmentOf('55012');
    const at = new Date(Date.now() - MINUTE).toISOString();
    const body = JSON.stringify({
      events: [
        {
          id: 'e2e-ups-delivered-1',
          trackingNumber: shipment.trackingNumber,
          status: 'delivered',
          at,
          location: 'Berlin, DE',
          description: 'Zugestellt / Delivered',
        },
      ],
    });
    expect((await signedPost(body)).status).toBe(200);
    await e2e.stack.queue.drain();
    const order = await stores.orders.getOrder('55012');
    expect(order).toMatchObject({ status: 'delivered', deliveredAt: at });
    // Its other order, returned last month, stays returned.
    expect((await stores.orders.getOrder('45533'))?.status).toBe('returned');
  });

  it('202 for a tracking number that is not ours, 400 for a malformed body', async () => {
    const stranger = JSON.stringify({
      events: [
        {
          id: 'e2e-stranger-1',
          trackingNumber: 'LX000000000CN',
          status: 'in_transit',
          at: new Date(Date.now() - MINUTE).toISOString(),
          location: 'Nowhere',
          description: 'In transit',
        },
      ],
    });
    expect(await signedPost(stranger)).toMatchObject({
      status: 202,
      json: { unknown: 1, unknownTrackingNumbers: ['LX000000000CN'] },
    });
    expect((await signedPost('{"events":[{"id":"x"}]}')).status).toBe(400);
    expect((await signedPost('not json')).status).toBe(400);
  });

  it('an exception on the parcel of a shopper who chatted: the bot tells them first', async () => {
    // James (en, WhatsApp) writes once, so he has a conversation; then his silent parcel 51409 is damaged.
    const james = '14155550123';
    await e2e.say('whatsapp', james, 'hi');
    const before = (await e2e.outbox(james)).length;
    const shipment = await shipmentOf('51409');
    const body = JSON.stringify({
      events: [
        {
          id: 'e2e-exception-51409',
          trackingNumber: shipment.trackingNumber,
          status: 'exception',
          at: new Date(Date.now() - MINUTE).toISOString(),
          location: 'Los Angeles, US',
          description: 'Parcel damaged in transit',
        },
      ],
    });
    expect((await signedPost(body)).status).toBe(200);
    await e2e.stack.queue.drain();
    const told = (await e2e.outbox(james)).slice(before).map((entry) => entry.text);
    expect(told.length).toBeGreaterThanOrEqual(1);
    expect(told.join('\n')).toContain('51409');
    expect(told.join('\n')).toContain(shipment.trackingNumber);
    // The redelivered event is deduped at the door: no job, so no second message.
    expect((await signedPost(body)).json).toMatchObject({ applied: 0, duplicates: 1 });
    await e2e.stack.queue.drain();
    expect((await e2e.outbox(james)).length).toBe(before + told.length);
  });
});
