// The simulated carrier of the local stack: it plays out its own parcels' stories (a customs hold, a lost
// parcel, a missed delivery, a return… lib/local/seed-data/carrier-demo.ts) a step at a time, so the
// proactive path can be watched live. It posts what happened the way a real sender does — a signed
// POST /tracking/events to the stack's own URL — and never writes the store: every move goes through the
// real webhook (verify, claim, merge, persist, enqueue) and the worker decides what the shopper hears.
// It reads the store only to learn where each of its parcels stands, so it picks up where it was after a
// restart; it has no state of its own but a step counter that varies its (seeded) choices.
import type { OrderStore } from '../../functions/core/ports';
import type { Shipment } from '../../functions/core/types';
import {
  CROSSDESK_SIGNATURE_HEADER,
  type NormalizedTrackingEvent,
  STATUS_TO_EVENT_CODE,
  signCrossdeskBody,
  type TrackingStatus,
} from '../../functions/services/tracking/index';
import { type LocalRoute, sendJson } from './routes';
import {
  CARRIER_DEMO,
  CARRIER_DEMO_ORDER_IDS,
  CARRIER_DEMO_TRACKING,
  CARRIER_STORIES,
  type CarrierDemoSpec,
  type CarrierStoryName,
  placeOf,
} from './seed-data/carrier-demo';
import { createRng } from './seed-data/random';
import { CARRIERS } from './seed-data/tracking';

const DAY = 86_400_000;
const MINUTE = 60_000;
const CARRIER_STEP_SEED = 0x5eed_ca77;

/** One carrier parcel as the store has it now. */
export interface CarrierParcel {
  spec: CarrierDemoSpec;
  shipment: Shipment;
}

/** One event the carrier decided to post. */
export interface CarrierMove {
  orderId: string;
  trackingNumber: string;
  story: CarrierStoryName;
  /** Index of this event in its story's script. */
  position: number;
  /** True when this was the story's last event. */
  last: boolean;
  event: NormalizedTrackingEvent;
}

/** True for a parcel the carrier owns: one of its order ids, its tracking number, stored under its order. */
export function isCarrierParcel(parcel: CarrierParcel): boolean {
  const { spec, shipment } = parcel;
  return (
    CARRIER_DEMO_ORDER_IDS.has(spec.orderId) &&
    shipment.orderId === spec.orderId &&
    shipment.trackingNumber === CARRIER_DEMO_TRACKING[spec.orderId]
  );
}

/**
 * The index of the story's next event: one past the furthest script event the shipment already has (same
 * code and text). Read from the shipment itself, so a restart, a redelivery or a lost response never
 * makes the carrier skip or repeat an event.
 */
export function storyPosition(parcel: CarrierParcel): number {
  const script = CARRIER_STORIES[parcel.spec.story].script;
  let position = 0;
  script.forEach((step, index) => {
    const code = STATUS_TO_EVENT_CODE[step.status];
    if (parcel.shipment.events.some((e) => e.code === code && e.description === step.description))
      position = index + 1;
  });
  return position;
}

/** The step's random stream: one per step number, the same on every machine. */
const stepRng = (step: number) => createRng((CARRIER_STEP_SEED ^ Math.imul(step + 1, 0x9e37_79b1)) >>> 0);

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * What the carrier posts at step `step`: each of its unfinished parcels moves on with its next event's
 * chance, and at least one moves while any can (so "advance now" always shows something). Pure and
 * deterministic: same step, time and parcels → same moves, same event ids. Parcels that are not the
 * carrier's own are ignored, whatever the caller passes.
 * @example
 * const moves = planCarrierStep({ step: 0, now: Date.now(), parcels });
 */
