// Speaking first: when a shipment becomes delayed (customs hold, no carrier news, past its estimate, a
// failed attempt, an exception), the shopper hears it from us, in their pinned language, on the chat they
// used, with choices — before they have to ask. Runs in the worker as a `shipment_update` job (queued by
// the tracking webhook the moment an event arrives, and by the scheduled scan for shipments that went
// quiet), grouped per shipment so one shipment is never handled twice at once.
//
// Once per delay episode: the episode is the delay's reason and since-when; the conversation remembers the
// last one it was told per tracking number, so a redelivered job, a second scan or another event of the
// same hold says nothing, and a new situation (customs cleared, then a failed attempt) speaks again.
// A shopper who tapped "send me updates" also hears every new carrier event of that parcel, delivery too.
// Never to a shopper who opted out; never while a person owns the chat (the agent sees the shipment).
//
// Paid and capped sending: WhatsApp outside its 24-hour window gets the merchant's approved template (the
// message carries its values); LINE pushes count against the merchant's monthly quota and stop, logged,
// when it is used up. Many parcels of one lane delayed on one day tell the agents once, as one summary.

import { encodeButton } from './dialog/payloads';
import { delayLine } from './flows/orders';
import { type InsightsRecorder, recordInsights } from './insights';
import type { MerchantConfig } from './merchant-config';
import { createMessages, formatParam, type MessageKey, type MessageParam } from './messages/index';
import type {
  AlertNotice,
  ChannelOutbound,
  ConversationStore,
  Counters,
  CustomerConversations,
  MessageLog,
  OrderStore,
  PushQuota,
} from './ports';
import {
  type DelayRules,
  delayRulesFor,
  episodeOf,
  laneOf,
  nextCheckAt,
  shipmentClosed,
} from './shipment-watch';

export { episodeOf } from './shipment-watch';

import type { ShipmentAssessment } from './tools';
import type {
  ChannelName,
  Conversation,
  Language,
  Order,
  OutboundButton,
  OutboundMessage,
  Shipment,
  ShipmentEvent,
} from './types';

export interface ProactiveLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface ProactiveDeps {
  orders: Pick<OrderStore, 'getShipment' | 'getOrder' | 'watchShipment' | 'shipmentsForOrder' | 'putOrder'>;
  conversations: ConversationStore;
  customerConversations: CustomerConversations;
  messages: MessageLog;
  channelFor(name: ChannelName): ChannelOutbound;
  merchant: MerchantConfig;
  /** The delay rules (tools/track-shipment.ts `assessShipment`), injected: core does not load the tools. */
  assess(shipment: Shipment, now: Date, policy: { silentDaysBeforeDelay: number }): ShipmentAssessment;
  /** The WhatsApp conversation of a phone (the business number is the stack's); absent without WhatsApp. */
  whatsappConversationId?(phoneDigits: string): string;
  /** LINE's monthly push quota and the per-lane delay counts; without them neither is enforced. */
  counters?: Counters;
  /** Tells the agents something that is not one conversation (a lane's many delays); retried by the caller. */
  alertAgents?(notice: AlertNotice): Promise<void>;
  /** Where the agents' console lives, for the lane summary's link. */
  consoleUrl?: string;
  logger?: ProactiveLogger;
  /** Each message sent unasked, for the merchant's insights (best effort). */
  insights?: InsightsRecorder;
  now?: () => Date;
}

export type ProactiveOutcome =
  | 'unknown_shipment'
  | 'disabled'
  | 'closed'
  | 'on_time'
  /** Delayed, but not yet worth a message (a customs hold shorter than the merchant's threshold). */
  | 'not_yet'
  | 'no_conversation'
  | 'opted_out'
  | 'with_agent'
  | 'already_told'
  | 'quota_exhausted'
  | 'told'
  /** An update subscriber heard about a new carrier event. */
  | 'updated';

const DAY_MS = 86_400_000;
/** How many days before today a lane's usual rate of delays is read from. */
const LANE_BASELINE_DAYS = 14;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);
type Choice = 'wait' | 'updates' | 'refund' | 'agent';

const latestEvent = (shipment: Shipment): ShipmentEvent | undefined =>
  [...shipment.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);

/** A customer's phone as WhatsApp's wa_id spells it (digits only): the key of their WhatsApp chat. */
const phoneDigits = (customer: { phone: string }): string => customer.phone.replace(/\D/g, '');

