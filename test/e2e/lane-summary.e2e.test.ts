// One lane, many delays, one summary, end to end on the local stack: parcels shipped Shenzhen → Santiago
// are damaged one after another (signed tracking events through the tracking Lambda, SQS and the worker);
// once `proactive.laneSummaryAt` of them are delayed today, the agents get one summary of the lane — and
// not one more for the parcels after it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order, Shipment } from '../../functions/core/types';
import { signCrossdeskBody } from '../../functions/services/tracking/normalized';
import { createDynamoStores } from '../../functions/stores/dynamo';
import { localSecrets } from '../../lib/local/defaults';
import { type E2eStack, startE2eStack } from './harness';

const SUMMARY_AT = 3;

describe('a lane with many delayed parcels tells the agents once', () => {
  let e2e: E2eStack;
  const saved = process.env.MERCHANT_CONFIG;
  beforeAll(async () => {
    const config = JSON.parse(readFileSync('crossdesk.config.json', 'utf8'));
    process.env.MERCHANT_CONFIG = JSON.stringify({
      ...config,
      proactive: { ...config.proactive, laneSummaryAt: SUMMARY_AT },
    });
    e2e = await startE2eStack();
  });
  afterAll(async () => {
    await e2e?.stop();
    if (saved === undefined) delete process.env.MERCHANT_CONFIG;
    else process.env.MERCHANT_CONFIG = saved;
  });

  const laneAlerts = async () =>
    (await e2e.outbox()).filter(
      (entry) =>
        (entry.channel as string) === 'agent:webhook' && JSON.stringify(entry).includes('lane_delay'),
    );

  const damaged = async (trackingNumber: string, n: number) => {
    const body = Buffer.from(
      JSON.stringify({
        events: [
          {
            id: `e2e-lane-${n}`,
            trackingNumber,
            status: 'exception',
            at: new Date(Date.now() - 60_000).toISOString(),
            location: 'Santiago, CL',
            description: 'Paquete dañado / Parcel damaged',
          },
        ],
      }),
    );
    const response = await fetch(`${e2e.stack.url}/tracking/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-crossdesk-signature': signCrossdeskBody(body, localSecrets({}).TRACKING_WEBHOOK_SECRET),
      },
      body,
    });
    expect(response.status).toBe(200);
    await e2e.stack.queue.drain();
  };

  it('sends one summary at the threshold and none for the parcels after it', async () => {
    const stores = createDynamoStores({ tableName: e2e.stack.env.TABLE_NAME ?? 'crossdesk' });
    // Five orders of the demo shop's, shipped on a lane no demo parcel uses: Shenzhen → Santiago.
    const model = (await stores.orders.getOrder('55012')) as Order;
    const shipment = (await stores.orders.getShipment(model.trackingNumbers[0] as string)) as Shipment;
    const parcels: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const orderId = `7710${i}`;
      const trackingNumber = `YT77100000${i}CN`;
      await stores.orders.putOrder({ ...model, id: orderId, trackingNumbers: [trackingNumber] });
      await stores.orders.putShipment({
        ...shipment,
        orderId,
        trackingNumber,
        origin: 'Shenzhen, CN',
        destination: 'Santiago, CL',
      });
      parcels.push(trackingNumber);
    }
    expect(await laneAlerts()).toEqual([]);

    for (const [n, tracking] of parcels.slice(0, SUMMARY_AT - 1).entries()) await damaged(tracking, n);
    expect(await laneAlerts()).toEqual([]);

    await damaged(parcels[SUMMARY_AT - 1] as string, SUMMARY_AT);
    const [summary, ...more] = await laneAlerts();
    expect(more).toEqual([]);
    const text = JSON.stringify(summary);
    expect(text).toContain(`${SUMMARY_AT} delayed parcels on CN → CL today`);
    // The outbox line a person reads at /dev/outbox says what the alert is.
    expect(summary?.text).toMatch(/^alert \(lane_delay\) 3 delayed parcels on CN → CL today: /);
    // The summary is about the lane: no shopper's name, phone or address in it.
    expect(text).not.toContain(model.customer.name);
    expect(text).not.toContain(model.customer.phone);

    for (const [n, tracking] of parcels.slice(SUMMARY_AT).entries()) await damaged(tracking, 10 + n);
    expect(await laneAlerts()).toHaveLength(1);
  });
});
