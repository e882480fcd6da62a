import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { OrderStore } from '../../core/ports';
import type { Order, Product, Shipment } from '../../core/types';
import { ATTR, digitsOnly, GSI1, keys } from '../keys';
import { type DynamoContext, queryAll } from './shared';

/** Orders, shipments and products: merchant data the tools read. */
export function createDynamoOrderStore(ctx: DynamoContext): OrderStore {
  const get = async (key: { PK: string; SK: string }) =>
    (await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: key }))).Item?.data;

  const byIndex = async (gsi1pk: string, newestFirst: boolean) =>
    (
      await queryAll(ctx, {
        IndexName: GSI1,
        KeyConditionExpression: '#gpk = :gpk',
        ExpressionAttributeNames: { '#gpk': ATTR.gsi1pk },
        ExpressionAttributeValues: { ':gpk': gsi1pk },
        ScanIndexForward: !newestFirst,
      })
    ).map((item) => item.data);

  const put = (item: Record<string, unknown>) =>
    ctx.doc.send(new PutCommand({ TableName: ctx.tableName, Item: item }));

  return {
    getOrder: async (orderId) => (await get(keys.order(orderId))) as Order | undefined,
    ordersForPhone: async (phone) => (await byIndex(keys.phoneIndex(phone), true)) as Order[],
    ordersForCustomer: async (customerId) => (await byIndex(keys.customerIndex(customerId), true)) as Order[],
    async putOrder(order) {
      const sort = keys.orderSort(order.placedAt, order.id);
      const stored = { ...order, customer: { ...order.customer, phone: digitsOnly(order.customer.phone) } };
      // Two items, no transaction (dynalite has none): the phone copy is the source of truth for
      // getOrder, the customer copy only feeds the customer index. A crash between the two leaves the
      // customer index one order short until the next write — acceptable for merchant-synced data.
      await put({
        ...keys.order(order.id),
        [ATTR.gsi1pk]: keys.phoneIndex(stored.customer.phone),
        [ATTR.gsi1sk]: sort,
        data: stored,
      });
      await put({
        ...keys.orderByCustomer(order.id),
        [ATTR.gsi1pk]: keys.customerIndex(order.customer.id),
        [ATTR.gsi1sk]: sort,
        data: stored,
      });
    },
    getShipment: async (trackingNumber) => (await get(keys.shipment(trackingNumber))) as Shipment | undefined,
    shipmentsForOrder: async (orderId) =>
      (await byIndex(keys.shipmentsOfOrderIndex(orderId), false)) as Shipment[],
    async putShipment(shipment) {
      await put({
        ...keys.shipment(shipment.trackingNumber),
        [ATTR.gsi1pk]: keys.shipmentsOfOrderIndex(shipment.orderId),
        [ATTR.gsi1sk]: keys.shipmentSort(shipment.trackingNumber),
        data: shipment,
      });
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
