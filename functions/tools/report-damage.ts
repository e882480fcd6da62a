import * as z from 'zod';
import { type DamageClaim, defineTool } from '../core/tools';
import type { SupportCase } from '../core/types';
import { loadOwnedOrder } from './authorize';
import { openCase } from './case-store';
import { orderIdInput } from './lookup-order';

export const reportDamage = defineTool({
  name: 'report_damage',
  description:
    'Opens a damage claim for one of the current shopper’s orders, or adds photos to the claim already open for it. Photos are media references the conversation received.',
  input: z.object({
    orderId: orderIdInput,
    description: z.string().max(1000).optional(),
    photos: z.array(z.string().min(1).max(500)).max(10).optional(),
  }),
  async run(ctx, input) {
    const owned = await loadOwnedOrder(ctx, input.orderId);
    if (!owned.ok) return owned;
    const order = owned.data;
    if (order.status === 'pending' || order.status === 'processing' || order.status === 'cancelled') {
      return {
        ok: false,
        error: 'not_shipped',
        message: `Order ${order.id} is ${order.status}: nothing has been shipped.`,
        data: { orderId: order.id, status: order.status },
      };
    }
    if (!ctx.cases) return { ok: false, error: 'unavailable', message: 'Claims cannot be opened right now.' };
    const now = ctx.now.toISOString();
    const photos = input.photos ?? [];
    const open = (await ctx.cases.casesForOrder(order.id)).find(
      (c) => c.kind === 'damage' && c.status !== 'closed',
    );
    if (open) {
      const merged = [...open.photos, ...photos.filter((p) => !open.photos.includes(p))];
      const updated: SupportCase = {
        ...open,
        photos: merged,
        status: merged.length > 0 ? 'open' : open.status,
        description: open.description ?? input.description,
        updatedAt: now,
      };
      await ctx.cases.putCase(updated);
      const data: DamageClaim = {
        claimId: open.id,
        orderId: order.id,
        status: updated.status,
        photoCount: merged.length,
        created: false,
      };
      return { ok: true, data };
    }
    const supportCase = await openCase(ctx.cases, 'damage', order.id, (id) => ({
      id,
      kind: 'damage',
      orderId: order.id,
      customerId: order.customer.id,
      conversationId: ctx.conversation.id,
      status: photos.length > 0 ? 'open' : 'awaiting_photos',
      items: order.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })),
      photos,
      description: input.description,
      createdAt: now,
      updatedAt: now,
    }));
    const data: DamageClaim = {
      claimId: supportCase.id,
      orderId: order.id,
      status: supportCase.status,
      photoCount: photos.length,
      created: true,
    };
    return { ok: true, data };
  },
});

export type { DamageClaim } from '../core/tools';
