// In-memory twins of the store ports, with the DynamoDB adapters' semantics (claim once, optimistic
// versioning, newest-first order queries, a new case id taken once, retention: an item past its TTL reads
// as absent). For unit tests and anything that must not need dynalite.

import type { MessageLogEntry, PrivacyStore } from '../core/ports';
import { redactConversationMemory } from '../core/privacy';
import { DEFAULT_RETENTION, type RetentionDays } from '../core/retention';
import { dueDay, firstCheckAt } from '../core/shipment-watch';
import type { Conversation, DeliveryStatus, Order, Product, Shipment } from '../core/types';
import { StaleConversationError } from './errors';
import { deskIndexKeys, digitsOnly, keys } from './keys';
import { createMemoryCaseStore } from './memory-cases';
import { createMemoryPrivacyStore } from './memory-privacy';
import { createMemoryTranslationCache } from './memory-translations';
import type { Stores } from './stores';

export { createMemoryCaseStore } from './memory-cases';
export type { Stores } from './stores';

export interface MemoryStores extends Stores {
  /** Everything recorded by `statuses.record`, oldest first: handy for assertions. */
  readonly recordedStatuses: DeliveryStatus[];
  /** When each stored item expires (epoch ms), by `kind:key`: what the DynamoDB adapters write as `ttl`. */
  readonly expiries: ReadonlyMap<string, number>;
  /** Export and erasure of one shopper's data (core/privacy.ts). */
  readonly privacy: PrivacyStore;
}

// Copies on the way in and out so a caller mutating its object cannot change what is "stored",
// exactly as with a real database.
const copy = <T>(value: T): T => structuredClone(value);

const newestFirst = (a: Order, b: Order): number =>
  b.placedAt.localeCompare(a.placedAt) || b.id.localeCompare(a.id);

/**
 * Creates a fresh set of in-memory stores.
 * @example
 * const stores = createMemoryStores({ now: () => Date.parse('2026-01-01T00:00:00Z') });
 * await stores.claims.claim('telegram:1', 3600); // true
 * await stores.claims.claim('telegram:1', 3600); // false
 */
