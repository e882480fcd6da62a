import * as z from 'zod';
import { defineTool, type OrderSummary } from '../core/tools';
import type { Order } from '../core/types';
import { isAnonymous, needsVerification, ownedOrders } from './authorize';

/** A short human description of an order's lines, e.g. "Linen shirt ×2, Canvas tote". */
export function describeItems(order: Order): string {
  return order.lines
    .map((line) => (line.quantity > 1 ? `${line.name} ×${line.quantity}` : line.name))
    .join(', ');
}

export const summarizeOrder = (order: Order): OrderSummary => ({
  orderId: order.id,
  status: order.status,
  placedAt: order.placedAt,
  items: describeItems(order),
  total: order.total,
});

export const findOrders = defineTool({
  name: 'find_orders',
  description:
    'Lists the current shopper’s own orders, newest first (order number, status, date, items, total). Use it when the shopper asks about "my order" without a number.',
  input: z.object({
    limit: z.number().int().min(1).max(20).optional().describe('How many orders to return (default 10).'),
  }),
  async run(ctx, input) {
    if (isAnonymous(ctx)) return needsVerification();
    const orders = await ownedOrders(ctx);
    return { ok: true, data: { orders: orders.slice(0, input.limit ?? 10).map(summarizeOrder) } };
  },
});

export type { OrderSummary } from '../core/tools';
