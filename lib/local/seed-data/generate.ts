// Generates the demo merchant's data: deterministic content (a seeded PRNG), dated relative to the day
// the data is first seeded so shipments look current.
import type { Customer, Order, Product, Shipment, ShipmentEventCode } from '../../../functions/core/types';
import { CATALOG } from './catalog';
import { COUNTRIES, type Country, slug } from './countries';
import { coverageOrders } from './coverage';
import { DEMO_SHOPPERS, type DemoOrderSpec } from './demo-shoppers';
import { carrierFor, DAY, fullName, lineFor, type Plan, randomLines, ship, total } from './orders';
import { createRng, type Rng } from './random';
import { CARRIERS, type Scenario } from './tracking';

export const DEMO_SEED = 20_261_101;
export const DEMO_ORDER_COUNT = 300;

export interface DemoData {
  products: Product[];
  orders: Order[];
  shipments: Shipment[];
}

/** UTC midnight of the day `now` falls in: every date in the demo data is an offset from it. */
export const anchorDay = (now: number): number => Math.floor(now / DAY) * DAY;

function pickCountry(rng: Rng): Country {
  const total = COUNTRIES.reduce((sum, c) => sum + c.weight, 0);
  let roll = rng.next() * total;
  for (const country of COUNTRIES) {
    roll -= country.weight;
    if (roll < 0) return country;
  }
  return COUNTRIES[0] as Country;
}

const PLANS: { weight: number; plan: Plan }[] = [
  { weight: 8, plan: { status: 'pending', ageDays: [0, 1] } },
  { weight: 10, plan: { status: 'processing', ageDays: [1, 4] } },
  { weight: 8, plan: { status: 'shipped', scenario: 'in_transit', ageDays: [4, 10] } },
  { weight: 6, plan: { status: 'shipped', scenario: 'customs_hold', ageDays: [9, 20] } },
  { weight: 5, plan: { status: 'shipped', scenario: 'port_congestion', ageDays: [9, 18] } },
  { weight: 5, plan: { status: 'shipped', scenario: 'silent', ageDays: [18, 26] } },
  { weight: 5, plan: { status: 'shipped', scenario: 'out_for_delivery', ageDays: [5, 12] } },
  { weight: 4, plan: { status: 'shipped', scenario: 'failed_attempt', ageDays: [6, 14] } },
  { weight: 35, plan: { status: 'delivered', scenario: 'delivered', ageDays: [10, 90] } },
  { weight: 6, plan: { status: 'cancelled', ageDays: [1, 60] } },
  { weight: 5, plan: { status: 'returned', scenario: 'delivered', ageDays: [30, 90] } },
];

function pickPlan(rng: Rng): Plan {
  let roll = rng.next() * PLANS.reduce((s, p) => s + p.weight, 0);
  for (const { weight, plan } of PLANS) {
    roll -= weight;
    if (roll < 0) return plan;
  }
  return PLANS[0]?.plan as Plan;
}

/**
 * The whole demo data set for stack start time `now`. Same `now` day → identical data. Without the
 * coverage pass it is the first seed version's set (what an upgraded data dir already holds).
 * @example
 * const { orders } = generateDemoData(Date.now());
 */
