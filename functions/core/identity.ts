// Who the shopper is, as far as authorization is concerned. WhatsApp tells us the sender's phone number
// (the platform verified it); LINE and Telegram ids say nothing about orders, so those shoppers prove an
// order with its email or postcode once and the link is stored on the conversation. Nothing here reads
// what the shopper *claims* ("I am the account owner"): only a matching order + secret links a customer.
import type { Counters, OrderStore } from './ports';
import type { Conversation, InboundMessage, ShopperIdentity } from './types';

/** Failed verification attempts allowed per conversation in `VERIFY_WINDOW_MS` before a lock. */
export const VERIFY_MAX_FAILURES = 5;
export const VERIFY_WINDOW_MS = 60 * 60 * 1000;

/**
 * Limits across conversations, per clock hour (the per-conversation lock alone falls to guesses spread over
 * new chats): wrong secrets for one order, for one customer's orders, and shop-wide. At the shop-wide alert
 * level the agents are told once that hour; at the shop-wide limit verification pauses for everyone.
 */
export const VERIFY_LIMITS = { perOrder: 5, perCustomer: 10, alertAt: 50, shopWide: 200 } as const;

export interface VerifyGuard {
  counters: Counters;
  /** Called once an hour when shop-wide failures reach `VERIFY_LIMITS.alertAt`. */
  onAbuse?(failuresThisHour: number): Promise<void>;
}

const digits = (value: string): string => value.replace(/\D/g, '');

/** The identity this message proves, falling back to what the conversation verified earlier. */
export function identityFor(
  message: Pick<InboundMessage, 'channel' | 'sender'>,
  conversation: Conversation,
): ShopperIdentity {
  if (message.channel === 'whatsapp') {
    // wa_id is the sender's phone number in digits, as WhatsApp verified it; `phone` when the parser set it.
    const phone = digits(message.sender.phone ?? message.sender.id);
    if (phone.length >= 6) return { kind: 'phone', phone };
    return conversation.identity.kind === 'customer' ? conversation.identity : { kind: 'anonymous' };
  }
  return conversation.identity.kind === 'customer' ? conversation.identity : { kind: 'anonymous' };
}

/** How long a link to another customer's orders (a second verified customer) lasts. */
export const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The conversation without the links to other customers that have lapsed (and those with no end). */
export function withoutLapsedLinks(conversation: Conversation, now: Date): Conversation {
  const linked = conversation.linkedCustomerIds ?? [];
  if (linked.length === 0) return conversation;
  const until = conversation.linkedUntil ?? {};
  const kept = linked.filter(
    (id) => until[id] !== undefined && Date.parse(until[id] as string) > now.getTime(),
  );
  if (kept.length === linked.length) return conversation;
  const rest = { ...conversation };
  if (kept.length > 0) {
    rest.linkedCustomerIds = kept;
    rest.linkedUntil = Object.fromEntries(kept.map((id) => [id, until[id] as string]));
  } else {
    delete rest.linkedCustomerIds;
    delete rest.linkedUntil;
  }
  return rest;
}

/** True when the conversation can see some orders without verifying first. */
export function hasIdentity(conversation: Conversation): boolean {
  return conversation.identity.kind !== 'anonymous' || (conversation.linkedCustomerIds ?? []).length > 0;
}

/** Minutes until another attempt is allowed, or 0 when verification is open. */
export function verificationLockMinutes(conversation: Conversation, now: Date): number {
  const recent = recentFailures(conversation, now);
  if (recent.length < VERIFY_MAX_FAILURES) return 0;
  const oldest = Date.parse(recent[0]!);
  return Math.max(1, Math.ceil((oldest + VERIFY_WINDOW_MS - now.getTime()) / 60_000));
}

/** How many failed verification attempts count against the conversation now. */
export function verificationFailuresInWindow(conversation: Conversation, now: Date): number {
  return recentFailures(conversation, now).length;
}

function recentFailures(conversation: Conversation, now: Date): string[] {
  return (conversation.verificationFailures ?? [])
    .filter((at) => now.getTime() - Date.parse(at) < VERIFY_WINDOW_MS)
    .sort();
}

const normalizeEmail = (value: string): string => value.trim().toLowerCase();
const normalizePostcode = (value: string): string => value.replace(/[\s-]/g, '').toUpperCase();

