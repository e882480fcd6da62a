// The order intents: status, tracking and delays, returns, damage, address changes and cancellations.
// Each renders a tool result with catalog messages; none decides authorization (the tools do).

import type { MessageKey, MessageParam } from '../messages/index';
import { episodeOf } from '../shipment-watch';
import type { ShipmentAssessment, TrackedShipment, TrackingResult } from '../tools';
import type { Intent, OrderStatus, ShipmentEvent, Understanding } from '../types';
import { resolveOrder } from './resolve-order';
import {
  ask,
  callTool,
  clearAwaiting,
  handOff,
  itemButton,
  mediaRef,
  say,
  type TurnState,
  text,
  yesNoButtons,
} from './state';

const at = (iso: string | undefined): Date | string => (iso ? new Date(iso) : '');

/** The carrier's event in the shopper's language: by its code, never the carrier's English description. */
export function eventText(state: TurnState, event: ShipmentEvent | undefined): string {
  if (!event) return '';
  const key: MessageKey = `event_${event.code}`;
  return text(state, key);
}

/** The shipment to talk about: the first one not yet delivered, else the latest. */
const mainShipment = (tracking: TrackingResult): TrackedShipment | undefined =>
  tracking.shipments.find((s) => s.assessment.state !== 'delivered') ?? tracking.shipments.at(-1);

/**
 * The delay in the shopper's words, by its reason: a catalog key and its parameters. Shared with the
 * proactive message (core/proactive.ts), which says the same thing before the shopper asks.
 */
export function delayLine(
  s: { trackingNumber: string; estimatedDelivery: string },
  a: ShipmentAssessment,
  orderId: string,
  eventWords: (event: ShipmentEvent | undefined) => string,
): [MessageKey, Record<string, MessageParam>] {
  const last = a.lastEvent;
  const base = { tracking: s.trackingNumber, eta: at(s.estimatedDelivery), order: orderId };
  const latest = { event: eventWords(last), location: last?.location ?? '', date: at(last?.at) };
  const since = { location: a.location ?? '', date: at(a.since) };
  const keyed: Record<string, [MessageKey, Record<string, MessageParam>]> = {
    customs_hold: ['delay_customs', { ...base, ...since }],
    port_congestion: ['delay_port', { ...base, ...since }],
    silent: ['delay_silent', { ...base, ...latest }],
    failed_attempt: ['delay_failed_attempt', { ...base, ...latest }],
    on_time: ['delay_on_time', { ...base, ...latest }],
    exception: ['delay_exception', { ...base, ...since }],
    returned_to_sender: ['delay_returned', { ...base, ...since }],
  };
  return keyed[a.reason ?? 'on_time'] ?? ['delay_late', { ...base, ...latest }];
}

function sayDelay(state: TurnState, s: TrackedShipment, a: ShipmentAssessment, orderId: string): void {
  const [key, params] = delayLine(s, a, orderId, (event) => eventText(state, event));
  say(state, key, params);
  if (a.state !== 'delayed') return;
  // The shopper has now heard of this delay: the scan must not tell them again, unasked, as news.
  const conversation = state.conversation;
  const told = conversation.proactive?.[s.trackingNumber];
  conversation.proactive = {
    ...conversation.proactive,
    [s.trackingNumber]: {
      ...told,
      episode: episodeOf(a),
      at: state.now.toISOString(),
      ...(a.lastEvent ? { lastEventAt: a.lastEvent.at } : {}),
    },
  };
}

/**
 * A parcel nobody is moving (no carrier news, or past its estimate): open a case so a colleague chases
 * the carrier, and say so only when the case exists. Customs and port delays are the carrier's to
 * resolve and are not flagged.
 */
async function flagDelay(state: TurnState, orderId: string, reason: string | undefined): Promise<void> {
  if (reason !== 'silent' && reason !== 'late' && reason !== 'exception') return;
  const flagged = await callTool(state, 'flag_delay', { orderId, reason });
  if (flagged.ok) say(state, 'delay_case_opened', { case: flagged.data.caseId });
}

/** Order status, tracking, delays: `track_order` and `delivery_delay`. */
export async function answerTracking(state: TurnState, u: Understanding, intent: Intent): Promise<void> {
  const orderId = await resolveOrder(state, u, intent);
  if (!orderId) return;
  const result = await callTool(state, 'track_shipment', { orderId });
  if (!result.ok) return void say(state, 'order_not_found', { order: orderId });
  const tracking = result.data;
  const shipment = mainShipment(tracking);
  const status = tracking.orderStatus;
  if (status === 'shipped' && shipment) {
    const a = shipment.assessment;
    // The carrier delivered every parcel but the shop has not marked the order yet (tracking updates move
    // shipments, the shop system moves orders): the shopper hears it arrived, not "on its way".
    if (a.state === 'delivered')
      return say(state, 'status_delivered', { order: orderId, date: at(a.lastEvent?.at) });
    if (a.state === 'delayed' || intent === 'delivery_delay') {
      sayDelay(state, shipment, a, orderId);
      if (a.state === 'delayed') await flagDelay(state, orderId, a.reason);
      return;
    }
    const last = a.lastEvent;
    return say(state, 'status_shipped', {
      order: orderId,
      carrier: shipment.carrier,
      tracking: shipment.trackingNumber,
      event: eventText(state, last),
      location: last?.location ?? '',
      date: at(last?.at),
      eta: at(shipment.estimatedDelivery),
    });
  }
  if (status === 'delivered')
    return say(state, 'status_delivered', { order: orderId, date: at(tracking.deliveredAt) });
  const key = status === 'shipped' ? 'status_processing' : (`status_${status}` as const);
  say(state, key, { order: orderId });
}

