// Who the shopper simulator offers, and what its guide says about them: the README's story shoppers (each
// on the one channel their story is meant for), the simulated carrier's customers (their parcels move by
// themselves, so the bot speaks first), and the coverage pass's native customers of every language (one
// per order state). Built from the seed data itself, so the guide can never disagree with the table.
import { createHash } from 'node:crypto';
import { LANGUAGES, type Language } from '../../../functions/core/types';
import { demoSimulatorShoppers } from '../seed';
import { CARRIER_DEMO, CARRIER_DEMO_TRACKING, type CarrierStoryName } from '../seed-data/carrier-demo';
import { COVERAGE_CASES, type CoverageCase } from '../seed-data/coverage';
import { DEMO_SHOPPERS } from '../seed-data/demo-shoppers';
import { generateDemoData } from '../seed-data/generate';
import type { SimulatorShopper } from './routes';

/** The languages' own names, for the pickers. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  th: 'ไทย',
  vi: 'Tiếng Việt',
  ja: '日本語',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ko: '한국어',
  ar: 'العربية',
  fr: 'Français',
  de: 'Deutsch',
  tr: 'Türkçe',
  fil: 'Filipino',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
};

/**
 * One natural first message per language, as a shopper types it into a chat: the language picker puts it
 * in the composer. Written for the simulator (not taken from any evaluation set).
 */
export const FIRST_MESSAGES: Record<Language, string> = {
  en: "hi, my order still hasn't arrived, can you check where it is?",
  es: 'hola! hace días que espero mi pedido, me dices dónde está?',
  'pt-BR': 'oi, tudo bem? meu pedido ainda não chegou, consegue ver onde ele está?',
  id: 'halo kak, paket saya kok belum sampai ya? bisa dicek posisinya?',
  ms: 'hai, barang yang saya order belum sampai lagi, boleh tolong semak?',
  th: 'สวัสดีค่ะ พัสดุที่สั่งไว้ยังไม่ได้รับเลย ช่วยเช็กให้หน่อยได้ไหมคะ',
  vi: 'chào shop, đơn hàng của mình mãi chưa thấy giao, shop kiểm tra giúp mình với',
  ja: 'こんにちは、注文した商品がまだ届かないのですが、今どこにあるか確認できますか？',
  'zh-Hans': '你好，我的订单到现在还没收到，能帮我查一下到哪了吗？',
  'zh-Hant': '你好，我訂的東西到現在還沒收到，可以幫我查一下嗎？',
  ko: '안녕하세요, 주문한 물건이 아직 안 왔는데 어디쯤인지 확인해 주실 수 있나요?',
  ar: 'مرحبا، طلبي لم يصل حتى الآن، ممكن تشوفون وين وصل؟',
  fr: "bonjour, ma commande n'est toujours pas arrivée, vous pouvez regarder où elle en est ?",
  de: 'hallo, meine bestellung ist immer noch nicht da, könnt ihr mal nachschauen wo sie steckt?',
  tr: 'merhaba, siparişim hâlâ gelmedi, nerede olduğuna bakabilir misiniz?',
  fil: 'hello po, hindi pa rin dumarating yung order ko, pwede po bang i-check kung nasaan na?',
  it: "ciao, il mio ordine non è ancora arrivato, potete controllare dov'è?",
  nl: 'hoi, mijn bestelling is nog steeds niet binnen, kunnen jullie kijken waar hij is?',
  pl: 'dzień dobry, moje zamówienie jeszcze nie dotarło, możecie sprawdzić gdzie jest?',
};

/** Languages written right to left (the page sets dir="rtl" for their shoppers). */
export const RTL_LANGUAGES: readonly Language[] = ['ar'];

const CASE_NOTES: Record<CoverageCase, string> = {
  pending: 'pending: can still be cancelled',
  processing: 'processing: the address can still change',
  on_time: 'shipped, on time',
  delayed: 'shipped, running late',
  delivered_recent: 'delivered recently: inside the return window',
  delivered_old: 'delivered long ago: outside the return window',
};

const CASE_TRIES: Record<CoverageCase, string> = {
  pending: 'Ask to cancel the order.',
  processing: 'Ask to change the delivery address.',
  on_time: 'Ask where the parcel is and when it arrives.',
  delayed: 'Ask why it is late.',
  delivered_recent: 'Ask to return it or exchange the size.',
  delivered_old: 'Ask to return it (the window has closed).',
};

const CARRIER_STORY_NOTES: Record<CarrierStoryName, string> = {
  customs: 'Held by import customs (duty to pay), then cleared and delivered.',
  lost: 'Silent for over a week, then the carrier opens an investigation: a lost parcel.',
  attempt: 'Out for delivery, a missed delivery attempt, then a second attempt.',
  smooth: 'On time all the way to the mailbox.',
  returned: 'Held at customs for a missing invoice, refused, returned to sender.',
  label: 'Only a label so far: picked up, then on its way.',
};

