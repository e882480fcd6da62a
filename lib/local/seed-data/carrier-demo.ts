// The simulated carrier's own parcels (lib/local/carrier.ts): a few extra customers with one shipped order
// each, and the story the carrier plays out on each over time (a customs hold, a lost parcel, a missed
// delivery, a smooth trip, an import refused, a parcel just labelled). Everything the carrier may touch
// is listed here, with fixed order ids, customers and tracking numbers above every other seed pass's, so
// the demo shoppers' and the coverage customers' stories stay exactly as seeded (test/lib/local/carrier.test.ts
// checks the sets never meet). Only the dates move: they are offsets from the day the data dir was seeded.
import { createHash } from 'node:crypto';
import type {
  Customer,
  Language,
  Order,
  Shipment,
  ShipmentEvent,
  ShipmentEventCode,
} from '../../../functions/core/types';
import type { TrackingStatus } from '../../../functions/services/tracking/index';
import { COUNTRIES, type Country } from './countries';
import { DAY, randomLines, total } from './orders';
import { createRng } from './random';
import { CARRIERS } from './tracking';

export const CARRIER_DEMO_SEED = 20_261_103;
const HOUR = 3_600_000;

export type CarrierStoryName = 'customs' | 'lost' | 'attempt' | 'smooth' | 'returned' | 'label';
type Where = 'origin' | 'hub' | 'gateway' | 'city';

/** One event the carrier will post, in order. */
export interface CarrierStoryStep {
  status: TrackingStatus;
  /** The carrier's text; unique within its story, which is how the carrier finds where a parcel stands. */
  description: string;
  where: Where;
  /** Chance, per carrier step, that the parcel moves on to this event (a lost parcel hardly moves). */
  chance: number;
  /** The carrier's new estimate: this many days after the event. */
  etaDays?: number;
}

interface SeededEvent {
  code: ShipmentEventCode;
  description: string;
  where: Where;
  /** Hours before the seed's anchor day. */
  hoursAgo: number;
}

export interface CarrierStory {
  /** What the parcel went through before the carrier starts: written by the seed. */
  history: SeededEvent[];
  /** Days after the anchor of the estimate the seed writes. */
  etaDays: number;
  script: CarrierStoryStep[];
}

const seeded = (code: ShipmentEventCode, where: Where, hoursAgo: number, description: string) => ({
  code,
  where,
  hoursAgo,
  description,
});
const LABEL = 'Shipment information received, label created';
const PICKED = 'Picked up by carrier';
const EXPORTED = 'Export customs clearance completed';
const DEPARTED = 'Departed origin facility';
const TRANSIT = 'In transit to destination country';
const ARRIVED = 'Arrived at destination country';

