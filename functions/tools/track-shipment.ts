import * as z from 'zod';
import { type DelayReason, defineTool, type ShipmentAssessment, type TrackingResult } from '../core/tools';
import type { Shipment, ShipmentEvent } from '../core/types';
import { isAnonymous, loadOwnedOrder, needsVerification, notAuthorized } from './authorize';
import { orderIdInput } from './lookup-order';

const DAY_MS = 86_400_000;

const byTime = (a: ShipmentEvent, b: ShipmentEvent): number => a.at.localeCompare(b.at);

/** The first event of the trailing run of `code` events: the situation still holds and began then. */
function stillOpen(events: ShipmentEvent[], code: ShipmentEvent['code']): ShipmentEvent | undefined {
  let start: ShipmentEvent | undefined;
  for (const event of events) start = event.code === code ? (start ?? event) : undefined;
  return start;
}

/**
 * Decides whether a shipment is on time and, if not, why, in terms a shopper understands. Pure: the
 * delay scan runs it over every open shipment with the same policy.
 * @example
 * assessShipment(shipment, new Date(), { silentDaysBeforeDelay: 5 }).reason; // 'customs_hold'
 */
export function assessShipment(
  shipment: Shipment,
  now: Date,
  policy: { silentDaysBeforeDelay: number },
): ShipmentAssessment {
  const events = [...shipment.events].sort(byTime);
  const last = events.at(-1);
  const silentDays = last ? Math.floor((now.getTime() - Date.parse(last.at)) / DAY_MS) : 0;
  // A date-only estimate ("2026-11-21") means "during that day": it is not late until the day is over.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(shipment.estimatedDelivery);
  const overdue = Date.parse(shipment.estimatedDelivery) + (dateOnly ? DAY_MS : 0) < now.getTime();
  const base = { silentDays, overdue, lastEvent: last, eta: shipment.estimatedDelivery };
  const delayed = (
    reason: DelayReason,
    event: ShipmentEvent | undefined,
    explanation: string,
  ): ShipmentAssessment => ({
    ...base,
    state: 'delayed',
    reason,
    since: event?.at,
    location: event?.location,
    explanation,
  });

  if (last?.code === 'delivered')
    return { ...base, overdue: false, state: 'delivered', explanation: 'Delivered.' };
  if (last?.code === 'returned_to_sender') {
    return delayed('returned_to_sender', last, 'The carrier is returning the parcel to the sender.');
  }
  const customs = stillOpen(events, 'customs_hold');
  if (customs) return delayed('customs_hold', customs, `Held by customs in ${customs.location}.`);
  const port = stillOpen(events, 'port_congestion');
  if (port) return delayed('port_congestion', port, `Delayed by congestion at ${port.location}.`);
  if (last?.code === 'delivery_attempt_failed') {
    return delayed(
      'failed_attempt',
      last,
      'The carrier tried to deliver but could not; they will try again.',
    );
  }
  if (last && silentDays >= policy.silentDaysBeforeDelay) {
    return delayed('silent', last, `No update from the carrier for ${silentDays} days.`);
  }
  if (last?.code === 'exception')
    return delayed('exception', last, `Carrier exception: ${last.description}.`);
  if (overdue) return delayed('late', last, 'Later than the carrier’s estimated delivery date.');
  return { ...base, state: 'on_time', explanation: 'On schedule.' };
}

export const trackShipment = defineTool({
  name: 'track_shipment',
  description:
    'Tracks the shipment(s) of one of the current shopper’s orders: carrier events, estimated delivery and, when late, the reason in plain words (customs hold, port congestion, no carrier update, failed delivery attempt). Give the order number or a tracking number.',
  input: z.object({
    orderId: orderIdInput.optional(),
    trackingNumber: z
      .string()
      .min(5)
      .max(40)
      .optional()
      .describe('A carrier tracking number, e.g. LX123456789CN.'),
  }),
  async run(ctx, input) {
    if (isAnonymous(ctx)) return needsVerification();
    let orderId = input.orderId;
    if (!orderId && input.trackingNumber) {
      const shipment = await ctx.orders.getShipment(input.trackingNumber.toUpperCase());
      // Unknown tracking numbers and other shoppers' parcels look the same from here.
      if (!shipment) return notAuthorized(input.trackingNumber);
      orderId = shipment.orderId;
    }
    if (!orderId)
      return { ok: false, error: 'invalid_input', message: 'Give an order number or a tracking number.' };
    const owned = await loadOwnedOrder(ctx, orderId);
    if (!owned.ok) return input.orderId ? owned : notAuthorized(input.trackingNumber ?? orderId);
    const shipments = await ctx.orders.shipmentsForOrder(orderId);
    const policy = ctx.merchant.policies;
    const data: TrackingResult = {
      orderId,
      orderStatus: owned.data.status,
      deliveredAt: owned.data.deliveredAt,
      shipments: shipments.map((s) => ({
        trackingNumber: s.trackingNumber,
        carrier: s.carrier,
        service: s.service,
        origin: s.origin,
        destination: s.destination,
        estimatedDelivery: s.estimatedDelivery,
        events: [...s.events].sort(byTime),
        assessment: assessShipment(s, ctx.now, policy),
      })),
    };
    return { ok: true, data };
  },
});

export type { DelayReason, ShipmentAssessment, TrackedShipment, TrackingResult } from '../core/tools';
