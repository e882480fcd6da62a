// 17TRACK Tracking API v2 webhooks → our tracking events. Written from 17TRACK's public v2.2 API
// documentation and payload descriptions found by search: a POST of JSON `{ event, data }` where `event` is
// `TRACKING_UPDATED` for a tracking change (`TRACKING_STOPPED` also exists), `data.number` is the tracking
// number and `data.track_info` holds `latest_status { status, sub_status }`, `latest_event`,
// `time_metrics.estimated_delivery_date` and `tracking.providers[] { provider, events[] }`, each event with
// `time_iso`, `time_utc`, `description`, `location`, `stage`, `sub_status` and `address`.
// Main statuses: NotFound, InfoReceived, InTransit, Expired, AvailableForPickup, OutForDelivery,
// DeliveryFailure, Delivered, Exception.
// Sub-statuses (17TRACK help centre, "Understanding Tracking Status"): InTransit_CustomsProcessing (normal
// clearance), InTransit_CustomsRequiringInformation (customs wants papers), DeliveryFailure_Security
// (security, customs clearance or fees stopped the delivery), Exception_Returning / Exception_Returned,
// Exception_Security, Exception_Lost, Exception_Damage, … The `sign` header is the hex SHA-256 of
// `<raw body>/<security key>`, as our issue summarizes the v2 webhook docs (that section was not in the
// material we could search); reading Exception_Security as "held by customs or security" is our
// interpretation of its one-line description.
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { safeEqual } from '../../channels/hmac';
import {
  aggregatorTrackingNumber,
  clip,
  derivedEventId,
  estimateDay,
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

export const SEVENTEEN_TRACK_SIGNATURE_HEADER = 'sign';

/** 17TRACK's `sign` of a body (for tests and the local sender). */
export function signSeventeenTrackBody(rawBody: Buffer, securityKey: string): string {
  return createHash('sha256')
    .update(Buffer.concat([rawBody, Buffer.from(`/${securityKey}`, 'utf8')]))
    .digest('hex');
}

/**
 * Checks the `sign` header in constant time.
 * @example
 * verifySeventeenTrackSignature(rawBody, headers.sign, env.SEVENTEENTRACK_SECURITY_KEY);
 */
export function verifySeventeenTrackSignature(
  rawBody: Buffer,
  header: string | undefined,
  securityKey: string,
): boolean {
  if (!header || !securityKey || !/^[0-9a-f]{64}$/i.test(header.trim())) return false;
  const expected = Buffer.from(signSeventeenTrackBody(rawBody, securityKey), 'hex');
  return safeEqual(Buffer.from(header.trim().toLowerCase(), 'hex'), expected);
}

/**
 * A 17TRACK status (or `<Status>_<Detail>` sub-status) → ours; undefined = no parcel movement to record
 * (NotFound, Expired).
 */
export function seventeenTrackStatus(status: string, subStatus?: string): TrackingStatus | undefined {
  if (subStatus === 'Exception_Returning' || subStatus === 'Exception_Returned') return 'returned';
  // Customs (or security) has the parcel or wants something from the shopper: "customs", not "the courier
  // missed you", even when 17TRACK files it under DeliveryFailure.
  if (
    subStatus === 'Exception_Security' ||
    subStatus === 'InTransit_CustomsRequiringInformation' ||
    subStatus === 'DeliveryFailure_Security'
  )
    return 'customs_hold';
  switch (status) {
    case 'InfoReceived':
      return 'info_received';
    case 'InTransit':
      return 'in_transit';
    case 'OutForDelivery':
      return 'out_for_delivery';
    // Ready at a pickup point: the shopper's next step, as a delivery round is; we have no separate status.
    case 'AvailableForPickup':
      return 'out_for_delivery';
    case 'DeliveryFailure':
      return 'failed_attempt';
    case 'Delivered':
      return 'delivered';
    case 'Exception':
      return 'exception';
    default:
      return undefined;
  }
}

/** Assumption: an event's `stage`, when it has no sub-status, names its milestone in these words. */
const STAGE_STATUS: Readonly<Record<string, TrackingStatus>> = {
  InfoReceived: 'info_received',
  PickedUp: 'in_transit',
  Departure: 'in_transit',
  Arrival: 'in_transit',
  AvailableForPickup: 'out_for_delivery',
  OutForDelivery: 'out_for_delivery',
  Delivered: 'delivered',
  Returning: 'returned',
  Returned: 'returned',
};

const text = z.optional(z.nullable(z.string()));
const eventSchema = z.looseObject({
  time_iso: text,
  time_utc: text,
  description: text,
  location: text,
  stage: text,
  sub_status: text,
  address: z.optional(z.nullable(z.looseObject({ country: text, state: text, city: text }))),
});
type SeventeenTrackEvent = z.infer<typeof eventSchema>;

const envelopeSchema = z.looseObject({ event: z.string(), data: z.optional(z.unknown()) });
const dataSchema = z.looseObject({
  number: z.unknown(),
  track_info: z.optional(
    z.nullable(
      z.looseObject({
        latest_status: z.optional(z.nullable(z.looseObject({ status: text, sub_status: text }))),
        latest_event: z.optional(z.nullable(z.unknown())),
        time_metrics: z.optional(
          z.nullable(
            z.looseObject({
              estimated_delivery_date: z.optional(z.nullable(z.looseObject({ from: text, to: text }))),
            }),
          ),
        ),
        tracking: z.optional(
          z.nullable(
            z.looseObject({
              providers: z.optional(
                z.nullable(
                  z.array(
                    z.looseObject({
                      provider: z.optional(z.nullable(z.looseObject({ name: text }))),
                      events: z.optional(z.nullable(z.array(z.unknown()))),
                    }),
                  ),
                ),
              ),
            }),
          ),
        ),
      }),
    ),
  ),
});

const eventTime = (event: SeventeenTrackEvent): string | undefined =>
  toUtcIso(event.time_utc) ?? toUtcIso(event.time_iso);

/**
 * Maps one 17TRACK webhook body to our events: one per provider event that records a parcel movement.
 * Other webhook events (TRACKING_STOPPED) are ignored, not refused.
 * @throws TrackingPayloadError when the body is not a 17TRACK tracking webhook
 * @example
 * const { events, ignored } = parseSeventeenTrackWebhook(rawBody);
 */
export function parseSeventeenTrackWebhook(rawBody: Buffer): TrackingParseResult {
  const envelope = envelopeSchema.safeParse(readJsonBody(rawBody));
  if (!envelope.success) {
    throw new TrackingPayloadError('not a 17TRACK webhook: expected an object with "event"', [
      { path: 'event', message: 'required string' },
    ]);
  }
  if (envelope.data.event !== 'TRACKING_UPDATED') {
    return { events: [], ignored: [`17track event ${clip(envelope.data.event, 40)}`] };
  }
  const data = dataSchema.safeParse(envelope.data.data);
  if (!data.success) {
    throw new TrackingPayloadError('17TRACK TRACKING_UPDATED without a usable "data"', [
      { path: 'data', message: 'expected { number, track_info }' },
    ]);
  }
  const trackingNumber = aggregatorTrackingNumber(data.data.number, 'data.number');
  if (!trackingNumber) return { events: [], ignored: ['17track tracking number not ours'], foreign: 1 };
  const info = data.data.track_info ?? {};
  const latestStatus = info.latest_status ?? {};
  const eta = info.time_metrics?.estimated_delivery_date;
  const estimate = estimateDay(eta?.to) ?? estimateDay(eta?.from);

  // Every provider's history (origin and destination carriers), or the latest event alone when none came.
  const candidates: { event: unknown; carrier?: string }[] = [];
  for (const entry of info.tracking?.providers ?? []) {
    const carrier = entry.provider?.name?.trim();
    for (const event of entry.events ?? []) candidates.push({ event, ...(carrier ? { carrier } : {}) });
  }
  if (candidates.length === 0 && info.latest_event) candidates.push({ event: info.latest_event });
  const latestEvent = eventSchema.safeParse(info.latest_event);
  const latestAt = latestEvent.success ? eventTime(latestEvent.data) : undefined;

  const events: NormalizedTrackingEvent[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [index, candidate] of candidates.entries()) {
    const parsed = eventSchema.safeParse(candidate.event);
    if (!parsed.success) {
      ignored.push(`event ${index}: not an object`);
      continue;
    }
    const event = parsed.data;
    const at = eventTime(event);
    if (!at) {
      ignored.push(`event ${index}: no readable time`);
      continue;
    }
    const status = statusOf(event, at === latestAt ? latestStatus : undefined);
    if (!status) {
      ignored.push(`event ${index}: no parcel status`);
      continue;
    }
    const description = clip((event.description ?? '').trim() || (event.stage ?? status), LIMITS.description);
    const location = clip(
      (event.location ?? '').trim() ||
        joinLocation([event.address?.city, event.address?.state, event.address?.country]),
      LIMITS.location,
    );
    const id = derivedEventId('17track', trackingNumber, [at, event.sub_status ?? '', description]);
    // Both carriers of a cross-border parcel may report the same scan.
    if (seen.has(id)) continue;
    seen.add(id);
    events.push({
      id,
      trackingNumber,
      status,
      at,
      location,
      description,
      ...(candidate.carrier ? { carrier: clip(candidate.carrier, LIMITS.carrier) } : {}),
    });
  }
  return { events: withEstimateOnNewest(events, estimate), ignored };
}

/**
 * An event's own sub-status first (`InTransit_PickedUp` → InTransit), then its stage; the latest event
 * may fall back on the tracking's latest status. Any other scan of a moving parcel counts as in transit.
 */
function statusOf(
  event: SeventeenTrackEvent,
  latest: { status?: string | null; sub_status?: string | null } | undefined,
): TrackingStatus | undefined {
  const sub = event.sub_status ?? undefined;
  if (sub) {
    const main = sub.split('_')[0] ?? '';
    if (main === 'NotFound' || main === 'Expired') return undefined;
    const own = seventeenTrackStatus(main, sub);
    if (own) return own;
  }
  const staged = event.stage ? STAGE_STATUS[event.stage] : undefined;
  if (staged) return staged;
  if (latest?.status) return seventeenTrackStatus(latest.status, latest.sub_status ?? undefined);
  return 'in_transit';
}