export const CARRIER_STORIES: Readonly<Record<CarrierStoryName, CarrierStory>> = {
  customs: {
    history: [
      seeded('label_created', 'origin', 150, LABEL),
      seeded('picked_up', 'origin', 130, PICKED),
      seeded('export_customs', 'origin', 110, EXPORTED),
      seeded('departed_origin', 'hub', 96, DEPARTED),
      seeded('in_transit', 'hub', 60, TRANSIT),
      seeded('arrived_destination', 'gateway', 20, ARRIVED),
    ],
    etaDays: 2,
    script: [
      {
        status: 'customs_hold',
        description: 'Held by import customs: import duty to be paid by the recipient',
        where: 'gateway',
        chance: 0.6,
        etaDays: 5,
      },
      {
        status: 'in_transit',
        description: 'Import customs cleared',
        where: 'gateway',
        chance: 0.35,
        etaDays: 3,
      },
      {
        status: 'in_transit',
        description: 'Arrived at delivery depot',
        where: 'city',
        chance: 0.5,
        etaDays: 1,
      },
      { status: 'out_for_delivery', description: 'Out for delivery', where: 'city', chance: 0.6, etaDays: 0 },
      {
        status: 'delivered',
        description: 'Delivered, signed for by the recipient',
        where: 'city',
        chance: 0.6,
      },
    ],
  },
  lost: {
    // Quiet for more than a week already: the delay scan finds it silent long before the carrier speaks.
    history: [
      seeded('label_created', 'origin', 240, LABEL),
      seeded('picked_up', 'origin', 222, PICKED),
      seeded('departed_origin', 'hub', 200, DEPARTED),
    ],
    etaDays: 2,
    script: [
      {
        status: 'exception',
        description: 'Parcel cannot be located: the carrier has opened an investigation',
        where: 'hub',
        chance: 0.15,
      },
    ],
  },
  attempt: {
    history: [
      seeded('label_created', 'origin', 200, LABEL),
      seeded('picked_up', 'origin', 182, PICKED),
      seeded('departed_origin', 'hub', 160, DEPARTED),
      seeded('in_transit', 'hub', 120, TRANSIT),
      seeded('arrived_destination', 'gateway', 80, ARRIVED),
      seeded('customs_cleared', 'gateway', 50, 'Import customs cleared'),
      seeded('arrived_hub', 'city', 10, 'Arrived at local delivery depot'),
    ],
    etaDays: 0,
    script: [
      { status: 'out_for_delivery', description: 'Out for delivery', where: 'city', chance: 0.6, etaDays: 0 },
      {
        status: 'failed_attempt',
        description: 'Delivery attempted: recipient not available, will retry next business day',
        where: 'city',
        chance: 0.6,
        etaDays: 1,
      },
      {
        status: 'out_for_delivery',
        description: 'Out for delivery: second attempt',
        where: 'city',
        chance: 0.5,
        etaDays: 0,
      },
      { status: 'delivered', description: 'Delivered to the recipient', where: 'city', chance: 0.6 },
    ],
  },
  smooth: {
    history: [seeded('label_created', 'origin', 30, LABEL), seeded('picked_up', 'origin', 12, PICKED)],
    etaDays: 4,
    script: [
      { status: 'in_transit', description: 'Departed origin hub', where: 'hub', chance: 0.5, etaDays: 4 },
      { status: 'in_transit', description: ARRIVED, where: 'gateway', chance: 0.5, etaDays: 3 },
      {
        status: 'in_transit',
        description: 'Import customs cleared',
        where: 'gateway',
        chance: 0.5,
        etaDays: 2,
      },
      { status: 'out_for_delivery', description: 'Out for delivery', where: 'city', chance: 0.5, etaDays: 0 },
      { status: 'delivered', description: 'Delivered, left in the mailbox', where: 'city', chance: 0.5 },
    ],
  },
  returned: {
    history: [
      seeded('label_created', 'origin', 220, LABEL),
      seeded('picked_up', 'origin', 200, PICKED),
      seeded('departed_origin', 'hub', 180, DEPARTED),
      seeded('in_transit', 'hub', 140, TRANSIT),
      seeded('arrived_destination', 'gateway', 40, ARRIVED),
    ],
    etaDays: 1,
    script: [
      {
        status: 'customs_hold',
        description: 'Held by import customs: commercial invoice missing',
        where: 'gateway',
        chance: 0.6,
        etaDays: 7,
      },
      {
        status: 'exception',
        description: 'Import refused: documents not provided in time',
        where: 'gateway',
        chance: 0.35,
      },
      { status: 'returned', description: 'Returning to sender', where: 'gateway', chance: 0.5 },
    ],
  },
  label: {
    history: [seeded('label_created', 'origin', 8, LABEL)],
    etaDays: 9,
    script: [
      { status: 'in_transit', description: PICKED, where: 'origin', chance: 0.5, etaDays: 9 },
      { status: 'in_transit', description: 'Departed origin hub', where: 'hub', chance: 0.5, etaDays: 8 },
      { status: 'in_transit', description: ARRIVED, where: 'gateway', chance: 0.5, etaDays: 3 },
      { status: 'out_for_delivery', description: 'Out for delivery', where: 'city', chance: 0.5, etaDays: 0 },
      { status: 'delivered', description: 'Delivered to the recipient', where: 'city', chance: 0.5 },
    ],
  },
};