export type VerifyOutcome =
  | { ok: true; conversation: Conversation; customerId: string }
  | { ok: false; reason: 'mismatch' | 'locked'; minutes: number; conversation: Conversation };

/**
 * Checks an order number + email or postcode. Success links the order's customer to the conversation
 * (LINE/Telegram: it becomes the identity); failure is counted, and after `VERIFY_MAX_FAILURES` in an hour
 * the conversation is locked. "No such order" and "wrong secret" are the same failure on purpose.
 * @example
 * const outcome = await verifyShopper({ orders, conversation, orderId: '48213', secret: 'mei@example.com', now });
 */
export async function verifyShopper(input: {
  orders: Pick<OrderStore, 'getOrder'>;
  conversation: Conversation;
  orderId: string;
  secret: string;
  now: Date;
  guard?: VerifyGuard;
}): Promise<VerifyOutcome> {
  const { conversation, now, guard } = input;
  const minutes = verificationLockMinutes(conversation, now);
  if (minutes > 0) return { ok: false, reason: 'locked', minutes, conversation };

  const hour = now.toISOString().slice(0, 13);
  const untilNextHour = Math.max(1, 60 - now.getUTCMinutes());
  const key = {
    shop: `verify-fail:shop:${hour}`,
    order: `verify-fail:order:${input.orderId}:${hour}`,
    customer: (id: string) => `verify-fail:customer:${id}:${hour}`,
  };
  const lockedHere = { ok: false as const, reason: 'locked' as const, minutes: untilNextHour, conversation };
  if (guard) {
    const [shop, forOrder] = await Promise.all([
      guard.counters.count(key.shop),
      guard.counters.count(key.order),
    ]);
    if (shop >= VERIFY_LIMITS.shopWide || forOrder >= VERIFY_LIMITS.perOrder) return lockedHere;
  }
  const order = await input.orders.getOrder(input.orderId);
  if (
    guard &&
    order &&
    (await guard.counters.count(key.customer(order.customer.id))) >= VERIFY_LIMITS.perCustomer
  )
    return lockedHere;
  const secret = input.secret.trim();
  const matches =
    order !== undefined &&
    secret.length > 0 &&
    (normalizeEmail(secret) === normalizeEmail(order.customer.email) ||
      normalizePostcode(secret) === normalizePostcode(order.shippingAddress.postcode));
  if (!order || !matches) {
    if (guard) await countFailure(guard, key.shop, key.order, order && key.customer(order.customer.id), now);
    const failures = [...recentFailures(conversation, now), now.toISOString()];
    const failed = { ...conversation, verificationFailures: failures };
    const lock = verificationLockMinutes(failed, now);
    return { ok: false, reason: lock > 0 ? 'locked' : 'mismatch', minutes: lock, conversation: failed };
  }

  const customerId = order.customer.id;
  const verified: Conversation = { ...conversation, verificationFailures: [] };
  if (verified.identity.kind === 'anonymous' && verified.channel !== 'whatsapp') {
    verified.identity = { kind: 'customer', customerId };
  } else if (!(verified.identity.kind === 'customer' && verified.identity.customerId === customerId)) {
    verified.linkedCustomerIds = [...new Set([...(verified.linkedCustomerIds ?? []), customerId])];
    verified.linkedUntil = {
      ...verified.linkedUntil,
      [customerId]: new Date(now.getTime() + LINK_LIFETIME_MS).toISOString(),
    };
  }
  return { ok: true, conversation: verified, customerId };
}

/** Counts one wrong secret on the shop, the order and (when it exists) its customer, this hour. */
async function countFailure(
  guard: VerifyGuard,
  shopKey: string,
  orderKey: string,
  customerKey: string | undefined,
  now: Date,
): Promise<void> {
  const expiresAt = new Date(now.getTime() + 2 * VERIFY_WINDOW_MS);
  const [shop] = await Promise.all([
    guard.counters.add(shopKey, { expiresAt }),
    guard.counters.add(orderKey, { expiresAt }),
    ...(customerKey ? [guard.counters.add(customerKey, { expiresAt })] : []),
  ]);
  // Exactly one attempt sees the count reach the alert level: the add is atomic.
  if (shop === VERIFY_LIMITS.alertAt) await guard.onAbuse?.(shop).catch(() => undefined);
}