export function generateDemoData(now: number, options: { coverage?: boolean } = {}): DemoData {
  const anchor = anchorDay(now);
  // "Now" inside the data is the start of the anchor day: the same all day long (deterministic) and
  // never after the real now, so no carrier event lies in the future.
  const dataNow = anchor;
  const rng = createRng(DEMO_SEED);
  const orders: Order[] = [];
  const shipments: Shipment[] = [];
  const customers: {
    customer: Customer;
    country: Country;
    city: (typeof COUNTRIES)[number]['cities'][number];
  }[] = [];

  for (let i = 0; i < DEMO_ORDER_COUNT; i++) {
    const reuse = customers.length > 0 && rng.chance(0.25);
    const known = reuse ? rng.pick(customers) : undefined;
    const country = known?.country ?? pickCountry(rng);
    let entry = known;
    if (!entry) {
      const first = rng.pick(country.first);
      const last = rng.pick(country.last);
      const n = customers.length + 1;
      const local = slug(`${first} ${last}`) || `${country.code.toLowerCase()}.shopper`;
      const customer: Customer = {
        id: `CUS-${10_000 + n}`,
        name: fullName(country, first, last),
        email: `${local}${n}@${country.emailDomain}`,
        phone: `${country.dial}${country.mobilePrefix}${rng.digits(country.mobileDigits)}`,
        language: country.language,
      };
      entry = { customer, country, city: rng.pick(country.cities) };
      customers.push(entry);
    }
    const plan = pickPlan(rng);
    const placed = anchor - rng.int(plan.ageDays[0] * 24 + 2, plan.ageDays[1] * 24 + 10) * 3_600_000;
    const lines = randomLines(rng);
    const order: Order = {
      id: '',
      customer: entry.customer,
      status: plan.status,
      placedAt: new Date(Math.min(placed, dataNow - 3_600_000)).toISOString(),
      lines,
      total: total(lines),
      shippingAddress: {
        name: entry.customer.name,
        line1: entry.city.street,
        city: entry.city.city,
        region: entry.city.region,
        postcode: entry.city.postcode,
        country: country.code,
      },
      trackingNumbers: [],
    };
    orders.push(order);
    (order as Order & { plan?: Plan }).plan = plan;
  }

  // Ids follow placement time, as a shop's order numbers do.
  orders.sort((a, b) => a.placedAt.localeCompare(b.placedAt));
  const reserved = new Set(DEMO_SHOPPERS.flatMap((s) => s.orders.map((o) => o.id)));
  let nextId = 40_000;
  for (const order of orders) {
    do nextId += rng.int(3, 30);
    while (reserved.has(String(nextId)));
    order.id = String(nextId);
  }
  for (const order of orders) {
    const withPlan = order as Order & { plan?: Plan };
    const plan = withPlan.plan as Plan;
    delete withPlan.plan;
    const country = COUNTRIES.find((c) => c.code === order.shippingAddress.country) as Country;
    const shipment = ship(rng, order, plan, carrierFor(rng, country), country.gateway, dataNow);
    if (shipment) shipments.push(shipment);
  }

  for (const shopper of DEMO_SHOPPERS) {
    const country = COUNTRIES.find((c) => c.code === shopper.country) as Country;
    const customer: Customer = {
      id: shopper.customerId,
      name: shopper.name,
      email: shopper.email,
      phone: shopper.phone,
      language: shopper.language,
    };
    for (const spec of shopper.orders) {
      const { order, shipment } = demoOrder(rng, spec, customer, shopper, country, anchor, dataNow);
      orders.push(order);
      if (shipment) shipments.push(shipment);
    }
  }
  if (options.coverage !== false) {
    const taken = {
      orderIds: new Set(orders.map((o) => o.id)),
      phones: new Set(orders.map((o) => o.customer.phone)),
    };
    const more = coverageOrders(anchor, taken, customers.length);
    orders.push(...more.orders);
    shipments.push(...more.shipments);
  }
  return { products: CATALOG, orders, shipments };
}

const FINAL_EVENT: Record<Scenario, ShipmentEventCode> = {
  label_only: 'label_created',
  in_transit: 'in_transit',
  customs_hold: 'customs_hold',
  port_congestion: 'port_congestion',
  silent: 'departed_origin',
  out_for_delivery: 'out_for_delivery',
  failed_attempt: 'delivery_attempt_failed',
  delivered: 'delivered',
};

function demoOrder(
  rng: Rng,
  spec: DemoOrderSpec,
  customer: Customer,
  shopper: (typeof DEMO_SHOPPERS)[number],
  country: Country,
  anchor: number,
  now: number,
): { order: Order; shipment?: Shipment } {
  const lines = spec.products.map((p) => {
    const product = CATALOG.find((c) => c.id === p.productId) as Product;
    return { ...lineFor(rng, product, p.size, p.colour), quantity: 1 };
  });
  const order: Order = {
    id: spec.id,
    customer,
    status: spec.status,
    placedAt: new Date(anchor - spec.daysAgo * DAY - 6 * 3_600_000).toISOString(),
    lines,
    total: total(lines),
    shippingAddress: {
      name: shopper.name,
      line1: shopper.street,
      city: shopper.city,
      postcode: shopper.postcode,
      country: shopper.country,
    },
    trackingNumbers: [],
  };
  const plan: Plan = { status: spec.status, scenario: spec.scenario, ageDays: [spec.daysAgo, spec.daysAgo] };
  // The story is the point of a demo order: place it a little earlier until the random gaps reach the
  // scenario's last event (its own PRNG per attempt keeps this deterministic).
  const placedAt = order.placedAt;
  let shipment: Shipment | undefined;
  for (let attempt = 0; attempt < 40; attempt++) {
    order.placedAt = new Date(Date.parse(placedAt) - attempt * 12 * 3_600_000).toISOString();
    order.status = spec.status;
    order.fulfilledAt = undefined;
    order.deliveredAt = undefined;
    shipment = ship(
      createRng(Number(spec.id) + attempt),
      order,
      plan,
      CARRIERS[spec.carrier],
      country.gateway,
      now,
    );
    const want = spec.scenario ? FINAL_EVENT[spec.scenario] : undefined;
    if (!want || shipment?.events.at(-1)?.code === want) break;
  }
  order.status = spec.status;
  return { order, shipment };
}