/** A carrier demo customer and their one parcel: fixed like the README's demo shoppers. */
export interface CarrierDemoSpec {
  key: string;
  orderId: string;
  customerId: string;
  name: string;
  language: Language;
  country: string;
  /** E.164 digits without '+'. */
  phone: string;
  email: string;
  city: string;
  postcode: string;
  street: string;
  carrier: keyof typeof CARRIERS;
  story: CarrierStoryName;
}

/** Ids 59101+, customers CUS-97xxx: above every other pass (random ≤ ~45000, shoppers ≤ 55012, coverage ≤ ~58100). */
export const CARRIER_DEMO: readonly CarrierDemoSpec[] = [
  {
    key: 'carrier-customs-en',
    orderId: '59101',
    customerId: 'CUS-97001',
    name: 'Grace Whitfield',
    language: 'en',
    country: 'US',
    phone: '14155550901',
    email: 'grace.whitfield@example.com',
    city: 'Brooklyn',
    postcode: '11215',
    street: '412 5th Ave Apt 3',
    carrier: 'chinaPost',
    story: 'customs',
  },
  {
    key: 'carrier-lost-de',
    orderId: '59114',
    customerId: 'CUS-97002',
    name: 'Jonas Hartmann',
    language: 'de',
    country: 'DE',
    phone: '4915110000902',
    email: 'jonas.hartmann@example.de',
    city: 'Hamburg',
    postcode: '20357',
    street: 'Schanzenstraße 21',
    carrier: 'yun',
    story: 'lost',
  },
  {
    key: 'carrier-attempt-pt',
    orderId: '59127',
    customerId: 'CUS-97003',
    name: 'Camila Rocha',
    language: 'pt-BR',
    country: 'BR',
    phone: '5521990000903',
    email: 'camila.rocha@example.com.br',
    city: 'Rio de Janeiro',
    postcode: '22071-000',
    street: 'Rua Barata Ribeiro, 412',
    carrier: 'chinaPost',
    story: 'attempt',
  },
  {
    key: 'carrier-smooth-ja',
    orderId: '59133',
    customerId: 'CUS-97004',
    name: '佐藤花子',
    language: 'ja',
    country: 'JP',
    phone: '819000000904',
    email: 'hanako.sato@example.jp',
    city: '大阪市北区',
    postcode: '530-0012',
    street: '芝田2-4-9',
    carrier: 'japanPost',
    story: 'smooth',
  },
  {
    key: 'carrier-returned-fr',
    orderId: '59148',
    customerId: 'CUS-97005',
    name: 'Chloé Lambert',
    language: 'fr',
    country: 'FR',
    phone: '33600000905',
    email: 'chloe.lambert@example.fr',
    city: 'Lyon',
    postcode: '69002',
    street: '18 rue Mercière',
    carrier: 'sf',
    story: 'returned',
  },
  {
    key: 'carrier-label-id',
    orderId: '59156',
    customerId: 'CUS-97006',
    name: 'Sari Wulandari',
    language: 'id',
    country: 'ID',
    phone: '6281200000906',
    email: 'sari.wulandari@example.co.id',
    city: 'Bandung',
    postcode: '40115',
    street: 'Jl. Braga No. 12',
    carrier: 'yun',
    story: 'label',
  },
];

/** The parcels' tracking numbers: from their own seeded stream, so they never depend on the day. */
export const CARRIER_DEMO_TRACKING: Readonly<Record<string, string>> = (() => {
  const rng = createRng(CARRIER_DEMO_SEED);
  return Object.fromEntries(
    CARRIER_DEMO.map((spec) => [spec.orderId, CARRIERS[spec.carrier].trackingNumber(rng)]),
  );
})();