const STATUS_TRIES: Record<string, string> = {
  pending: 'cancel it',
  processing: 'change the address',
  shipped: 'ask where it is',
  delivered: 'return or exchange it',
  returned: 'ask about the refund',
  cancelled: 'ask about the refund',
};

/** Stable LINE user id and Telegram chat id for a key, derived as lib/local/seed.ts derives them. */
function chatIds(key: string): { line: string; telegram: string } {
  const hash = createHash('md5').update(key).digest('hex');
  return {
    line: `U${hash}`,
    telegram: String(700_000_000 + (Number.parseInt(hash.slice(0, 8), 16) % 99_999_999)),
  };
}

/** The README's shoppers: on their story's channel only. */
function storyShoppers(): SimulatorShopper[] {
  const ids = new Map(demoSimulatorShoppers().map((s) => [s.id, s]));
  return DEMO_SHOPPERS.map((s) => {
    const own = ids.get(s.key);
    const recipient = s.channel === 'whatsapp' ? s.phone : own?.[s.channel];
    return {
      id: s.key,
      name: s.name,
      language: s.language,
      [s.channel]: recipient,
      group: 'story',
      channel: s.channel,
      country: s.country,
      story: s.story,
      verifyWith: s.verifyWith,
      email: s.email,
      postcode: s.postcode,
      orders: s.orders.map((o) => ({
        id: o.id,
        status: o.status,
        ...(STATUS_TRIES[o.status] ? { note: STATUS_TRIES[o.status] } : {}),
      })),
    };
  });
}

/** The simulated carrier's customers: on every channel (LINE and Telegram ones verify first). */
function carrierShoppers(): SimulatorShopper[] {
  return CARRIER_DEMO.map((spec) => ({
    id: spec.key,
    name: spec.name,
    language: spec.language,
    whatsapp: spec.phone,
    ...chatIds(spec.key),
    group: 'carrier',
    country: spec.country,
    story: `Carrier story "${spec.story}": ${CARRIER_STORY_NOTES[spec.story]} The parcel moves by itself; say hello once, then watch for the bot's own message.`,
    verifyWith: `order ${spec.orderId} + email ${spec.email} (or postcode ${spec.postcode}); on WhatsApp the number is enough`,
    email: spec.email,
    postcode: spec.postcode,
    orders: [
      {
        id: spec.orderId,
        status: 'shipped',
        note: `tracking ${CARRIER_DEMO_TRACKING[spec.orderId] ?? '?'}`,
      },
    ],
  }));
}

/**
 * The coverage pass's customers: one per language and order state, on every channel. Their phone owns
 * their order on WhatsApp; on LINE and Telegram they verify with the order number and email or postcode.
 * Names, ids and states do not depend on the seed day, so any day's generation names the same people.
 */
function nativeShoppers(): SimulatorShopper[] {
  const count = LANGUAGES.length * COVERAGE_CASES.length;
  const coverage = generateDemoData(Date.now()).orders.slice(-count);
  // The pass numbers its customers language by language, case by case (lib/local/seed-data/coverage.ts).
  const ordered = [...coverage].sort(
    (a, b) => Number(a.customer.id.replace(/\D/g, '')) - Number(b.customer.id.replace(/\D/g, '')),
  );
  return ordered.map((order, index) => {
    const language = LANGUAGES[Math.floor(index / COVERAGE_CASES.length)] as Language;
    const which = COVERAGE_CASES[index % COVERAGE_CASES.length] as CoverageCase;
    const customer = order.customer;
    const postcode = order.shippingAddress.postcode;
    return {
      id: `native-${customer.id}`,
      name: customer.name,
      language: customer.language ?? language,
      whatsapp: customer.phone,
      ...chatIds(customer.id),
      group: 'native',
      country: order.shippingAddress.country,
      story: `Order ${order.id}, ${CASE_NOTES[which]}. ${CASE_TRIES[which]}`,
      verifyWith: `order ${order.id} + email ${customer.email}${postcode ? ` (or postcode ${postcode})` : ''}; on WhatsApp the number is enough`,
      email: customer.email,
      ...(postcode ? { postcode } : {}),
      orders: [{ id: order.id, status: order.status, note: CASE_NOTES[which] }],
    };
  });
}

/**
 * Every shopper the local stack's simulator offers, story shoppers first.
 * @example
 * createSimulatorRoutes({ shoppers: simulatorShoppers() })
 */
export function simulatorShoppers(): SimulatorShopper[] {
  return [...storyShoppers(), ...carrierShoppers(), ...nativeShoppers()];
}
