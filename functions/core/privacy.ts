// Data protection (GDPR access and erasure) for one shopper, and the redaction that keeps verification
// secrets out of conversation memory and out of every prompt.
//
// A shopper is named by a conversation id (`whatsapp:…`, `line:…`, `telegram:…`), a phone number, an e-mail
// or `customer:<id>`. From it we find who they are (customer ids, phones) in one step, then their
// conversations: the WhatsApp chat of each phone, and the LINE/Telegram chats each customer verified in
// (the CUSTCONV# links). No further hops: a shared phone must not pull in a second household member.
//
// Export: everything of theirs as one JSON document. Delete: their conversations (state, message log,
// delivery statuses), cases, customer ↔ chat links, media objects and the cached translations of their
// messages. Orders are kept: they are the merchant's bookkeeping records (docs/security.md).

import type {
  CaseStore,
  ConversationRecords,
  CustomerConversations,
  MediaEraser,
  OrderStore,
  PrivacyStore,
} from './ports';
import type { Conversation, Language, Order, SupportCase } from './types';

// ---------------------------------------------------------------------------------------------
// Redaction: what may stay in conversation memory and be sent to an LLM.

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[\p{L}]{2,}/gu;
const POSTCODE_WORDS =
  'post\\s?code|postal\\s?code|\\bzip(?:\\s?code)?\\b|\\bcep\\b|〒|c[oó]digo\\s+postal|code\\s+postal|\\bcp\\b|\\bplz\\b|postleitzahl|kode\\s?pos|poskod|รหัสไปรษณีย์|郵便番号|邮编|邮政编码|郵遞區號|郵政編碼|우편번호|الرمز البريدي|posta\\s?kodu|kod\\s+pocztowy|\\bcap\\b|mã\\s+bưu\\s+(?:điện|chính)';
const CODE =
  '\\d{3}-?\\d{4}|\\d{5}-\\d{3,4}|\\d{2}-\\d{3}|\\d{3}\\s\\d{3}|\\d{4,6}(?:\\s?[A-Z]{2}\\b)?|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d';
/** "postcode 3512 JE", "邮编200031", "CEP: 01310-100": the keyword stays, the code goes. */
const NAMED_POSTCODE = new RegExp(`(${POSTCODE_WORDS})([^\\d\\n]{0,14}?)(${CODE})`, 'giu');
/** Shapes that are postcodes wherever they appear (upper case, as written on a label). */
const SHAPED_POSTCODES = [
  /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g, // UK
  /\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/g, // Canada
  /\b\d{4}\s?[A-Z]{2}\b/g, // Netherlands
  /\b\d{5}-\d{3,4}\b/g, // Brazil CEP, US ZIP+4
  /\b\d{3}-\d{4}\b/g, // Japan
];
const ORDER_NUMBER = /#?\b\d{5}\b/g;
const SECRET = '[postcode]';

/**
 * Removes what a shopper proves their identity with (e-mails, postcodes) from a line of text, keeping order
 * numbers and the words around them. Used on conversation memory before it is stored and on every transcript
 * line before it goes to an LLM. Heuristic by nature: a bare 5-digit postcode is only recognised next to an
 * order number in a short reply ("48213 10115"), since alone it reads exactly like an order number.
 * @example
 * redactSecrets('order 48213, email maria@example.com'); // 'order 48213, email [email]'
 * redactSecrets('48213 postcode 3512 JE'); // '48213 postcode [postcode]'
 */
export function redactSecrets(text: string): string {
  let out = text.replace(EMAIL, '[email]');
  out = out.replace(NAMED_POSTCODE, (_m, word: string, gap: string) => `${word}${gap}${SECRET}`);
  for (const shape of SHAPED_POSTCODES) out = out.replace(shape, SECRET);
  const orders = out.match(ORDER_NUMBER) ?? [];
  const words = out.trim().split(/\s+/).filter(Boolean);
  if (orders.length > 0) {
    // The verification reply "48213 238801" / "48213 238 801": whatever code is beside the order number.
    out = out.replace(/\b\d{3}\s\d{3}\b|\b\d{4}\b|\b\d{6}\b/g, SECRET);
    // "48213 10115": a second 5-digit number in a terse reply is the postcode, not a second order.
    if (orders.length > 1 && words.length <= 4) {
      let seen = 0;
      out = out.replace(ORDER_NUMBER, (m) => (seen++ === 0 ? m : SECRET));
    }
  } else if (/^(?=.*\d)[A-Za-z0-9 -]{3,12}$/.test(out.trim()) && !/^\d{5}$/.test(out.trim())) {
    // A lone code sent as the answer to "your postcode?" ("238801", "10-950"): all of it.
    out = SECRET;
  }
  return out;
}

