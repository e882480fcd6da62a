// Our own tracking-event schema (POST /tracking/events) and its signature, and the one mapping from our
// statuses to the shipment event codes the tools and the delay scan read. The aggregator adapters
// (aftership.ts, seventeen-track.ts) produce these same events, so everything after parsing is shared.
// zod/mini rather than zod, as in config.ts: this is the tracking Lambda's whole validation layer and its
// bundle should stay as small as ingest's.
import { createHash, createHmac } from 'node:crypto';
import { en as englishErrors } from 'zod/locales';
import * as z from 'zod/mini';
import { safeEqual } from '../../channels/hmac';
import type { ShipmentEvent, ShipmentEventCode } from '../../core/types';

z.config(englishErrors());

export const TRACKING_STATUSES = [
  'info_received',
  'in_transit',
  'customs_hold',
  'exception',
  'out_for_delivery',
  'failed_attempt',
  'delivered',
  'returned',
] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

/** Our public statuses → the shipment event codes stored on `Shipment.events`. */
export const STATUS_TO_EVENT_CODE: Readonly<Record<TrackingStatus, ShipmentEventCode>> = {
  info_received: 'label_created',
  in_transit: 'in_transit',
  customs_hold: 'customs_hold',
  exception: 'exception',
  out_for_delivery: 'out_for_delivery',
  failed_attempt: 'delivery_attempt_failed',
  delivered: 'delivered',
  returned: 'returned_to_sender',
};

/** One tracking update for one parcel, whoever sent it. */
export interface NormalizedTrackingEvent {
  /** Unique per event and stable across redeliveries: the dedupe key (`tracking:<id>`). */
  id: string;
  trackingNumber: string;
  status: TrackingStatus;
  /** ISO 8601 with an offset (or Z). */
  at: string;
  location: string;
  /** The carrier's own text, kept as the carrier wrote it. */
  description: string;
  carrier?: string;
  /** `YYYY-MM-DD` or an ISO date-time. */
  estimatedDelivery?: string;
}

/** Limits that keep a whole shipment item far below DynamoDB's 400 KB (see index.ts MAX_SHIPMENT_EVENTS). */
export const LIMITS = {
  events: 100,
  id: 200,
  trackingNumber: 64,
  location: 200,
  description: 1000,
  carrier: 100,
} as const;

/** Printable ASCII without spaces: safe in table keys, SQS dedup ids and log lines. */
const TOKEN = /^[\x21-\x7e]+$/;
const token = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.regex(TOKEN));

const eventSchema = z.object({
  id: token(LIMITS.id),
  trackingNumber: token(LIMITS.trackingNumber),
  status: z.enum(TRACKING_STATUSES),
  at: z.iso.datetime({ offset: true }),
  location: z.string().check(z.maxLength(LIMITS.location)),
  description: z.string().check(z.minLength(1), z.maxLength(LIMITS.description)),
  carrier: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.carrier))),
  estimatedDelivery: z.optional(z.union([z.iso.date(), z.iso.datetime({ offset: true })])),
});

export const trackingEventsSchema = z.object({
  events: z.array(eventSchema).check(z.minLength(1), z.maxLength(LIMITS.events)),
});

/** A body we refuse (400). `issues` name each wrong field by its path, e.g. `events.0.status`. */
export class TrackingPayloadError extends Error {
  readonly issues: readonly { path: string; message: string }[];

  constructor(message: string, issues: readonly { path: string; message: string }[] = [], cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'TrackingPayloadError';
    this.issues = issues;
  }
}

/** JSON.parse that turns a syntax error into a 400, never a 500. */
export function readJsonBody(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch (error) {
    throw new TrackingPayloadError('body is not valid JSON', [], error);
  }
}

/**
 * Parses and validates a `POST /tracking/events` body.
 * @throws TrackingPayloadError naming every wrong field
 * @example
 * const events = parseNormalizedEvents(Buffer.from('{"events":[…]}'));
 */
export function parseNormalizedEvents(rawBody: Buffer): NormalizedTrackingEvent[] {
  const result = trackingEventsSchema.safeParse(readJsonBody(rawBody));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(body)',
      message: issue.message,
    }));
    const summary = issues
      .slice(0, 5)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ');
    throw new TrackingPayloadError(`invalid tracking events: ${summary}`, issues, result.error);
  }
  return result.data.events.map((event) => ({
    ...event,
    // One spelling of time in storage (UTC, milliseconds): merging compares and sorts on it.
    at: new Date(event.at).toISOString(),
  }));
}