export function planCarrierStep(input: {
  step: number;
  now: number;
  parcels: readonly CarrierParcel[];
}): CarrierMove[] {
  const rng = stepRng(input.step);
  const movable = input.parcels
    .filter(isCarrierParcel)
    .map((parcel) => ({ parcel, position: storyPosition(parcel) }))
    .filter(({ parcel, position }) => position < CARRIER_STORIES[parcel.spec.story].script.length)
    .sort((a, b) => a.parcel.spec.orderId.localeCompare(b.parcel.spec.orderId));
  const chosen = movable.filter(({ parcel, position }) =>
    rng.chance(CARRIER_STORIES[parcel.spec.story].script[position]?.chance ?? 0),
  );
  if (chosen.length === 0 && movable.length > 0) chosen.push(rng.pick(movable));
  return chosen.map(({ parcel, position }) => moveOf(parcel, position, input.now));
}

function moveOf(parcel: CarrierParcel, position: number, now: number): CarrierMove {
  const { spec, shipment } = parcel;
  const script = CARRIER_STORIES[spec.story].script;
  const step = script[position] as (typeof script)[number];
  // After the newest stored event even when the clock says otherwise: a story never runs backwards.
  const newest = Math.max(...shipment.events.map((e) => Date.parse(e.at)), Number.NEGATIVE_INFINITY);
  const at = Math.max(now, newest + MINUTE);
  const estimate =
    step.status === 'delivered'
      ? isoDay(at)
      : step.etaDays !== undefined
        ? isoDay(at + step.etaDays * DAY)
        : undefined;
  return {
    orderId: spec.orderId,
    trackingNumber: shipment.trackingNumber,
    story: spec.story,
    position,
    last: position === script.length - 1,
    event: {
      // Stable per parcel and story event: a retried post is deduped by the webhook, never applied twice.
      id: `carrier-demo:${shipment.trackingNumber}:${spec.story}:${position}`,
      trackingNumber: shipment.trackingNumber,
      status: step.status,
      at: new Date(at).toISOString(),
      location: placeOf(spec, step.where),
      description: step.description,
      carrier: CARRIERS[spec.carrier].name,
      ...(estimate ? { estimatedDelivery: estimate } : {}),
    },
  };
}

/** `CARRIER_INTERVAL`: `off`, minutes (`3`, `3m`), hours (`1h`) or a rate expression → a rate, or undefined (off). */
export function carrierSchedule(value: string | undefined, fallback: string | undefined): string | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return fallback;
  if (['off', 'false', 'no', '0', 'none', 'disabled'].includes(text)) return undefined;
  if (/^rate\(/.test(text)) return text;
  const match = /^(\d+)\s*(m|min|minutes?|h|hours?)?$/.exec(text);
  const n = Number(match?.[1]);
  if (!match || !Number.isInteger(n) || n < 1) {
    throw new Error(
      `CARRIER_INTERVAL must be "off", minutes ("3" or "3m"), hours ("1h") or rate(...); got ${value}`,
    );
  }
  const hours = match[2]?.startsWith('h');
  return `rate(${n} ${hours ? (n === 1 ? 'hour' : 'hours') : n === 1 ? 'minute' : 'minutes'})`;
}

/** What one advance did (the JSON of POST /dev/carrier/advance). */
export interface CarrierAdvanceResult {
  step: number;
  at: string;
  moved: {
    orderId: string;
    trackingNumber: string;
    story: CarrierStoryName;
    status: TrackingStatus;
    description: string;
    at: string;
    last: boolean;
  }[];
  /** The tracking webhook's answer; null when there was nothing to post. */
  webhook: { status: number; body: unknown } | null;
  /** True when every carrier parcel has reached the end of its story. */
  done: boolean;
}

export interface SimulatedCarrierOptions {
  /** The stack's own `POST /tracking/events` URL. */
  trackingUrl: string;
  /** TRACKING_WEBHOOK_SECRET, as the stack's tracking handler has it. */
  secret: string;
  /** Read only: where each parcel stands. */
  orders: Pick<OrderStore, 'getShipment'>;
  /** @default Date.now */
  now?: () => number;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  log?: (line: string) => void;
}