/**
 * The conversation as it may be stored: its LLM memory (recent turns, rolling summary) with secrets
 * redacted. Pure; returns the same object when nothing changed.
 */
export function redactConversationMemory<T extends Pick<Conversation, 'recentTurns' | 'summary'>>(c: T): T {
  const turns = c.recentTurns?.map((turn) =>
    turn.role === 'shopper' ? { ...turn, text: redactSecrets(turn.text) } : turn,
  );
  const summary = c.summary === undefined ? undefined : redactSecrets(c.summary);
  const changed =
    summary !== c.summary || (turns ?? []).some((turn, i) => turn.text !== c.recentTurns?.[i]?.text);
  if (!changed) return c;
  return {
    ...c,
    ...(turns ? { recentTurns: turns } : {}),
    ...(summary !== undefined ? { summary } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Export and delete.

export type ShopperRef =
  | { kind: 'conversation'; conversationId: string }
  | { kind: 'phone'; phone: string }
  | { kind: 'email'; email: string }
  | { kind: 'customer'; customerId: string };

export class PrivacyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PrivacyError';
  }
}

/**
 * Reads what an operator typed: `whatsapp:…`/`line:…`/`telegram:…` (a conversation id), `customer:<id>`,
 * an e-mail, or a phone number. Throws `PrivacyError` for anything else.
 * @example
 * parseShopperRef('+65 9123 4567'); // { kind: 'phone', phone: '6591234567' }
 */
export function parseShopperRef(input: string): ShopperRef {
  const value = input.trim();
  if (/^(whatsapp|line|telegram):\S+$/.test(value)) return { kind: 'conversation', conversationId: value };
  const customer = /^customer:(\S+)$/.exec(value);
  if (customer) return { kind: 'customer', customerId: customer[1]! };
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return { kind: 'email', email: value.toLowerCase() };
  const digits = value.replace(/\D/g, '');
  if (/^\+?[\d\s().-]+$/.test(value) && digits.length >= 6 && digits.length <= 15)
    return { kind: 'phone', phone: digits };
  throw new PrivacyError(
    'name the shopper as a conversation id (whatsapp:…, line:…, telegram:…), customer:<id>, a phone number or an e-mail',
  );
}

export interface PrivacyDeps {
  store: PrivacyStore;
  orders: Pick<OrderStore, 'ordersForPhone' | 'ordersForCustomer' | 'getOrder'>;
  cases: Pick<CaseStore, 'casesForOrder'>;
  customerConversations: Pick<CustomerConversations, 'conversationsOf'>;
  /** Deletes media objects; without it media keys are listed but not deleted (and counted as kept). */
  media?: MediaEraser;
  /** The conversation ids a phone's WhatsApp chats have (one per business number): the channel's format. */
  conversationIdsForPhone(phone: string): string[];
  /** Cache keys under which a translation of `text` may be stored; without it, none are deleted. */
  translationKeys?(input: { text: string; from: Language; to: Language }): string[];
  /** The agents' language: shopper lines were translated into it, agent lines out of it. */
  agentLanguage: Language;
  /** A keyed hash of the shopper reference for the audit line (log-id.ts). */
  hashShopper(value: string): string;
  /** The key insight events name a conversation by (its log id); without it insight events are not erased. */
  insightKey?(conversationId: string): string;
  /** How many days back insight events may exist (their retention). @default 400 */
  insightDays?: number;
  /** Where the audit line goes (counts only, never the data). */
  audit?(event: PrivacyAuditEvent): void;
  now?: () => Date;
}

export interface PrivacyAuditEvent {
  event: 'privacy_export' | 'privacy_delete';
  shopper: string;
  by: string;
  counts: Record<string, number>;
  at: string;
}

export interface ShopperData {
  customerIds: string[];
  phones: string[];
  conversations: (ConversationRecords & { id: string; media: string[] })[];
  cases: SupportCase[];
  orders: Order[];
}

export interface ShopperExport extends Omit<ShopperData, 'phones'> {
  kind: 'crossdesk-shopper-export';
  version: 1;
  exportedAt: string;
  shopper: string;
  phones: string[];
  media: string[];
  /** What the export leaves out and why. */
  notes: string[];
}

export interface DeleteReport {
  shopper: string;
  counts: {
    conversations: number;
    messages: number;
    statuses: number;
    cases: number;
    customerLinks: number;
    media: number;
    translations: number;
    /** Insight events of their conversations (complaint excerpts among them). */
    insights: number;
  };
  /** Orders of this shopper that stay (the merchant's records). */
  keptOrders: number;
}

const uniq = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** The `count` UTC days up to and including `now`'s, oldest first (`YYYY-MM-DD`). */
function lastDays(now: Date, count: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, i) =>
    new Date(today - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  );
}
const isMediaRef = (ref: unknown): ref is string => typeof ref === 'string' && ref.startsWith('media/');

