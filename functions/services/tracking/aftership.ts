// AfterShip Tracking webhooks → our tracking events. Written from AfterShip's public documentation
// (Tracking › Webhook Specifications, Webhook Signature, Checkpoint and Tracking models, Delivery Statuses
// and Sub-statuses). What it confirmed:
// - a POST of JSON `{ event, event_id, ts, is_tracking_first_tag, msg }`; `event` is `tracking_update` for
//   shipment status changes (`edd_revise` and `tracking_pending_time` exist too); `msg` is the tracking;
// - the tracking has `tracking_number`, `slug`, `tag`, `subtag`, `expected_delivery` and `checkpoints[]`,
//   each checkpoint `checkpoint_time` (the carrier's local time; the format may vary), `created_at` (UTC),
//   `message` (the carrier's text), `location`/`city`/`state`/country fields, `slug`, `tag`, `subtag`;
// - tags: InfoReceived, InTransit, OutForDelivery, AttemptFail, Delivered, AvailableForPickup, Exception,
//   Expired, Pending; Exception subtags (Delivery Sub-statuses): Exception_004 "Delayed (Customs
//   clearance)", Exception_010 "Returning to sender", Exception_011 "Returned to sender", Exception_018
//   "Incorrect / missing documents" (held for papers regulators require);
// - header `aftership-hmac-sha256` = base64 of HMAC-SHA256(webhook secret, raw request body).
import { createHmac } from 'node:crypto';
import * as z from 'zod/mini';
import { safeEqual } from '../../channels/hmac';
import {
  aggregatorTrackingNumber,
  clip,
  derivedEventId,
  estimateDay,
  hasOffset,
  joinLocation,
  LIMITS,
  type NormalizedTrackingEvent,
  readJsonBody,
  type TrackingParseResult,
  TrackingPayloadError,
  type TrackingStatus,
  toUtcIso,
  withEstimateOnNewest,
} from './normalized';

export const AFTERSHIP_SIGNATURE_HEADER = 'aftership-hmac-sha256';

/** AfterShip's signature of a body (for tests and the local sender). */
export function signAfterShipBody(rawBody: Buffer, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('base64');
}

/**
 * Checks `aftership-hmac-sha256` in constant time over the decoded digests.
 * @example
 * verifyAfterShipSignature(rawBody, headers['aftership-hmac-sha256'], env.AFTERSHIP_WEBHOOK_SECRET);
 */
export function verifyAfterShipSignature(
  rawBody: Buffer,
  header: string | undefined,
  secret: string,
): boolean {
  if (!header || !secret || !/^[A-Za-z0-9+/]{43}=$/.test(header.trim())) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return safeEqual(Buffer.from(header.trim(), 'base64'), expected);
}

/** AfterShip tag (and subtag) → our status; undefined = not a parcel movement (Pending, Expired). */
export function afterShipStatus(tag: string, subtag?: string): TrackingStatus | undefined {
  switch (tag) {
    case 'InfoReceived':
      return 'info_received';
    case 'InTransit':
      return 'in_transit';
    case 'OutForDelivery':
      return 'out_for_delivery';
    // Ready at a pickup point: the shopper's next step, like a delivery round (AfterShip itself files
    // "ready to pick up" under OutForDelivery); we have no separate status for it.
    case 'AvailableForPickup':
      return 'out_for_delivery';
    case 'AttemptFail':
      return 'failed_attempt';
    case 'Delivered':
      return 'delivered';
    case 'Exception':
      // Held for customs clearance or for the documents regulators want: the shopper hears "customs".
      if (subtag === 'Exception_004' || subtag === 'Exception_018') return 'customs_hold';
      // Going back or gone back to the sender: either way the parcel will not reach the shopper.
      if (subtag === 'Exception_010' || subtag === 'Exception_011') return 'returned';
      return 'exception';
    default:
      return undefined;
  }
}

const text = z.optional(z.nullable(z.string()));
const checkpointSchema = z.looseObject({
  checkpoint_time: text,
  created_at: text,
  message: text,
  subtag_message: text,
  tag: text,
  subtag: text,
  slug: text,
  location: text,
  city: text,
  state: text,
  country_region_name: text,
  country_name: text,
  country_region: text,
  country_iso3: text,
});
type Checkpoint = z.infer<typeof checkpointSchema>;

