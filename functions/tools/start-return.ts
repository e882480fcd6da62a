import * as z from 'zod';
import { defineTool, type ReturnStarted } from '../core/tools';
import { loadOwnedOrder } from './authorize';
import { openCase } from './case-store';
import { orderIdInput } from './lookup-order';

const DAY_MS = 86_400_000;
const DEFAULT_LABEL_BASE = 'https://returns.example.com/label';

export const startReturn = defineTool({
  name: 'start_return',
  description:
    'Opens a return (RMA) for delivered items of one of the current shopper’s orders, within the merchant’s return window. If the order has several items and the shopper has not said which, call it without skus to get the list (error needs_item).',
  input: z.object({
    orderId: orderIdInput,
    skus: z
      .array(z.string().min(1))
      .max(20)
      .optional()
      .describe('SKUs of the items to return; all items when the order has one.'),
  }),
  async run(ctx, input) {
    const owned = await loadOwnedOrder(ctx, input.orderId);
    if (!owned.ok) return owned;
    const order = owned.data;
    const { returnWindowDays, returnConditions, returnLabelBaseUrl } = ctx.merchant.policies;
    if (order.status !== 'delivered' || !order.deliveredAt) {
      return {
        ok: false,
        error: 'not_delivered',
        message: `Order ${order.id} is ${order.status}, not delivered.`,
        data: { orderId: order.id, status: order.status },
      };
    }
    const windowEnds = new Date(Date.parse(order.deliveredAt) + returnWindowDays * DAY_MS);
    if (windowEnds.getTime() < ctx.now.getTime()) {
      return {
        ok: false,
        error: 'window_closed',
        message: `Delivered ${order.deliveredAt}, outside the ${returnWindowDays}-day return window.`,
        data: { orderId: order.id, deliveredAt: order.deliveredAt, days: returnWindowDays },
      };
    }
    const lines = input.skus?.length ? order.lines.filter((l) => input.skus?.includes(l.sku)) : order.lines;
    if (input.skus?.length && lines.length !== new Set(input.skus).size) {
      return {
        ok: false,
        error: 'invalid_input',
        message: 'Some SKUs are not in this order.',
        data: { orderId: order.id },
      };
    }
    if (!input.skus?.length && order.lines.length > 1) {
      return {
        ok: false,
        error: 'needs_item',
        message: 'Ask which item(s) to return.',
        data: {
          orderId: order.id,
          lines: order.lines.map((l) => ({ sku: l.sku, name: l.name, size: l.size, colour: l.colour })),
        },
      };
    }
    if (!ctx.cases)
      return { ok: false, error: 'unavailable', message: 'Returns cannot be opened right now.' };

    const items = lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity }));
    const shipments = await ctx.orders.shipmentsForOrder(order.id);
    const carrier = shipments[0]?.carrier ?? 'the carrier';
    const skuKey = items
      .map((i) => i.sku)
      .sort()
      .join(',');
    // A repeated request (a retried turn, a shopper asking twice) returns the open RMA instead of a second one.
    const open = (await ctx.cases.casesForOrder(order.id)).find(
      (c) =>
        c.kind === 'return' &&
        c.status === 'open' &&
        c.items
          .map((i) => i.sku)
          .sort()
          .join(',') === skuKey,
    );
    if (open) {
      return {
        ok: true,
        data: {
          rma: open.id,
          orderId: order.id,
          items,
          returnBy: open.returnBy ?? windowEnds.toISOString(),
          labelUrl: open.labelUrl ?? '',
          carrier,
          conditions: returnConditions,
          existing: true,
        },
      };
    }
    const labelBase = (returnLabelBaseUrl ?? DEFAULT_LABEL_BASE).replace(/\/$/, '');
    const labelFor = (rma: string) => `${labelBase}/${rma}`;
    const now = ctx.now.toISOString();
    const supportCase = await openCase(ctx.cases, 'return', order.id, (rma) => ({
      id: rma,
      kind: 'return',
      orderId: order.id,
      customerId: order.customer.id,
      conversationId: ctx.conversation.id,
      status: 'open',
      items: items.map(({ sku, quantity }) => ({ sku, quantity })),
      photos: [],
      returnBy: windowEnds.toISOString(),
      labelUrl: labelFor(rma),
      createdAt: now,
      updatedAt: now,
    }));
    const data: ReturnStarted = {
      rma: supportCase.id,
      orderId: order.id,
      items,
      returnBy: windowEnds.toISOString(),
      labelUrl: labelFor(supportCase.id),
      carrier,
      conditions: returnConditions,
      existing: false,
    };
    return { ok: true, data };
  },
});

export type { ReturnStarted } from '../core/tools';
