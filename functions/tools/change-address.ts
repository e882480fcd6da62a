import * as z from 'zod';
import { type AddressChange, defineTool, type ToolResult } from '../core/tools';
import type { Address, OrderStatus } from '../core/types';
import { loadOwnedOrder } from './authorize';
import { orderIdInput } from './lookup-order';

/** Statuses in the order an order moves through them: a policy "until X" allows X and everything before. */
export const STATUS_ORDER: OrderStatus[] = ['pending', 'processing', 'shipped', 'delivered'];

export function stillAllowed(status: OrderStatus, until: OrderStatus): boolean {
  const at = STATUS_ORDER.indexOf(status);
  return at >= 0 && at <= STATUS_ORDER.indexOf(until);
}

export const addressInput = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Recipient; the order’s current recipient when omitted.'),
  line1: z.string().trim().min(3).max(120),
  line2: z.string().trim().max(120).optional(),
  city: z.string().trim().min(2).max(80),
  region: z.string().trim().max(80).optional(),
  postcode: z
    .string()
    .trim()
    .regex(
      // Empty for markets without postcodes (Hong Kong, the UAE, most Vietnamese addresses).
      /^$|^(?=.*\d)[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/,
      'a postcode has 2–10 letters/digits with at least one digit, or is empty where the market has none',
    ),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/)
    .optional()
    .describe('ISO 3166-1 alpha-2; the current country when omitted.'),
});

export const changeAddress = defineTool({
  name: 'change_address',
  description:
    'Changes the delivery address of one of the current shopper’s orders while it has not shipped. Call without address to check it is still possible; with address and confirm=false to validate it and show it back; with confirm=true only after the shopper said yes.',
  input: z.object({
    orderId: orderIdInput,
    address: addressInput.optional(),
    confirm: z.boolean().optional(),
  }),
  async run(ctx, input): Promise<ToolResult<AddressChange>> {
    const owned = await loadOwnedOrder(ctx, input.orderId);
    if (!owned.ok) return owned;
    const order = owned.data;
    if (!stillAllowed(order.status, ctx.merchant.policies.addressChangeUntil)) {
      return {
        ok: false,
        error: 'too_late',
        message: `Order ${order.id} is ${order.status}: the address can no longer be changed here.`,
        data: { orderId: order.id, status: order.status },
      };
    }
    if (!input.address) {
      const data: AddressChange = { stage: 'ask_address', orderId: order.id, current: order.shippingAddress };
      return { ok: true, data };
    }
    const address: Address = {
      name: input.address.name ?? order.shippingAddress.name,
      line1: input.address.line1,
      line2: input.address.line2,
      city: input.address.city,
      region: input.address.region,
      postcode: input.address.postcode.toUpperCase(),
      country: (input.address.country ?? order.shippingAddress.country).toUpperCase(),
    };
    if (!input.confirm) {
      const data: AddressChange = { stage: 'confirm', orderId: order.id, address };
      return { ok: true, data };
    }
    await ctx.orders.putOrder({ ...order, shippingAddress: address });
    const data: AddressChange = { stage: 'done', orderId: order.id, address };
    return { ok: true, data };
  },
});

export { formatAddress } from '../core/format-address';
export type { AddressChange } from '../core/tools';