export function createMemoryStores(
  options: { now?: () => number; retention?: RetentionDays } = {},
): MemoryStores {
  const now = options.now ?? Date.now;
  const retention = options.retention ?? DEFAULT_RETENTION;
  // One expiry per item, keyed like the table's items would be; a missing entry never expires.
  const expiries = new Map<string, number>();
  const expireIn = (key: string, days: number) => expiries.set(key, now() + days * 86_400_000);
  const live = (key: string) => (expiries.get(key) ?? Number.POSITIVE_INFINITY) > now();
  const msgKey = (e: Pick<MessageLogEntry, 'conversationId' | 'at' | 'id'>) =>
    `msg:${e.conversationId}|${e.at}|${e.id}`;
  const statusKey = (s: DeliveryStatus) =>
    `status:${s.conversationId}|${s.at}|${s.platformMessageId}|${s.status}`;
  const claimed = new Map<string, number>(); // event id → expiry (epoch ms)
  const confirmed = new Set<string>(); // claims turned lasting by confirm()
  const logs = new Map<string, MessageLogEntry[]>();
  const conversations = new Map<string, Conversation>();
  const orders = new Map<string, Order>();
  const shipments = new Map<string, Shipment>();
  const products = new Map<string, Product>();
  const recordedStatuses: DeliveryStatus[] = [];
  const watched = new Map<string, string>(); // tracking number → due (ISO)
  const setWatch = (trackingNumber: string, dueAt: string | undefined) => {
    if (dueAt) watched.set(trackingNumber, dueAt);
    else watched.delete(trackingNumber);
  };
  const customerChats = new Map<string, Set<string>>();
  const counted = new Map<string, { count: number; expiresAt: number }>();

  const cases = createMemoryCaseStore({ now, ttlDays: retention.casesDays });
  const translations = createMemoryTranslationCache(options.now ? { now: options.now } : {});

  return {
    recordedStatuses,
    expiries,
    counters: {
      async add(key, { limit, expiresAt }) {
        const current = counted.get(key);
        const count = current && current.expiresAt > now() ? current.count : 0;
        if (limit !== undefined && count >= limit) return undefined;
        counted.set(key, { count: count + 1, expiresAt: current?.expiresAt ?? expiresAt.getTime() });
        return count + 1;
      },
      async count(key) {
        const current = counted.get(key);
        return current && current.expiresAt > now() ? current.count : 0;
      },
    },
    customerConversations: {
      async link(customerId, conversationId) {
        customerChats.set(customerId, (customerChats.get(customerId) ?? new Set()).add(conversationId));
        expireIn(`link:${customerId}|${conversationId}`, retention.conversationDays);
      },
      async conversationsOf(customerId) {
        return [...(customerChats.get(customerId) ?? [])]
          .filter((id) => live(`link:${customerId}|${id}`))
          .sort();
      },
    },
    claims: {
      async claim(eventId, ttlSeconds, options) {
        const expiry = claimed.get(eventId);
        const blocks =
          expiry !== undefined && expiry > now() && (!options?.overLease || confirmed.has(eventId));
        if (blocks) return false;
        claimed.set(eventId, now() + ttlSeconds * 1000);
        confirmed.delete(eventId);
        return true;
      },
      async release(eventId) {
        claimed.delete(eventId);
        confirmed.delete(eventId);
      },
      async confirm(eventId, ttlSeconds) {
        claimed.set(eventId, now() + ttlSeconds * 1000);
        confirmed.add(eventId);
      },
    },
    messages: {
      async append(entry) {
        const list = logs.get(entry.conversationId) ?? [];
        // Same key (time + id) overwrites, as a DynamoDB PutItem would.
        const at = list.findIndex((e) => e.at === entry.at && e.id === entry.id);
        if (at >= 0) list[at] = copy(entry);
        else list.push(copy(entry));
        expireIn(msgKey(entry), retention.messagesDays);
        list.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
        logs.set(entry.conversationId, list);
      },
      async annotate(entry, data) {
        const found = (logs.get(entry.conversationId) ?? []).find(
          (e) => e.at === entry.at && e.id === entry.id,
        );
        if (found?.data) found.data = { ...found.data, ...copy(data) };
      },
      async list(conversationId, limit) {
        const list = (logs.get(conversationId) ?? []).filter((e) => live(msgKey(e)));
        // The most recent `limit` entries, returned oldest first.
        const slice = limit === undefined ? list : list.slice(Math.max(0, list.length - limit));
        return slice.map(copy);
      },
    },
    conversations: {
      async get(id) {
        const found = conversations.get(id);
        return found && live(`conv:${id}`) ? copy(found) : undefined;
      },
      async save(conversation) {
        const stored = live(`conv:${conversation.id}`) ? conversations.get(conversation.id) : undefined;
        const storedVersion = stored?.version ?? 0;
        if (storedVersion !== conversation.version) {
          throw new StaleConversationError(conversation.id, conversation.version);
        }
        const saved = redactConversationMemory({ ...copy(conversation), version: conversation.version + 1 });
        conversations.set(conversation.id, saved);
        expireIn(`conv:${conversation.id}`, retention.conversationDays);
        return copy(saved);
      },
      async listForDesk(status, limit = 100) {
        const current = [...conversations.values()].filter((c) => live(`conv:${c.id}`));
        const listed = current.flatMap((c) => {
          const index = deskIndexKeys(c);
          return index?.GSI1PK === keys.deskIndex(status) ? [{ c, sort: index.GSI1SK }] : [];
        });
        listed.sort((a, b) => (status === 'handoff' ? 1 : -1) * a.sort.localeCompare(b.sort));
        return listed.slice(0, limit).map(({ c }) => copy(c));
      },
    },
    orders: {
      async getOrder(orderId) {
        const found = orders.get(orderId);
        return found ? copy(found) : undefined;
      },
      async ordersForPhone(phone) {
        // Both sides as digits, as the DynamoDB adapter stores and looks up phones.
        const digits = digitsOnly(phone);
        return [...orders.values()]
          .filter((o) => digitsOnly(o.customer.phone) === digits)
          .sort(newestFirst)
          .map(copy);
      },
      async ordersForCustomer(customerId) {
        return [...orders.values()]
          .filter((o) => o.customer.id === customerId)
          .sort(newestFirst)
          .map(copy);
      },
      async putOrder(order) {
        orders.set(order.id, copy(order));
      },
      async getShipment(trackingNumber) {
        const found = shipments.get(trackingNumber);
        return found ? copy(found) : undefined;
      },
      async shipmentsForOrder(orderId) {
        return [...shipments.values()]
          .filter((s) => s.orderId === orderId)
          .sort((a, b) => a.trackingNumber.localeCompare(b.trackingNumber))
          .map(copy);
      },
      async putShipment(shipment) {
        shipments.set(shipment.trackingNumber, copy(shipment));
        setWatch(shipment.trackingNumber, firstCheckAt(shipment, new Date(now())));
      },
      async watchShipment(trackingNumber, dueAt) {
        setWatch(trackingNumber, dueAt);
      },
      async shipmentsDue(at, options = {}) {
        const from = dueDay(new Date(at.getTime() - ((options.days ?? 14) - 1) * 86_400_000).toISOString());
        return [...watched.entries()]
          .filter(([, dueAt]) => dueAt <= at.toISOString() && dueDay(dueAt) >= from)
          .sort(([a, x], [b, y]) => x.localeCompare(y) || a.localeCompare(b))
          .slice(0, options.limit ?? 1000)
          .map(([trackingNumber]) => trackingNumber);
      },
      async getProduct(productId) {
        const found = products.get(productId);
        return found ? copy(found) : undefined;
      },
      async listProducts() {
        return [...products.values()].sort((a, b) => a.id.localeCompare(b.id)).map(copy);
      },
      async putProduct(product) {
        products.set(product.id, copy(product));
      },
    },
    statuses: {
      async record(status) {
        recordedStatuses.push(copy(status));
        expireIn(statusKey(status), retention.statusesDays);
      },
    },
    cases,
    translations,
    privacy: createMemoryPrivacyStore({
      conversations,
      logs,
      recordedStatuses,
      customerChats,
      orders,
      cases,
      translations,
      live: (kind, key) => live(`${kind}:${key}`),
      forget: (kind, key) => expiries.delete(`${kind}:${key}`),
    }),
  };
}
