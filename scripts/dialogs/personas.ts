// Shoppers for the dialog eval, cloned from the seeded demo data: each conversation gets its own customer
// owning copies of the coverage orders of its language (one per state the bot answers differently), so
// one conversation's cancellation never changes another's data.

import type { Language, Order, Shipment } from '../../functions/core/types';
import type { Stores } from '../../functions/stores/stores';
import { assessShipment } from '../../functions/tools/index';

import type { CoverageCase } from '../../lib/local/seed-data/coverage';

/** The states a persona's orders can be in: the demo's coverage cases, one per state the bot answers differently. */
export type PersonaCase = CoverageCase;

export interface Persona {
  customerId: string;
  phone: string;
  email: string;
  postcode: string;
  name: string;
  orders: Order[];
  shipments: Shipment[];
}

const DAY = 86_400_000;
/** Coverage orders are numbered from here (lib/local/seed-data/coverage.ts). */
const COVERAGE_FIRST_ID = 56_000;

/** The demo's coverage order of each language and case, as seeded. */
export function coverageTemplates(
  orders: Order[],
  shipments: Shipment[],
  now: Date,
): Map<string, { order: Order; shipment?: Shipment }> {
  const byOrder = new Map(shipments.map((s) => [s.orderId, s]));
  const templates = new Map<string, { order: Order; shipment?: Shipment }>();
  for (const order of orders) {
    if (Number(order.id) <= COVERAGE_FIRST_ID) continue;
    const shipment = byOrder.get(order.id);
    let kind: PersonaCase | undefined;
    if (order.status === 'pending' || order.status === 'processing') kind = order.status;
    else if (order.status === 'shipped' && shipment) {
      const state = assessShipment(shipment, now, { silentDaysBeforeDelay: 5 }).state;
      kind = state === 'delayed' ? 'delayed' : 'on_time';
    } else if (order.status === 'delivered') {
      const delivered = Date.parse(order.deliveredAt ?? order.placedAt);
      kind = now.getTime() - delivered < 30 * DAY ? 'delivered_recent' : 'delivered_old';
    }
    const key = `${order.customer.language}/${kind}`;
    if (kind && !templates.has(key)) templates.set(key, { order, ...(shipment ? { shipment } : {}) });
  }
  return templates;
}

let nextOrderNumber = 70_000;

/** Writes a new customer with copies of the requested template orders; their numbers are fresh. */
export async function createPersona(
  stores: Stores,
  templates: Map<string, { order: Order; shipment?: Shipment }>,
  language: Language,
  cases: readonly PersonaCase[],
  n: number,
): Promise<Persona> {
  const first = templates.get(`${language}/${cases[0] ?? 'pending'}`)?.order;
  if (!first) throw new Error(`no demo order for ${language}/${cases[0]}`);
  const customer = {
    ...first.customer,
    id: `CUS-EVAL-${n}`,
    phone: `99${String(n).padStart(9, '0')}`,
    email: `eval.shopper${n}@example.com`,
  };
  const persona: Persona = {
    customerId: customer.id,
    phone: customer.phone,
    email: customer.email,
    postcode: first.shippingAddress.postcode,
    name: customer.name.split(' ')[0] ?? customer.name,
    orders: [],
    shipments: [],
  };
  for (const [k, which] of cases.entries()) {
    const template = templates.get(`${language}/${which}`);
    if (!template) throw new Error(`no demo order for ${language}/${which}`);
    const id = String(nextOrderNumber++);
    const tracking = template.shipment
      ? `EV${id}${k}${template.shipment.trackingNumber.slice(-2)}`
      : undefined;
    const order: Order = {
      ...structuredClone(template.order),
      id,
      customer,
      // One address for all of a persona's orders: the postcode they verify with fits every order.
      shippingAddress: { ...template.order.shippingAddress, postcode: persona.postcode },
      trackingNumbers: tracking ? [tracking] : [],
      // Newest first in lists, in the order the script names them.
      placedAt: new Date(Date.parse(template.order.placedAt) - k * 60_000).toISOString(),
    };
    persona.orders.push(order);
    await stores.orders.putOrder(order);
    if (template.shipment && tracking) {
      const shipment: Shipment = {
        ...structuredClone(template.shipment),
        orderId: id,
        trackingNumber: tracking,
      };
      persona.shipments.push(shipment);
      await stores.orders.putShipment(shipment);
    }
  }
  return persona;
}
