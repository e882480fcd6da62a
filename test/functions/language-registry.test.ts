// Every language in LANGUAGES is complete: a language is more than its catalog, and the other pieces are
// plain data that no type forces (a Partial record, a regex, a map of tinyld codes). Each failure names the
// language and the missing piece, so adding a language shows its to-do list.
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../functions/core/messages/index';
import { FAQ_TOPICS, INTENTS, LANGUAGES, type Language, ORDER_FACETS } from '../../functions/core/types';
import { cueLexicons } from '../../functions/understanding/cues/index';
import * as detection from '../../functions/understanding/detect-language';
import { detectSignals } from '../../functions/understanding/signals';
import { topicLexicons } from '../../functions/understanding/topics/index';
import { TRAINING } from '../../functions/understanding/training/index';

/** Fewer utterances than this and the offline model cannot learn the intent (today's smallest is 23). */
const MIN_UTTERANCES_PER_INTENT = 10;

/** One message per language as a shopper writes it, to check detection lands on that language. */
const DETECTION_SAMPLES: Record<Language, string> = {
  en: 'hey where is my order, it was supposed to arrive yesterday',
  es: 'hola, mi pedido todavía no llega y ya pasó una semana',
  'pt-BR': 'oi, meu pedido ainda não chegou, já faz uma semana',
  id: 'kak pesanan aku kok belum sampai ya, udah seminggu nih',
  ms: 'hai, barang saya tak sampai lagi, dah seminggu dah ni',
  th: 'สวัสดีค่ะ พัสดุยังไม่มาเลย สั่งไปอาทิตย์นึงแล้ว',
  vi: 'shop ơi đơn hàng của mình sao chưa tới vậy, đặt cả tuần rồi',
  ja: 'すみません、注文した商品がまだ届いていません',
  'zh-Hans': '你好，我的快递怎么还没到，都一个星期了',
  'zh-Hant': '你好，我的包裹怎麼還沒到，已經一個禮拜了',
  ko: '안녕하세요 주문한 물건이 아직 안 왔어요',
  ar: 'مرحبا، طلبي ما وصل لحد الحين وصار له أسبوع',
  fr: "bonjour, ma commande n'est toujours pas arrivée, ça fait une semaine",
  de: 'hallo, meine bestellung ist immer noch nicht da, schon eine woche',
  tr: 'merhaba siparişim hala gelmedi, bir hafta oldu',
  fil: 'hello po, hindi pa dumadating yung order ko, isang linggo na',
  it: 'ciao, il mio ordine non è ancora arrivato, è passata una settimana',
  nl: 'hoi, mijn bestelling is nog steeds niet binnen, al een week',
  pl: 'dzień dobry, moja paczka jeszcze nie doszła, minął tydzień',
};

/** A shopper asking for a person, the way they would on chat. */
const HUMAN_REQUESTS: Record<Language, string> = {
  en: 'can i talk to a real person pls, this bot isnt helping',
  es: 'oye quiero hablar con una persona, no con un bot',
  'pt-BR': 'quero falar com um atendente por favor, nao com robô',
  id: 'kak aku mau ngomong sama admin aja ya',
  ms: 'nak cakap dengan manusia la, bukan bot',
  th: 'ขอคุยกับเจ้าหน้าที่หน่อยค่ะ',
  vi: 'cho mình gặp nhân viên tư vấn với ạ',
  ja: 'オペレーターにつないでもらえますか',
  'zh-Hans': '能不能转人工客服啊',
  'zh-Hant': '可以幫我轉真人客服嗎',
  ko: '상담원 연결해 주세요',
  ar: 'ابي اكلم موظف لو سمحت',
  fr: 'je voudrais parler à un conseiller svp',
  de: 'kann ich bitte mit einem mitarbeiter sprechen?',
  tr: 'canlı destek lütfen, bota yazmak istemiyorum',
  fil: 'pwede po ba makausap yung totoong tao?',
  it: 'posso parlare con un operatore per favore?',
  nl: 'kan ik een medewerker spreken aub',
  pl: 'halo, jest tam jakiś konsultant? wolę pogadać z człowiekiem',
};