export async function answerReturn(state: TurnState, u: Understanding, skus?: string[]): Promise<void> {
  const orderId = await resolveOrder(state, u, 'return_item');
  if (!orderId) return;
  let result = await callTool(state, 'start_return', { orderId, skus });
  // "all of it" / "semua" / "全部": no need to ask which item.
  if (!result.ok && result.error === 'needs_item' && u.reply.all && !skus) {
    const lines = (result.data?.lines ?? []) as { sku: string }[];
    result = await callTool(state, 'start_return', { orderId, skus: lines.map((l) => l.sku) });
  }
  if (result.ok) {
    clearAwaiting(state);
    const r = result.data;
    return say(
      state,
      'return_started',
      { rma: r.rma, order: orderId, carrier: r.carrier, date: at(r.returnBy), link: r.labelUrl },
      {
        links: [{ url: r.labelUrl, title: r.rma }],
      },
    );
  }
  if (result.error === 'needs_item') {
    const lines = (result.data?.lines ?? []) as {
      sku: string;
      name: string;
      size?: string;
      colour?: string;
    }[];
    const offered = lines.slice(0, 10);
    const buttons = offered.map((l) =>
      itemButton({ sku: l.sku, name: l.name, variant: [l.colour, l.size].filter(Boolean).join(' · ') }),
    );
    say(state, 'return_which_item', undefined, { buttons });
    return ask(state, {
      kind: 'return_item',
      orderId,
      options: offered.map((l) => ({ sku: l.sku, name: l.name, ...(l.colour ? { colour: l.colour } : {}) })),
    });
  }
  if (result.error === 'window_closed') {
    say(state, 'return_window_closed', {
      order: orderId,
      date: at(result.data?.deliveredAt as string),
      days: state.deps.merchant.policies.returnWindowDays,
    });
    return handOff(state, 'return_outside_window', { silent: true });
  }
  if (result.error === 'not_delivered') return say(state, 'return_not_delivered', { order: orderId });
  say(state, 'error_try_again');
}

/** A damage report, with or without the photo in the same message. */
export async function answerDamage(state: TurnState, u: Understanding): Promise<void> {
  const orderId = await resolveOrder(state, u, 'damaged_item');
  if (!orderId) return;
  const pending = state.pending?.kind === 'media_context' ? state.pending.photos : [];
  const photo = mediaRef(state.message);
  const photos = [...pending, ...(photo ? [photo] : [])];
  const result = await callTool(state, 'report_damage', { orderId, description: state.message.text, photos });
  if (!result.ok)
    return void say(state, result.error === 'not_shipped' ? 'return_not_delivered' : 'error_try_again', {
      order: orderId,
    });
  const claim = result.data;
  if (claim.photoCount === 0) {
    say(state, 'damage_sorry_ask_photo');
  } else {
    say(state, 'damage_claim_opened', { claim: claim.claimId, order: orderId });
  }
  ask(state, { kind: 'damage_photo', orderId, claimId: claim.claimId });
}

/** A photo while a damage claim waits for one. */
export async function attachDamagePhoto(state: TurnState, orderId: string): Promise<void> {
  const photo = mediaRef(state.message);
  const result = await callTool(state, 'report_damage', { orderId, photos: photo ? [photo] : [] });
  if (!result.ok) return void say(state, 'error_try_again');
  const claim = result.data;
  say(state, claim.photoCount <= 1 ? 'damage_claim_opened' : 'damage_photo_added', {
    claim: claim.claimId,
    order: orderId,
  });
  ask(state, { kind: 'damage_photo', orderId, claimId: claim.claimId });
}

export async function answerCancel(state: TurnState, u: Understanding): Promise<void> {
  const orderId = await resolveOrder(state, u, 'cancel_order');
  if (!orderId) return;
  const result = await callTool(state, 'cancel_order', { orderId, confirm: false });
  if (result.ok) {
    say(
      state,
      'cancel_confirm',
      { order: orderId, items: result.data.items, total: result.data.total },
      { buttons: yesNoButtons(state) },
    );
    const offered = state.pending?.kind === 'order_choice' ? state.pending.options : [];
    return ask(state, {
      kind: 'cancel_confirm',
      orderId,
      ...(offered.length > 1 ? { alternatives: offered } : {}),
    });
  }
  if (result.error === 'too_late') return cancelRefused(state, orderId, result.data?.status);
  if (result.error === 'already_cancelled') return say(state, 'status_cancelled', { order: orderId });
  say(state, 'error_try_again');
}

const CANCEL_REFUSED: Partial<Record<OrderStatus, MessageKey>> = {
  pending: 'cancel_processing',
  processing: 'cancel_processing',
  delivered: 'cancel_delivered',
  returned: 'status_returned',
  cancelled: 'status_cancelled',
};

/**
 * Why an order can no longer be cancelled here, true to its status. A packing order can often still be
 * stopped by a person in the warehouse, so it goes to a colleague rather than to "return it later".
 */
function cancelRefused(state: TurnState, orderId: string, status: unknown): void {
  const key = CANCEL_REFUSED[status as OrderStatus] ?? 'cancel_too_late';
  say(state, key, { order: orderId, days: state.deps.merchant.policies.returnWindowDays });
  if (key === 'cancel_processing') handOff(state, 'cancel_processing', { silent: true });
}

export async function confirmCancel(state: TurnState, orderId: string, yes: boolean): Promise<void> {
  clearAwaiting(state);
  if (!yes) return say(state, 'cancel_kept', { order: orderId });
  const result = await callTool(state, 'cancel_order', { orderId, confirm: true });
  if (result.ok) return say(state, 'cancelled', { order: orderId, total: result.data.total });
  if (result.error === 'too_late') return cancelRefused(state, orderId, result.data?.status);
  say(state, 'error_try_again');
}
