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

  it('reads a lone greeting word as the language it greets in (tinyld guessed "Hallo" as Italian)', () => {
    expect(detectLanguage('Hallo')).toMatchObject({ language: 'de' });
    expect(detectLanguage('Hoi!')).toMatchObject({ language: 'nl' });
    expect(detectLanguage('Olá')).toMatchObject({ language: 'pt-BR' });
  });

  it('does not let an e-mail address or codes outvote the words around them', () => {
    // Found in a README capture: the Latin letters of the address made this Indonesian, the reply English.
    expect(detectLanguage('你好，我想退貨，訂單52005，email yichun.chen@example.com.tw')).toMatchObject({
      language: 'zh-Hant',
    });
    expect(detectLanguage('注文番号51842の荷物は今どこですか？')).toMatchObject({ language: 'ja' });
    expect(detectLanguage('注文51842について。メールは yui.tanaka@example.jp です')).toMatchObject({
      language: 'ja',
    });
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

// Chat as Malaysian and Indonesian shoppers write it. tinyld hardly tells the two apart: the marker layer
// decides, and a tie is the family without the variant (unsure, so it pins nothing).
const MALAY = [
  'bila barang sy nak sampai?',
  'sy dah bayar tapi status masih pending',
  'boleh tak tukar alamat?',
  'barang rosak la, macam mana nak pulangkan',
  'parcel tak sampai lagi ke?',
  'encik, order sy dah hantar ke belum',
  'berapa lama nak sampai sabah',
  'saiz tu ada lagi tak',
  'alamak salah alamat, boleh tukar tak',
  'terima kasih banyak2 cik',
  'korang hantar guna poslaju ke j&t?',
  'poskod sy 43000, boleh hantar tak',
  'free shipping ke tak untuk kl?',
  'sy nak refund je, tak nak tukar',
  'ok baik, nanti sy check balik',
  'betul ke barang ni original?',
  'sampai mana dah parcel sy',
  'pasal order semalam, boleh cancel tak',
  'kedai korang ada kat mana?',
  'awak boleh tolong check order sy?',
  'penghantaran percuma ke?',
  'sy tunggu dulu la',
  'kita orang dah bayar guna fpx',
  'x sampai lg ni, risau la',
  'cik, duit dah masuk ke belum?',
  'camne nak tukar alamat penghantaran',
  'tq, nanti sy bagitahu kawan',
  'tudung ni ada warna lain tak?',
  'brg sy dh sampai ke blm?',
  'esok boleh pos tak?',
  'takde pun tracking no dalam email',
  'minggu lepas dah order, sampai skrg xde apa2',
  'ok kak, sy tunggu je la',
  'akaun sy tak boleh login',
  'kurier tu call sy tapi sy tak angkat',
  'sis, baju kurung ni ada saiz XL tak?',
  'duit dah tolak dari akaun tapi order tak masuk',
  'mahal sangat caj pos ke sabah',
  'parcel kena tahan kat kastam ke?',
  'jap, sy semak balik nombor order',
];
const INDONESIAN = [
  'kak, paketnya kapan sampai?',
  'udah transfer kak, tolong dicek ya',
  'barangnya rusak nih, bisa retur gak?',
  'gimana cara ganti alamat?',
  'kok belum dikirim sih',
  'mau cancel pesanan dong',
  'ongkirnya gratis gak kak?',
  'kode pos aku 40115',
  'makasih kak',
  'pak, resinya mana ya',
  'lama banget pengirimannya',
  'bisa ga kirim ke bali?',
  'kalo mau tukar ukuran gimana kak',
  'tolong dong dicek pesanan saya',
  'bu, aku mau nanya soal refund',
  'nggak jadi beli deh',
  'aku pesen 2 tapi yang dateng cuma 1',
  'kapan restock lagi min?',
  'toko kakak di mana ya?',
  'sudah bayar via gopay, kok statusnya masih pending',
  'gan, barangnya ready?',
  'sy udah bayar tp blm dikirim',
  'kenapa paket saya belum sampai juga',
  'knp lama bgt sih',
  'gue mau refund aja',
  'kemarin udah pesan tapi belum ada resi',
  'besok bisa dikirim?',
  'karena salah ukuran, saya mau retur',
  'ya udah deh aku tunggu',
  'rekening buat transfer yang mana ya',
  // Words Malaysians use too (boleh, kenapa, nanti, baik, bila): the rest of the message decides.
  'terima kasih banyak kak',
  'nanti saya kabari lagi',
  'berapa lama pengiriman ke surabaya?',
  'bila ada promo kabari ya',
  'tolong batalin, saya salah pesan',
  'kok statusnya delivered padahal belum nerima apa-apa',
  'paketnya ketahan di bea cukai ya?',
  'gapapa, saya tunggu besok',
  'pesen dua tapi datengnya satu doang',
];

describe('detectLanguage: Malay vs Indonesian', () => {
  it.each(MALAY)('%s → ms', (text) => {
    const detected = detectLanguage(text);
    expect(detected.language).toBe('ms');
    expect(detected.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it.each(INDONESIAN)('%s → id', (text) => {
    const detected = detectLanguage(text);
    expect(detected.language).toBe('id');
    expect(detected.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    'ada cod?',
    'berapa harga?',
    'alamat saya di jalan merdeka 12',
    'harap dapat sebelum raya',
    'mana pesanan saya?',
    'boleh tanya kak, ini bahannya apa?',
  ])('%s is Malay or Indonesian, too unsure to pin', (text) => {
    const detected = detectLanguage(text);
    expect(['ms', 'id']).toContain(detected.language);
    expect(detected.confidence).toBeLessThan(0.6);
  });
});

describe('detectLanguage: Turkish needs Turkish letters or words', () => {
  it.each([
    'siparişim nerede',
    'kargom ne zaman gelir',
    'iade yapmak istiyorum',
    'siparis iptal edebilir miyim',
    'teşekkürler',
    'kargo takip no alabilir miyim',
    'urun hasarli geldi',
    'beden degisimi yapiyor musunuz',
    'hala gelmedi paket',
    'adresimi değiştirmek istiyorum',
    'merhaba siparisim ne durumda',
    'para iadesi ne zaman yapılır',
  ])('%s → tr', (text) => {
    expect(detectLanguage(text).language).toBe('tr');
  });

  // tinyld calls each of these Turkish.
  it.each(['sampai mana dah parcel sy', 'parcel skrg kat mana ye', 'dah sampai mana dah', 'size advice'])(
    '%s is not Turkish',
    (text) => {
      expect(detectLanguage(text).language).not.toBe('tr');
    },
  );
});

describe('detectLanguage: close European neighbours on a few words', () => {
  it.each([
    ['donde esta mi pedido', 'es'],
    ['cuando llega mi paquete?', 'es'],
    ['quiero cancelar el pedido', 'es'],
    ['no me llego nada todavia', 'es'],
    ['hola, tienen talla M?', 'es'],
    ['ya pague y no hay respuesta', 'es'],
    ['necesito cambiar la dirección', 'es'],
    ['cuanto tarda el envio a lima?', 'es'],
    ['pueden devolverme el dinero?', 'es'],
    ['el paquete sigue sin llegar', 'es'],
    ['cadê meu pedido?', 'pt-BR'],
    ['quando chega minha encomenda', 'pt-BR'],
    ['quero cancelar o pedido', 'pt-BR'],
    ['ainda não chegou nada', 'pt-BR'],
    ['vcs entregam em sp?', 'pt-BR'],
    ['já paguei e ninguém responde', 'pt-BR'],
    ['o produto veio quebrado', 'pt-BR'],
    ['preciso mudar o endereço', 'pt-BR'],
    ['quanto tempo demora pra chegar?', 'pt-BR'],
    ['meu pacote ta parado faz uma semana', 'pt-BR'],
    ['dove è il mio ordine?', 'it'],
    ['quando arriva il pacco', 'it'],
    ["vorrei annullare l'ordine", 'it'],
    ['grazie mille', 'it'],
    ['non è ancora arrivato niente', 'it'],
    ['ciao, avete la taglia M?', 'it'],
    ['ho già pagato ma nessuno risponde', 'it'],
    ['devo cambiare indirizzo', 'it'],
    ['potete rimborsarmi?', 'it'],
    ['il pacco è fermo da una settimana', 'it'],
    ['waar is mijn bestelling?', 'nl'],
    ['wanneer komt mijn pakket', 'nl'],
    ['bedankt!', 'nl'],
    ['nog steeds niks ontvangen', 'nl'],
    ['hebben jullie maat M?', 'nl'],
    ['ik heb al betaald maar geen reactie', 'nl'],
    ['het product was kapot', 'nl'],
    ['kan ik mijn adres wijzigen?', 'nl'],
    ['hoe lang duurt de verzending', 'nl'],
    ['krijg ik mijn geld terug?', 'nl'],
    ['wo ist meine bestellung?', 'de'],
    ['wann kommt mein paket', 'de'],
    ['danke schön!', 'de'],
    ['immer noch nichts angekommen', 'de'],
    ['habt ihr größe M?', 'de'],
    ['hab schon bezahlt aber keine antwort', 'de'],
    ['das produkt war kaputt', 'de'],
    ['kann ich meine adresse ändern?', 'de'],
    ['wie lange dauert der versand', 'de'],
    ['bekomme ich mein geld zurück?', 'de'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });
});

describe('detectLanguage: Tagalog vs Indonesian', () => {
  it.each([
    'nasaan na po yung order ko?',
    'kailan po darating',
    'pwede po ba ipa-cancel',
    'salamat po!',
    'wala pa rin po yung parcel',
    'may size M po ba kayo?',
    'bayad na po ako pero walang reply',
    'sira po yung item na dumating',
    'pwede ko ba palitan address ko',
    'gaano katagal ang shipping',
    'ibabalik nyo ba yung pera ko?',
    'isang linggo na di pa dumadating',
  ])('%s → fil', (text) => {
    expect(detectLanguage(text).language).toBe('fil');
  });
});

describe('detectLanguage: what the markers must leave alone', () => {
  it.each([
    // Short words on the marker lists (je, la, tu, ni, mi, tak, ga) inside other languages.
    ['je ne sais pas où est mon colis', 'fr'],
    ['la taille ne va pas, je veux échanger', 'fr'],
    ['where is my order? it says delivered but nothing here', 'en'],
    ['can i change the size to M pls', 'en'],
    ['I will take it, thanks', 'en'],
    ['la camiseta me queda chica, la quiero cambiar', 'es'],
    ['mira, tu pedido todavía no sale', 'es'],
    ['ti ho scritto ieri ma nessuno mi ha risposto', 'it'],
    ['dank je wel, het pakket is aangekomen', 'nl'],
    ['ik ga morgen niet thuis zijn', 'nl'],
    ['ich habe das paket nicht bekommen', 'de'],
    ['gdzie jest moja paczka? czekam tydzień', 'pl'],
    ['tak, dziękuję, paczka doszła', 'pl'],
    ['tôi muốn đổi size áo', 'vi'],
    ['khi nao giao hang vay shop', 'vi'],
    ['ne zaman kargoya verilir?', 'tr'],
    ['bu ürün orijinal mi?', 'tr'],
    // A long message keeps tinyld's verdict: a Malay sign-off does not make it Malay.
    [
      'hi, I ordered the blue linen dress last week and the tracking still says pending, can you check? tq',
      'en',
    ],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it('matches markers as whole words only', () => {
    // "tak" in "take", "nak" in "snake", "kak" in "kakak" count for nothing of their own.
    expect(detectLanguage('please take the snake print one').language).toBe('en');
    expect(detectLanguage('kakak, pesanan saya kapan dikirim?').language).toBe('id');
  });

  it('does not let one word pin a conversation against tinyld in another family', () => {
    // Malay "tak" is Polish "yes".
    expect(detectLanguage('tak').confidence).toBeLessThan(0.6);
  });
});
