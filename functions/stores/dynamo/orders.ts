import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { OrderStore } from '../../core/ports';
import { dueDay, firstCheckAt } from '../../core/shipment-watch';
import type { Order, Product, Shipment } from '../../core/types';
import { ATTR, digitsOnly, GSI1, keys } from '../keys';
import { type DynamoContext, queryAll } from './shared';

export type TableItem = Record<string, unknown>;

// Orders and shipments keep their body under `data` as one JSON string, not a map: nothing ever queries
// or updates inside it, and one string attribute is far cheaper to marshal, validate, store and copy into
// the index than a tree of maps and lists (the order import writes ~1.5× faster into dynalite; DynamoDB
// bills the same bytes). Items written before this hold a map; `bodyOf` reads both.
const encodeBody = (body: Order | Shipment): string => JSON.stringify(body);

/**
 * The order or shipment an item holds, whether its `data` is the JSON string written now or the map
 * written by earlier versions.
 * @example
 * bodyOf({ PK: 'ORDER#A1', SK: 'ORDER', data: '{"id":"A1"}' }); // { id: 'A1' }
 */
export function bodyOf(item: TableItem | undefined): unknown {
  const data = item?.data;
  return typeof data === 'string' ? JSON.parse(data) : data;
}

/**
 * The two items of an order, in the order `putOrder` writes them: the phone copy (getOrder, the phone
 * index) first, the customer copy (the customer index) second. Exported so bulk writers (the order
 * import) store exactly what `putOrder` stores.
 */
export function orderItems(order: Order): [byPhone: TableItem, byCustomer: TableItem] {
  const sort = keys.orderSort(order.placedAt, order.id);
  const stored = { ...order, customer: { ...order.customer, phone: digitsOnly(order.customer.phone) } };
  const data = encodeBody(stored);
  return [
    {
      ...keys.order(order.id),
      [ATTR.gsi1pk]: keys.phoneIndex(stored.customer.phone),
      [ATTR.gsi1sk]: sort,
      data,
    },
    {
      ...keys.orderByCustomer(order.id),
      [ATTR.gsi1pk]: keys.customerIndex(order.customer.id),
      [ATTR.gsi1sk]: sort,
      data,
    },
  ];
}

/** The shipment item `putShipment` writes (listed under its order). */
export function shipmentItem(shipment: Shipment): TableItem {
  return {
    ...keys.shipment(shipment.trackingNumber),
    [ATTR.gsi1pk]: keys.shipmentsOfOrderIndex(shipment.orderId),
    [ATTR.gsi1sk]: keys.shipmentSort(shipment.trackingNumber),
    data: encodeBody(shipment),
  };
}

/** The delay scan's watch entry: listed under its due day while open; without index keys once closed. */
export function shipmentWatchItem(trackingNumber: string, dueAt: string | undefined): TableItem {
  return {
    ...keys.shipmentWatch(trackingNumber),
    trackingNumber,
    ...(dueAt
      ? {
          [ATTR.gsi1pk]: keys.watchDayIndex(dueDay(dueAt)),
          [ATTR.gsi1sk]: keys.watchSort(dueAt, trackingNumber),
          dueAt,
        }
      : {}),
  };
}

/**
 * The two items of a shipment, in the order `putShipment` writes them: the shipment, then its watch entry
 * filed under the day `firstCheckAt` says it is due (off the list once delivered or returned).
 */
export function shipmentItems(
  shipment: Shipment,
  now: Date = new Date(),
): [shipment: TableItem, watch: TableItem] {
  return [shipmentItem(shipment), shipmentWatchItem(shipment.trackingNumber, firstCheckAt(shipment, now))];
}

/** Orders, shipments and products: merchant data the tools read. */
export function createDynamoOrderStore(ctx: DynamoContext): OrderStore {
  const get = async (key: { PK: string; SK: string }) =>
    bodyOf((await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: key }))).Item);

  const byIndex = async (gsi1pk: string, newestFirst: boolean) =>
    (
      await queryAll(ctx, {
        IndexName: GSI1,
        KeyConditionExpression: '#gpk = :gpk',
        ExpressionAttributeNames: { '#gpk': ATTR.gsi1pk },
        ExpressionAttributeValues: { ':gpk': gsi1pk },
        ScanIndexForward: !newestFirst,
      })
    ).map(bodyOf);

  const put = (item: Record<string, unknown>) =>
    ctx.doc.send(new PutCommand({ TableName: ctx.tableName, Item: item }));

  /** The watch entry: listed under its due day while open; without index keys (off every list) once closed. */
  const watch = async (trackingNumber: string, dueAt: string | undefined): Promise<void> => {
    await put(shipmentWatchItem(trackingNumber, dueAt));
  };

  return {
    getOrder: async (orderId) => (await get(keys.order(orderId))) as Order | undefined,
    ordersForPhone: async (phone) => (await byIndex(keys.phoneIndex(phone), true)) as Order[],
    ordersForCustomer: async (customerId) => (await byIndex(keys.customerIndex(customerId), true)) as Order[],
    async putOrder(order) {
      // Two items, no transaction (dynalite has none): the phone copy is the source of truth for
      // getOrder, the customer copy only feeds the customer index. A crash between the two leaves the
      // customer index one order short until the next write — acceptable for merchant-synced data.
      const [byPhone, byCustomer] = orderItems(order);
      await put(byPhone);
      await put(byCustomer);
    },
    getShipment: async (trackingNumber) => (await get(keys.shipment(trackingNumber))) as Shipment | undefined,
    shipmentsForOrder: async (orderId) =>
      (await byIndex(keys.shipmentsOfOrderIndex(orderId), false)) as Shipment[],
    async putShipment(shipment) {
      const [item, watchEntry] = shipmentItems(shipment, new Date(ctx.now()));
      await put(item);
      await put(watchEntry);
    },
    watchShipment: (trackingNumber, dueAt) => watch(trackingNumber, dueAt),
    async shipmentsDue(now, options = {}) {
      const days = options.days ?? 14;
      const limit = options.limit ?? 1000;
      const cutoff = now.toISOString();
      const due: string[] = [];
      // Oldest day first: a shipment overdue since last week is no less late than today's.
      for (let back = days - 1; back >= 0 && due.length < limit; back--) {
        const day = dueDay(new Date(now.getTime() - back * 86_400_000).toISOString());
        const items = await queryAll(
          ctx,
          {
            IndexName: GSI1,
            KeyConditionExpression: '#gpk = :gpk AND #gsk <= :cutoff',
            ExpressionAttributeNames: { '#gpk': ATTR.gsi1pk, '#gsk': ATTR.gsi1sk },
            ExpressionAttributeValues: { ':gpk': keys.watchDayIndex(day), ':cutoff': `${cutoff}#\uffff` },
          },
          limit - due.length,
        );
        for (const item of items) due.push(item.trackingNumber as string);
      }
      return due;
    },
    getProduct: async (productId) => (await get(keys.product(productId))) as Product | undefined,
    listProducts: async () => (await byIndex(keys.productsIndex, false)) as Product[],
    async putProduct(product) {
      await put({
        ...keys.product(product.id),
        [ATTR.gsi1pk]: keys.productsIndex,
        [ATTR.gsi1sk]: keys.productSort(product.id),
        data: product,
      });
    },
  };
}