function mediaOf(records: ConversationRecords): string[] {
  return uniq(records.messages.map((m) => m.data?.media).filter(isMediaRef));
}

/**
 * The privacy operations over injected stores.
 * @example
 * const privacy = createPrivacy({ store: stores.privacy, orders: stores.orders, cases: stores.cases, … });
 * const doc = await privacy.exportShopper(parseShopperRef('maria@example.com'), 'ops');
 * const report = await privacy.deleteShopper(parseShopperRef('whatsapp:100:34600111222'), 'Ana');
 */
export function createPrivacy(deps: PrivacyDeps) {
  const now = deps.now ?? (() => new Date());

  async function collect(ref: ShopperRef): Promise<ShopperData> {
    const customers = new Set<string>();
    const phones = new Set<string>();
    const orders = new Map<string, Order>();
    const conversationIds = new Set<string>();
    const addOrders = (found: Order[]) => {
      for (const order of found) orders.set(order.id, order);
    };
    const seeded = new Map<string, ConversationRecords>();
    // 1. Who they are.
    if (ref.kind === 'conversation') {
      conversationIds.add(ref.conversationId);
      const records = await deps.store.conversationRecords(ref.conversationId);
      seeded.set(ref.conversationId, records);
      const c = records.conversation;
      if (c?.identity.kind === 'phone') phones.add(c.identity.phone.replace(/\D/g, ''));
      if (c?.identity.kind === 'customer') customers.add(c.identity.customerId);
      for (const id of c?.linkedCustomerIds ?? []) customers.add(id);
    } else if (ref.kind === 'phone') phones.add(ref.phone);
    else if (ref.kind === 'customer') customers.add(ref.customerId);
    else {
      const found = await deps.store.ordersForEmail(ref.email);
      addOrders(found);
      for (const order of found) {
        customers.add(order.customer.id);
        phones.add(order.customer.phone.replace(/\D/g, ''));
      }
    }
    for (const phone of [...phones]) {
      const found = await deps.orders.ordersForPhone(phone);
      addOrders(found);
      for (const order of found) customers.add(order.customer.id);
    }
    for (const customerId of [...customers]) {
      const found = await deps.orders.ordersForCustomer(customerId);
      addOrders(found);
      // The customer's own phone (the one their orders carry) is their WhatsApp chat too.
      for (const order of found) phones.add(order.customer.phone.replace(/\D/g, ''));
    }
    // 2. Where they talked.
    for (const phone of phones) for (const id of deps.conversationIdsForPhone(phone)) conversationIds.add(id);
    for (const customerId of customers)
      for (const id of await deps.customerConversations.conversationsOf(customerId)) conversationIds.add(id);

    const conversations: ShopperData['conversations'] = [];
    for (const id of [...conversationIds].sort()) {
      const records = seeded.get(id) ?? (await deps.store.conversationRecords(id));
      const known = records.conversation || records.messages.length > 0 || records.statuses.length > 0;
      if (known) conversations.push({ id, ...records, media: mediaOf(records) });
    }
    // 3. Their cases: of their orders and of the orders their chats were about.
    const caseOrders = new Set(orders.keys());
    for (const { conversation: c } of conversations) {
      for (const id of [c?.focusOrderId, c?.topic?.orderId, c?.handoff?.understood?.orderId])
        if (id) caseOrders.add(id);
    }
    const convSet = new Set(conversations.map((c) => c.id));
    const cases: SupportCase[] = [];
    for (const orderId of [...caseOrders].sort()) {
      for (const found of await deps.cases.casesForOrder(orderId))
        if (convSet.has(found.conversationId) || customers.has(found.customerId)) cases.push(found);
    }
    return {
      customerIds: [...customers].sort(),
      phones: [...phones].sort(),
      conversations,
      cases,
      orders: [...orders.values()].sort((a, b) => a.id.localeCompare(b.id)),
    };
  }

  const refText = (ref: ShopperRef): string =>
    ref.kind === 'conversation'
      ? ref.conversationId
      : ref.kind === 'phone'
        ? ref.phone
        : ref.kind === 'email'
          ? ref.email
          : `customer:${ref.customerId}`;

  const allMedia = (data: ShopperData): string[] =>
    uniq([...data.conversations.flatMap((c) => c.media), ...data.cases.flatMap((c) => c.photos)])
      .filter(isMediaRef)
      .sort();

  return {
    collect,

    /** Everything stored about the shopper, as one JSON-ready document. */
    async exportShopper(ref: ShopperRef, by: string): Promise<ShopperExport> {
      const data = await collect(ref);
      const at = now().toISOString();
      const media = allMedia(data);
      deps.audit?.({
        event: 'privacy_export',
        shopper: deps.hashShopper(refText(ref)),
        by,
        counts: {
          conversations: data.conversations.length,
          cases: data.cases.length,
          orders: data.orders.length,
          media: media.length,
        },
        at,
      });
      return {
        kind: 'crossdesk-shopper-export',
        version: 1,
        exportedAt: at,
        shopper: refText(ref),
        ...data,
        media,
        notes: [
          'media lists our storage keys; the files themselves are served to agents per conversation',
          'cached machine translations of these messages are not listed: they repeat the messages above',
        ],
      };
    },

    /** Deletes the shopper's data (orders stay) and reports counts; the audit line names only a hash. */
    async deleteShopper(ref: ShopperRef, by: string): Promise<DeleteReport> {
      const data = await collect(ref);
      const counts: DeleteReport['counts'] = {
        conversations: 0,
        messages: 0,
        statuses: 0,
        cases: 0,
        customerLinks: 0,
        media: 0,
        translations: 0,
        insights: 0,
      };
      const media = allMedia(data);
      if (deps.media && media.length > 0) counts.media = await deps.media.remove(media);
      if (deps.translationKeys) {
        const keys = new Set<string>();
        for (const c of data.conversations) {
          const shopperLanguage = c.conversation?.language;
          if (!shopperLanguage || shopperLanguage === deps.agentLanguage) continue;
          for (const entry of c.messages) {
            if (!entry.text) continue;
            const pair =
              entry.direction === 'agent'
                ? { from: deps.agentLanguage, to: shopperLanguage }
                : { from: shopperLanguage, to: deps.agentLanguage };
            for (const key of deps.translationKeys({ text: entry.text, ...pair })) keys.add(key);
          }
        }
        if (keys.size > 0) counts.translations = await deps.store.deleteTranslations([...keys]);
      }
      for (const found of data.cases) if (await deps.store.deleteCase(found.id)) counts.cases += 1;
      for (const customerId of data.customerIds)
        for (const c of data.conversations)
          if (await deps.store.unlinkCustomerConversation(customerId, c.id)) counts.customerLinks += 1;
      if (deps.store.deleteInsightEvents && deps.insightKey) {
        const days = lastDays(now(), deps.insightDays ?? 400);
        for (const c of data.conversations)
          counts.insights += await deps.store.deleteInsightEvents(deps.insightKey(c.id), days);
      }
      for (const c of data.conversations) {
        const removed = await deps.store.deleteConversationRecords(c.id);
        counts.conversations += removed.conversation;
        counts.messages += removed.messages;
        counts.statuses += removed.statuses;
      }
      const shopper = deps.hashShopper(refText(ref));
      deps.audit?.({ event: 'privacy_delete', shopper, by, counts: { ...counts }, at: now().toISOString() });
      return { shopper, counts, keptOrders: data.orders.length };
    },
  };
}

export type Privacy = ReturnType<typeof createPrivacy>;
