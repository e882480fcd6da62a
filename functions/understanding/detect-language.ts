// Language of one message: the script decides where it can (Thai, Hangul, kana, Han, Arabic), tinyld
// ranks the Latin-script languages, and a layer of marker words (below) settles what tinyld gets
// wrong on a few words of chat: Malay vs Indonesian, Spanish vs Portuguese vs Italian, Dutch vs German,
// Tagalog vs Indonesian, and short Malay or Indonesian that tinyld calls Turkish, Polish or German.
import { detectAll } from 'tinyld';
import type { Language } from '../core/types';
import { countHanScripts } from './han-variants';
import { canonicalText } from './normalize';

export interface DetectedLanguage {
  /** Undefined when the message carries too little to tell (e.g. "ok", "👍", "48213"). */
  language?: Language;
  /** 0..1. The caller pins a conversation's language at ≥ 0.6 and switches at once only from ≥ 0.8. */
  confidence: number;
}

/** The Latin-script languages with marker words (Vietnamese ones for when it is typed without its marks). */
type MarkedLanguage =
  | 'en'
  | 'es'
  | 'pt-BR'
  | 'id'
  | 'ms'
  | 'fr'
  | 'de'
  | 'tr'
  | 'fil'
  | 'it'
  | 'nl'
  | 'pl'
  | 'vi';

/** tinyld's codes for our languages (exported for the language registry test). */
export const TINYLD_TO_LANGUAGE: Readonly<Record<string, Language>> = {
  en: 'en',
  es: 'es',
  pt: 'pt-BR',
  id: 'id',
  ms: 'ms',
  vi: 'vi',
  fr: 'fr',
  de: 'de',
  tr: 'tr',
  tl: 'fil',
  it: 'it',
  nl: 'nl',
  pl: 'pl',
};
const TINYLD_ONLY = Object.keys(TINYLD_TO_LANGUAGE);

const SCRIPTS = {
  thai: /[\u0e00-\u0e7f]/gu,
  hangul: /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/gu,
  kana: /[\u3040-\u30ff\u31f0-\u31ff]/gu,
  han: /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu,
  arabic: /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/gu,
  latin: /[a-zA-Z\u00c0-\u024f\u1e00-\u1eff]/gu,
} as const;

/**
 * E-mail addresses, URLs and ASCII tokens with digits in them (LX123456789CN, #48213, 10115). ASCII only:
 * in "注文番号51842の荷物" the code is the digits, not the Japanese around them.
 */
