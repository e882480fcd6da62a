// Speaking first about a late parcel: once per delay episode, in the shopper's language, on the chat they
// used, with choices; never after STOP or while an agent owns the chat; every event for update
// subscribers; LINE's monthly quota; one lane summary for the agents instead of hundreds.
import { describe, expect, it } from 'vitest';
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import type { AlertNotice, ChannelOutbound } from '../../../functions/core/ports';
import { createProactive } from '../../../functions/core/proactive';
import type {
  ChannelName,
  Conversation,
  Customer,
  Order,
  OutboundMessage,
  Shipment,
  ShipmentEvent,
} from '../../../functions/core/types';
import { createMemoryStores } from '../../../functions/stores/memory';
import { assessShipment } from '../../../functions/tools/track-shipment';

const DAY = 86_400_000;
const NOW = new Date('2026-12-07T10:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

const customer: Customer = {
  id: 'c-lena',
  name: 'Lena Vogel',
  email: 'lena@example.de',
  phone: '+49 151 2345678',
  language: 'de',
};

function orderFor(id: string, tracking: string): Order {
  return {
    id,
    customer,
    status: 'shipped',
    placedAt: ago(12),
    fulfilledAt: ago(10),
    lines: [{ sku: 'DRS-1', name: 'Linen dress', quantity: 1, price: { amount: 89, currency: 'EUR' } }],
    total: { amount: 89, currency: 'EUR' },
    shippingAddress: { line1: 'Torstraße 1', city: 'Berlin', postcode: '10119', country: 'DE' },
    trackingNumbers: [tracking],
  } as Order;
}

const event = (code: ShipmentEvent['code'], daysAgo: number, location = 'Leipzig, DE'): ShipmentEvent => ({
  at: ago(daysAgo),
  code,
  location,
  description: code,
});

function shipmentFor(tracking: string, orderId: string, events: ShipmentEvent[]): Shipment {
  return {
    trackingNumber: tracking,
    orderId,
    carrier: 'YunExpress',
    service: 'Standard',
    origin: 'Shenzhen, CN',
    destination: 'Berlin, DE',
    estimatedDelivery: new Date(NOW.getTime() + 3 * DAY).toISOString().slice(0, 10),
    events,
  };
}

/** A channel that records what it was asked to send. */
function recordingChannel(name: ChannelName, sent: { to: string; message: OutboundMessage }[]) {
  return {
    name,
    capabilities: {} as ChannelOutbound['capabilities'],
    async send(ctx, message) {
      sent.push({ to: ctx.conversation.id, message });
      return { platformMessageIds: [`m${sent.length}`], via: name === 'line' ? 'push' : 'message' };
    },
  } satisfies ChannelOutbound;
}

async function setUp(
  options: {
    channel?: ChannelName;
    events?: ShipmentEvent[];
    conversation?: Partial<Conversation>;
    config?: Record<string, unknown>;
    link?: boolean;
    /** LINE's own count of the month's pushes, as the LINE sender reads it. */
    pushQuota?: ChannelOutbound['pushQuota'];
    /** The stack's WhatsApp number: the conversation id of a phone. */
    whatsappNumber?: string;
  } = {},
) {
  const stores = createMemoryStores({ now: () => NOW.getTime() });
  const channel = options.channel ?? 'telegram';
  const merchant = parseMerchantConfig({ brandName: 'Lumen & Loom', ...options.config });
  const order = orderFor('40001', 'YT100000001CN');
  await stores.orders.putOrder(order);
  await stores.orders.putShipment(
    shipmentFor('YT100000001CN', order.id, options.events ?? [event('customs_hold', 3)]),
  );
  const id = `${channel}:bot:u1`;
  await stores.conversations.save({
    id,
    channel,
    recipient: 'u1',
    mode: 'bot',
    identity: { kind: 'customer', customerId: customer.id },
    language: 'de',
    createdAt: ago(5),
    updatedAt: ago(5),
    version: 0,
    ...options.conversation,
  });
  if (options.link !== false) await stores.customerConversations.link(customer.id, id);
  const sent: { to: string; message: OutboundMessage }[] = [];
  const alerts: AlertNotice[] = [];
  const warnings: string[] = [];
  let clock = NOW;
  const proactive = createProactive({
    ...stores,
    channelFor: (name) => ({
      ...recordingChannel(name, sent),
      ...(options.pushQuota ? { pushQuota: options.pushQuota } : {}),
    }),
    merchant,
    assess: assessShipment,
    ...(options.whatsappNumber
      ? { whatsappConversationId: (phone: string) => `whatsapp:${options.whatsappNumber}:${phone}` }
      : {}),
    counters: stores.counters,
    alertAgents: async (notice) => {
      alerts.push(notice);
    },
    logger: { info() {}, warn: (message) => warnings.push(message) },
    now: () => clock,
  });
  return {
    stores,
    proactive,
    sent,
    alerts,
    warnings,
    conversationId: id,
    setClock: (at: Date) => {
      clock = at;
    },
  };
}

describe('proactive delay messages', () => {
  it('tells a shopper about a long customs hold in their language, with choices, once', async () => {
    const { proactive, sent, stores, conversationId } = await setUp();
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('told');
    expect(sent).toHaveLength(1);
    const { message } = sent[0]!;
    expect(message.text).toContain('40001');
    expect(message.text).toMatch(/Zoll/); // German: held by customs
    expect(message.text).toMatch(/STOPP/); // how to opt out, in German
    expect(message.buttons?.map((b) => b.id)).toEqual(['delay:wait', 'delay:updates', 'delay:agent']);
    expect(message.template).toMatchObject({
      purpose: 'delay_update',
      values: { order: '40001', tracking: 'YT100000001CN' },
    });
    expect(message.template?.values.situation).toMatch(/Zoll/);

    const saved = await stores.conversations.get(conversationId);
    expect(saved?.awaiting).toMatchObject({ kind: 'delay_choice', trackingNumber: 'YT100000001CN' });
    expect(saved?.focusOrderId).toBe('40001');
    // Agents see it in the transcript.
    const log = await stores.messages.list(conversationId);
    expect(log.at(-1)).toMatchObject({ direction: 'out', data: { proactive: 'delay' } });

    // A second scan, a redelivered job: nothing more.
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('already_told');
    expect(sent).toHaveLength(1);
  });

  it('waits out a short customs hold and looks again when it stops being short', async () => {
    const { proactive, sent, stores, setClock } = await setUp({ events: [event('customs_hold', 0.5)] });
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('not_yet');
    expect(sent).toHaveLength(0);
    // Re-filed for when the hold reaches the merchant's two days.
    const due = await stores.orders.shipmentsDue(new Date(NOW.getTime() + 1.6 * DAY));
    expect(due).toContain('YT100000001CN');
    setClock(new Date(NOW.getTime() + 1.6 * DAY));
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('told');
  });

  it('uses the lane’s own rules', async () => {
    const { proactive, sent } = await setUp({
      events: [event('customs_hold', 3)],
      config: { proactive: { lanes: { 'CN-DE': { customsHoldDays: 5 } } } },
    });
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('not_yet');
    expect(sent).toHaveLength(0);
  });

  it('tells an exception at once', async () => {
    const { proactive, sent } = await setUp({
      events: [event('in_transit', 2), event('exception', 0.01)],
    });
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('told');
    expect(sent).toHaveLength(1);
  });

  it('says nothing about a parcel on time', async () => {
    const { proactive, sent } = await setUp({ events: [event('in_transit', 1)] });
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('on_time');
    expect(sent).toHaveLength(0);
  });

  it('never messages a shopper who opted out, or one an agent is talking to', async () => {
    const optedOut = await setUp({
      conversation: { contactPreference: { proactive: false, changedAt: ago(1) } },
    });
    expect(await optedOut.proactive.shipmentUpdated('YT100000001CN')).toBe('opted_out');
    const withAgent = await setUp({ conversation: { mode: 'human' } });
    expect(await withAgent.proactive.shipmentUpdated('YT100000001CN')).toBe('with_agent');
    expect([...optedOut.sent, ...withAgent.sent]).toHaveLength(0);
  });

  it('marks the order delivered when the carrier delivers its last parcel, so a return can start', async () => {
    const { proactive, stores } = await setUp({ events: [event('in_transit', 2), event('delivered', 0.2)] });
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('closed');
    const order = await stores.orders.getOrder('40001');
    expect(order?.status).toBe('delivered');
    expect(order?.deliveredAt).toBe(ago(0.2));
  });

  it('keeps an order shipped while one of its parcels is still on the way or not in the store yet', async () => {
    const { proactive, stores } = await setUp({ events: [event('delivered', 0.2)] });
    await stores.orders.putOrder({
      ...orderFor('40001', 'YT100000001CN'),
      trackingNumbers: ['YT100000001CN', 'YT2'],
    });
    await proactive.shipmentUpdated('YT100000001CN');
    expect((await stores.orders.getOrder('40001'))?.status).toBe('shipped'); // YT2 is not stored yet
    await stores.orders.putShipment(shipmentFor('YT2', '40001', [event('in_transit', 1)]));
    await proactive.shipmentUpdated('YT100000001CN');
    expect((await stores.orders.getOrder('40001'))?.status).toBe('shipped'); // YT2 is on the way
    await stores.orders.putShipment(
      shipmentFor('YT2', '40001', [event('in_transit', 1), event('delivered', 0.1)]),
    );
    await proactive.shipmentUpdated('YT2');
    const order = await stores.orders.getOrder('40001');
    expect(order?.status).toBe('delivered');
    expect(order?.deliveredAt).toBe(ago(0.1)); // the last parcel's delivery
  });

  it('never turns a cancelled or returned order back into a delivered one, even with proactive off', async () => {
    const { proactive, stores } = await setUp({
      events: [event('delivered', 0.2)],
      config: { proactive: { enabled: false } },
    });
    await proactive.shipmentUpdated('YT100000001CN');
    expect((await stores.orders.getOrder('40001'))?.status).toBe('delivered');
    await stores.orders.putOrder({ ...orderFor('40001', 'YT100000001CN'), status: 'returned' });
    await proactive.shipmentUpdated('YT100000001CN');
    expect((await stores.orders.getOrder('40001'))?.status).toBe('returned');
  });

  it('does nothing when the merchant turned it off', async () => {
    const { proactive, sent } = await setUp({ config: { proactive: { enabled: false } } });
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('disabled');
    expect(sent).toHaveLength(0);
  });

  it('writes first on WhatsApp to a customer who never wrote, only when the merchant turned it on', async () => {
    const off = await setUp({ link: false, whatsappNumber: 'PNID' });
    expect(await off.proactive.shipmentUpdated('YT100000001CN')).toBe('no_conversation');
    expect(off.sent).toHaveLength(0);

    const firstContactOn = () =>
      setUp({ link: false, whatsappNumber: 'PNID', config: { proactive: { whatsappFirstContact: true } } });
    const on = await firstContactOn();
    expect(await on.proactive.shipmentUpdated('YT100000001CN')).toBe('told');
    // The order's phone, in digits, is the chat; the message is in the customer's language, with choices.
    expect(on.sent[0]?.to).toBe('whatsapp:PNID:491512345678');
    expect(on.sent[0]?.message.text).toMatch(/Zoll/);
    const chat = await on.stores.conversations.get('whatsapp:PNID:491512345678');
    expect(chat).toMatchObject({ channel: 'whatsapp', language: 'de', identity: { kind: 'anonymous' } });
    expect(chat?.lastInboundAt).toBeUndefined(); // outside any window: the sender uses the template
    expect(chat?.awaiting).toMatchObject({ kind: 'delay_choice', trackingNumber: 'YT100000001CN' });
    // The next look finds that chat: told once per episode.
    expect(await on.proactive.shipmentUpdated('YT100000001CN')).toBe('already_told');
    expect(on.sent).toHaveLength(1);

    // A customer whose order says they declined WhatsApp updates is never written to first.
    const declined = await firstContactOn();
    const order = await declined.stores.orders.getOrder('40001');
    await declined.stores.orders.putOrder({
      ...order!,
      customer: { ...order!.customer, whatsappOptIn: false },
    });
    expect(await declined.proactive.shipmentUpdated('YT100000001CN')).toBe('no_conversation');
    expect(declined.sent).toHaveLength(0);
  });

  it('with first contact for opted-in customers only, writes to the customer whose order says yes and to no one else', async () => {
    const optedInOnly = () =>
      setUp({
        link: false,
        whatsappNumber: 'PNID',
        config: { proactive: { whatsappFirstContact: 'opted-in' } },
      });
    const unknown = await optedInOnly();
    expect(await unknown.proactive.shipmentUpdated('YT100000001CN')).toBe('no_conversation');
    expect(unknown.sent).toHaveLength(0);

    const agreed = await optedInOnly();
    const order = await agreed.stores.orders.getOrder('40001');
    await agreed.stores.orders.putOrder({ ...order!, customer: { ...order!.customer, whatsappOptIn: true } });
    expect(await agreed.proactive.shipmentUpdated('YT100000001CN')).toBe('told');
    expect(agreed.sent[0]?.to).toBe('whatsapp:PNID:491512345678');
  });

  it('finds no chat for a customer who never wrote to us', async () => {
    const { proactive } = await setUp({ link: false });
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('no_conversation');
  });

  it('offers cancel-and-refund only once the parcel is as late as the policy says', async () => {
    const { proactive, sent } = await setUp({
      events: [event('customs_hold', 9)],
      config: { policies: { delayRefundAfterDays: 7 } },
    });
    await proactive.shipmentUpdated('YT100000001CN');
    expect(sent[0]?.message.buttons?.map((b) => b.id)).toContain('delay:refund');
  });

  it('speaks again when the situation changes', async () => {
    const { proactive, sent, stores } = await setUp();
    await proactive.shipmentUpdated('YT100000001CN');
    await stores.orders.putShipment(
      shipmentFor('YT100000001CN', '40001', [
        event('customs_hold', 3),
        event('customs_cleared', 1),
        event('delivery_attempt_failed', 0.1, 'Berlin, DE'),
      ]),
    );
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('told');
    expect(sent).toHaveLength(2);
    expect(sent[1]?.message.text).toMatch(/zuzustellen|Zustell/);
  });

  it('sends every new event to a shopper who asked for updates, delivery included', async () => {
    const { proactive, sent, stores, conversationId } = await setUp();
    await proactive.shipmentUpdated('YT100000001CN');
    const saved = await stores.conversations.get(conversationId);
    await stores.conversations.save({
      ...saved!,
      proactive: {
        YT100000001CN: { ...saved!.proactive!.YT100000001CN!, updates: true },
      },
    });
    await stores.orders.putShipment(
      shipmentFor('YT100000001CN', '40001', [event('customs_hold', 3), event('customs_cleared', 0.5)]),
    );
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('updated');
    expect(sent[1]?.message.text).toMatch(/STOPP/);
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('on_time'); // nothing new
    await stores.orders.putShipment(
      shipmentFor('YT100000001CN', '40001', [
        event('customs_hold', 3),
        event('customs_cleared', 0.5),
        event('delivered', 0.1, 'Berlin, DE'),
      ]),
    );
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('updated');
    expect(sent[2]?.message.text).toMatch(/zugestellt/);
    expect(sent).toHaveLength(3);
  });

  it('stops at the LINE monthly push quota and logs it', async () => {
    const { proactive, sent, warnings, stores } = await setUp({
      channel: 'line',
      config: { proactive: { linePushMonthlyQuota: 1 } },
    });
    // Another parcel used this month's only push.
    await stores.counters.add('line-push:2026-12', { limit: 1, expiresAt: new Date('2027-01-01') });
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('quota_exhausted');
    expect(sent).toHaveLength(0);
    expect(warnings.join('\n')).toMatch(/quota/);
  });

  it('stops when LINE itself counts the month used up: agents’ pushes and other tools count too', async () => {
    // Our own counter has room (nothing proactive sent yet), but LINE has counted 500 of 500.
    const full = await setUp({
      channel: 'line',
      config: { proactive: { linePushMonthlyQuota: 500 } },
      pushQuota: async () => ({ used: 500 }),
    });
    expect(await full.proactive.shipmentUpdated('YT100000001CN')).toBe('quota_exhausted');
    expect(full.sent).toHaveLength(0);
    expect(full.warnings.join('\n')).toMatch(/LINE’s count/);

    // No merchant quota, but the plan's own limit (the free plan's 200) is reached.
    const plan = await setUp({ channel: 'line', pushQuota: async () => ({ used: 200, limit: 200 }) });
    expect(await plan.proactive.shipmentUpdated('YT100000001CN')).toBe('quota_exhausted');

    // Room on both counts: sent.
    const room = await setUp({ channel: 'line', pushQuota: async () => ({ used: 12, limit: 200 }) });
    expect(await room.proactive.shipmentUpdated('YT100000001CN')).toBe('told');
    expect(room.sent).toHaveLength(1);
  });

  it('falls back to its own count when LINE’s quota cannot be read, and says so', async () => {
    const { proactive, sent, warnings } = await setUp({
      channel: 'line',
      config: { proactive: { linePushMonthlyQuota: 10 } },
      pushQuota: async () => {
        throw new Error('LINE quota timed out after 8000 ms');
      },
    });
    expect(await proactive.shipmentUpdated('YT100000001CN')).toBe('told');
    expect(sent).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/could not be read/);
  });

  it('sends the agents one summary when many parcels of one lane are delayed on one day', async () => {
    const { proactive, alerts, stores } = await setUp({ config: { proactive: { laneSummaryAt: 3 } } });
    for (let i = 2; i <= 6; i++) {
      const tracking = `YT10000000${i}CN`;
      await stores.orders.putOrder(orderFor(`4000${i}`, tracking));
      await stores.orders.putShipment(shipmentFor(tracking, `4000${i}`, [event('customs_hold', 3)]));
    }
    for (let i = 2; i <= 6; i++) await proactive.shipmentUpdated(`YT10000000${i}CN`);
    // The same parcel again does not count twice.
    await proactive.shipmentUpdated('YT100000002CN');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'lane_delay', alertId: 'lane:CN-DE:2026-12-07' });
    expect(alerts[0]?.title).toMatch(/CN → DE/);
    expect(JSON.stringify(alerts[0])).not.toContain('Lena');
  });

  it('waits on a lane that is late every day until today is three times its usual day', async () => {
    const { proactive, alerts, stores } = await setUp({ config: { proactive: { laneSummaryAt: 3 } } });
    // The 14 days before: 2 delayed parcels a day on CN → DE, as the counters kept them.
    for (let back = 1; back <= 14; back++) {
      const day = new Date(NOW.getTime() - back * 86_400_000).toISOString().slice(0, 10);
      for (let n = 0; n < 2; n++)
        await stores.counters.add(`lane:CN-DE:${day}`, { expiresAt: new Date(NOW.getTime() + 86_400_000) });
    }
    for (let i = 2; i <= 7; i++) {
      const tracking = `YT10000000${i}CN`;
      await stores.orders.putOrder(orderFor(`4000${i}`, tracking));
      await stores.orders.putShipment(shipmentFor(tracking, `4000${i}`, [event('customs_hold', 3)]));
    }
    // Five delayed today: above laneSummaryAt, but not 3 × the usual 2.
    await proactive.shipmentUpdated('YT100000001CN');
    for (let i = 2; i <= 5; i++) await proactive.shipmentUpdated(`YT10000000${i}CN`);
    expect(alerts).toHaveLength(0);
    await proactive.shipmentUpdated('YT100000006CN');
    await proactive.shipmentUpdated('YT100000007CN');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.title).toMatch(/^6 delayed parcels on CN → DE/);
    expect(alerts[0]?.lines[0]).toMatch(/usually 2\.0 a day over the 14 days before/);
  });
});
