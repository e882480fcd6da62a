import * as z from 'zod';
import { type Cancellation, defineTool } from '../core/tools';
import { loadOwnedOrder } from './authorize';
import { stillAllowed } from './change-address';
import { describeItems } from './find-orders';
import { orderIdInput } from './lookup-order';

const cancelInput = z.object({ orderId: orderIdInput, confirm: z.boolean().optional() });

export const cancelOrder = defineTool<typeof cancelInput, Cancellation>({
  name: 'cancel_order',
  description:
    'Cancels one of the current shopper’s orders while it has not been fulfilled. First call with confirm=false and ask the shopper; call with confirm=true only after they said yes.',
  input: cancelInput,
  async run(ctx, input) {
    const owned = await loadOwnedOrder(ctx, input.orderId);
    if (!owned.ok) return owned;
    const order = owned.data;
    if (order.status === 'cancelled') {
      return {
        ok: false,
        error: 'already_cancelled',
        message: `Order ${order.id} is already cancelled.`,
        data: { orderId: order.id },
      };
    }
    if (!stillAllowed(order.status, ctx.merchant.policies.cancelUntil)) {
      return {
        ok: false,
        error: 'too_late',
        message: `Order ${order.id} is ${order.status}: too late to cancel.`,
        data: { orderId: order.id, status: order.status },
      };
    }
    const data: Cancellation = {
      stage: 'confirm',
      orderId: order.id,
      items: describeItems(order),
      total: order.total,
    };
    if (!input.confirm) return { ok: true, data };
    await ctx.orders.putOrder({ ...order, status: 'cancelled' });
    return { ok: true, data: { ...data, stage: 'done' as const } };
  },
});

export type { Cancellation } from '../core/tools';
