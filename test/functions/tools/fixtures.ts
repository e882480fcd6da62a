// Demo-like data for the tools and turn tests: two shoppers, orders in every state, shipments with
// each kind of delay, products with size charts.
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import type { ToolContext } from '../../../functions/core/tools';
import type { Conversation, Customer, Order, Product, Shipment } from '../../../functions/core/types';
import { createMemoryStores } from '../../../functions/stores/memory';
import { createMemoryCaseStore } from '../../../functions/tools/case-store';

export const NOW = new Date('2026-03-20T10:00:00Z');
export const merchant = parseMerchantConfig({
  brandName: 'Lumen & Loom',
  videoCallBaseUrl: 'https://meet.example.com',
});

export const mei: Customer = {
  id: 'c-mei',
  name: 'Mei Tan',
  email: 'Mei.Tan@example.com',
  phone: '6591234567',
  language: 'en',
};
export const tom: Customer = {
  id: 'c-tom',
  name: 'Tom Berg',
  email: 'tom@example.org',
  phone: '4915112345678',
  language: 'de',
};

const address = (name: string, postcode: string, country: string) => ({
  name,
  line1: '1 Test Street',
  city: 'Testville',
  postcode,
  country,
});
const money = (amount: number) => ({ amount, currency: 'USD' });

function order(
  id: string,
  customer: Customer,
  status: Order['status'],
  placedAt: string,
  extra: Partial<Order> = {},
): Order {
  return {
    id,
    customer,
    status,
    placedAt,
    lines: [
      {
        sku: `SKU-${id}`,
        productId: 'p-shirt',
        name: 'Linen shirt',
        size: 'M',
        colour: 'white',
        quantity: 1,
        price: money(49),
      },
    ],
    total: money(49),
    shippingAddress: address(
      customer.name,
      customer === mei ? '238801' : '10115',
      customer === mei ? 'SG' : 'DE',
    ),
    trackingNumbers: [],
    ...extra,
  };
}

export const orders: Order[] = [
  order('48213', mei, 'shipped', '2026-03-10T08:00:00Z', { trackingNumbers: ['LX100000001CN'] }),
  order('48214', mei, 'delivered', '2026-03-01T08:00:00Z', {
    deliveredAt: '2026-03-08T12:00:00Z',
    trackingNumbers: ['LX100000002CN'],
    lines: [
      {
        sku: 'SKU-A',
        productId: 'p-shirt',
        name: 'Linen shirt',
        size: 'M',
        colour: 'white',
        quantity: 1,
        price: money(49),
      },
      {
        sku: 'SKU-B',
        productId: 'p-sneaker',
        name: 'Canvas sneaker',
        size: '40',
        colour: 'black',
        quantity: 1,
        price: money(79),
      },
    ],
    total: money(128),
  }),
  order('48215', mei, 'pending', '2026-03-18T08:00:00Z'),
  order('48216', mei, 'delivered', '2026-01-01T08:00:00Z', { deliveredAt: '2026-01-10T08:00:00Z' }),
  order('51001', tom, 'pending', '2026-03-15T08:00:00Z'),
  order('51002', tom, 'shipped', '2026-03-05T08:00:00Z', { trackingNumbers: ['LX200000001CN'] }),
];

const ev = (at: string, code: Shipment['events'][number]['code'], location: string) => ({
  at,
  code,
  location,
  description: code.replace(/_/g, ' '),
});

/** Mei's two parcels travel the same route. */
const CAINIAO_TO_SG = { carrier: 'Cainiao', service: 'Standard', origin: 'CN', destination: 'SG' } as const;

