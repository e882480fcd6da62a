import * as z from 'zod';
import { defineTool, type OrderView } from '../core/tools';
import { loadOwnedOrder } from './authorize';

/** What a shopper may see of their order: everything but the customer record (the tools never echo it). */

export const orderIdInput = z
  .string()
  .regex(/^\d{5}$/, 'an order number has 5 digits')
  .describe('The 5-digit order number, digits only (e.g. "48213").');

export const lookupOrder = defineTool({
  name: 'lookup_order',
  description:
    'Gets one of the current shopper’s orders by its number: status, dates, items, total, address, tracking numbers. Orders of other shoppers are never returned.',
  input: z.object({ orderId: orderIdInput }),
  async run(ctx, input) {
    const owned = await loadOwnedOrder(ctx, input.orderId);
    if (!owned.ok) return owned;
    const order = owned.data;
    const view: OrderView = {
      orderId: order.id,
      status: order.status,
      placedAt: order.placedAt,
      fulfilledAt: order.fulfilledAt,
      deliveredAt: order.deliveredAt,
      lines: order.lines,
      total: order.total,
      shippingAddress: order.shippingAddress,
      trackingNumbers: order.trackingNumbers,
    };
    return { ok: true, data: view };
  },
});

export type { OrderView } from '../core/tools';
