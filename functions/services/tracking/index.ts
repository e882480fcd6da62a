// Tracking updates in: the three senders we accept (our own schema and two aggregators), each a verify and
// a parse to the same normalized events, and the one merge of those events into a stored shipment. Pure:
// no I/O, so the handler stays a thin verify → parse → claim → persist → enqueue.
import type { Shipment, ShipmentEvent } from '../../core/types';
import {
  AFTERSHIP_SIGNATURE_HEADER,
  parseAfterShipWebhook,
  signAfterShipBody,
  verifyAfterShipSignature,
} from './aftership';
import {
  type NormalizedTrackingEvent,
  parseNormalizedEvents,
  signCrossdeskBody,
  type TrackingParseResult,
  toShipmentEvent,
  verifyCrossdeskSignature,
} from './normalized';
import {
  parseSeventeenTrackWebhook,
  SEVENTEEN_TRACK_SIGNATURE_HEADER,
  signSeventeenTrackBody,
  verifySeventeenTrackSignature,
} from './seventeen-track';

export {
  afterShipStatus,
  parseAfterShipWebhook,
  signAfterShipBody,
  verifyAfterShipSignature,
} from './aftership';
export {
  LIMITS,
  type NormalizedTrackingEvent,
  parseNormalizedEvents,
  STATUS_TO_EVENT_CODE,
  signCrossdeskBody,
  TRACKING_STATUSES,
  type TrackingParseResult,
  TrackingPayloadError,
  type TrackingStatus,
  toShipmentEvent,
  verifyCrossdeskSignature,
} from './normalized';
export {
  parseSeventeenTrackWebhook,
  seventeenTrackStatus,
  signSeventeenTrackBody,
  verifySeventeenTrackSignature,
} from './seventeen-track';

export const CROSSDESK_SIGNATURE_HEADER = 'x-crossdesk-signature';

/** The last path segment of `POST /tracking/{source}`. */
export const TRACKING_SOURCES = ['events', 'aftership', '17track'] as const;
export type TrackingSourceName = (typeof TRACKING_SOURCES)[number];

export const isTrackingSourceName = (value: unknown): value is TrackingSourceName =>
  typeof value === 'string' && (TRACKING_SOURCES as readonly string[]).includes(value);

export interface TrackingSource {
  /** The header carrying the signature, lower-case (API Gateway lower-cases header names). */
  readonly signatureHeader: string;
  verify(rawBody: Buffer, signature: string | undefined, secret: string): boolean;
  /** @throws TrackingPayloadError for a body we refuse (400) */
  parse(rawBody: Buffer): TrackingParseResult;
  /** The signature header value for a body (tests, the local stack's senders). */
  sign(rawBody: Buffer, secret: string): string;
}

export const trackingSources: Readonly<Record<TrackingSourceName, TrackingSource>> = {
  events: {
    signatureHeader: CROSSDESK_SIGNATURE_HEADER,
    verify: verifyCrossdeskSignature,
    parse: (rawBody) => ({ events: parseNormalizedEvents(rawBody), ignored: [] }),
    sign: signCrossdeskBody,
  },
  aftership: {
    signatureHeader: AFTERSHIP_SIGNATURE_HEADER,
    verify: verifyAfterShipSignature,
    parse: parseAfterShipWebhook,
    sign: signAfterShipBody,
  },
  '17track': {
    signatureHeader: SEVENTEEN_TRACK_SIGNATURE_HEADER,
    verify: verifySeventeenTrackSignature,
    parse: parseSeventeenTrackWebhook,
    sign: signSeventeenTrackBody,
  },
};

/**
 * Newest events kept per shipment. With the text limits (LIMITS) this bounds the shipment item well below
 * DynamoDB's 400 KB, so no sender can make the write fail (and the sender retry forever) by volume; real
 * parcels have a few dozen events.
 */
export const MAX_SHIPMENT_EVENTS = 200;

/**
 * UTF-8 bytes of event text kept per shipment. The count alone does not bound the item: LIMITS count
 * characters, and 200 events of 1,000 CJK characters are ~700 KB (DynamoDB counts UTF-8 bytes; dynalite
 * counts characters, so only this check keeps the local stack honest). Real histories are a few KB.
 */
export const MAX_SHIPMENT_EVENT_BYTES = 300_000;

const eventBytes = (event: ShipmentEvent): number =>
  Buffer.byteLength(event.at) +
  Buffer.byteLength(event.code) +
  Buffer.byteLength(event.location) +
  Buffer.byteLength(event.description) +
  64;

/** The newest events that fit both the count and the byte budget (oldest dropped first). */
function newestThatFit(events: ShipmentEvent[]): ShipmentEvent[] {
  const kept = events.slice(-MAX_SHIPMENT_EVENTS);
  let bytes = kept.reduce((sum, event) => sum + eventBytes(event), 0);
  let first = 0;
  while (bytes > MAX_SHIPMENT_EVENT_BYTES && first < kept.length - 1) {
    bytes -= eventBytes(kept[first] as ShipmentEvent);
    first += 1;
  }
  return first === 0 ? kept : kept.slice(first);
}

export interface MergeResult {
  shipment: Shipment;
  /** The events that were not on the shipment yet (same time and code = the same event). */
  added: ShipmentEvent[];
  /** True when anything stored changed (events or the delivery estimate). */
  changed: boolean;
}

const sameMoment = (a: string, b: string): boolean => Date.parse(a) === Date.parse(b);

/**
 * Merges tracking events into a shipment: sorted by time (oldest first), no two events with the same time
 * and code, and the delivery estimate of the newest event that carries one (unless that event is older
 * than what the shipment already knows).
 * @example
 * const { shipment: next, changed } = mergeTrackingEvents(shipment, events);
 * if (changed) await orders.putShipment(next);
 */
export function mergeTrackingEvents(
  shipment: Shipment,
  events: readonly NormalizedTrackingEvent[],
): MergeResult {
  const merged = [...shipment.events];
  const added: ShipmentEvent[] = [];
  for (const event of events) {
    const next = toShipmentEvent(event);
    if (merged.some((known) => known.code === next.code && sameMoment(known.at, next.at))) continue;
    merged.push(next);
    added.push(next);
  }
  // Stable sort: events at the same moment keep their arrival order.
  merged.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  // A late-arriving old scan must not wind the estimate back: only news at least as recent as the newest
  // event already stored may change it.
  const newestStored = Math.max(
    ...shipment.events.map((known) => Date.parse(known.at)),
    Number.NEGATIVE_INFINITY,
  );
  const estimated = [...events]
    .filter((event) => event.estimatedDelivery && Date.parse(event.at) >= newestStored)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .at(-1)?.estimatedDelivery;
  const estimatedDelivery = estimated ?? shipment.estimatedDelivery;
  const kept = newestThatFit(merged);
  // An event trimmed the moment it came in (older than everything kept) was not added: no put, no news.
  const stays = new Set(kept);
  const addedKept = added.filter((event) => stays.has(event));
  const changed =
    addedKept.length > 0 ||
    estimatedDelivery !== shipment.estimatedDelivery ||
    kept.length !== shipment.events.length;
  return { shipment: { ...shipment, estimatedDelivery, events: kept }, added: addedKept, changed };
}
