// The dialog engine over the wire: signed webhooks into the local stack, the worker's pipeline, the real
// SDKs delivering to the platform fakes — follow-ups, confirmations, opt-out, data requests, language
// switches, FAQs and threats, as demo shoppers would write them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoStores } from '../../functions/stores/dynamo';
import { demoShopper, type E2eStack, startE2eStack } from './harness';

const lukas = demoShopper('lukas-telegram');
const lucia = demoShopper('lucia-whatsapp');
const maria = demoShopper('maria-whatsapp');
const yui = demoShopper('yui-line');
const james = demoShopper('james-whatsapp');

describe('conversations end to end on the local stack', () => {
  let e2e: E2eStack;
  const stores = () => createDynamoStores({ tableName: e2e.stack.env.TABLE_NAME ?? 'crossdesk' });
  const conversation = async (prefix: string, recipient: string) => {
    const found = await stores().conversations.get(`${prefix}:${recipient}`);
    if (!found) throw new Error(`no conversation ${prefix}:${recipient}`);
    return found;
  };

  beforeAll(async () => {
    e2e = await startE2eStack();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it.each([
    ['55012, PLZ 10115', '990000001'],
    ['55012 10115', '990000002'],
    ['Bestellung 55012 Postleitzahl 10115', '990000003'],
  ])('a newcomer types the README example plainly ("%s") and is verified', async (text, chat) => {
    const reply = await e2e.say('telegram', chat, text, { languageCode: 'de' });
    expect(reply.join('\n')).toContain('✅');
    expect(reply.join('\n')).toContain('55012');
  });

  it('Telegram: /start greets in the app language; verified and answered in one message; a follow-up gets just the ETA; stop and start', async () => {
    const hello = await e2e.say('telegram', lukas.telegram, '/start', { languageCode: 'de' });
    expect(hello).toHaveLength(1);
    expect(hello[0]).toMatch(/Hallo|Hi|Willkommen/);
    expect(hello[0]).not.toMatch(/didn’t get that|nicht verstanden/i);

    const verified = await e2e.say('telegram', lukas.telegram, 'wo ist meine Bestellung 55012? PLZ 10115', {
      languageCode: 'de',
    });
    // "verified ✅" and the answer as ONE message: no second message for the platform to rate-limit.
    expect(verified).toHaveLength(1);
    expect(verified[0]).toContain('✅');
    expect(verified[0]).toContain('55012');

    const eta = await e2e.say('telegram', lukas.telegram, 'und wann kommt es an?', { languageCode: 'de' });
    expect(eta).toHaveLength(1);
    expect(eta[0]).not.toBe(verified[0]);
    expect(eta[0]!.length).toBeLessThan(verified[0]!.length);

    const stop = await e2e.say('telegram', lukas.telegram, 'stop', { languageCode: 'de' });
    expect(stop).toHaveLength(1);
    expect(stop[0]).toContain('START');
    const botId = (e2e.stack.env.TELEGRAM_BOT_TOKEN ?? '').split(':')[0];
    expect((await conversation(`telegram:${botId}`, lukas.telegram)).contactPreference?.proactive).toBe(
      false,
    );
    const again = await e2e.say('telegram', lukas.telegram, 'start', { languageCode: 'de' });
    expect(again).toHaveLength(1);
    expect((await conversation(`telegram:${botId}`, lukas.telegram)).contactPreference?.proactive).toBe(true);
  });

  it('WhatsApp: a cancellation confirmed with a colloquial yes really cancels; "when do I get my money?" answers the refund', async () => {
    const ask = await e2e.say('whatsapp', lucia.whatsapp, 'hola, quiero cancelar mi pedido 52230');
    expect(ask).toHaveLength(1);
    expect(ask[0]).toContain('52230');
    const done = await e2e.say('whatsapp', lucia.whatsapp, 'sí, dale');
    expect(done[0]).toContain('52230');
    expect((await stores().orders.getOrder('52230'))?.status).toBe('cancelled');
    const refund = await e2e.say('whatsapp', lucia.whatsapp, '¿y cuándo me devuelven el dinero?');
    expect(refund).toHaveLength(1);
    expect(refund[0]).toContain('52230');
    expect(refund[0]).not.toBe(done[0]);
  });

  it('WhatsApp: a Brazilian address typed the Brazilian way changes the order after a yes; "can you speak English?" switches', async () => {
    const ask = await e2e.say(
      'whatsapp',
      maria.whatsapp,
      'quero mudar o endereço de entrega do pedido 52118',
    );
    expect(ask[0]).toContain('52118');
    const confirm = await e2e.say(
      'whatsapp',
      maria.whatsapp,
      'Rua Augusta, 1200, apto 5, São Paulo, 01304-001',
    );
    expect(confirm[0]).toContain('Rua Augusta');
    expect((await stores().orders.getOrder('52118'))?.shippingAddress.postcode).not.toBe('01304-001');
    await e2e.say('whatsapp', maria.whatsapp, 'sim');
    expect((await stores().orders.getOrder('52118'))?.shippingAddress.postcode).toBe('01304-001');

    const switched = await e2e.say('whatsapp', maria.whatsapp, 'can you speak English please?');
    expect(switched).toHaveLength(1);
    expect(switched[0]).toMatch(/English/);
  });

  it('LINE: a data-deletion request is acknowledged in Japanese and recorded, and the bot keeps answering', async () => {
    const ack = await e2e.say('line', yui.line, '個人情報を削除してください');
    expect(ack).toHaveLength(1);
    expect(ack[0]).toMatch(/[\u3040-\u30ff]/u);
    const conv = await conversation('line:U0000000000000000000000000000e2e', yui.line);
    expect(conv.dataRequests?.map((r) => r.kind)).toEqual(['deletion']);
    expect(conv.mode).toBe('bot');
    const next = await e2e.say('line', yui.line, 'こんにちは');
    expect(next).toHaveLength(1);
  });

  it('WhatsApp: a shop FAQ is answered from merchant config, and a chargeback threat in Korean goes to a person', async () => {
    const faq = await e2e.say('whatsapp', james.whatsapp, 'do you ship to Canada?');
    expect(faq).toHaveLength(1);
    expect(faq[0]).not.toMatch(/which product|didn’t quite get/i);
    const korean = '821055512345';
    const threat = await e2e.say('whatsapp', korean, '배송이 너무 늦어요. 카드사에 차지백 신청할 거예요');
    expect(threat[0]).toMatch(/[\uac00-\ud7af]/u);
    const conv = await conversation('whatsapp:100000000000001', korean);
    expect(conv.mode).toBe('human');
  });
});
