// First contact, end to end on the local stack: with `proactive.whatsappFirstContact` on, a customer who never
// wrote to the shop hears about a damaged parcel on WhatsApp, at their order's phone, through the approved
// template in their language — and their answer from that phone continues the same chat, verified by it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoStores } from '../../functions/stores/dynamo';
import { DEMO_SHOPPERS } from '../../lib/local/seed-data/demo-shoppers';
import { type E2eStack, startE2eStack } from './harness';

// Lukas (de) has only ever been a Telegram shopper in the demo data, and on a fresh stack he has not written.
const LUKAS_PHONE = DEMO_SHOPPERS.find((s) => s.key === 'lukas-telegram')?.phone as string;

describe('first contact on WhatsApp with a customer who never wrote', () => {
  let e2e: E2eStack;
  beforeAll(async () => {
    e2e = await startE2eStack({
      merchantConfig: (config) => ({
        ...config,
        proactive: { ...config.proactive, whatsappFirstContact: true },
      }),
    });
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('sends the delay template to the order’s phone, and the reply lands in that chat', async () => {
    const stores = createDynamoStores({ tableName: e2e.stack.env.TABLE_NAME ?? 'crossdesk' });
    const order = await stores.orders.getOrder('55012');
    expect(order?.customer.phone).toBe(LUKAS_PHONE);
    const tracking = order?.trackingNumbers[0] as string;
    expect(await e2e.outbox(LUKAS_PHONE)).toEqual([]);

    const status = await e2e.trackingEvents([
      {
        id: 'e2e-first-contact-1',
        trackingNumber: tracking,
        status: 'exception',
        at: new Date(Date.now() - 60_000).toISOString(),
        location: 'Leipzig, DE',
        description: 'Sendung beschädigt / Parcel damaged',
      },
    ]);
    expect(status).toBe(200);

    const [told, ...more] = await e2e.outbox(LUKAS_PHONE);
    expect(more).toEqual([]);
    expect(told?.channel).toBe('whatsapp');
    const template = (told?.raw as { template?: { name: string; language: { code: string } } } | undefined)
      ?.template;
    expect(template).toMatchObject({ name: 'delay_update', language: { code: 'de' } });
    expect(JSON.stringify(told?.raw)).toContain('55012');

    // He answers from that phone by tapping "talk to a person": the same chat, with the parcel in focus.
    const replies = await e2e.say('whatsapp', LUKAS_PHONE, 'Mit einem Menschen sprechen', {
      button: 'delay:agent',
    });
    expect(replies.join('\n')).toMatch(/Mitarbeiter|Team|Person|Kolleg/i);
    const chat = await stores.conversations.get(
      `whatsapp:${e2e.stack.env.WHATSAPP_PHONE_NUMBER_ID}:${LUKAS_PHONE}`,
    );
    expect(chat?.mode).toBe('human');
    expect(chat?.handoff?.understood).toMatchObject({ orderId: '55012', trackingNumber: tracking });
  });
});
