import * as z from 'zod';
import { type DelayCase, defineTool } from '../core/tools';
import { loadOwnedOrder } from './authorize';
import { openCase } from './case-store';
import { orderIdInput } from './lookup-order';

const flagInput = z.object({
  orderId: orderIdInput,
  reason: z
    .string()
    .max(40)
    .optional()
    .describe('Why it is late, e.g. "silent" (no carrier news) or "late".'),
});

/**
 * Opens a delay case so a colleague chases the carrier: the bot may say "I've flagged it" only after
 * this succeeded. One open case per order; asking again hands the same case back.
 */
export const flagDelay = defineTool<typeof flagInput, DelayCase>({
  name: 'flag_delay',
  description:
    'Opens a case for a colleague to chase the carrier about one of the current shopper’s late or stuck shipments (no carrier update for days, past the estimated date). Only say it was flagged after this succeeds.',
  input: flagInput,
  async run(ctx, input) {
    const owned = await loadOwnedOrder(ctx, input.orderId);
    if (!owned.ok) return owned;
    const order = owned.data;
    if (!ctx.cases) return { ok: false, error: 'unavailable', message: 'Cases cannot be opened right now.' };
    const open = (await ctx.cases.casesForOrder(order.id)).find(
      (c) => c.kind === 'delay' && c.status !== 'closed',
    );
    if (open) return { ok: true, data: { caseId: open.id, orderId: order.id, created: false } };
    const now = ctx.now.toISOString();
    const supportCase = await openCase(ctx.cases, 'delay', order.id, (id) => ({
      id,
      kind: 'delay',
      orderId: order.id,
      customerId: order.customer.id,
      conversationId: ctx.conversation.id,
      status: 'open',
      items: [],
      photos: [],
      description: input.reason ? `Shipment delayed: ${input.reason}` : 'Shipment delayed',
      createdAt: now,
      updatedAt: now,
    }));
    return { ok: true, data: { caseId: supportCase.id, orderId: order.id, created: true } };
  },
});
