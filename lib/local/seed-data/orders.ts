// The pieces of a demo order shared by the generation passes: lines, totals, names, carriers, and the
// shipment whose events settle the order's status.
import type { Order, OrderLine, OrderStatus, Product, Shipment } from '../../../functions/core/types';
import { CATALOG } from './catalog';
import { type Country, slug } from './countries';
import type { Rng } from './random';
import { buildEvents, CARRIERS, type Carrier, etaAfter, type Scenario } from './tracking';

export const DAY = 86_400_000;

export function carrierFor(rng: Rng, country: Country): Carrier {
  if (['JP', 'KR', 'TW'].includes(country.code) && rng.chance(0.4)) return CARRIERS.japanPost;
  if (country.code === 'US' && rng.chance(0.4)) return CARRIERS.ups;
  return rng.pick([
    CARRIERS.chinaPost,
    CARRIERS.chinaPost,
    CARRIERS.yun,
    CARRIERS.yun,
    CARRIERS.sf,
    CARRIERS.ups,
  ]);
}

export function lineFor(rng: Rng, product: Product, size: string | undefined, colour: string): OrderLine {
  return {
    sku: [product.id.replace(/^P-/, ''), slug(colour).toUpperCase(), size?.replace(/\s/g, '')]
      .filter(Boolean)
      .join('-'),
    productId: product.id,
    name: product.name,
    size,
    colour,
    quantity: rng.chance(0.1) ? 2 : 1,
    price: product.price,
  };
}

export function randomLines(rng: Rng): OrderLine[] {
  const count = rng.pick([1, 1, 1, 2, 2, 3]);
  return Array.from({ length: count }, () => {
    const product = rng.pick(CATALOG);
    const size = product.sizeChart ? rng.pick(product.sizeChart).size : undefined;
    return lineFor(rng, product, size, rng.pick(product.colours));
  });
}

export const total = (lines: OrderLine[]) => ({
  amount: Math.round(lines.reduce((sum, l) => sum + l.price.amount * l.quantity, 0) * 100) / 100,
  currency: 'USD',
});

export interface Plan {
  status: OrderStatus;
  scenario?: Scenario;
  ageDays: [number, number];
}

/** Builds the order's shipment (if it has one) and settles the status the events support. */
export function ship(
  rng: Rng,
  order: Order,
  plan: Plan,
  carrier: Carrier,
  gateway: string,
  now: number,
): Shipment | undefined {
  const placed = Date.parse(order.placedAt);
  const wantsShipment = plan.scenario || (plan.status === 'processing' && rng.chance(0.5));
  if (!wantsShipment || plan.status === 'cancelled' || plan.status === 'pending') return undefined;
  const shippedAt = placed + rng.int(12, 60) * 3_600_000;
  const scenario: Scenario = plan.scenario ?? 'label_only';
  const { events, deliveredAt } = buildEvents({
    rng,
    carrier,
    gateway,
    city: `${order.shippingAddress.city}, ${order.shippingAddress.country}`,
    shippedAt,
    now,
    scenario,
  });
  const trackingNumber = carrier.trackingNumber(rng);
  order.trackingNumbers = [trackingNumber];
  if (events.length > 1) order.fulfilledAt = events[0]?.at;
  if (deliveredAt) order.deliveredAt = new Date(deliveredAt).toISOString();
  else if (order.status === 'delivered' || order.status === 'returned') order.status = 'shipped';
  if (plan.status !== 'processing' && events.length <= 1 && !deliveredAt) order.status = 'processing';
  let eta = shippedAt + rng.int(carrier.transitDays[0], carrier.transitDays[1]) * DAY;
  // A parcel still on its way has a carrier estimate in the future (carriers re-estimate when late).
  if (!deliveredAt && eta < now) eta = now + rng.int(2, 7) * DAY;
  eta = etaAfter(events, eta, now, deliveredAt);
  return {
    trackingNumber,
    orderId: order.id,
    carrier: carrier.name,
    service: carrier.service,
    origin: carrier.origin,
    destination: gateway.split(', ').pop() ?? order.shippingAddress.country,
    estimatedDelivery: new Date(eta).toISOString().slice(0, 10),
    events,
  };
}

export function fullName(country: Country, first: string, last: string): string {
  if (!country.familyFirst) return `${first} ${last}`;
  return ['ja', 'zh-Hans', 'zh-Hant', 'ko'].includes(country.language)
    ? `${last}${first}`
    : `${last} ${first}`;
}