const envelopeSchema = z.looseObject({
  event: z.string(),
  event_id: z.optional(z.unknown()),
  msg: z.optional(z.unknown()),
});

const trackingSchema = z.looseObject({
  tracking_number: z.unknown(),
  slug: text,
  expected_delivery: text,
  // Assumption: newer API versions also carry the carrier's estimate here when expected_delivery is empty.
  courier_estimated_delivery_date: z.optional(z.nullable(z.looseObject({ estimated_delivery_date: text }))),
  checkpoints: z.optional(z.nullable(z.array(z.unknown()))),
});

/** The checkpoint's time in UTC: its own time when it states a zone, else when AfterShip recorded it. */
function checkpointTime(checkpoint: Checkpoint): string | undefined {
  const own = checkpoint.checkpoint_time ?? undefined;
  if (own && hasOffset(own)) return toUtcIso(own);
  return toUtcIso(checkpoint.created_at) ?? toUtcIso(own);
}

/**
 * Maps one AfterShip webhook body to our events: one per checkpoint that records a parcel movement. Other
 * webhook events (EDD revisions, pending-time alerts) are ignored, not refused.
 * @throws TrackingPayloadError when the body is not an AfterShip tracking webhook
 * @example
 * const { events, ignored } = parseAfterShipWebhook(rawBody);
 */
export function parseAfterShipWebhook(rawBody: Buffer): TrackingParseResult {
  const envelope = envelopeSchema.safeParse(readJsonBody(rawBody));
  if (!envelope.success) {
    throw new TrackingPayloadError('not an AfterShip webhook: expected an object with "event"', [
      { path: 'event', message: 'required string' },
    ]);
  }
  if (envelope.data.event !== 'tracking_update') {
    return { events: [], ignored: [`aftership event ${clip(envelope.data.event, 40)}`] };
  }
  const tracking = trackingSchema.safeParse(envelope.data.msg);
  if (!tracking.success) {
    throw new TrackingPayloadError('AfterShip tracking_update without a usable "msg"', [
      { path: 'msg', message: 'expected the tracking object' },
    ]);
  }
  const msg = tracking.data;
  const trackingNumber = aggregatorTrackingNumber(msg.tracking_number, 'msg.tracking_number');
  if (!trackingNumber) return { events: [], ignored: ['aftership tracking number not ours'], foreign: 1 };
  const estimate =
    estimateDay(msg.expected_delivery) ??
    estimateDay(msg.courier_estimated_delivery_date?.estimated_delivery_date);

  const events: NormalizedTrackingEvent[] = [];
  const ignored: string[] = [];
  for (const [index, raw] of (msg.checkpoints ?? []).entries()) {
    const parsed = checkpointSchema.safeParse(raw);
    if (!parsed.success) {
      ignored.push(`checkpoint ${index}: not an object`);
      continue;
    }
    const checkpoint = parsed.data;
    const status = afterShipStatus(checkpoint.tag ?? '', checkpoint.subtag ?? undefined);
    const at = checkpointTime(checkpoint);
    if (!status || !at) {
      ignored.push(
        `checkpoint ${index}: ${status ? 'no readable time' : `tag ${clip(checkpoint.tag ?? '', 30)}`}`,
      );
      continue;
    }
    const description = clip(
      (checkpoint.message ?? '').trim() || (checkpoint.subtag_message ?? '').trim() || (checkpoint.tag ?? ''),
      LIMITS.description,
    );
    const location = clip(
      (checkpoint.location ?? '').trim() ||
        joinLocation([
          checkpoint.city,
          checkpoint.state,
          checkpoint.country_region_name ?? checkpoint.country_name ?? checkpoint.country_region,
        ]),
      LIMITS.location,
    );
    const carrier = (checkpoint.slug ?? msg.slug ?? '').trim();
    events.push({
      id: derivedEventId('aftership', trackingNumber, [
        at,
        checkpoint.tag ?? '',
        checkpoint.subtag ?? '',
        description,
      ]),
      trackingNumber,
      status,
      at,
      location,
      description,
      ...(carrier ? { carrier: clip(carrier, LIMITS.carrier) } : {}),
    });
  }
  return { events: withEstimateOnNewest(events, estimate), ignored };
}
