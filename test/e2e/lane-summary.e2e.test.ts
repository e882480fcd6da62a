// One lane, many delays, one summary, end to end on the local stack: parcels shipped Shenzhen → Santiago
// are damaged one after another (signed tracking events through the tracking Lambda, SQS and the worker);
// once `proactive.laneSummaryAt` of them are delayed today, the agents get one summary of the lane — and
// not one more for the parcels after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order, Shipment } from '../../functions/core/types';
import { createDynamoStores } from '../../functions/stores/dynamo';
import { type E2eStack, startE2eStack } from './harness';

const SUMMARY_AT = 3;

describe('a lane with many delayed parcels tells the agents once', () => {
  let e2e: E2eStack;
  beforeAll(async () => {
    e2e = await startE2eStack({
      merchantConfig: (config) => ({
        ...config,
        proactive: { ...config.proactive, laneSummaryAt: SUMMARY_AT },
      }),
    });
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  const laneAlerts = async () =>
    (await e2e.outbox()).filter(
      (entry) =>
        (entry.channel as string) === 'agent:webhook' && JSON.stringify(entry).includes('lane_delay'),
    );

  const damaged = async (trackingNumber: string, n: number) =>
    expect(
      await e2e.trackingEvents([
        {
          id: `e2e-lane-${n}`,
          trackingNumber,
          status: 'exception',
          at: new Date(Date.now() - 60_000).toISOString(),
          location: 'Santiago, CL',
          description: 'Paquete dañado / Parcel damaged',
        },
      ]),
    ).toBe(200);

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