/** Every order id the carrier may move: its one guard against ever touching another story's parcel. */
export const CARRIER_DEMO_ORDER_IDS: ReadonlySet<string> = new Set(CARRIER_DEMO.map((spec) => spec.orderId));

const countryOf = (code: string): Country => COUNTRIES.find((c) => c.code === code) as Country;

/** Where a story's event happens, in the parcel's own geography. */
export function placeOf(spec: CarrierDemoSpec, where: Where): string {
  const carrier = CARRIERS[spec.carrier];
  switch (where) {
    case 'origin':
      return carrier.origin;
    case 'hub':
      return carrier.origin.startsWith('Tokyo') ? 'Tokyo International, JP' : 'Hong Kong Hub, HK';
    case 'gateway':
      return countryOf(spec.country).gateway;
    case 'city':
      return `${spec.city}, ${spec.country}`;
  }
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The carrier's customers, orders and shipments, dated from `anchor` (UTC midnight of the seed day).
 * @example
 * const { orders, shipments } = carrierDemoData(anchorDay(Date.now()));
 */
export function carrierDemoData(anchor: number): { orders: Order[]; shipments: Shipment[] } {
  // Order lines from their own stream: the rest of the seed draws exactly what it drew before.
  const rng = createRng(CARRIER_DEMO_SEED + 1);
  const orders: Order[] = [];
  const shipments: Shipment[] = [];
  for (const spec of CARRIER_DEMO) {
    const story = CARRIER_STORIES[spec.story];
    const carrier = CARRIERS[spec.carrier];
    const events: ShipmentEvent[] = story.history.map((step) => ({
      at: new Date(anchor - step.hoursAgo * HOUR).toISOString(),
      code: step.code,
      location: placeOf(spec, step.where),
      description: step.description,
    }));
    const customer: Customer = {
      id: spec.customerId,
      name: spec.name,
      email: spec.email,
      phone: spec.phone,
      language: spec.language,
    };
    const lines = randomLines(rng);
    const first = Date.parse(events[0]?.at ?? new Date(anchor).toISOString());
    const trackingNumber = CARRIER_DEMO_TRACKING[spec.orderId] as string;
    orders.push({
      id: spec.orderId,
      customer,
      status: 'shipped',
      placedAt: new Date(first - 20 * HOUR).toISOString(),
      fulfilledAt: new Date(first).toISOString(),
      lines,
      total: total(lines),
      shippingAddress: {
        name: spec.name,
        line1: spec.street,
        city: spec.city,
        postcode: spec.postcode,
        country: spec.country,
      },
      trackingNumbers: [trackingNumber],
    });
    shipments.push({
      trackingNumber,
      orderId: spec.orderId,
      carrier: carrier.name,
      service: carrier.service,
      origin: carrier.origin,
      destination: spec.country,
      estimatedDelivery: isoDay(anchor + story.etaDays * DAY),
      events,
    });
  }
  return { orders, shipments };
}

/**
 * The carrier's customers as the shopper simulator offers them (ids as lib/local/seed.ts derives the
 * demo shoppers'): chat as one once, then advance the carrier and watch the bot speak first.
 */
export function carrierSimulatorShoppers(): {
  id: string;
  name: string;
  language: string;
  whatsapp: string;
  line: string;
  telegram: string;
}[] {
  return CARRIER_DEMO.map((spec) => {
    const hash = createHash('md5').update(spec.key).digest('hex');
    return {
      id: spec.key,
      name: `${spec.name} (${spec.language}, carrier demo: ${spec.story})`,
      language: spec.language,
      whatsapp: spec.phone,
      line: `U${hash}`,
      telegram: String(700_000_000 + (Number.parseInt(hash.slice(0, 8), 16) % 99_999_999)),
    };
  });
}
