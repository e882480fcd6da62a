// Tracking numbers in the carriers' real formats, and the event histories behind them.
import type { ShipmentEvent, ShipmentEventCode } from '../../../functions/core/types';
import type { Rng } from './random';

/** UPU S10 check digit (China Post LX…CN, Japan Post EE…JP). */
export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

export interface Carrier {
  name: string;
  service: string;
  origin: string;
  trackingNumber(rng: Rng): string;
  /** Typical days from pickup to delivery. */
  transitDays: [number, number];
}

const s10 = (prefix: string, country: string) => (rng: Rng) => {
  const serial = rng.digits(8);
  return `${prefix}${serial}${s10CheckDigit(serial)}${country}`;
};

export const CARRIERS = {
  chinaPost: {
    name: 'China Post',
    service: 'ePacket',
    origin: 'Shenzhen, CN',
    trackingNumber: s10('LX', 'CN'),
    transitDays: [10, 20],
  },
  ups: {
    name: 'UPS',
    service: 'Worldwide Expedited',
    origin: 'Shenzhen, CN',
    trackingNumber: (rng) => `1Z${'A7X39F'}04${rng.digits(8)}`,
    transitDays: [4, 7],
  },
  yun: {
    name: 'YunExpress',
    service: 'Global Direct Line',
    origin: 'Shenzhen, CN',
    trackingNumber: (rng) => `YT${rng.digits(16)}`,
    transitDays: [8, 15],
  },
  sf: {
    name: 'SF Express',
    service: 'SF International Standard',
    origin: 'Shenzhen, CN',
    trackingNumber: (rng) => `SF${rng.digits(13)}`,
    transitDays: [3, 6],
  },
  japanPost: {
    name: 'Japan Post',
    service: 'EMS',
    origin: 'Tokyo, JP',
    trackingNumber: s10('EE', 'JP'),
    transitDays: [3, 6],
  },
} satisfies Record<string, Carrier>;

export type Scenario =
  | 'label_only'
  | 'in_transit'
  | 'customs_hold'
  | 'port_congestion'
  | 'silent'
  | 'out_for_delivery'
  | 'failed_attempt'
  | 'delivered';

const DESCRIPTIONS: Record<ShipmentEventCode, string> = {
  label_created: 'Shipping label created, awaiting pickup',
  picked_up: 'Picked up by carrier',
  in_transit: 'In transit',
  departed_origin: 'Departed origin hub',
  arrived_hub: 'Arrived at sorting hub',
  export_customs: 'Export customs clearance completed',
  customs_hold: 'Held by import customs: awaiting duty payment or documents',
  customs_cleared: 'Import customs cleared',
  port_congestion: 'Delayed: congestion at the arrival port, moving as capacity allows',
  arrived_destination: 'Arrived in destination country',
  out_for_delivery: 'Out for delivery',
  delivery_attempt_failed: 'Delivery attempted: recipient not available, will retry next business day',
  delivered: 'Delivered',
  returned_to_sender: 'Returned to sender',
  exception: 'Shipment exception',
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Builds an event history starting at `shippedAt` and stopping at the scenario's point (never after `now`).
 * Returns the events and the time the parcel was delivered, if it was.
 */
export function buildEvents(options: {
  rng: Rng;
  carrier: Carrier;
  gateway: string;
  city: string;
  shippedAt: number;
  now: number;
  scenario: Scenario;
}): { events: ShipmentEvent[]; deliveredAt?: number } {
  const { rng, carrier, gateway, city, now, scenario } = options;
  const events: ShipmentEvent[] = [];
  let t = options.shippedAt;
  const add = (code: ShipmentEventCode, location: string, gapHours: [number, number]) => {
    t += rng.int(gapHours[0], gapHours[1]) * HOUR + rng.int(0, 59) * 60_000;
    if (t > now) return false;
    events.push({ at: new Date(t).toISOString(), code, location, description: DESCRIPTIONS[code] });
    return true;
  };
  const hub = carrier.origin.startsWith('Tokyo') ? 'Tokyo International, JP' : 'Hong Kong Hub, HK';
  if (!add('label_created', carrier.origin, [0, 6]) || scenario === 'label_only') return { events };
  if (!add('picked_up', carrier.origin, [6, 30])) return { events };
  if (!add('export_customs', carrier.origin, [4, 20])) return { events };
  if (!add('departed_origin', hub, [6, 24])) return { events };
  if (scenario === 'silent') return { events }; // then nothing for weeks: the caller dates it back
  if (!add('in_transit', hub, [12, 48])) return { events };
  if (scenario === 'in_transit') return { events };
  if (scenario === 'port_congestion') {
    add('port_congestion', gateway, [24, 72]);
    return { events };
  }
  if (!add('arrived_destination', gateway, [12, 36])) return { events };
  if (scenario === 'customs_hold') {
    add('customs_hold', gateway, [6, 30]);
    return { events };
  }
  if (rng.chance(0.2)) add('customs_hold', gateway, [6, 30]);
  if (!add('customs_cleared', gateway, [12, 60])) return { events };
  if (!add('arrived_hub', city, [12, 36])) return { events };
  if (!add('out_for_delivery', city, [8, 20])) return { events };
  if (scenario === 'out_for_delivery') return { events };
  if (scenario === 'failed_attempt' || rng.chance(0.1)) {
    if (!add('delivery_attempt_failed', city, [3, 9])) return { events };
    if (scenario === 'failed_attempt') return { events };
    if (!add('out_for_delivery', city, [14, 20])) return { events };
  }
  if (!add('delivered', city, [2, 8])) return { events };
  return { events, deliveredAt: t };
}

/**
 * The estimate a carrier shows after its latest event: delivered → the delivery day, out for delivery →
 * today, a failed attempt → the next day, a customs hold or port congestion → a few days out. No random
 * draws here, so the rest of the demo data stays as it was.
 */
export function etaAfter(events: ShipmentEvent[], eta: number, now: number, deliveredAt?: number): number {
  if (deliveredAt) return deliveredAt;
  const last = events.at(-1);
  if (!last) return eta;
  const lastAt = Date.parse(last.at);
  switch (last.code) {
    case 'out_for_delivery':
      return Math.max(lastAt, now);
    case 'delivery_attempt_failed':
      return Math.max(lastAt + DAY, now);
    case 'customs_hold':
    case 'port_congestion':
      return Math.min(Math.max(eta, now + 3 * DAY), now + 10 * DAY);
    default:
      return eta;
  }
}
