import type { Conversation, Order, SupportCase } from '../../../functions/core/types';

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

export function supportCase(
  id: string,
  orderId: string,
  createdAt: string,
  kind: SupportCase['kind'] = 'return',
): SupportCase {
  return {
    id,
    kind,
    orderId,
    customerId: 'C-1',
    conversationId: 'whatsapp:pn1:6591234567',
    status: kind === 'return' ? 'open' : 'awaiting_photos',
    items: [{ sku: 'TEE-WHT-M', quantity: 1 }],
    photos: [],
    ...(kind === 'return'
      ? { returnBy: '2026-02-01T00:00:00.000Z', labelUrl: `https://l.example/${id}` }
      : {}),
    createdAt,
    updatedAt: createdAt,
  };
}