const NOT_LANGUAGE =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|www\.\S+|[#＃]?[A-Za-z0-9-]*\d[A-Za-z0-9-]*/gu;

// Letters only Vietnamese uses (horn vowels, breve a, d-stroke, tone marks under/over vowels).
const VIETNAMESE = /[ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

// Accented Latin letters that Malay, Indonesian and Tagalog chat does not use (é, è, ç, ü, ß, ł…): a
// sentence with them is European, whatever short words it shares with the Southeast Asian marker lists.
const EUROPEAN_LETTERS = /[à-æç-ïò-öù-ÿßąćęłńśźżőűğışœ]/iu;
const SOUTHEAST_ASIAN: ReadonlySet<Language> = new Set(['ms', 'id', 'fil']);

// ---- Marker words ------------------------------------------------------------------------------------
// Words (and a few suffixes) that are distinctive of one language as shoppers write it on chat, weighted
// by how surely they point at it: 3 = nearly only this language, 2 = typical, 1 = leans, 0.5 = hint.
// Space-separated; "_" joins a phrase; entries may be regular expressions (Turkish suffixes, particles).
// A word two close neighbours share weighs nothing between them: Malay and Indonesian both write saya/sy,
// kenapa, nanti, dulu, baik, berapa lama, sampai mana, terima kasih banyak, belum, sudah (see
// MALAY_AND_INDONESIAN); the lists favour chat spellings (nak, tak, gak, udah) over the formal ones.
type Tiers = readonly (readonly [weight: number, words: string])[];

// Words Malay and Indonesian both write: evidence for the pair against other languages, none between them.
const MALAY_AND_INDONESIAN = [
  1,
  'saya sy aku yang ya tolong sudah sdh belum blm lagi barang brg pesanan terima_kasih kenapa ' +
    'knp nanti dulu baik berapa brp sampai mana ada tidak tdk dengan untuk utk harga alamat bayar ' +
    'dari tiba akan sedang juga kami anda yg dgn dr tp jd tapi jadi masih terus cuma bahasa ' +
    'maksud kedua terakhir jangan semua semuanya sekarang skrg dmn dimana lapor gagal pembayaran ' +
    'buang minta mohon',
] as const;

const WORDS: Record<MarkedLanguage, Tiers> = {
  ms: [
    [
      3,
      'tak nak nk korang kitorang kita_orang poskod rosak macam_mana mcm_mana camne takde tak_de ' +
        'xde encik kedai kerana esok',
    ],
    [
      2.5,
      'dekat_mana sila tiada soalan bungkusan butang maklumat bercakap sepatutnya jadual kemas_kini ' +
        'dicipta seronok menyeronokkan rekod cubaan buat_masa_ini',
    ],
    [
      2,
      'caj tq tqvm je jer dah dh awak cik pulangkan hantar dihantar kat sikit saiz kastam pejabat ' +
        'seluar kasut semak nombor telefon akaun penghantaran mesej cuba faham tengok bagitahu ' +
        'bagitau risau tudung wang apasal ker tersalah mahu cakap melayu betul_ke ye_ke ok_ke ' +
        'check_balik cek_balik la(?=\\s*(?:[.!?,~]|$)) ' +
        'ke(?=\\s*(?:[?？]|$|(?:tak|x|belum|blm|tidak)(?!\\p{L}))) x(?=\\s+\\p{L})',
    ],
    [
      1.5,
      'sahaja rakan sekerja kaedah baharu bayaran kurier sahkan pengesahan maklumkan makluman ' +
        'dipulangkan pungutan dipungut lewat pasukan jejak hari_bekerja habis_dijual jangka imbasan ' +
        'anggaran fail ia mengikut terkini uruskan susuli kekal sepadan penjagaan bersamaan mana_satu ' +
        'ambil_masa memadam padam peribadi semula langgan polis mahkamah hidupkan inggeris mula ' +
        'pemulangan troli malaysia tuntutan',
    ],
    [
      1,
      'ialah daripada staf destinasi guna la lah boleh_ke ada_ke boleh bila tu percuma alamak pasal ' +
        'semalam tukar macam kot betul balik bagi ye lepas sebab terlupa terlepas rm(?=\\s*\\d)',
    ],
    [0.5, 'ni sangat lambat kena masa'],
    MALAY_AND_INDONESIAN,
  ],
  id: [
    [
      3,
      'gak nggak enggak ngga engga gk dong sih kok banget bgt udah udh gimana gmn aja doang ongkir ' +
        'kode_pos makasih gue gw resi kapan kpn',
    ],
    [
      3,
      'silakan silahkan lacak tombol jadwal batalin gantiin bantuin kirimin balikin cariin beliin ' +
        'aktifin kasihin cekin prosesin gitu gini',
    ],
    [
      2,
      'ga deh nih tuh mau toko kalo bisa nyampe sampe dateng pesen tuker liat coba bilang paham ' +
        'besok kemarin karena krn soalnya uang kantor telepon nomor akun rekening pengiriman kurir ' +
        'retur dicek nanya kabarin kabari emang beneran bener cepet dapet belom ngirim dikemas ' +
        'paket(?:nya)? minggu_lalu loh lho gan yaudah ya_udah wkwk\\p{L}* rp(?=\\s*\\d)',
    ],
    [
      1.5,
      'tersedia setara perawatan sortir informasi konfirmasi tim terbaru pembaruan berkas perkiraan ' +
        'estimasi terlambat telat cocok percobaan rekan pertanyaan metode hari_kerja terjual ' +
        'dikembalikan hapus pribadi komplain nyalakan kuota keranjang indonesia inggris posisi ' +
        'kebijakan pengembalian bea_cukai pake mulai bikin kayak ntar',
    ],
    [1, 'ukuran tujuan catatan kasih gratis kak pak bu min lu kirim dikirim cek kakak yah'],
    [0.5, 'lihat'],
    MALAY_AND_INDONESIAN,
  ],
  fil: [
    [
      3,
      'yung ung naman nyo niyo kayo wala walang paano pano kailan nasaan saan salamat pwede puwede ' +
        'opo talaga ngayon kahapon bakit ako akin ninyo gaano katagal isang linggo dumating darating ' +
        'dumadating palitan ibabalik paki\\p{L}* ng mga',
    ],
    [2, 'po lang ang din rin yan yun ito ano bayad di_pa kuya oo'],
    [1, 'ba sa na pa ko kasi sira pera ate'],
    [0.5, 'may sana'],
  ],
  tr: [
    [
      3,
      'tamam sipariş\\p{L}* siparis\\p{L}* teşekkür\\p{L}* tesekkur\\p{L}* sağol sagol merhaba nerede ' +
        'nerde ne_zaman iade\\p{L}* ürün\\p{L}* urun\\p{L}* lütfen lutfen değil degil için icin ' +
        'iptal\\p{L}* takip\\p{L}* evet hayır hayir kargo\\p{L}+ hasar\\p{L}* değiş\\p{L}* degis\\p{L}* ' +
        'nasıl nasil benim bana beni sizin olarak yardım\\p{L}* yardim\\p{L}* lazım lazim acaba şimdi ' +
        'simdi bugün bugun yarın yarin hafta\\p{L}* gönder\\p{L}* gonder\\p{L}* teslim\\p{L}* ödeme\\p{L}* ' +
        'odeme\\p{L}* ücret\\p{L}* ucret\\p{L}* numara\\p{L}* paketim\\p{L}* yeni yeniden tabii yani hangi ' +
        'abone\\p{L}* bildirim\\p{L}* veri(?:ler|ni|yi)\\p{L}* tüketici\\p{L}* tuketici\\p{L}* ' +
        'etiket\\p{L}* şikayet\\p{L}* sikayet\\p{L}* tahmini',
    ],
    [
      2,
      'kargo iki\\p{L}* m[iıuü](?:y[iıuü]m|s[iıuü]n|s[iıuü]n[iıuü]z|y[iıuü]z|d[iıuü]r) ' +
        '\\p{L}+[iıuü]yor\\p{L}* \\p{L}+[ae]bilir\\p{L}* \\p{L}{2,}(?:ecek|acak|eceğ|acağ|eceg|acag)\\p{L}* ' +
        '\\p{L}+m[ae]s[iı]n\\p{L}* ' +
        '\\p{L}+(?:ler|lar)(?:i|ı|in|ın|ini|ını|im|ım|imi|ımı|iniz|ınız|e|a|de|da|den|dan) geldi ' +
        'gelmedi gelir gelecek\\p{L}* yok beden\\p{L}* adres\\p{L}+ durum\\p{L}* neden kaç kac daha oldu ' +
        'olur siz hemen kadar sonra bilgi\\p{L}* ama çok cok',
    ],
    [1.5, '\\p{L}{3,}(?:dim|dım|dum|düm|tim|tım|tum|tüm)'],
    [1, 'mı mu mü bu ve var bir hala ki adres'],
    [0.5, 'mi'],
  ],
  es: [
    [
      3,
      'gracias quiero llega llegó llego llegado todavía todavia hay usted ustedes necesito nadie ' +
        'dirección direccion talla devolución devolucion dinero tienen tienes tiene buenas buenos ' +
        'porfa también tambien estoy',
    ],
    [
      2,
      'hola donde dónde cuando cuándo muy paquete el los las puedo pueden puede cambiar sigue sin ' +
        'cuanto cuánto roto bien ayuda aún pero',
    ],
    [1, 'mi ya es tarda bueno su sus este nuestro'],
    [0.5, 'no con del la'],
  ],
  'pt-BR': [
    [
      3,
      'obg vlw não nao você voce vc vcs vocês voces obrigado obrigada brigado cadê cade meu minha ' +
        'ainda encomenda quero ninguém ninguem pacote endereço endereco tamanho dinheiro frete ' +
        'rastreio né',
    ],
    [
      2,
      'também pra chegou chega chegar onde oi olá tudo bom boa um uma em com sem mais isso esse ' +
        'essa quebrado troca trocar preciso faz vou estou tô',
    ],
    [1, 'tá ta pro do da dos das mas demora parado já quanto quando seu sua nosso nossa'],
    [0.5, 'o podem pode posso entregam entrega'],
  ],
  it: [
    [
      3,
      'gli della dello delle degli grazie dove ancora ordine pacco spedizione perché perche vorrei ' +
        'voglio avete arrivato arrivata arriva niente nessuno taglia rotto indirizzo vuole potete ' +
        'rimbors\\p{L}* settimana buongiorno prodotto scusate che oggi domani ieri risposto scritto',
    ],
    [2, 'il ciao sono mio mia ho già gia devo ci anche salve reso questo questa vostro nostro siamo'],
    [1, 'non ha ma per fermo mille chi è'],
    [0.5, 'lo quando quanto la'],
  ],
  nl: [
    [
      3,
      'ik niet mijn wanneer waar pakket geen bedankt jullie heb maar zijn wordt verzonden ontvangen ' +
        'graag alstublieft aub hoe duurt terug krijg wijzigen maat moet ook wat welke gisteren nee',
    ],
    [
      2,
      '\\p{L}{3,}eren dit dat deze voor naar uit bij jij jouw uw onze hun het een nog wil niks nou ' +
        'staat adres kapot week hoi kunnen zou sinds bestelling',
    ],
    [1, 'dank je al dag op met te om er u'],
    [0.5, 'is kan de'],
  ],
  de: [
    [
      3,
      'ich nicht mein meine meinen meiner und kein keine wann bitte danke schon habe hab haben habt ' +
        'größe grösse groesse aber antwort ändern aendern dauert versand bekomme zurück zurueck seit ' +
        'woche nichts angekommen stornieren gestern heute nein',
    ],
    [
      2,
      'für fuer mit auf bei nach wir uns euch sind wird werden gibt ist das der noch wo ihr wie ' +
        'einer eine ein immer schön bestellung paket kaputt hängt klar hallo moin servus guten',
    ],
    [1, 'die kann lange fest adresse von zu sie'],
  ],
  en: [
    [3, 'please pls plz thanks thank thx'],
    [
      2,
      'the my where you your when have what how this and of still yet already want need delivered ' +
        'would with for from there just',
    ],
    [
      1,
      'is i it can not to me we our are was be do does did got get too any here but or yes up out ' +
        'on in at',
    ],
  ],
  fr: [
    [
      3,
      'pas pour colis commande merci bonjour svp vous nous voudrais veux suis toujours reçu recu ' +
        "taille dans rien c'est",
    ],
    [2, 'je ne mon les une et où quand avec aux vos votre notre nos sont avez êtes cette'],
    [1.5, '\\p{L}{3,}ez'],
    [1, 'est ma le des qui sur au non adresse'],
  ],
  pl: [
    [
      3,
      'jest gdzie kiedy moja moje moj mój mojego moją paczk\\p{L}* zamówieni\\p{L}* zamowieni\\p{L}* ' +
        'dzięk\\p{L}* dziek\\p{L}* się sie czy już juz jeszcze proszę prosze dzień dzien cześć czesc ' +
        'dostał\\p{L}* dostal\\p{L}* przesył\\p{L}* przesyl\\p{L}* zwrot\\p{L}* rozmiar\\p{L}* chcę chce ' +
        'witam anuluj\\p{L}* jestem nowy nowa mnie macie dane jasne dostaw\\p{L}* mogę moge zapłacić ' +
        'zaplacic płacić placic płatność platnosc śledz\\p{L}* sledz\\p{L}* trzeba',
    ],
    [2, 'nie dobry ile ten drugi czas przy koniec'],
    [1, 'jak mam \\p{L}*(?:prz|szcz|sz|cz|rz)\\p{L}*'],
    [0.5, 'tak co'],
  ],
  vi: [
    [
      3,
      'khong duoc nhan giao chua nhe nha cua toi minh nhieu tien hoan chinh_sach doi_tra don_hang ' +
        'dia_chi thanh_toan bao_lau the_nao shop_oi khi_nao van_don',
    ],
    [2, 'roi vay gi dc ko huy sao oi lau'],
    [1, 'nao khi ma van la em anh chi'],
  ],
};

/** Letters that name a language by themselves, with the same weights. */
const LETTERS: Partial<Record<MarkedLanguage, Tiers>> = {
  tr: [
    [3, 'şğı\u0307'],
    [1, 'öüç'],
  ],
  es: [[3, 'ñ¿¡']],
  'pt-BR': [
    [3, 'ãõ'],
    [1, 'ç'],
  ],
  de: [
    [3, 'ß'],
    [1, 'äöü'],
  ],
  pl: [
    [3, 'ąćęłńśźż'],
    [1, 'ó'],
  ],
  fr: [[1, 'êûœ']],
};

// JavaScript's \b only knows ASCII letters ("sipariş", "não" would break at the accent): these are the
// Unicode-aware word boundaries every marker is matched within.
const WORD_START = '(?<![\\p{L}\\p{M}])';
const WORD_END = '(?![\\p{L}\\p{M}])';

interface CompiledMarkers {
  language: MarkedLanguage;
  /** One capturing group per tier: the group that matched gives the weight. */
  pattern: RegExp;
  weights: readonly number[];
  letters: Tiers;
}

const COMPILED: readonly CompiledMarkers[] = (Object.entries(WORDS) as [MarkedLanguage, Tiers][]).map(
  ([language, tiers]) => {
    const groups = tiers.map(([, words]) => {
      const alternatives = words
        .split(/\s+/u)
        .filter(Boolean)
        .map((word) => word.replaceAll('_', '\\s+'))
        .sort((a, b) => b.length - a.length);
      return `(${alternatives.join('|')})`;
    });
    return {
      language,
      pattern: new RegExp(`${WORD_START}(?:${groups.join('|')})${WORD_END}`, 'gu'),
      weights: tiers.map(([weight]) => weight),
      letters: LETTERS[language] ?? [],
    };
  },
);

/**
 * Weighted marker evidence per language in a lower-cased text. Each marker counts once: "je … je" in a
 * French sentence is one word seen twice, not two clues for Malay.
 */
function markerEvidence(lower: string): Map<Language, number> {
  const evidence = new Map<Language, number>();
  for (const { language, pattern, weights, letters } of COMPILED) {
    let score = 0;
    const seen = new Set<string>();
    for (const match of lower.matchAll(pattern)) {
      const key = match[0].replace(/\s+/gu, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const tier = match.findIndex((group, i) => i > 0 && group !== undefined);
      score += weights[tier - 1] ?? 0;
    }
    for (const [weight, chars] of letters) {
      for (const char of chars) if (lower.includes(char)) score += weight;
    }
    if (score > 0) evidence.set(language, score);
  }
  return evidence;
}

/** Languages tinyld confuses on a few words: its choice between them is a coin toss the markers settle. */
const CLOSE_GROUPS: readonly (readonly Language[])[] = [
  ['ms', 'id', 'fil'],
  ['es', 'pt-BR', 'it'],
  ['nl', 'de'],
];
/**
 * A language tinyld names for short text it cannot place (Malay "sampai mana dah parcel sy" comes out
 * Turkish): without a single letter or word of its own it is never the answer.
 */
const NEEDS_EVIDENCE: ReadonlySet<Language> = new Set(['tr']);

/** Beyond this many words a message is long: tinyld has read enough to be trusted over a few markers. */
const LONG_WORDS = 12;
/** Up to this many words tinyld has next to nothing to go on. */
const FEW_WORDS = 6;
/** Confidence of a verdict nothing settled: below the 0.6 at which the caller pins a conversation. */
const UNSURE = 0.55;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function closeTo(a: Language, b: Language): boolean {
  return CLOSE_GROUPS.some((group) => group.includes(a) && group.includes(b));
}

/** Chinese script from the characters that differ between Simplified and Traditional. */
function chineseVariant(text: string): DetectedLanguage {
  const { traditional, simplified } = countHanScripts(text);
  if (traditional > simplified) return { language: 'zh-Hant', confidence: 0.95 };
  if (simplified > traditional) return { language: 'zh-Hans', confidence: 0.95 };
  // Nothing tells them apart (e.g. "你好"): Simplified is more common, but say we are unsure.
  return { language: 'zh-Hans', confidence: 0.55 };
}

/** How sure a marker verdict is: 0.6 (pins, never switches) for a bare lead, up to 0.9 for a wide one. */
function evidenceConfidence(winner: number, rival: number): number {
  return Math.min(0.9, 0.6 + 0.05 * Math.max(0, Math.floor(winner - rival)));
}

/** tinyld's first choice that has a right to be one (see NEEDS_EVIDENCE), with its share of the votes. */
function tinyldChoice(text: string, evidence: ReadonlyMap<Language, number>): DetectedLanguage {
  const ranked = detectAll(text, { only: TINYLD_ONLY });
  for (const [i, entry] of ranked.entries()) {
    const language = TINYLD_TO_LANGUAGE[entry.lang];
    if (!language || (NEEDS_EVIDENCE.has(language) && !evidence.get(language))) continue;
    const next = ranked[i + 1]?.accuracy ?? 0;
    const share = entry.accuracy >= 1 ? 0.95 : Math.min(0.95, entry.accuracy / (entry.accuracy + next || 1));
    // A runner-up promoted over a rejected first choice is a guess.
    return { language, confidence: i === 0 ? share : Math.min(share, UNSURE) };
  }
  return { confidence: 0 };
}

/**
 * Does marker evidence `lead` for `winner` clearly beat the `own` evidence of tinyld's `chosen`? Close
 * neighbours need a little, other languages a lot, and a long message (tinyld read enough) far more.
 */
function clearlyBeats(winner: Language, chosen: Language, lead: number, own: number, words: number): boolean {
  const long = words > LONG_WORDS;
  if (closeTo(winner, chosen)) {
    return long ? lead >= 5 && lead >= 3 * own + 2 : lead >= 2 && lead >= 2 * own + 1;
  }
  if (long) return lead >= 6 && lead >= 4 * own + 2;
  // Past a handful of words tinyld's own verdict carries weight: another family needs two clues more.
  const needed = words > FEW_WORDS ? 5 : 3;
  if (SOUTHEAST_ASIAN.has(winner)) {
    // Taglish and Manglish carry English words by the handful: English counts half against them; and two
    // clues beat a language that shows none of its own ("kirim notif lagi ya kak" is not Spanish).
    const against = chosen === 'en' ? own / 2 : own;
    return (lead >= needed - 1 && against === 0) || (lead >= needed && lead >= 3 * against + 1);
  }
  return lead >= needed && lead >= 3 * own + 1;
}

/**
 * Malay or Indonesian, from their markers alone: tinyld hardly tells them apart at any length. A lead of
 * one clue decides a short message (two a long one); a tie ("ada stok?") is the family without the variant.
 */
function malayOrIndonesian(guess: DetectedLanguage, evidence: ReadonlyMap<Language, number>, long: boolean) {
  const malay = evidence.get('ms') ?? 0;
  const indonesian = evidence.get('id') ?? 0;
  const [leader, lead, other]: [Language, number, number] =
    malay >= indonesian ? ['ms', malay, indonesian] : ['id', indonesian, malay];
  // Words both write (saya, belum, sampai…) are on both lists: only the difference tells them apart.
  if (lead - other >= (long ? 2 : 1)) {
    return { language: leader, confidence: evidenceConfidence(lead, other) };
  }
  return { language: guess.language, confidence: Math.min(guess.confidence, UNSURE) };
}

/**
 * A message that is only a greeting word: tinyld has one word to go on and guesses ("Hallo" comes out
 * Italian), while the greeting itself says where the shopper is from. "Hallo" is also Dutch: German is the
 * likelier of the two, and a Dutch shopper's next message corrects it.
 */
const GREETINGS: Readonly<Record<string, Language>> = {
  hallo: 'de',
  moin: 'de',
  servus: 'de',
  hoi: 'nl',
  ciao: 'it',
  salve: 'it',
  hola: 'es',
  olá: 'pt-BR',
  oi: 'pt-BR',
  bonjour: 'fr',
  salut: 'fr',
  merhaba: 'tr',
  selam: 'tr',
  cześć: 'pl',
  czesc: 'pl',
  kumusta: 'fil',
  hello: 'en',
  hi: 'en',
  hey: 'en',
};

function latinLanguage(text: string): DetectedLanguage {
  if (VIETNAMESE.test(text)) return { language: 'vi', confidence: 0.95 };
  const lower = text.toLowerCase();
  const greeting = GREETINGS[lower.replace(/[^\p{L}]+/gu, '')];
  if (greeting && (lower.match(/\p{L}+/gu)?.length ?? 0) === 1)
    return { language: greeting, confidence: 0.8 };
  const evidence = markerEvidence(lower);
  if (EUROPEAN_LETTERS.test(lower)) for (const language of SOUTHEAST_ASIAN) evidence.delete(language);
  const words = lower.match(/\p{L}+/gu)?.length ?? 0;
  const [best, runnerUp] = [...evidence.entries()].sort((a, b) => b[1] - a[1]);
  const chosen = tinyldChoice(text, evidence);
  let verdict = byMarkers(chosen, evidence, best, runnerUp?.[1] ?? 0, words);
  if (verdict.language === 'ms' || verdict.language === 'id') {
    verdict = malayOrIndonesian(verdict, evidence, words > LONG_WORDS);
  }
  // One word against tinyld's pick in another family ("tak": Malay no, Polish yes) pins nothing.
  const { language } = verdict;
  if (
    words <= 1 &&
    language &&
    chosen.language &&
    language !== chosen.language &&
    !closeTo(language, chosen.language)
  ) {
    return { language, confidence: Math.min(verdict.confidence, UNSURE) };
  }
  return verdict;
}

/** tinyld's verdict, overridden, confirmed or doubted by the marker evidence (`best` and the runner-up's score). */
function byMarkers(
  chosen: DetectedLanguage,
  evidence: ReadonlyMap<Language, number>,
  best: [Language, number] | undefined,
  second: number,
  words: number,
): DetectedLanguage {
  if (!chosen.language) {
    // tinyld declined ("potete rimborsarmi?"): only markers can tell, and only a clear lead.
    if (best && best[1] >= 2 && best[1] >= 2 * second) {
      return { language: best[0], confidence: evidenceConfidence(best[1], second) };
    }
    return { confidence: 0 };
  }
  if (!best) return chosen;
  const [leader, lead] = best;
  const own = evidence.get(chosen.language) ?? 0;
  if (leader === chosen.language) {
    // Agreement: the markers can only make tinyld surer.
    if (lead < 2) return chosen;
    return { language: leader, confidence: Math.max(chosen.confidence, evidenceConfidence(lead, second)) };
  }
  // Malay vs Indonesian is settled by malayOrIndonesian, whatever tinyld's pick between them.
  const bothMalay =
    (leader === 'ms' || leader === 'id') && (chosen.language === 'ms' || chosen.language === 'id');
  if (!bothMalay && clearlyBeats(leader, chosen.language, lead, own, words)) {
    return { language: leader, confidence: evidenceConfidence(lead, Math.max(own, second)) };
  }
  // Markers point elsewhere without settling it: keep tinyld's word but do not let it pin anything.
  const contested = words > LONG_WORDS ? lead >= 4 && lead >= 2 * own + 2 : lead >= 2 && lead >= own + 2;
  return contested && !bothMalay
    ? { language: chosen.language, confidence: Math.min(chosen.confidence, UNSURE) }
    : chosen;
}

/**
 * Detects the language of one shopper message.
 * @example
 * detectLanguage('這件外套有其他顏色嗎'); // { language: 'zh-Hant', confidence: 0.95 }
 * detectLanguage('parcel tak sampai lagi ke?'); // { language: 'ms', confidence: 0.9 }
 */
export function detectLanguage(raw: string): DetectedLanguage {
  // E-mail addresses, links and codes (order and tracking numbers) are in no language: "訂單52005，email
  // yichun.chen@example.com.tw" is Chinese, and its Latin letters must not outvote the Han ones.
  const text = canonicalText(raw).slice(0, 2000).replace(NOT_LANGUAGE, ' ');
  const counts = {
    thai: count(text, SCRIPTS.thai),
    hangul: count(text, SCRIPTS.hangul),
    kana: count(text, SCRIPTS.kana),
    han: count(text, SCRIPTS.han),
    arabic: count(text, SCRIPTS.arabic),
    latin: count(text, SCRIPTS.latin),
  };
  // A CJK or Thai character carries about as much as a short Latin word.
  const asian = counts.thai + counts.hangul + counts.kana + counts.han;
  if (asian * 3 >= counts.latin && asian > 0) {
    if (
      counts.kana > 0 &&
      counts.kana + counts.han >= counts.hangul &&
      counts.kana + counts.han >= counts.thai
    ) {
      return { language: 'ja', confidence: counts.kana >= 2 ? 0.97 : 0.8 };
    }
    const top = Math.max(counts.thai, counts.hangul, counts.han);
    if (top === counts.thai) return { language: 'th', confidence: 0.98 };
    if (top === counts.hangul) return { language: 'ko', confidence: 0.98 };
    return chineseVariant(text);
  }
  if (counts.arabic > 0 && counts.arabic >= counts.latin) return { language: 'ar', confidence: 0.95 };
  if (counts.latin < 2) return { confidence: 0 };
  return latinLanguage(text);
}
