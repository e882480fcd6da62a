// The tracking Lambda's unit of work, one shipment at a time: lock the shipment → load → claim each new
// event (dedupe) → merge → persist → enqueue one `shipment_update` job → unlock. Split from
// tracking-webhook.ts, which keeps only the HTTP side (verify, parse, answer).
import { createHash } from 'node:crypto';
import type { EventClaimStore, OrderStore, TurnQueue } from '../core/ports';
import type { QueuedDeskJob, Shipment } from '../core/types';
import {
  mergeTrackingEvents,
  type NormalizedTrackingEvent,
  STATUS_TO_EVENT_CODE,
  type TrackingSourceName,
} from '../services/tracking/index';

export interface TrackingLogger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export interface ApplyDeps {
  claims: EventClaimStore;
  orders: Pick<OrderStore, 'getShipment' | 'putShipment'>;
  queue: TurnQueue;
  log: TrackingLogger;
  claimTtlSeconds: number;
  /** Waits (ms) between attempts to take a busy shipment's lock; then the delivery gets a 503. */
  lockWaitsMs: readonly number[];
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** What one delivery did, summed over its shipments. */
export interface ApplyOutcome {
  applied: number;
  duplicates: number;
  unknown: number;
  /** Events dated more than a day ahead: a sender's clock or time-zone error, never merged. */
  future: number;
  /** Tracking numbers that are not ours (answered 202, so the sender stops retrying them). */
  unknownTrackingNumbers: string[];
  /** Shipments whose update failed (the delivery answers 503 and the sender retries). */
  failures: unknown[];
}

/** Another delivery holds the shipment's lock for longer than we wait: the sender should retry. */
export class ShipmentBusyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ShipmentBusyError';
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * What the logs call a tracking number or an event id: a short hash, stable so lines can be joined, but
 * not the number itself (carriers show the recipient's town, sometimes their name, to anyone holding it).
 * Find a number's lines with `printf %s LX… | sha256sum | cut -c1-12`.
 */
export const logRef = (value: string): string => sha256(value).slice(0, 12);

/**
 * The claim of one event. Hashed: ids our own senders choose may be up to 200 characters of anything, and
 * claim keys, like logs, carry no tracking number. Namespaced by source, so an id one sender uses can
 * never shadow another sender's.
 */
export const trackingClaimId = (source: TrackingSourceName, eventId: string): string =>
  `tracking:${sha256(`${source}\u0000${eventId}`).slice(0, 40)}`;

const lockId = (trackingNumber: string): string => `tracking-lock:${sha256(trackingNumber).slice(0, 40)}`;

/**
 * How long a lock outlives a crashed holder: longer than the Lambda's 10-second timeout, so a live holder
 * never loses it, and short enough that the sender's retry finds the shipment free.
 */
export const LOCK_TTL_SECONDS = 15;
const FUTURE_SLACK_MS = 24 * 3_600_000;
const CLAIMS_AT_ONCE = 10;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Applies one delivery's events: shipments in parallel, each shipment's events together. Never throws:
 * what failed is in `failures`.
 * @example
 * const outcome = await applyTrackingEvents(deps, 'events', parsed.events);
 * if (outcome.failures.length > 0) return fail(503, 'temporarily unavailable');
 */
export async function applyTrackingEvents(
  deps: ApplyDeps,
  source: TrackingSourceName,
  events: readonly NormalizedTrackingEvent[],
): Promise<ApplyOutcome> {
  const latestPlausible = deps.now() + FUTURE_SLACK_MS;
  const timely = events.filter((event) => Date.parse(event.at) <= latestPlausible);
  const future = events.length - timely.length;
  if (future > 0) deps.log.warn('tracking events dated in the future skipped', { source, events: future });

  const groups = new Map<string, NormalizedTrackingEvent[]>();
  for (const event of timely)
    groups.set(event.trackingNumber, [...(groups.get(event.trackingNumber) ?? []), event]);
  const results = await Promise.allSettled(
    [...groups].map(([trackingNumber, group]) => applyToShipment(deps, source, trackingNumber, group)),
  );
  const outcome: ApplyOutcome = {
    applied: 0,
    duplicates: 0,
    unknown: 0,
    future,
    unknownTrackingNumbers: [],
    failures: [],
  };
  for (const [index, result] of results.entries()) {
    if (result.status === 'rejected') {
      outcome.failures.push(result.reason);
      continue;
    }
    outcome.applied += result.value.applied;
    outcome.duplicates += result.value.duplicates;
    if (result.value.unknown) {
      outcome.unknown += result.value.unknown;
      outcome.unknownTrackingNumbers.push([...groups.keys()][index] as string);
    }
  }
  return outcome;
}

interface ShipmentResult {
  applied: number;
  duplicates: number;
  unknown: number;
}

/**
 * One shipment's events from one delivery. The lock is there because the shipment is one item rewritten
 * whole: two deliveries for the same parcel (an aggregator's updates a second apart, our simulated
 * carrier and a forced status) would otherwise both read it, both add their event, and the second put
 * would drop the first one's — for good, since its claim marks it as done.
 */
async function applyToShipment(
  deps: ApplyDeps,
  source: TrackingSourceName,
  trackingNumber: string,
  events: NormalizedTrackingEvent[],
): Promise<ShipmentResult> {
  const lock = lockId(trackingNumber);
  await acquire(deps, lock, trackingNumber);
  try {
    const shipment = await deps.orders.getShipment(trackingNumber);
    if (!shipment) {
      // Not claimed: once the merchant's data has the shipment, a resend of these events applies.
      deps.log.info('tracking number not found; events not applied', {
        source,
        tracking: logRef(trackingNumber),
        events: events.length,
      });
      return { applied: 0, duplicates: 0, unknown: events.length };
    }
    const candidates = events.filter((event) => !isOldHistory(shipment, event));
    const fresh = await claimAll(deps, source, candidates);
    const duplicates = events.length - fresh.length;
    if (fresh.length === 0) {
      deps.log.info('duplicate tracking events skipped', {
        source,
        tracking: logRef(trackingNumber),
        events: duplicates,
      });
      return { applied: 0, duplicates, unknown: 0 };
    }
    try {
      const merged = mergeTrackingEvents(shipment, fresh);
      // Persist first: the worker reads the shipment the job names.
      if (merged.changed) await deps.orders.putShipment(merged.shipment);
      // A job even when nothing changed: this may be the retry of a delivery whose put succeeded and whose
      // enqueue failed (its claims were released), and then this job is the only one there will be.
      const newest = fresh.reduce((a, b) => (Date.parse(b.at) > Date.parse(a.at) ? b : a));
      const job: QueuedDeskJob = { v: 1, job: { kind: 'shipment_update', trackingNumber } };
      // The dedup id is the newest new event's claim: SQS FIFO absorbs a retried enqueue that in fact
      // succeeded, as long as the retry comes within its 5-minute window.
      await deps.queue.enqueue(
        `shipment:${trackingNumber}`,
        trackingClaimId(source, newest.id),
        JSON.stringify(job),
      );
      deps.log.info('tracking events applied', {
        source,
        tracking: logRef(trackingNumber),
        events: fresh.length,
        added: merged.added.length,
        codes: merged.added.map((e) => e.code),
      });
      return { applied: fresh.length, duplicates, unknown: 0 };
    } catch (error) {
      // Why release (as ingest does): the claims were written but no job reached the queue. Left in place
      // they would make the sender's retry look like a duplicate and the update would never reach the
      // worker. The retry re-merges (a no-op for what was already put) and re-enqueues.
      await releaseAll(deps, source, fresh);
      throw error;
    }
  } finally {
    await deps.claims.release(lock).catch(() => {
      // It expires by itself after LOCK_TTL_SECONDS; until then this parcel's deliveries get a 503.
      deps.log.error('tracking lock release failed', { tracking: logRef(trackingNumber) });
    });
  }
}

/**
 * Aggregators resend a parcel's whole history with every update. A checkpoint already stored and older
 * than the newest stored event is certainly one we had: skipping its claim keeps a 60-checkpoint history
 * from costing 60 conditional writes per update. The newest stored event itself still goes through its
 * claim, so the retry of a delivery that was put but never queued gets its job.
 */
function isOldHistory(shipment: Shipment, event: NormalizedTrackingEvent): boolean {
  const at = Date.parse(event.at);
  const code = STATUS_TO_EVENT_CODE[event.status];
  const newest = Math.max(...shipment.events.map((known) => Date.parse(known.at)));
  return at < newest && shipment.events.some((known) => known.code === code && Date.parse(known.at) === at);
}

async function acquire(deps: ApplyDeps, lock: string, trackingNumber: string): Promise<void> {
  const sleep = deps.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    // One conditional PutItem with a short TTL is the lease (the claim store's own guarantee).
    if (await deps.claims.claim(lock, LOCK_TTL_SECONDS)) return;
    const wait = deps.lockWaitsMs[attempt];
    if (wait === undefined) {
      throw new ShipmentBusyError(`shipment ${logRef(trackingNumber)} is being updated by another delivery`);
    }
    await sleep(wait);
  }
}

/** Claims in small parallel batches; on a store error gives back what it took, then throws. */
async function claimAll(
  deps: ApplyDeps,
  source: TrackingSourceName,
  events: NormalizedTrackingEvent[],
): Promise<NormalizedTrackingEvent[]> {
  const fresh: NormalizedTrackingEvent[] = [];
  for (let i = 0; i < events.length; i += CLAIMS_AT_ONCE) {
    const batch = events.slice(i, i + CLAIMS_AT_ONCE);
    const results = await Promise.allSettled(
      batch.map((event) => deps.claims.claim(trackingClaimId(source, event.id), deps.claimTtlSeconds)),
    );
    results.forEach((result, j) => {
      if (result.status === 'fulfilled' && result.value) fresh.push(batch[j] as NormalizedTrackingEvent);
    });
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      await releaseAll(deps, source, fresh);
      throw failed.reason;
    }
  }
  return fresh;
}

async function releaseAll(
  deps: ApplyDeps,
  source: TrackingSourceName,
  events: NormalizedTrackingEvent[],
): Promise<void> {
  await Promise.all(
    events.map((event) =>
      deps.claims.release(trackingClaimId(source, event.id)).catch(() => {
        // The rare loss we accept over a transaction per event: this event stays claimed until its TTL.
        deps.log.error('claim release failed; event stays claimed until its TTL', {
          event: logRef(event.id),
        });
      }),
    ),
  );
}
