// The one place that decides whether a shopper may see an order. Every order tool goes through
// `loadOwnedOrder`, so the offline path and the LLM path share the same check, and the shopper's identity
// only ever comes from the ToolContext (the platform's verified phone, or our verification step) —
// never from anything the shopper or a model typed.

import type { ToolContext, ToolResult } from '../core/tools';
import type { Order } from '../core/types';

const digits = (value: string): string => value.replace(/\D/g, '');

/** True when the conversation's verified identity (or a customer it verified since) placed the order. */
export function mayAccess(ctx: Pick<ToolContext, 'identity' | 'conversation'>, order: Order): boolean {
  const { identity } = ctx;
  if (
    identity.kind === 'phone' &&
    digits(identity.phone) !== '' &&
    digits(order.customer.phone) === digits(identity.phone)
  ) {
    return true;
  }
  if (identity.kind === 'customer' && order.customer.id === identity.customerId) return true;
  return (ctx.conversation.linkedCustomerIds ?? []).includes(order.customer.id);
}

/** True when the conversation has no verified identity at all (LINE/Telegram before verification). */
export function isAnonymous(ctx: Pick<ToolContext, 'identity' | 'conversation'>): boolean {
  return ctx.identity.kind === 'anonymous' && (ctx.conversation.linkedCustomerIds ?? []).length === 0;
}

export const needsVerification = (): ToolResult<never> => ({
  ok: false,
  error: 'needs_verification',
  message:
    'The shopper has not verified who they are yet: ask for an order number with the email or postcode used at checkout.',
});

// One answer for "no such order" and "someone else's order": a shopper probing order numbers learns nothing.
export const notAuthorized = (orderId: string): ToolResult<never> => ({
  ok: false,
  error: 'not_authorized',
  message: `No order ${orderId} is visible to this shopper. Do not say whether it exists.`,
  data: { orderId },
});

export const invalidInput = (message: string): ToolResult<never> => ({
  ok: false,
  error: 'invalid_input',
  message,
});

/** Loads an order only if the conversation's identity may see it; otherwise the same `not_authorized`. */
export async function loadOwnedOrder(ctx: ToolContext, orderId: string): Promise<ToolResult<Order>> {
  if (isAnonymous(ctx)) return needsVerification();
  const order = await ctx.orders.getOrder(orderId);
  if (!order || !mayAccess(ctx, order)) return notAuthorized(orderId);
  return { ok: true, data: order };
}

/** Every order the identity may see, newest first, without duplicates. */
export async function ownedOrders(ctx: ToolContext): Promise<Order[]> {
  const found: Order[] = [];
  if (ctx.identity.kind === 'phone') found.push(...(await ctx.orders.ordersForPhone(ctx.identity.phone)));
  const customerIds = new Set(ctx.conversation.linkedCustomerIds ?? []);
  if (ctx.identity.kind === 'customer') customerIds.add(ctx.identity.customerId);
  for (const id of customerIds) found.push(...(await ctx.orders.ordersForCustomer(id)));
  const unique = new Map(found.map((order) => [order.id, order]));
  return [...unique.values()].sort(
    (a, b) => b.placedAt.localeCompare(a.placedAt) || b.id.localeCompare(a.id),
  );
}

export const ORDER_ID = /^\d{5}$/;
