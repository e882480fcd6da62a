// Two shoppers with everything a shopper can have, for the privacy tests (memory, dynalite, CLI, API):
// Maria (WhatsApp, and a LINE chat she verified in with her order's e-mail) and James (WhatsApp only).
import type { Stores } from '../../../functions/stores/stores';
import { conversation, order, supportCase } from './fixtures';

export const PHONE_NUMBER_ID = '1000';
export const MARIA_PHONE = '34600111222';
export const MARIA_WA = `whatsapp:${PHONE_NUMBER_ID}:${MARIA_PHONE}`;
export const MARIA_LINE = 'line:Ubot:Umaria';
export const MARIA_EMAIL = 'maria@example.com';
export const MARIA_CUSTOMER = 'C-maria';
export const MARIA_MEDIA = 'media/c_0000000000000001/wamid.M1.jpg';
export const JAMES_PHONE = '447700900123';
export const JAMES_WA = `whatsapp:${PHONE_NUMBER_ID}:${JAMES_PHONE}`;
export const JAMES_MEDIA = 'media/c_0000000000000002/wamid.J1.jpg';

/** Writes both shoppers through the ordinary store ports. */
export async function seedShoppers(stores: Stores): Promise<void> {
  const mariaOrder = order('48213', MARIA_PHONE, '2026-01-01T00:00:00Z', MARIA_CUSTOMER);
  mariaOrder.customer.email = MARIA_EMAIL;
  const jamesOrder = order('50001', JAMES_PHONE, '2026-01-02T00:00:00Z', 'C-james');
  jamesOrder.customer.email = 'james@example.com';
  await stores.orders.putOrder(mariaOrder);
  await stores.orders.putOrder(jamesOrder);

  await stores.conversations.save({
    ...conversation(MARIA_WA),
    channel: 'whatsapp',
    recipient: MARIA_PHONE,
    language: 'es',
    identity: { kind: 'phone', phone: MARIA_PHONE },
    focusOrderId: '48213',
    handoff: {
      id: 'hmaria00001',
      reason: 'data_protection',
      status: 'claimed',
      claimedBy: 'Ana',
      requestedAt: '2026-01-05T00:00:00.000Z',
      language: 'es',
      trigger: 'borrad mis datos',
    },
  });
  await stores.conversations.save({
    ...conversation(MARIA_LINE),
    channel: 'line',
    recipient: 'Umaria',
    language: 'es',
    identity: { kind: 'customer', customerId: MARIA_CUSTOMER },
  });
  await stores.conversations.save({
    ...conversation(JAMES_WA),
    channel: 'whatsapp',
    recipient: JAMES_PHONE,
    language: 'en',
    identity: { kind: 'phone', phone: JAMES_PHONE },
  });
  await stores.customerConversations.link(MARIA_CUSTOMER, MARIA_LINE);
  await stores.customerConversations.link('C-james', JAMES_WA);

  const line = (conversationId: string, id: string, text: string, media?: string) =>
    stores.messages.append({
      conversationId,
      direction: 'in',
      at: `2026-01-05T00:00:0${id.slice(-1)}.000Z`,
      id,
      text,
      data: { kind: media ? 'image' : 'text', ...(media ? { media } : {}) },
    });
  await line(MARIA_WA, 'whatsapp:m1', 'Mi paquete llegó roto', MARIA_MEDIA);
  await line(MARIA_WA, 'whatsapp:m2', 'borrad mis datos por favor');
  await line(MARIA_LINE, 'line:m3', `48213 ${MARIA_EMAIL}`);
  await line(JAMES_WA, 'whatsapp:j1', 'Where is my parcel?', JAMES_MEDIA);
  await stores.statuses.record({
    eventId: 'whatsapp:s1',
    conversationId: MARIA_WA,
    channel: 'whatsapp',
    platformMessageId: 'wamid.OUT1',
    status: 'read',
    at: '2026-01-05T00:00:10.000Z',
  });
  await stores.statuses.record({
    eventId: 'whatsapp:s2',
    conversationId: JAMES_WA,
    channel: 'whatsapp',
    platformMessageId: 'wamid.OUT2',
    status: 'delivered',
    at: '2026-01-05T00:00:11.000Z',
  });
  await stores.cases.createCase({
    ...supportCase('CLM-48213-1', '48213', '2026-01-05T00:00:00.000Z', 'damage'),
    customerId: MARIA_CUSTOMER,
    conversationId: MARIA_WA,
    photos: [MARIA_MEDIA],
  });
  await stores.cases.createCase({
    ...supportCase('RMA-50001-1', '50001', '2026-01-05T00:00:00.000Z'),
    customerId: 'C-james',
    conversationId: JAMES_WA,
  });
}
