import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../functions/understanding/detect-language';

describe('detectLanguage', () => {
  it.each([
    ['พัสดุของฉันส่งมาหรือยังคะ', 'th'],
    ['طلبي ما وصل لحد الحين', 'ar'],
    ['배송이 언제 시작되나요', 'ko'],
    ['荷物はまだ発送されていませんか', 'ja'],
    ['注文をキャンセルしたい', 'ja'],
    ['我们的订单还没发货，这个单号对吗', 'zh-Hans'],
    ['我們的訂單還沒發貨，這個單號對嗎', 'zh-Hant'],
    ['Đơn hàng của tôi đã được gửi chưa ạ', 'vi'],
    ['where has my parcel gone, it was due yesterday', 'en'],
    ['quiero saber cuándo llega mi paquete', 'es'],
    ['quero saber quando chega a minha encomenda', 'pt-BR'],
    ['je voudrais savoir quand mon colis arrive', 'fr'],
    ['ich möchte wissen wann mein Paket ankommt', 'de'],
    ['vorrei sapere quando arriva il mio pacco', 'it'],
    ['ik wil weten wanneer mijn pakket komt', 'nl'],
    ['chcę wiedzieć kiedy przyjdzie moja paczka', 'pl'],
    ['paketimin ne zaman geleceğini öğrenmek istiyorum', 'tr'],
    ['kak, paket aku kapan sampai ya? udah seminggu nih', 'id'],
    ['boleh tak saya tukar saiz baju ni, besar sangat', 'ms'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it('is unsure about content-free messages', () => {
    for (const text of ['👍', '48213', '?', '']) {
      expect(detectLanguage(text).language).toBeUndefined();
    }
  });

  it('returns a confidence in [0, 1] and is less sure when nothing tells Chinese scripts apart', () => {
    const ambiguous = detectLanguage('你好');
    const clear = detectLanguage('這個訂單');
    expect(ambiguous.confidence).toBeLessThan(clear.confidence);
    for (const r of [ambiguous, clear]) {
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('detectLanguage: words Malay shares with other languages', () => {
  it.each([
    // "je" is a Malay marker, but a French sentence repeats it: one word twice is not two clues.
    ['salut, je souhaite annuler la commande 30417, je me suis trompée', 'fr'],
    ['tolong hantar semula barang saya, tersalah alamat', 'ms'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });
});
