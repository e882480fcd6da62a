// When the delay scan should next look at a shipment. A leaf module (types only) so the stores can file a
// shipment under its due day on every write without loading the tools or the catalogs.
import type { ShipmentAssessment } from './tools';
import type { Shipment } from './types';

const DAY_MS = 86_400_000;
const CLOSED = new Set(['delivered', 'returned_to_sender']);

const lastEvent = (shipment: Shipment) =>
  [...shipment.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);

/** True once the parcel has arrived or gone back: nothing more to watch. */
export const shipmentClosed = (shipment: Shipment): boolean => CLOSED.has(lastEvent(shipment)?.code ?? '');

/** The day bucket of an ISO time (UTC): one index partition per day. */
export const dueDay = (iso: string): string => iso.slice(0, 10);

/**
 * The first moment the shipment could count as late, without the merchant's policy: the end of its
 * estimated delivery day, or a day after its latest event, whichever comes first; an exception or a customs
 * hold at once, and never before `now` when given. Early on purpose: the scan re-files it with the policy
 * (`nextCheckAt`).
 * @returns undefined for a delivered or returned shipment
 */
export function firstCheckAt(shipment: Shipment, now?: Date): string | undefined {
  if (shipmentClosed(shipment)) return undefined;
  const last = lastEvent(shipment);
  const floor = now?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (last && ['exception', 'customs_hold', 'delivery_attempt_failed', 'port_congestion'].includes(last.code))
    return new Date(Math.max(Date.parse(last.at) || 0, floor, 0)).toISOString();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(shipment.estimatedDelivery);
  const eta = Date.parse(shipment.estimatedDelivery) + (dateOnly ? DAY_MS : 0);
  const quiet = last ? Date.parse(last.at) + DAY_MS : eta;
  const due = Math.min(Number.isFinite(eta) ? eta : quiet, Number.isFinite(quiet) ? quiet : eta);
  // Never filed before `now`: the scan reads the last two weeks of day partitions, and a shipment imported
  // with month-old events is due today, not lost in a partition nobody reads again.
  return new Date(Math.max(Number.isFinite(due) ? due : 0, floor, 0)).toISOString();
}

/**
 * After an assessment: a delayed shipment is looked at again in a day (its situation may change, or end);
 * one on time when it would next become late under the policy.
 */
export function nextCheckAt(
  shipment: Shipment,
  delayed: boolean,
  policy: { silentDaysBeforeDelay: number },
  now: Date,
): string | undefined {
  if (shipmentClosed(shipment)) return undefined;
  if (delayed) return new Date(now.getTime() + DAY_MS).toISOString();
  const last = lastEvent(shipment);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(shipment.estimatedDelivery);
  const eta = Date.parse(shipment.estimatedDelivery) + (dateOnly ? DAY_MS : 0);
  const silent = last ? Date.parse(last.at) + policy.silentDaysBeforeDelay * DAY_MS : Number.NaN;
  const candidates = [eta, silent].filter((t) => Number.isFinite(t) && t > now.getTime());
  // Nothing ahead (no estimate, no events): look again tomorrow rather than never.
  const due = candidates.length > 0 ? Math.min(...candidates) : now.getTime() + DAY_MS;
  return new Date(due).toISOString();
}

/** Country code at the end of a place ("Shenzhen, CN" → CN, "DE" → DE); undefined when there is none. */
const countryOf = (place: string): string | undefined => /\b([A-Z]{2})\s*$/.exec(place.trim())?.[1];

/** The shipment's lane, `<origin>-<destination>` country codes, e.g. "CN-DE"; undefined when unknown. */
export function laneOf(shipment: Pick<Shipment, 'origin' | 'destination'>): string | undefined {
  const from = countryOf(shipment.origin);
  const to = countryOf(shipment.destination);
  return from && to ? `${from}-${to}` : undefined;
}

export interface DelayRules {
  /** No carrier event for this many days counts as stuck. */
  silentDaysBeforeDelay: number;
  /** A customs hold is worth telling the shopper about once it has lasted this many days. */
  customsHoldDays: number;
}

/** The merchant's delay rules for one shipment: the lane's own where it has them, else the shop-wide ones. */
export function delayRulesFor(
  config: {
    policies: { silentDaysBeforeDelay: number };
    proactive: {
      customsHoldDays: number;
      lanes: Record<string, { silentDays?: number; customsHoldDays?: number }>;
    };
  },
  shipment: Pick<Shipment, 'origin' | 'destination'>,
): DelayRules {
  const lane = laneOf(shipment);
  const own = lane ? config.proactive.lanes[lane] : undefined;
  return {
    silentDaysBeforeDelay: own?.silentDays ?? config.policies.silentDaysBeforeDelay,
    customsHoldDays: own?.customsHoldDays ?? config.proactive.customsHoldDays,
  };
}

/**
 * A delay's identity: a new reason or a new start is a new episode. The conversation keeps the last one
 * the shopper heard of per parcel, asked (a status answer) or unasked (core/proactive.ts).
 */
export const episodeOf = (a: Pick<ShipmentAssessment, 'reason' | 'since'>): string =>
  `${a.reason ?? 'late'}@${a.since ?? ''}`;