export interface SimulatedCarrier {
  /** Moves the carrier one step now; concurrent calls run one after the other. */
  advance(): Promise<CarrierAdvanceResult>;
  /** The carrier's parcels as the store has them now. */
  parcels(): Promise<CarrierParcel[]>;
}

/**
 * @example
 * const carrier = createSimulatedCarrier({ trackingUrl: `${url}/tracking/events`, secret, orders: stores.orders });
 * await carrier.advance(); // { step: 0, moved: [{ orderId: '59101', status: 'customs_hold', … }], webhook: { status: 200, … } }
 */
export function createSimulatedCarrier(options: SimulatedCarrierOptions): SimulatedCarrier {
  const now = options.now ?? Date.now;
  const post = options.fetch ?? fetch;
  let step = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const parcels = async (): Promise<CarrierParcel[]> => {
    const found = await Promise.all(
      CARRIER_DEMO.map(async (spec) => {
        const shipment = await options.orders.getShipment(CARRIER_DEMO_TRACKING[spec.orderId] as string);
        return shipment ? { spec, shipment } : undefined;
      }),
    );
    return found.filter((p): p is CarrierParcel => p !== undefined && isCarrierParcel(p));
  };

  const advanceOnce = async (): Promise<CarrierAdvanceResult> => {
    const current = step++;
    const at = now();
    const own = await parcels();
    const moves = planCarrierStep({ step: current, now: at, parcels: own });
    const finished = (p: CarrierParcel) => storyPosition(p) >= CARRIER_STORIES[p.spec.story].script.length;
    const result: CarrierAdvanceResult = {
      step: current,
      at: new Date(at).toISOString(),
      moved: moves.map((m) => ({
        orderId: m.orderId,
        trackingNumber: m.trackingNumber,
        story: m.story,
        status: m.event.status,
        description: m.event.description,
        at: m.event.at,
        last: m.last,
      })),
      webhook: null,
      done: moves.length === 0 && own.every(finished),
    };
    if (moves.length === 0) return result;

    const body = Buffer.from(JSON.stringify({ events: moves.map((m) => m.event) }));
    const response = await post(options.trackingUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CROSSDESK_SIGNATURE_HEADER]: signCrossdeskBody(body, options.secret),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page): kept as text for the caller.
    }
    result.webhook = { status: response.status, body: parsed };
    const accepted = response.ok;
    result.done =
      accepted && own.every((p) => finished(p) || moves.some((m) => m.orderId === p.spec.orderId && m.last));
    // Counts and statuses only: the parcels are demo data, but the log line is the same as for real ones.
    options.log?.(
      `carrier step ${current}: ${moves.length} parcel(s) → ${moves.map((m) => m.event.status).join(', ')} (webhook ${response.status})`,
    );
    return result;
  };

  return {
    parcels,
    advance() {
      const run = queue.then(advanceOnce, advanceOnce);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/**
 * `POST /dev/carrier/advance`: moves the carrier one step now; 200 with what moved, 502 when the tracking
 * webhook refused the carrier's post (its answer is in the body).
 */
export function createCarrierRoute(carrier: SimulatedCarrier, log?: (line: string) => void): LocalRoute {
  return async (req, res, url) => {
    if (url.pathname !== '/dev/carrier/advance') return false;
    if (req.method !== 'POST') {
      sendJson(res, 405, { message: 'POST /dev/carrier/advance' }, { allow: 'POST' });
      return true;
    }
    try {
      const result = await carrier.advance();
      const refused =
        result.webhook !== null && (result.webhook.status < 200 || result.webhook.status >= 300);
      sendJson(res, refused ? 502 : 200, result);
    } catch (error) {
      log?.(`carrier advance failed: ${error instanceof Error ? error.stack : String(error)}`);
      sendJson(res, 500, { message: error instanceof Error ? error.message : String(error) });
    }
    return true;
  };
}
