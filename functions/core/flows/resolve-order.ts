// Which order is the shopper talking about? The one they named, else the one in focus, else their only
// (relevant) order, else ask with one button per order.

import { hasIdentity } from '../identity';
import { formatParam } from '../messages/index';
import type { Intent, OrderStatus, Understanding } from '../types';
import { ask, callTool, handOffHighValue, orderButton, say, type TurnState } from './state';
import { verifyStep } from './verify';

// Orders worth offering first for each intent: nobody returns an order that has not arrived.
export const RELEVANT: Partial<Record<Intent, OrderStatus[]>> = {
  track_order: ['pending', 'processing', 'shipped'],
  delivery_delay: ['shipped', 'processing', 'pending'],
  return_item: ['delivered'],
  damaged_item: ['delivered', 'shipped'],
  change_address: ['pending', 'processing'],
  cancel_order: ['pending', 'processing'],
};

/**
 * Returns an order number the identity may see, or undefined when the turn has replied instead (asked,
 * or handed a high-value order to a person before anything changes on it).
 */
export async function resolveOrder(
  state: TurnState,
  u: Understanding,
  intent: Intent,
): Promise<string | undefined> {
  const orderId = await findOrder(state, u, intent);
  if (orderId && (await handOffHighValue(state, orderId, intent))) return undefined;
  return orderId;
}

async function findOrder(state: TurnState, u: Understanding, intent: Intent): Promise<string | undefined> {
  const named = u.entities.orderIds[0];
  if (!hasIdentity(state.conversation)) {
    const verified = await verifyStep(state, u, intent);
    if (!verified) return undefined;
    // Verification named the order: check it like any other (it is the shopper's now).
    return verified;
  }
  if (named) {
    const found = await callTool(state, 'lookup_order', { orderId: named });
    if (!found.ok) {
      // Same reply whether the order is someone else's or does not exist; the shopper may prove it's theirs.
      say(state, 'not_your_order', { order: named });
      ask(state, { kind: 'verify', intent, orderId: named });
      return undefined;
    }
    state.conversation.focusOrderId = named;
    return named;
  }
  if (state.conversation.focusOrderId) return state.conversation.focusOrderId;

  const listed = await callTool(state, 'find_orders', { limit: 10 });
  const orders = listed.ok ? listed.data.orders : [];
  if (orders.length === 0) {
    say(state, 'no_orders');
    ask(state, { kind: 'verify', intent });
    return undefined;
  }
  const relevant = orders.filter((o) => RELEVANT[intent]?.includes(o.status));
  const candidates = relevant.length > 0 ? relevant : orders;
  if (candidates.length === 1 || orders.length === 1) {
    const only = (candidates.length === 1 ? candidates[0] : orders[0])!;
    state.conversation.focusOrderId = only.orderId;
    return only.orderId;
  }
  // Title stays short ("#50731") so no platform cuts it; date and items go in the row's second line.
  const offered = candidates.slice(0, 10);
  const buttons = offered.map((o) =>
    orderButton(
      o.orderId,
      `${formatParam(state.language, new Date(o.placedAt), state.deps.merchant.timezone)} · ${o.items}`,
    ),
  );
  say(state, 'which_order', undefined, { buttons });
  ask(state, { kind: 'order_choice', intent, options: offered.map((o) => o.orderId) });
  return undefined;
}

/**
 * "The other order": the one order besides `current` this request could be about (the relevant ones
 * first, then any). Undefined when there is no single other one — then the shopper is asked.
 */
export async function otherOrder(
  state: TurnState,
  intent: Intent,
  current: string,
): Promise<string | undefined> {
  const listed = await callTool(state, 'find_orders', { limit: 10 });
  const others = (listed.ok ? listed.data.orders : []).filter((o) => o.orderId !== current);
  const relevant = others.filter((o) => RELEVANT[intent]?.includes(o.status));
  if (relevant.length === 1) return relevant[0]!.orderId;
  if (relevant.length === 0 && others.length === 1) return others[0]!.orderId;
  return undefined;
}
