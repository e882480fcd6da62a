// How orders and shipments sit in the table: their body is one JSON string (cheap to store and index), and
// items an earlier version wrote with the body as a map still read the same, through every look-up.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Shipment } from '../../../functions/core/types';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { orderItems, shipmentItem } from '../../../functions/stores/dynamo/orders';
import { documentClient } from '../../../functions/stores/dynamo/shared';
import { keys } from '../../../functions/stores/keys';
import { useDynaliteTables } from '../../helpers/dynalite-tables';
import { order } from './fixtures';

const shipment: Shipment = {
  orderId: '40001',
  trackingNumber: '1ZMAP',
  carrier: 'UPS',
  service: 'Express',
  origin: 'CN',
  destination: 'BR',
  estimatedDelivery: '2026-01-09',
  events: [
    {
      at: '2026-01-02T08:00:00Z',
      code: 'in_transit',
      location: 'Shenzhen, CN',
      description: 'Departed Shenzhen',
    },
  ],
};

describe('order and shipment bodies in DynamoDB', () => {
  const dynalite = useDynaliteTables();
  const fresh = async () => {
    const tableName = await dynalite.freshTable();
    const stores = createDynamoStores({ tableName, client: dynalite.client });
    return { tableName, stores, doc: documentClient(dynalite.client) };
  };

  it('writes the body of an order and a shipment as one JSON string', async () => {
    const { tableName, stores, doc } = await fresh();
    await stores.orders.putOrder(order('40001', '5511987654321', '2026-01-01T00:00:00Z'));
    await stores.orders.putShipment(shipment);
    const stored = await doc.send(new GetCommand({ TableName: tableName, Key: keys.order('40001') }));
    expect(typeof stored.Item?.data).toBe('string');
    expect(JSON.parse(stored.Item?.data as string).customer.name).toBe('Ana Souza');
    const ship = await doc.send(new GetCommand({ TableName: tableName, Key: keys.shipment('1ZMAP') }));
    expect(typeof ship.Item?.data).toBe('string');
  });

  it('reads orders and shipments an earlier version stored with the body as a map', async () => {
    const { tableName, stores, doc } = await fresh();
    const legacy = order('40001', '5511987654321', '2026-01-01T00:00:00Z');
    // The items exactly as before: same keys and index keys, the body a map.
    for (const item of [...orderItems(legacy), shipmentItem(shipment)]) {
      const body = JSON.parse(item.data as string);
      await doc.send(new PutCommand({ TableName: tableName, Item: { ...item, data: body } }));
    }
    const raw = await doc.send(new GetCommand({ TableName: tableName, Key: keys.order('40001') }));
    expect(typeof raw.Item?.data).toBe('object');

    expect(await stores.orders.getOrder('40001')).toEqual({
      ...legacy,
      customer: { ...legacy.customer, phone: '5511987654321' },
    });
    expect((await stores.orders.ordersForPhone('5511987654321')).map((o) => o.id)).toEqual(['40001']);
    expect((await stores.orders.ordersForCustomer(legacy.customer.id)).map((o) => o.id)).toEqual(['40001']);
    expect((await stores.orders.getShipment('1ZMAP'))?.events[0]?.description).toBe('Departed Shenzhen');
    expect((await stores.orders.shipmentsForOrder('40001')).map((s) => s.trackingNumber)).toEqual(['1ZMAP']);
    expect((await stores.privacy.ordersForEmail('ANA@example.com')).map((o) => o.id)).toEqual(['40001']);

    // Writing it again (a re-import, a status change) stores the new form; both copies stay one order.
    await stores.orders.putOrder({ ...legacy, status: 'delivered' });
    expect((await stores.orders.ordersForPhone('5511987654321')).map((o) => o.status)).toEqual(['delivered']);
  });
});
