// Shared fixtures for the LLM-path tests: two shoppers with their orders in memory stores, a conversation
// builder and an OpenAI client pointed at the local fake.
import OpenAI from 'openai';
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import type { ToolContext } from '../../../functions/core/tools';
import type { Conversation, Order, Shipment, ShopperIdentity } from '../../../functions/core/types';
import { createMemoryStores } from '../../../functions/stores/memory';
import type { FakeOpenAi } from '../../../lib/local/fake-openai';

export const NOW = new Date('2026-03-10T09:00:00Z');

export const merchant = parseMerchantConfig({
  brandName: 'Lumen & Loom',
  policies: { instructions: 'Offer a free return label for defective items. Mention the Lumen Club.' },
});

export function order(
  id: string,
  phone: string,
  customerId: string,
  email: string,
  tracking: string[] = [],
): Order {
  return {
    id,
    customer: { id: customerId, name: `Customer ${customerId}`, email, phone, language: 'es' },
    status: tracking.length ? 'shipped' : 'pending',
    placedAt: '2026-03-01T10:00:00Z',
    lines: [
      {
        sku: 'LS-1',
        productId: 'linen-shirt',
        name: 'Linen shirt',
        quantity: 1,
        price: { amount: 49, currency: 'EUR' },
      },
    ],
    total: { amount: 49, currency: 'EUR' },
    shippingAddress: {
      name: `Customer ${customerId}`,
      line1: `${customerId} Secret Street 1`,
      city: 'Madrid',
      postcode: '28001',
      country: 'ES',
    },
    trackingNumbers: tracking,
  };
}

export const shipment: Shipment = {
  trackingNumber: 'LX123456789CN',
  orderId: '48213',
  carrier: 'China Post',
  service: 'ePacket',
  origin: 'CN',
  destination: 'ES',
  estimatedDelivery: '2026-03-14T00:00:00Z',
  events: [
    { at: '2026-03-02T08:00:00Z', code: 'picked_up', location: 'Shenzhen', description: 'Picked up' },
    { at: '2026-03-08T08:00:00Z', code: 'in_transit', location: 'Madrid', description: 'Arrived in Spain' },
  ],
};

export const SHOPPER_A = { phone: '34600000001', customerId: 'C-A', email: 'ana@example.com' };
export const SHOPPER_B = { phone: '34600000002', customerId: 'C-B', email: 'bruno.private@example.com' };

export async function seededStores() {
  const stores = createMemoryStores({ now: () => NOW.getTime() });
  await stores.orders.putOrder(
    order('48213', SHOPPER_A.phone, SHOPPER_A.customerId, SHOPPER_A.email, ['LX123456789CN']),
  );
  await stores.orders.putOrder(order('20002', SHOPPER_B.phone, SHOPPER_B.customerId, SHOPPER_B.email));
  await stores.orders.putShipment(shipment);
  return stores;
}

export function conversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: `whatsapp:100000000000001:${SHOPPER_A.phone}`,
    channel: 'whatsapp',
    recipient: SHOPPER_A.phone,
    language: 'es',
    mode: 'bot',
    identity: { kind: 'phone', phone: SHOPPER_A.phone },
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    version: 1,
    ...overrides,
  };
}

export async function toolContext(
  conv: Conversation = conversation(),
  identity: ShopperIdentity = conv.identity,
): Promise<ToolContext> {
  const stores = await seededStores();
  return { identity, conversation: conv, orders: stores.orders, merchant, now: NOW };
}

export function clientFor(fake: FakeOpenAi, options: { maxRetries?: number; timeout?: number } = {}): OpenAI {
  return new OpenAI({
    apiKey: 'local-test-key',
    baseURL: fake.baseURL,
    maxRetries: options.maxRetries ?? 0,
    timeout: options.timeout ?? 5_000,
  });
}

/** The chat requests the fake received, parsed. */
export function chatBodies(fake: FakeOpenAi) {
  return fake.requests.filter((r) => r.path === '/v1/chat/completions' && r.body).map((r) => r.body!);
}