export const shipments: Shipment[] = [
  {
    trackingNumber: 'LX100000001CN',
    orderId: '48213',
    ...CAINIAO_TO_SG,
    estimatedDelivery: '2026-03-25T00:00:00Z',
    events: [
      ev('2026-03-11T08:00:00Z', 'picked_up', 'Shenzhen'),
      ev('2026-03-16T08:00:00Z', 'customs_hold', 'Singapore'),
    ],
  },
  {
    trackingNumber: 'LX100000002CN',
    orderId: '48214',
    ...CAINIAO_TO_SG,
    estimatedDelivery: '2026-03-09T00:00:00Z',
    events: [
      ev('2026-03-02T08:00:00Z', 'picked_up', 'Shenzhen'),
      ev('2026-03-08T12:00:00Z', 'delivered', 'Singapore'),
    ],
  },
  {
    trackingNumber: 'LX200000001CN',
    orderId: '51002',
    carrier: 'DHL',
    service: 'Express',
    origin: 'CN',
    destination: 'DE',
    estimatedDelivery: '2026-03-30T00:00:00Z',
    events: [
      ev('2026-03-06T08:00:00Z', 'picked_up', 'Shenzhen'),
      ev('2026-03-19T08:00:00Z', 'in_transit', 'Leipzig'),
    ],
  },
];

export const products: Product[] = [
  {
    id: 'p-shirt',
    name: 'Linen shirt',
    category: 'tops',
    material: '100% linen',
    care: 'Machine wash cold',
    colours: ['white', 'sand'],
    price: money(49),
    stock: { 'white/S': 3, 'white/M': 0, 'white/L': 2, 'sand/M': 0, 'sand/L': 0 },
    restockDate: '2026-04-10',
    sizeChart: [
      {
        size: 'S',
        chestCm: [84, 91],
        waistCm: [70, 77],
        heightCm: [160, 170],
        weightKg: [50, 62],
        equivalents: { EU: '44', US: 'S', UK: '34' },
      },
      {
        size: 'M',
        chestCm: [92, 99],
        waistCm: [78, 85],
        heightCm: [170, 178],
        weightKg: [62, 75],
        equivalents: { EU: '48', US: 'M', UK: '38' },
      },
      {
        size: 'L',
        chestCm: [100, 107],
        waistCm: [86, 93],
        heightCm: [178, 186],
        weightKg: [75, 88],
        equivalents: { EU: '52', US: 'L', UK: '42' },
      },
    ],
  },
  {
    id: 'p-sneaker',
    name: 'Canvas sneaker',
    category: 'shoes',
    material: 'Organic cotton canvas, natural rubber sole',
    care: 'Wipe clean',
    colours: ['black'],
    price: money(79),
    stock: { 'black/40': 4 },
    sizeChart: [
      {
        size: '39',
        footCm: [24.1, 24.6],
        equivalents: { EU: '39', US: '6.5', UK: '6', JP: '24.5', CN: '245' },
      },
      {
        size: '40',
        footCm: [24.7, 25.3],
        equivalents: { EU: '40', US: '7', UK: '6.5', JP: '25', CN: '250' },
      },
      {
        size: '41',
        footCm: [25.6, 26.0],
        equivalents: { EU: '41', US: '8', UK: '7.5', JP: '26', CN: '260' },
      },
    ],
  },
  {
    id: 'p-tote',
    name: 'Market tote',
    category: 'accessories',
    material: 'Jute',
    care: 'Spot clean',
    colours: ['natural'],
    price: money(25),
    stock: { natural: 0 },
  },
];

export async function seededStores() {
  const stores = createMemoryStores({ now: () => NOW.getTime() });
  for (const o of orders) await stores.orders.putOrder(o);
  for (const s of shipments) await stores.orders.putShipment(s);
  for (const p of products) await stores.orders.putProduct(p);
  return { stores, cases: createMemoryCaseStore() };
}

export function conversation(
  channel: Conversation['channel'],
  overrides: Partial<Conversation> = {},
): Conversation {
  return {
    id: `${channel}:bot:${channel === 'whatsapp' ? mei.phone : 'u1'}`,
    channel,
    recipient: channel === 'whatsapp' ? mei.phone : 'u1',
    mode: 'bot',
    identity: { kind: 'anonymous' },
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    version: 0,
    ...overrides,
  };
}

export async function toolContext(
  identity: ToolContext['identity'],
  overrides: Partial<ToolContext> = {},
): Promise<ToolContext> {
  const { stores, cases } = await seededStores();
  return {
    identity,
    conversation: conversation('whatsapp', { identity }),
    orders: stores.orders,
    cases,
    merchant,
    now: NOW,
    ...overrides,
  };
}