const SCRIPT_LETTERS =
  /[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\u0600-\u06ff]/u;

/** A non-empty list of words or patterns (strings, regex sources or RegExps), none of them blank. */
const nonEmptyList = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((item) => (typeof item === 'string' ? item.trim() !== '' : item instanceof RegExp));

describe.each(LANGUAGES)('language %s', (language) => {
  it('has a message catalog with every message', () => {
    const catalog = catalogFor(language);
    expect(catalog, `${language}: no message catalog (functions/core/messages)`).toBeDefined();
    const english = catalogFor('en') ?? {};
    const missing = Object.keys(english).filter(
      (key) =>
        typeof catalog?.[key as keyof typeof catalog] !== 'string' ||
        !catalog[key as keyof typeof catalog].trim(),
    );
    expect(missing, `${language}: catalog messages missing or empty`).toEqual([]);
  });

  it('has training utterances for every intent', () => {
    const set = TRAINING[language];
    expect(set, `${language}: no training set (functions/understanding/training)`).toBeDefined();
    const thin = INTENTS.filter((intent) => (set?.[intent]?.length ?? 0) < MIN_UTTERANCES_PER_INTENT).map(
      (intent) => `${intent} (${set?.[intent]?.length ?? 0})`,
    );
    expect(
      thin,
      `${language}: intents with fewer than ${MIN_UTTERANCES_PER_INTENT} training utterances`,
    ).toEqual([]);
  });

  it('is detected', () => {
    const sample = DETECTION_SAMPLES[language];
    // Script-detected languages (Thai, CJK, Arabic) need no tinyld code; Latin-script ones do.
    if (!SCRIPT_LETTERS.test(sample)) {
      const codes = Object.entries(detection.TINYLD_TO_LANGUAGE)
        .filter(([, target]) => target === language)
        .map(([code]) => code);
      expect(
        codes,
        `${language}: no tinyld code maps to it (TINYLD_TO_LANGUAGE in detect-language.ts)`,
      ).not.toEqual([]);
    }
    expect(
      detection.detectLanguage(sample).language,
      `${language}: detectLanguage(${JSON.stringify(sample)})`,
    ).toBe(language);
  });

  it('has a yes/no lexicon', () => {
    const lexicon = (cueLexicons as Record<string, { yes?: unknown; no?: unknown } | undefined>)[language];
    expect(lexicon, `${language}: no entry in cueLexicons (functions/understanding/cues)`).toBeDefined();
    const missing = (['yes', 'no'] as const).filter((side) => !nonEmptyList(lexicon?.[side]));
    expect(missing, `${language}: cueLexicons lists missing or empty`).toEqual([]);
  });

  it('has a topic lexicon for every order facet and FAQ topic', () => {
    const lexicon = (
      topicLexicons as Record<
        string,
        { facets?: Record<string, unknown>; faq?: Record<string, unknown> } | undefined
      >
    )[language];
    expect(lexicon, `${language}: no entry in topicLexicons (functions/understanding/topics)`).toBeDefined();
    const missing = [
      ...ORDER_FACETS.filter((facet) => !nonEmptyList(lexicon?.facets?.[facet])).map((f) => `facets.${f}`),
      ...FAQ_TOPICS.filter((topic) => !nonEmptyList(lexicon?.faq?.[topic])).map((t) => `faq.${t}`),
    ];
    expect(missing, `${language}: topicLexicons cues missing or empty`).toEqual([]);
  });

  it('detects a request for a person (signals)', () => {
    const phrase = HUMAN_REQUESTS[language];
    expect(
      detectSignals(phrase).humanRequest,
      `${language}: signals.ts misses the human request ${JSON.stringify(phrase)}`,
    ).toBe(true);
  });
});
