// "Where is my order?" in every language the bot speaks, from real seeded customers on WhatsApp: the answer
// must come from the demo data (the order's tracking number or status) and be written in the shopper's
// language, not in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language, type Order } from '../../functions/core/types';
import { createDynamoStores } from '../../functions/stores/dynamo';
import { detectLanguage } from '../../functions/understanding/detect-language';
import { scanOrders } from '../helpers/seeded-orders';
import { type E2eStack, startE2eStack } from './harness';
import { longestEnglishStretch } from './intent-fixtures';

/** Our own phrasing of "where is my order {id}?" per language, as a shopper would type it. */
const WHERE_IS: Record<Language, (id: string) => string> = {
  en: (id) => `hi, where is my order ${id}?`,
  es: (id) => `hola, ¿dónde está mi pedido ${id}?`,
  'pt-BR': (id) => `oi, onde está meu pedido ${id}?`,
  id: (id) => `kak, pesanan saya ${id} sudah sampai mana ya?`,
  ms: (id) => `hai, pesanan saya ${id} dah sampai mana? boleh semak tak?`,
  th: (id) => `สวัสดีค่ะ คำสั่งซื้อ ${id} ของฉันถึงไหนแล้วคะ`,
  vi: (id) => `shop ơi, đơn hàng ${id} của mình đang ở đâu vậy?`,
  ja: (id) => `注文番号${id}の荷物は今どこにありますか？`,
  'zh-Hans': (id) => `你好，我的订单${id}现在到哪里了？`,
  'zh-Hant': (id) => `你好，我的訂單${id}現在到哪裡了？`,
  ko: (id) => `안녕하세요, 주문번호 ${id} 배송 어디쯤인가요?`,
  ar: (id) => `مرحبا، وين وصل طلبي رقم ${id}؟`,
  fr: (id) => `bonjour, où en est ma commande ${id} ?`,
  de: (id) => `Hallo, wo ist meine Bestellung ${id}?`,
  tr: (id) => `merhaba, ${id} numaralı siparişim nerede?`,
  fil: (id) => `hello po, nasaan na po yung order ko ${id}?`,
  it: (id) => `ciao, dov'è il mio ordine ${id}?`,
  nl: (id) => `hoi, waar is mijn bestelling ${id}?`,
  pl: (id) => `dzień dobry, gdzie jest moje zamówienie ${id}?`,
};

describe('every language, end to end on WhatsApp', () => {
  let e2e: E2eStack;
  const byLanguage = new Map<Language, Order>();

  beforeAll(async () => {
    e2e = await startE2eStack();
    const tableName = e2e.stack.env.TABLE_NAME ?? 'crossdesk';
    const client = createDynamoStores({ tableName });
    // The seeded orders: one per customer language.
    const items = await scanOrders(tableName);
    // Prefer a parcel on its way (the answer names its tracking number); else a delivered order.
    for (const status of ['shipped', 'delivered'] as const) {
      for (const order of items) {
        if (order.status !== status || byLanguage.has(order.customer.language)) continue;
        const own = await client.orders.ordersForPhone(order.customer.phone);
        if (own.some((o) => o.id === order.id)) byLanguage.set(order.customer.language, order);
      }
    }
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it.each(LANGUAGES)('answers "where is my order" in %s from the demo data', async (language) => {
    const order = byLanguage.get(language);
    expect(order, `the seed has a shipped or delivered order of a ${language} customer`).toBeDefined();
    if (!order) return;
    const replies = await e2e.say('whatsapp', order.customer.phone, WHERE_IS[language](order.id));
    const text = replies.join('\n');
    expect(replies.length).toBeGreaterThanOrEqual(1);
    expect(text).toContain(order.status === 'shipped' ? order.trackingNumbers[0] : order.id);
    if (language !== 'en') {
      // None of the English shipment messages leaked through…
      for (const key of [
        'status_shipped',
        'delay_customs',
        'delay_port',
        'delay_silent',
        'delay_on_time',
      ] as const) {
        // The longest literal stretch of the English template (at least a few words) must not appear.
        const english = longestEnglishStretch(key);
        expect(english.length).toBeGreaterThan(12);
        expect(text).not.toContain(english);
      }
    }
    // …and the reply reads as the shopper's language.
    const detected = detectLanguage(replies[replies.length - 1]!);
    expect([language, ...(language === 'ms' ? ['id'] : []), ...(language === 'id' ? ['ms'] : [])]).toContain(
      detected.language,
    );
  });
});
