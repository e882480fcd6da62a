import type { Conversation, Order } from '../../../functions/core/types';

export function order(id: string, phone: string, placedAt: string, customerId = `C-${phone}`): Order {
  return {
    id,
    customer: { id: customerId, name: 'Ana Souza', email: 'ana@example.com', phone, language: 'pt-BR' },
    status: 'shipped',
    placedAt,
    lines: [
      {
        sku: 'TEE-WHT-M',
        productId: 'tee',
        name: 'Tee',
        size: 'M',
        quantity: 1,
        price: { amount: 20, currency: 'USD' },
      },
    ],
    total: { amount: 20, currency: 'USD' },
    shippingAddress: {
      name: 'Ana',
      line1: 'Rua A 1',
      city: 'São Paulo',
      postcode: '01000-000',
      country: 'BR',
    },
    trackingNumbers: [],
  };
}

export function conversation(id: string): Conversation {
  return {
    id,
    channel: 'telegram',
    recipient: '42',
    mode: 'bot',
    identity: { kind: 'anonymous' },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 0,
  };
}