/** When the carrier delivered it, if its latest event is the delivery. */
const deliveredAt = (shipment: Shipment): string | undefined => {
  const latest = latestEvent(shipment);
  return latest?.code === 'delivered' ? latest.at : undefined;
};

/** Until when a customs hold is still "usual" (not worth a message); undefined when it is not a hold. */
function holdQuietUntil(a: ShipmentAssessment, rules: DelayRules): number | undefined {
  if (a.reason !== 'customs_hold' || !a.since) return undefined;
  return Date.parse(a.since) + rules.customsHoldDays * DAY_MS;
}

/** The first day of the month after `at` (UTC): when this month's LINE push count stops mattering. */
const nextMonth = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));

/**
 * @example
 * const proactive = createProactive({ ...stores, channelFor, merchant, assess: assessShipment });
 * await proactive.shipmentUpdated('LX100000001CN'); // 'told'
 */
export function createProactive(deps: ProactiveDeps) {
  const now = deps.now ?? (() => new Date());
  const catalog = createMessages(deps.merchant);
  const settings = deps.merchant.proactive;
  const policy = deps.merchant.policies;
  const logger = deps.logger;

  /**
   * The order marked delivered once the carrier has delivered every parcel of it. The merchant's next import
   * would say so too, but only then; until it, "start a return" would answer "not delivered yet" to a
   * shopper holding the parcel. A parcel the order names but the store has not got yet keeps it shipped.
   */
  async function markDeliveredWhenAll(order: Order, shipment: Shipment): Promise<Order> {
    if (order.status !== 'shipped' || deliveredAt(shipment) === undefined) return order;
    const stored = await deps.orders.shipmentsForOrder(order.id);
    const parcels = new Map(stored.map((s) => [s.trackingNumber, s]));
    parcels.set(shipment.trackingNumber, shipment);
    if (order.trackingNumbers.some((tracking) => !parcels.has(tracking))) return order;
    let last: string | undefined;
    for (const parcel of parcels.values()) {
      const at = deliveredAt(parcel);
      if (at === undefined) return order;
      if (last === undefined || Date.parse(at) > Date.parse(last)) last = at;
    }
    const delivered: Order = { ...order, status: 'delivered', deliveredAt: last };
    await deps.orders.putOrder(delivered);
    logger?.info('order delivered by its carrier', { parcels: parcels.size });
    return delivered;
  }

  /** The chats this order's customer wrote in, newest first: the one they used last gets the message. */
  async function conversationFor(customer: { id: string; phone: string }): Promise<Conversation | undefined> {
    const ids = new Set(await deps.customerConversations.conversationsOf(customer.id));
    const phone = phoneDigits(customer);
    if (deps.whatsappConversationId && phone) ids.add(deps.whatsappConversationId(phone));
    const found = (await Promise.all([...ids].map((id) => deps.conversations.get(id)))).filter(
      (c): c is Conversation => c !== undefined,
    );
    return found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  }

  /**
   * A first WhatsApp conversation with a customer who never wrote, at their order's phone (only when the
   * merchant turned `whatsappFirstContact` on, and with `"opted-in"` only for a customer whose order records
   * their yes; never for one whose order records no). WhatsApp has verified nothing yet, so
   * it is not saved here: `speak` saves it with the message, and the shopper who answers from that phone is
   * verified by it as on any WhatsApp chat. Outside any 24-hour window, the message goes as the template.
   */
  function firstContact(order: Order, at: Date): Conversation | undefined {
    if (!settings.whatsappFirstContact || !deps.whatsappConversationId) return undefined;
    const consent = order.customer.whatsappOptIn;
    if (consent === false || (settings.whatsappFirstContact === 'opted-in' && consent !== true))
      return undefined;
    const phone = phoneDigits(order.customer);
    if (phone.length < 6) return undefined;
    return {
      id: deps.whatsappConversationId(phone),
      channel: 'whatsapp',
      recipient: phone,
      mode: 'bot',
      identity: { kind: 'anonymous' },
      language: order.customer.language,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      version: 0,
    };
  }

  function choicesFor(a: ShipmentAssessment, shipment: Shipment, at: Date): Choice[] {
    const startedAt = Date.parse(a.since ?? shipment.estimatedDelivery);
    const daysLate = Number.isFinite(startedAt) ? (at.getTime() - startedAt) / DAY_MS : 0;
    const refund = policy.delayRefundAfterDays !== undefined && daysLate >= policy.delayRefundAfterDays;
    return ['wait', 'updates', ...(refund ? (['refund'] as const) : []), 'agent'];
  }

  /**
   * LINE's own count of the month's pushes, which includes the agents' replies and the merchant's other
   * tools. Unknown (undefined) when LINE does not answer: then our own count decides, rather than a
   * delay message being held back by a quota call.
   */
  async function linePushesUsed(): Promise<PushQuota | undefined> {
    const pushQuota = deps.channelFor('line').pushQuota;
    if (!pushQuota) return undefined;
    try {
      return await pushQuota();
    } catch (error) {
      logger?.warn('LINE quota could not be read; counting our own pushes only', { error: String(error) });
      return undefined;
    }
  }

  /**
   * LINE pushes are capped per month; a shopper's own message is answered by reply, which is free. The cap
   * is the lower of the merchant's quota and the plan's limit, against the higher of LINE's count (every
   * push of the account) and ours (proactive ones, counted atomically so parallel workers never overshoot).
   */
  async function withinQuota(conversation: Conversation, at: Date): Promise<boolean> {
    if (conversation.channel !== 'line') return true;
    const quota = settings.linePushMonthlyQuota;
    const month = at.toISOString().slice(0, 7);
    const platform = await linePushesUsed();
    const cap = Math.min(quota ?? Number.POSITIVE_INFINITY, platform?.limit ?? Number.POSITIVE_INFINITY);
    if (platform && platform.used >= cap) {
      logger?.warn('LINE push quota for the month is used up (LINE’s count): proactive message not sent', {
        month,
        quota: cap,
        used: platform.used,
      });
      return false;
    }
    if (quota === undefined || !deps.counters) return true;
    const used = await deps.counters.add(`line-push:${month}`, { limit: quota, expiresAt: nextMonth(at) });
    if (used !== undefined) return true;
    logger?.warn('LINE push quota for the month is used up: proactive message not sent', {
      month,
      quota,
    });
    return false;
  }

  /** The lane summaries this process has claimed, or found claimed by another. */
  const claimedLanes = new Set<string>();
  /** A lane's usual delayed parcels a day, by lane and day: read once per lane and day per process. */
  const laneBaselines = new Map<string, Promise<number>>();
  const laneBaseline = (lane: string, at: Date): Promise<number> => {
    const key = `${lane}:${dayOf(at)}`;
    let baseline = laneBaselines.get(key);
    if (!baseline) {
      if (laneBaselines.size > 1_000) laneBaselines.clear();
      baseline = Promise.all(
        Array.from({ length: LANE_BASELINE_DAYS }, (_, i) =>
          deps.counters!.count(`lane:${lane}:${dayOf(new Date(at.getTime() - (i + 1) * DAY_MS))}`),
        ),
      ).then((counts) => counts.reduce((sum, n) => sum + n, 0) / LANE_BASELINE_DAYS);
      baseline.catch(() => laneBaselines.delete(key));
      laneBaselines.set(key, baseline);
    }
    return baseline;
  };

  /**
   * Counts a newly delayed parcel on its lane, once per parcel and episode a day. Once today's count
   * reaches the merchant's threshold and is `laneSummaryFactor` times the lane's usual day, the agents get
   * one summary: a claim (an atomic add with limit 1) makes it exactly one, whichever worker gets there.
   */
  async function countOnLane(shipment: Shipment, a: ShipmentAssessment, at: Date): Promise<void> {
    const lane = laneOf(shipment);
    if (!lane || !deps.counters || !deps.alertAgents) return;
    const day = dayOf(at);
    // Kept for the baseline's 14 days, and one more for a late add on the day before.
    const expiresAt = new Date(at.getTime() + (LANE_BASELINE_DAYS + 1) * DAY_MS);
    const episode = episodeOf(a);
    const first = await deps.counters.add(`lane-seen:${day}:${shipment.trackingNumber}:${episode}`, {
      limit: 1,
      expiresAt: new Date(at.getTime() + 2 * DAY_MS),
    });
    if (first === undefined) return;
    const count = await deps.counters.add(`lane:${lane}:${day}`, { expiresAt });
    if (count === undefined || count < settings.laneSummaryAt) return;
    const summaryKey = `lane-summary:${lane}:${day}`;
    // Once this process took or lost the day's claim, the lane's later parcels cost no more writes.
    if (claimedLanes.has(summaryKey)) return;
    const usual = await laneBaseline(lane, at);
    if (count < usual * settings.laneSummaryFactor) return;
    const claimed = await deps.counters.add(summaryKey, { limit: 1, expiresAt });
    if (claimedLanes.size > 1_000) claimedLanes.clear();
    claimedLanes.add(summaryKey);
    if (claimed === undefined) return;
    const [from, to] = lane.split('-');
    const usually =
      usual > 0
        ? ` (usually ${usual < 10 ? usual.toFixed(1) : Math.round(usual)} a day over the ${LANE_BASELINE_DAYS} days before)`
        : '';
    const notice: AlertNotice = {
      kind: 'lane_delay',
      alertId: `lane:${lane}:${day}`,
      title: `${count} delayed parcels on ${from} → ${to} today`,
      lines: [
        `${count} parcels shipped ${from} → ${to} became delayed on ${day} so far${usually}: one cause upstream is likely (customs, a port, the carrier).`,
        `Latest: ${shipment.carrier} ${shipment.trackingNumber}, ${a.explanation}`,
        'Shoppers who chat with us are told and offered choices; their answers show in the console. You will get no more of these for this lane today.',
      ],
      ...(deps.consoleUrl ? { consoleUrl: deps.consoleUrl } : {}),
      at: at.toISOString(),
    };
    try {
      await deps.alertAgents(notice);
    } catch (error) {
      logger?.warn('lane delay summary not delivered', { lane, error: String(error) });
    }
  }

  /** Saves the conversation (conditional: a concurrent turn wins and the job is retried), then sends. */
  async function speak(
    conversation: Conversation,
    shipment: Shipment,
    message: OutboundMessage,
    update: Partial<Conversation>,
    kind: 'delay' | 'update',
    at: Date,
    reason = kind as string,
  ): Promise<void> {
    // Saved first: a crash after the save and before the send loses this one message rather than sending
    // it twice (a redelivered job finds the episode told).
    const saved = await deps.conversations.save({ ...conversation, ...update, updatedAt: at.toISOString() });
    const sent = await deps.channelFor(saved.channel).send({ conversation: saved }, message);
    await deps.messages.append({
      conversationId: saved.id,
      direction: 'out',
      at: at.toISOString(),
      id: sent.platformMessageIds[0] ?? `proactive-${shipment.trackingNumber}-${at.getTime()}`,
      text: message.text,
      data: { proactive: kind, trackingNumber: shipment.trackingNumber, via: sent.via },
    });
    logger?.info('proactive message sent', {
      kind,
      channel: saved.channel,
      via: sent.via,
    });
    if (deps.insights)
      await recordInsights(deps.insights, [
        {
          id: `proactive:${shipment.trackingNumber}:${at.getTime().toString(36)}`,
          at: at.toISOString(),
          conversation: deps.insights.conversationKey(saved.id),
          channel: saved.channel,
          language: saved.language ?? deps.merchant.defaultLanguage,
          kind: 'proactive',
          reason: kind === 'update' ? 'update' : reason,
          orderId: shipment.orderId,
          cost: { messages: 1 },
        },
      ]);
  }

  function delayMessage(
    shipment: Shipment,
    order: Order,
    a: ShipmentAssessment,
    language: Language,
    choices: Choice[],
  ): OutboundMessage {
    const say = (key: MessageKey, params?: Record<string, MessageParam>) => catalog.t(language, key, params);
    const [key, params] = delayLine(shipment, a, order.id, (event) =>
      event ? say(`event_${event.code}` as MessageKey) : '',
    );
    const titles: Record<Choice, string> = {
      wait: say('button_keep_waiting'),
      updates: say('button_get_updates'),
      refund: say('button_cancel_refund'),
      agent: say('menu_agent'),
    };
    const buttons: OutboundButton[] = choices.map((choice) => ({
      id: encodeButton({ kind: 'delay', choice }),
      title: titles[choice],
    }));
    const situation = say(key, params);
    const optout = say('proactive_choices');
    return {
      text: [say('proactive_intro', { order: order.id }), situation, optout].join('\n\n'),
      language,
      buttons,
      template: {
        purpose: 'delay_update',
        values: {
          order: order.id,
          situation,
          eta: etaText(shipment, language),
          tracking: shipment.trackingNumber,
          optout,
        },
      },
    };
  }

  function etaText(shipment: Shipment, language: Language): string {
    const eta = Date.parse(shipment.estimatedDelivery);
    return Number.isFinite(eta)
      ? formatParam(language, new Date(eta), deps.merchant.timezone)
      : shipment.estimatedDelivery;
  }

  /** One new carrier event for a shopper who asked for every update: the scan's words, no choices. */
  function updateMessage(shipment: Shipment, order: Order, event: ShipmentEvent, language: Language) {
    const say = (key: MessageKey, params?: Record<string, MessageParam>) => catalog.t(language, key, params);
    const situation =
      event.code === 'delivered'
        ? say('status_delivered', { order: order.id, date: new Date(event.at) })
        : say('location_answer', {
            tracking: shipment.trackingNumber,
            event: say(`event_${event.code}` as MessageKey),
            location: event.location,
            date: new Date(event.at),
          });
    const optout = say('optout_hint');
    return {
      text: `${situation}\n\n${optout}`,
      language,
      template: {
        purpose: 'shipment_update' as const,
        values: {
          order: order.id,
          situation,
          eta: etaText(shipment, language),
          tracking: shipment.trackingNumber,
          optout,
        },
      },
    } satisfies OutboundMessage;
  }

  return {
    async shipmentUpdated(trackingNumber: string): Promise<ProactiveOutcome> {
      const at = now();
      const shipment = await deps.orders.getShipment(trackingNumber);
      if (!shipment) return 'unknown_shipment';
      const rules = delayRulesFor(deps.merchant, shipment);
      const a = deps.assess(shipment, at, rules);
      const quietUntil = holdQuietUntil(a, rules);
      const worthTelling = a.state === 'delayed' && !(quietUntil !== undefined && quietUntil > at.getTime());
      // Re-filed on every look: a short hold is looked at again when it stops being short.
      await deps.orders.watchShipment(
        trackingNumber,
        quietUntil !== undefined && !worthTelling && !shipmentClosed(shipment)
          ? new Date(quietUntil).toISOString()
          : nextCheckAt(shipment, a.state === 'delayed', rules, at),
      );
      // Before the merchant's switch: the order's status is the store's truth, not a message.
      const stored = await deps.orders.getOrder(shipment.orderId);
      const order = stored && (await markDeliveredWhenAll(stored, shipment));
      if (!settings.enabled) return 'disabled';
      if (worthTelling) await countOnLane(shipment, a, at);

      if (!order) return 'no_conversation';
      const conversation = (await conversationFor(order.customer)) ?? firstContact(order, at);
      if (!conversation) return 'no_conversation';
      const told = conversation.proactive?.[trackingNumber];
      const latest = latestEvent(shipment);
      const newEvent =
        told?.updates === true &&
        latest !== undefined &&
        Date.parse(latest.at) > Date.parse(told.lastEventAt ?? told.at);
      const newEpisode = worthTelling && told?.episode !== episodeOf(a);
      if (!newEpisode && !newEvent) {
        if (shipmentClosed(shipment)) return 'closed';
        if (a.state !== 'delayed') return 'on_time';
        return worthTelling ? 'already_told' : 'not_yet';
      }
      if (conversation.contactPreference?.proactive === false) return 'opted_out';
      if (conversation.mode === 'human') return 'with_agent';
      if (!(await withinQuota(conversation, at))) return 'quota_exhausted';

      const language: Language = conversation.language ?? deps.merchant.defaultLanguage;
      const heard = { ...told, lastEventAt: latest?.at ?? told?.lastEventAt };
      if (newEpisode) {
        const choices = choicesFor(a, shipment, at);
        await speak(
          conversation,
          shipment,
          delayMessage(shipment, order, a, language, choices),
          {
            focusOrderId: order.id,
            awaiting: {
              kind: 'delay_choice',
              orderId: order.id,
              trackingNumber,
              choices,
              since: at.toISOString(),
            },
            proactive: {
              ...conversation.proactive,
              [trackingNumber]: { ...heard, episode: episodeOf(a), at: at.toISOString() },
            },
          },
          'delay',
          at,
          a.reason ?? 'delay',
        );
        return 'told';
      }
      await speak(
        conversation,
        shipment,
        updateMessage(shipment, order, latest as ShipmentEvent, language),
        {
          focusOrderId: order.id,
          proactive: {
            ...conversation.proactive,
            [trackingNumber]: { ...heard, episode: told?.episode ?? '', at: told?.at ?? at.toISOString() },
          },
        },
        'update',
        at,
      );
      return 'updated';
    },
  };
}
