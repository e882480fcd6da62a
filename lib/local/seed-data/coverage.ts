// The coverage pass, appended after the random orders and the demo shoppers: for every language, one
// customer in each state the bot answers differently (cancel a pending order, change a processing
// order's address, a parcel on time, a late one, a return inside the window, one outside it). A random
// sample of ~300 orders leaves small languages without some of these; this pass makes the demo (and the
// tests) able to show every flow with a native shopper. It draws from its own seeded stream, so the
// earlier passes stay exactly as they were and data dirs seeded before it can receive it on its own.
import {
  type Customer,
  LANGUAGES,
  type Language,
  type Order,
  type Shipment,
} from '../../../functions/core/types';
import { COUNTRIES, type Country, slug } from './countries';
import { carrierFor, DAY, fullName, type Plan, randomLines, ship, total } from './orders';
import { createRng, type Rng } from './random';
import type { Scenario } from './tracking';

export const COVERAGE_SEED = 20_261_102;
/** Above every id the earlier passes use (random orders ≤ ~45000, demo shoppers ≤ 55012). */
const FIRST_ID = 56_000;
const HOUR = 3_600_000;

export const COVERAGE_CASES = [
  'pending',
  'processing',
  'on_time',
  'delayed',
  'delivered_recent',
  'delivered_old',
] as const;
export type CoverageCase = (typeof COVERAGE_CASES)[number];

/** The late stories, taken in turn across languages so each one appears in many of them. */
const DELAYS: Scenario[] = ['customs_hold', 'port_congestion', 'silent'];

interface Story {
  plan: Plan;
  /** How long before the anchor the story's last event (or the order itself, without one) happened. */
  lastAgeHours: [number, number];
}

function storyFor(which: CoverageCase, delay: Scenario): Story {
  switch (which) {
    case 'pending':
      return { plan: { status: 'pending', ageDays: [0, 1] }, lastAgeHours: [2, 30] };
    case 'processing':
      return { plan: { status: 'processing', ageDays: [1, 4] }, lastAgeHours: [26, 96] };
    case 'on_time':
      // Fresh carrier news and an estimate ahead: on time for days after the anchor.
      return { plan: { status: 'shipped', scenario: 'in_transit', ageDays: [4, 10] }, lastAgeHours: [6, 40] };
    case 'delayed':
      return {
        plan: { status: 'shipped', scenario: delay, ageDays: [9, 26] },
        // Silent means weeks without news; a customs hold or congestion is late however recent.
        lastAgeHours: delay === 'silent' ? [15 * 24, 24 * 24] : [12, 5 * 24],
      };
    case 'delivered_recent':
      // Well inside the 30-day return window, with room for a data dir used for a week or two.
      return {
        plan: { status: 'delivered', scenario: 'delivered', ageDays: [5, 25] },
        lastAgeHours: [2 * 24, 12 * 24],
      };
    case 'delivered_old':
      return {
        plan: { status: 'delivered', scenario: 'delivered', ageDays: [45, 90] },
        lastAgeHours: [41 * 24, 80 * 24],
      };
  }
}

function countryFor(rng: Rng, language: Language): Country {
  const options = COUNTRIES.filter((c) => c.language === language);
  let roll = rng.next() * options.reduce((sum, c) => sum + c.weight, 0);
  for (const country of options) {
    roll -= country.weight;
    if (roll < 0) return country;
  }
  return options[0] as Country;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Places the order so its shipment's last event lands `ageHours` before the anchor: a probe run far in
 * the future learns how long the story takes, then the same draws (a PRNG from the same seed) are replayed
 * from the shifted start. The probe ends in the story's own last event, so the replay is never cut short.
 */
function tellStory(
  seed: number,
  order: Order,
  plan: Plan,
  country: Country,
  carrier: Parameters<typeof ship>[3],
  anchor: number,
  ageHours: number,
): Shipment | undefined {
  const probe = structuredClone(order);
  probe.placedAt = iso(anchor);
  const probed = ship(createRng(seed), probe, plan, carrier, country.gateway, anchor + 400 * DAY);
  const lastAt = Date.parse(probed?.events.at(-1)?.at ?? probe.placedAt);
  order.placedAt = iso(anchor - (lastAt - anchor) - ageHours * HOUR);
  const shipment = ship(createRng(seed), order, plan, carrier, country.gateway, anchor);
  if (shipment?.events.length !== probed?.events.length) {
    throw new Error(`coverage order for ${order.customer.language} lost events when replayed`);
  }
  order.status = plan.status;
  return shipment;
}

/**
 * One new customer per language and case, with their order (and its shipment), dated from `anchor`.
 * `taken` holds the ids and phones already used; `customerCount` numbers the new customers after the
 * earlier ones.
 * @example
 * const { orders, shipments } = coverageOrders(anchorDay(Date.now()), taken, 236);
 */
export function coverageOrders(
  anchor: number,
  taken: { orderIds: Set<string>; phones: Set<string> },
  customerCount: number,
): { orders: Order[]; shipments: Shipment[] } {
  const rng = createRng(COVERAGE_SEED);
  const made: { order: Order; shipment?: Shipment }[] = [];
  let n = customerCount;
  for (const [index, language] of LANGUAGES.entries()) {
    for (const which of COVERAGE_CASES) {
      const country = countryFor(rng, language);
      const first = rng.pick(country.first);
      const last = rng.pick(country.last);
      n += 1;
      let phone: string;
      do phone = `${country.dial}${country.mobilePrefix}${rng.digits(country.mobileDigits)}`;
      while (taken.phones.has(phone));
      taken.phones.add(phone);
      const local = slug(`${first} ${last}`) || `${country.code.toLowerCase()}.shopper`;
      const customer: Customer = {
        id: `CUS-${10_000 + n}`,
        name: fullName(country, first, last),
        email: `${local}${n}@${country.emailDomain}`,
        phone,
        language,
      };
      const city = rng.pick(country.cities);
      const lines = randomLines(rng);
      const { plan, lastAgeHours } = storyFor(which, DELAYS[index % DELAYS.length] as Scenario);
      const ageHours = rng.int(lastAgeHours[0], lastAgeHours[1]);
      const carrier = carrierFor(rng, country);
      const seed = rng.int(1, 2 ** 31 - 1);
      const order: Order = {
        id: '',
        customer,
        status: plan.status,
        placedAt: iso(anchor - ageHours * HOUR),
        lines,
        total: total(lines),
        shippingAddress: {
          name: customer.name,
          line1: city.street,
          city: city.city,
          region: city.region,
          postcode: city.postcode,
          country: country.code,
        },
        trackingNumbers: [],
      };
      const shipment = plan.scenario
        ? tellStory(seed, order, plan, country, carrier, anchor, ageHours)
        : ship(createRng(seed), order, plan, carrier, country.gateway, anchor);
      made.push({ order, shipment });
    }
  }

  // Ids follow placement time among these orders, after the earlier passes' ids.
  made.sort((a, b) => a.order.placedAt.localeCompare(b.order.placedAt));
  let nextId = FIRST_ID;
  for (const { order, shipment } of made) {
    do nextId += rng.int(3, 30);
    while (taken.orderIds.has(String(nextId)));
    order.id = String(nextId);
    taken.orderIds.add(order.id);
    if (shipment) shipment.orderId = order.id;
  }
  return {
    orders: made.map((m) => m.order),
    shipments: made.flatMap((m) => (m.shipment ? [m.shipment] : [])),
  };
}