/** `sha256=<hex HMAC-SHA256(secret, raw body)>`: what a sender puts in `x-crossdesk-signature`. */
export function signCrossdeskBody(rawBody: Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/**
 * Checks `x-crossdesk-signature` against the exact bytes received, in constant time.
 * @example
 * verifyCrossdeskSignature(rawBody, headers['x-crossdesk-signature'], secret); // true | false
 */
export function verifyCrossdeskSignature(
  rawBody: Buffer,
  header: string | undefined,
  secret: string,
): boolean {
  if (!header || !secret) return false;
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match?.[1]) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return safeEqual(Buffer.from(match[1].toLowerCase(), 'hex'), expected);
}

/** The stored form of one event. */
export function toShipmentEvent(event: NormalizedTrackingEvent): ShipmentEvent {
  return {
    at: event.at,
    code: STATUS_TO_EVENT_CODE[event.status],
    location: event.location,
    description: event.description,
  };
}

/** Cuts a carrier's text to the limit instead of refusing a real aggregator payload over one long line. */
export const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

// ---------------------------------------------------------------------------------------------
// Shared by the aggregator adapters.

/**
 * An event id for senders that give none per event (aggregators send the whole checkpoint history on every
 * update): derived from what identifies the checkpoint, so the same checkpoint in a later update maps to
 * the same id and is deduped by its claim. The tracking number stays readable for the logs.
 */
export function derivedEventId(source: string, trackingNumber: string, parts: readonly string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
  return `${source}:${trackingNumber}:${digest}`;
}

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An ISO-like time as UTC ISO. A time without an offset is read as UTC (an assumption: aggregators give
 * the carrier's local time, whose zone they do not always state). Undefined when unreadable.
 */
export function toUtcIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const text = value.trim();
  const withZone = /T\d{2}:\d{2}/.test(text) && !HAS_OFFSET.test(text) ? `${text}Z` : text;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** True when the time carries its zone (Z or ±hh:mm). */
export const hasOffset = (value: string): boolean => HAS_OFFSET.test(value.trim());

/** The `YYYY-MM-DD` day of an aggregator's delivery estimate (date or date-time), if it is a real date. */
export function estimateDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1];
  if (!day) return undefined;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().startsWith(day) ? day : undefined;
}

/** Joins the non-empty parts of a location ("Leipzig, SN, DEU"). */
export const joinLocation = (parts: readonly unknown[]): string =>
  parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim())
    .join(', ');

/** What an aggregator adapter made of one body: our events, and a line per thing it skipped (for the log). */
export interface TrackingParseResult {
  events: NormalizedTrackingEvent[];
  ignored: string[];
  /**
   * Parcels the body names by a tracking number that cannot be one of ours (longer than our keys allow, or
   * with characters no tracking number of ours has): answered like an unknown tracking number (202), not
   * refused, since the sender did nothing wrong and a 4xx would only make it retry.
   */
  foreign?: number;
}

/**
 * An aggregator's tracking number in our spelling: spaces removed (carriers print "1Z 999 AA1 …"), or
 * undefined when what is left cannot be one of our shipments' keys.
 * @throws TrackingPayloadError when there is no tracking number at all (a malformed body, 400)
 */
export function aggregatorTrackingNumber(value: unknown, where: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TrackingPayloadError(`${where}: missing tracking number`, [
      { path: where, message: 'expected a non-empty string' },
    ]);
  }
  const compact = value.replace(/\s+/g, '');
  return compact.length <= LIMITS.trackingNumber && TOKEN.test(compact) ? compact : undefined;
}

/** The tracking-level estimate belongs to the newest checkpoint: that is when it was last known true. */
export function withEstimateOnNewest(
  events: NormalizedTrackingEvent[],
  estimate: string | undefined,
): NormalizedTrackingEvent[] {
  if (!estimate || events.length === 0) return events;
  let newest = 0;
  events.forEach((event, i) => {
    if (Date.parse(event.at) > Date.parse(events[newest]?.at ?? '')) newest = i;
  });
  return events.map((event, i) => (i === newest ? { ...event, estimatedDelivery: estimate } : event));
}
