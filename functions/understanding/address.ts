// Delivery addresses as shoppers type them in chat, read the way each market writes them: street-first
// lines with or without commas (Western, Singapore, Malaysia, Indonesia, the Philippines, Türkiye…),
// big-to-small Japanese, Korean and Chinese with the postcode first or last, Thai แขวง/เขต, city-first
// Arabic, and the markets where an address has no postcode (Hong Kong, the UAE, most Vietnamese ones).
// One file on purpose: the market tables below only mean something next to the reading that uses them.
import type { Language, ParsedAddress } from '../core/types';
import { asciiDigits, foldText } from './normalize';

export interface ParseAddressOptions {
  /** Order numbers in the same message: never taken for a postcode. */
  exclude?: readonly string[];
  /** The shopper's language: a weak hint for the market when the text says nothing. */
  language?: Language;
  /** ISO alpha-2 of the order's current address: the postcode format (and whether one is needed). */
  country?: string;
}

// ---------------------------------------------------------------------------------------------
// Markets: each one's postcode as written, and whether an address there is complete without it.

interface Market {
  postcode?: string;
  required: boolean;
  /** City-states: the city when none is written. */
  city?: string;
}
const m = (postcode: string | undefined, required = true, city?: string): Market => ({
  postcode,
  required,
  ...(city ? { city } : {}),
});
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}';
const CA_POSTCODE = '[A-Z]\\d[A-Z] ?\\d[A-Z]\\d';
const IE_POSTCODE = '(?:[AC-FHKNPRTV-Y]\\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}';
const UK_POSTCODE_WORD = new RegExp(`\\b${UK_POSTCODE}\\b`);
const CA_POSTCODE_WORD = new RegExp(`\\b${CA_POSTCODE}\\b`);
const IE_POSTCODE_WORD = new RegExp(`\\b${IE_POSTCODE}\\b`);
const JP_POSTCODE = '〒 ?\\d{3}-?\\d{4}|\\d{3}-\\d{4}';

const MARKETS: Record<string, Market> = {
  US: m('\\d{5}(?:-\\d{4})?'),
  CA: m(CA_POSTCODE),
  GB: m(UK_POSTCODE),
  IE: m(IE_POSTCODE, false),
  AU: m('\\d{4}'),
  NZ: m('\\d{4}'),
  SG: m('\\d{6}', true, 'Singapore'),
  IN: m('\\d{3} ?\\d{3}'),
  TH: m('\\d{5}'),
  JP: m('〒? ?\\d{3}-?\\d{4}'),
  KR: m('\\d{5}|\\d{3}-\\d{3}'),
  CN: m('\\d{6}', false),
  TW: m('\\d{3}(?:\\d{2,3})?', false),
  HK: m(undefined, false, 'Hong Kong'),
  MO: m(undefined, false, 'Macau'),
  SA: m('\\d{5}(?:-\\d{4})?', false),
  AE: m(undefined, false),
  QA: m(undefined, false),
  KW: m('\\d{5}', false),
  BH: m('\\d{3,4}', false),
  OM: m('\\d{3}', false),
  EG: m('\\d{5}', false),
  JO: m('\\d{5}', false),
  VN: m('\\d{5,6}', false),
  ID: m('\\d{5}'),
  MY: m('\\d{5}'),
  PH: m('\\d{4}'),
  TR: m('\\d{5}'),
  PL: m('\\d{2}-\\d{3}'),
  NL: m('\\d{4} ?[A-Z]{2}'),
  BE: m('\\d{4}'),
  LU: m('(?:L-)?\\d{4}'),
  DE: m('\\d{5}'),
  AT: m('\\d{4}'),
  CH: m('\\d{4}'),
  FR: m('\\d{5}'),
  IT: m('\\d{5}'),
  ES: m('\\d{5}'),
  PT: m('\\d{4}-\\d{3}'),
  MX: m('\\d{5}'),
  BR: m('\\d{5}-?\\d{3}'),
  AR: m('[A-Z]?\\d{4}(?:[A-Z]{3})?'),
  CO: m('\\d{6}', false),
  CL: m('\\d{7}', false),
  PE: m('\\d{5}', false),
};
/** No market known: every shape, most specific first (then the 4–6 digits of most countries). */
const ANY_POSTCODE = ['\\d{5}-\\d{3}', JP_POSTCODE, '\\d{4}-\\d{3}', UK_POSTCODE, CA_POSTCODE, '\\d{4,6}'];
/** Markets that write the postcode before the city ("10115 Berlin"): the city is looked for after it first. */
const POSTCODE_FIRST = new Set([
  'DE',
  'AT',
  'CH',
  'FR',
  'IT',
  'ES',
  'MX',
  'NL',
  'BE',
  'LU',
  'PL',
  'TR',
  'MY',
  'PT',
]);
const LANGUAGE_MARKET: Partial<Record<Language, string>> = {
  es: 'ES',
  'pt-BR': 'BR',
  id: 'ID',
  ms: 'MY',
  th: 'TH',
  vi: 'VN',
  ja: 'JP',
  'zh-Hans': 'CN',
  'zh-Hant': 'TW',
  ko: 'KR',
  ar: 'SA',
  fr: 'FR',
  de: 'DE',
  tr: 'TR',
  fil: 'PH',
  it: 'IT',
  nl: 'NL',
  pl: 'PL',
};

// Cities shoppers name without a postcode beside them, folded (lower case, no accents): they tell the
// market and which part of a comma-less line is the city.
const CITIES: Record<string, string> = Object.fromEntries(
  (
    [
      ['SG', 'singapore'],
      [
        'MY',
        'kuala lumpur|kl|petaling jaya|pj|shah alam|subang jaya|johor bahru|jb|george town|georgetown|ipoh|kota kinabalu|kuching|melaka|putrajaya|cyberjaya|klang|seremban|puchong',
      ],
      [
        'ID',
        'jakarta|jakarta selatan|jakarta pusat|jakarta barat|jakarta timur|jakarta utara|surabaya|bandung|medan|semarang|yogyakarta|denpasar|depok|bekasi|tangerang|tangerang selatan|bogor|makassar|malang',
      ],
      [
        'PH',
        'manila|makati|makati city|quezon city|pasig|pasig city|taguig|taguig city|cebu city|davao city|mandaluyong|mandaluyong city|pasay city|paranaque|paranaque city|caloocan|marikina|muntinlupa',
      ],
      ['TH', 'bangkok|chiang mai|phuket|pattaya|khon kaen|nonthaburi|hat yai|krung thep'],
      [
        'VN',
        'ho chi minh|tp ho chi minh|tp. ho chi minh|tp.ho chi minh|thanh pho ho chi minh|tp hcm|tp.hcm|tphcm|hcm|ha noi|hanoi|tp ha noi|tp. ha noi|da nang|tp. da nang|hai phong|can tho|nha trang|sai gon|saigon',
      ],
      ['JP', 'tokyo|osaka|kyoto|yokohama|nagoya|sapporo|fukuoka|kobe'],
      ['KR', 'seoul|busan|incheon|daegu'],
      ['CN', 'shanghai|beijing|shenzhen|guangzhou|hangzhou'],
      ['TW', 'taipei|taipei city|new taipei|taichung|kaohsiung'],
      ['HK', 'hong kong'],
      [
        'AE',
        'dubai|abu dhabi|sharjah|ajman|al ain|دبي|ابوظبي|ابو ظبي|الشارقه|عجمان|العين|راس الخيمه|الفجيره',
      ],
      [
        'SA',
        'riyadh|jeddah|mecca|makkah|medina|dammam|khobar|al khobar|الرياض|جده|مكه|مكه المكرمه|المدينه|المدينه المنوره|الدمام|الخبر|الظهران|الطايف|الطائف|تبوك|ابها|بريده',
      ],
      ['QA', 'doha|الدوحه'],
      ['KW', 'kuwait city|الكويت'],
      ['EG', 'cairo|giza|alexandria|القاهره|الجيزه|الاسكندريه'],
      [
        'TR',
        'istanbul|ankara|izmir|bursa|antalya|kadikoy|besiktas|sisli|uskudar|cankaya|konak|atasehir|bakirkoy',
      ],
      ['PL', 'warszawa|warsaw|krakow|wroclaw|gdansk|poznan|lodz|katowice|szczecin|lublin'],
      ['NL', 'amsterdam|rotterdam|utrecht|den haag|eindhoven|groningen|haarlem|leiden'],
      ['BE', 'bruxelles|brussel|brussels|antwerpen|gent|liege'],
      [
        'DE',
        'berlin|hamburg|munchen|muenchen|munich|koln|koeln|cologne|frankfurt|frankfurt am main|stuttgart|dusseldorf|duesseldorf|leipzig|dresden|hannover|nurnberg|bremen',
      ],
      ['AT', 'wien|vienna|graz|salzburg|linz'],
      ['CH', 'zurich|geneve|genf|basel|bern|lausanne'],
      ['FR', 'paris|lyon|marseille|toulouse|nice|nantes|bordeaux|lille|strasbourg|montpellier|rennes'],
      ['IT', 'roma|rome|milano|milan|napoli|torino|firenze|bologna|venezia|genova|palermo|verona'],
      ['ES', 'madrid|barcelona|valencia|sevilla|malaga|bilbao|zaragoza|alicante|granada|palma de mallorca'],
      ['MX', 'cdmx|ciudad de mexico|mexico df|guadalajara|monterrey|puebla|tijuana|merida|queretaro|cancun'],
      [
        'BR',
        'sao paulo|rio de janeiro|belo horizonte|curitiba|porto alegre|salvador|recife|fortaleza|brasilia|campinas|goiania|florianopolis',
      ],
      ['PT', 'lisboa|porto'],
      ['US', 'new york|los angeles|san francisco|chicago|seattle|boston|miami|houston|austin|mountain view'],
      ['CA', 'toronto|vancouver|montreal|ottawa|calgary'],
      ['GB', 'london|manchester|birmingham|edinburgh|glasgow|leeds|liverpool|bristol'],
      ['AU', 'sydney|melbourne|brisbane|brisbane city|perth|adelaide|canberra'],
      ['NZ', 'auckland|wellington'],
      ['IE', 'dublin|cork|galway'],
    ] as const
  ).flatMap(([country, names]) => names.split('|').map((name) => [name, country])),
);
/** States, provinces and regions written after the city ("Petaling Jaya, Selangor"), folded. */
const REGIONS = new Set(
  (
    'selangor|wilayah persekutuan|johor|penang|pulau pinang|perak|sabah|sarawak|kedah|kelantan|pahang|' +
    'terengganu|negeri sembilan|metro manila|ncr|dki jakarta|jawa barat|jawa tengah|jawa timur|banten|bali|' +
    'kowloon|new territories|hong kong island|hk island|ontario|quebec|british columbia|california|texas|' +
    'new south wales|victoria|queensland|bayern|cdmx|jalisco|nuevo leon|guangdong|tokyo|osaka|kanagawa'
  ).split('|'),
);
const COUNTRY_NAMES = new RegExp(
  '^(?:usa|u\\.s\\.a\\.?|united states(?: of america)?|us|uk|united kingdom|england|canada|australia|new zealand|' +
    'malaysia|indonesia|philippines|pilipinas|thailand|prathet thai|vietnam|viet nam|japan|korea|south korea|' +
    'china|taiwan|deutschland|germany|france|italia|italy|espana|spain|mexico|brasil|brazil|turkiye|turkey|' +
    'polska|poland|nederland|netherlands|the netherlands|holland|belgique|belgie|belgium|osterreich|austria|' +
    'schweiz|suisse|switzerland|ireland|portugal|ksa|saudi arabia|uae|united arab emirates|' +
    'السعوديه|المملكه العربيه السعوديه|الامارات|الامارات العربيه المتحده|日本|中国|中國|台灣|台湾|대한민국|한국)$',
  'u',
);

// ---------------------------------------------------------------------------------------------
// Words. Street words mark the street line; unit words a flat, floor or building; locality words a
// neighbourhood or district, which is never the city.

const STREET_WORD =
  /(?<![\p{L}])(?:street|st|road|rd|avenue|ave|avda|avenida|blvd|boulevard|bd|lane|ln|drive|dr|way|place|court|ct|terrace|close|crescent|cres|highway|hwy|parkway|pkwy|square|sq|calle|carrera|cra|calzada|paseo|plaza|pza|camino|rua|travessa|alameda|estrada|rodovia|rue|chemin|allee|impasse|quai|cours|strasse|str|weg|gasse|platz|ring|damm|via|viale|piazza|corso|vicolo|largo|straat|laan|gracht|plein|kade|dijk|singel|steeg|ul|ulica|aleja|osiedle|plac|cad|caddesi|cd|sok|sokak|sk|bulvar|bulvari|jl|jln|jalan|lorong|lrg|persiaran|lebuh|gang|gg|soi|thanon|moo|duong|pho|ngo|ngach|hem)(?![\p{L}])|\b(?:c|r|av|al|os)[./]|(?:strasse|str\.|weg|straat|laan|gracht|plein)(?![\p{L}])|ถนน|ถ\.|ซอย|ซ\.|หมู่|ม\.|شارع|طريق|路|街|道|号|號|丁目|番地|로|길|번지/u;
const UNIT_WORD =
  /(?<![\p{L}])(?:apt|apto|apartment|flat|unit|suite|ste|floor|fl|piso|andar|depto|dpto|bloco|etage|appt|appartement|wohnung|whg|og|interno|int|scala|piano|daire|kat|lantai|tingkat|tang|phong|villa|tower|residences?|condo|building|bldg|blk|block|lot|purok)(?![\p{L}])|#\s?\d|\d+\/f|شقه|برج|مبني|بنايه|عماره|طابق|دور|فيلا/u;
const LOCALITY_WORD =
  /(?<![\p{L}])(?:brgy|barangay|kel|kelurahan|kec|kecamatan|rt|rw|col|colonia|bairro|phuong|quan|huyen|xa|mah|mahalle|mahallesi|district|khwaeng|khet|tambon|amphoe|sector|fracc|fraccionamiento|ward)(?![\p{L}])|(?<![\p{L}])(?:p|q)\.|حي|منطقه/u;
/** Words of a sentence about the order, never of an address line or a city. */
const CHAT_WORD =
  /(?<![\p{L}])(?:i'?m|i|my|me|it|need|is|are|was|will|have|has|did|does|you|your|please|pls|plz|thanks|thank|want|wanna|would|could|can|where|what|when|why|how|wrong|change|address|order|parcel|package|hi|hello|quiero|donde|cambiar|direccion|pedido|quero|meu|minha|mudar|endereco|encomenda|saya|aku|mau|tolong|alamat|pesanan|muon|dia chi|mon|veux|adresse|commande|meine|bitte|bestellung|benim|istiyorum|adres|siparis|ako|gusto|voglio|indirizzo|ordine|mijn|bestelling|chce|moj|prosze|zamowienie)(?![\p{L}])/u;
const ORDER_WORDS =
  'order|orden|pedido|encomenda|commande|bestellung|bestelling|ordine|zam[oó]wieni[ae]|sipari[sş]\\w*|pesanan|đơn(?:\\s?hàng)?|don\\s?hang|注文番号|注文|订单号?|訂單(?:號碼|編號)?|주문\\s?번호|주문|الطلب|طلب|คำสั่งซื้อ|ออเดอร์';
const ORDER_BEFORE = new RegExp(
  `(?:${ORDER_WORDS})\\s*(?:no\\.?|nr\\.?|number|num|id|#|n[º°]|:)?\\s*#?\\s*$|#\\s*$`,
  'iu',
);
const ORDER_REF = new RegExp(`^(?:${ORDER_WORDS})\\s*(?:no\\.?|nr\\.?|number|#|:)?\\s*#?\\d{4,}$`, 'iu');
const POSTCODE_WORD =
  /(?:post\s?code|postal\s?code|zip(?:\s?code)?|cep|c\.\s?p\.|código postal|codigo postal|code postal|plz|postleitzahl|kode\s?pos|poskod|รหัสไปรษณีย์|郵便番号|邮编|郵編|邮政编码|郵遞區號|우편번호|الرمز البريدي|posta kodu|kod pocztowy|cap|mã bưu điện|ma buu dien|eircode)\s*[:.#]?\s*\(?\s*$/iu;

// Lead-ins shoppers put before the address ("new address:", "envíalo a", "ที่อยู่ใหม่", "新しい住所は").
const LATIN_LEAD_INS = [
  '(?:(?:my|the|our)\\s+)?(?:new|correct|updated|right)\\s+(?:delivery\\s+|shipping\\s+)?address(?:\\s+(?:is|will be|should be))?',
  '(?:please\\s+|pls\\s+|plz\\s+|can you\\s+|could you\\s+)?(?:send|ship|deliver|forward|change|update|move)\\b[^,\\n:]{0,40}?\\bto(?![\\p{L}])',
  'my\\s+address\\s+is',
  '(?:mi\\s+|la\\s+)?(?:nueva\\s+direcci[oó]n|direcci[oó]n\\s+nueva)(?:\\s+es)?',
  '(?:env[ií]a|env[ií]e|manda|mande)(?:lo|la|los|las|melo|mela|melos|noslo)?\\s+(?:a|para)(?![\\p{L}])',
  'c[aá]mbia(?:la|lo)?\\s+(?:a|por)(?![\\p{L}])',
  'mi\\s+direcci[oó]n\\s+es',
  '(?:a\\s+|minha\\s+)?nova\\s+morada(?:\\s+[eé])?',
  '(?:o\\s+|meu\\s+)?(?:novo\\s+endere[cç]o|endere[cç]o\\s+novo)(?:\\s+[eé])?',
  '(?:manda|envia|entrega|mande|envie|entregue)r?\\s+(?:pra|para|no|na|em)(?![\\p{L}])',
  'meu\\s+endere[cç]o\\s+[eé]',
  'alamat\\s+(?:baru|yang\\s+baru)(?:\\s+(?:saya|sy|aku|ku|nya))?(?:\\s+(?:adalah|ialah|yaitu|iaitu|di))?',
  '(?:tolong\\s+|mohon\\s+)?(?:kirim|hantar|antar|tukar|ganti|ubah)(?:kan)?\\s+(?:ke|kpd|kepada)(?:\\s+alamat)?(?![\\p{L}])',
  'đ[iị]a\\s+ch[iỉ]\\s+m[oớ]i(?:\\s+(?:của\\s+)?(?:mình|em|tôi|tui|anh|chị))?(?:\\s+l[aà])?',
  'dia\\s+chi\\s+moi(?:\\s+(?:cua\\s+)?(?:minh|em|toi|tui))?(?:\\s+la)?',
  '(?:giao|gửi|gui|ship)\\s+(?:hàng\\s+|hang\\s+)?(?:đến|den|tới|toi|về|ve)(?![\\p{L}])',
  "(?:ma\\s+|la\\s+|mon\\s+)?nouvelle\\s+adresse(?:\\s+(?:est|c['’]est))?",
  "mon\\s+adresse\\s+(?:est|c['’]est)",
  '(?:envoyez|envoie|livrez|livre|exp[ée]diez)(?:-le|-la|-les)?\\s+(?:[àa]|chez)(?![\\p{L}])',
  '(?:meine\\s+|die\\s+)?neue\\s+(?:liefer)?adresse(?:\\s+(?:ist|lautet))?',
  '(?:bitte\\s+)?(?:schick|schicke|schicken sie|liefern sie|sende|senden sie)(?:\\s+(?:es|sie|das|das paket))?\\s+(?:an|nach)(?![\\p{L}])',
  'lieferadresse',
  'yeni\\s+adres(?:im)?(?:\\s+şu)?',
  'adresim(?:\\s+şu)?',
  '(?:şu\\s+)?adrese\\s+gönder(?:in|ir misiniz)?',
  'bago(?:ng)?\\s+(?:address|adres|tirahan)(?:\\s+ko)?(?:\\s+(?:ay|is|po))?',
  '(?:paki)?(?:padala|ipadala|send|deliver)\\s+(?:po\\s+)?sa(?![\\p{L}])',
  '(?:il\\s+(?:mio\\s+)?)?nuovo\\s+indirizzo(?:\\s+[eè])?',
  '(?:spedite|spedisci|mandate|inviate|invia)(?:lo|la|li|le|melo)?\\s+(?:a|in)(?![\\p{L}])',
  '(?:mijn\\s+|het\\s+)?nieuwe?\\s+adres(?:\\s+is)?',
  '(?:stuur|verstuur|bezorg|lever)(?:\\s+(?:het|het pakket))?\\s+(?:naar|op)(?![\\p{L}])',
  '(?:m[oó]j\\s+)?nowy\\s+adres(?:\\s+to)?',
  '(?:wy[sś]lij|wy[sś]lijcie)\\s+(?:na|do)(?![\\p{L}])',
  '(?:address|direcci[oó]n|endere[cç]o|morada|alamat|adresse|adres|indirizzo|địa chỉ|dia chi)\\s*:',
];
const SCRIPT_LEAD_INS = [
  'ที่อยู่ใหม่(?:คือ)?',
  'ส่งไปที่',
  'เปลี่ยน(?:ที่อยู่)?เป็น',
  'ที่อยู่(?:คือ|:)',
  '新しい(?:住所|お届け先|送り先)(?:は|を|:)?',
  '(?:住所|お届け先|送り先|配送先)(?:は|を|:)',
  '新(?:的)?(?:收货|收貨)?地址(?:是|为|為|:)?',
  '(?:收货|收貨)?地址(?:是|改为|改成|改為|换成|換成|到|:)',
  '(?:寄|送|发|發)到',
  '改(?:成|为|為)',
  '새\\s*(?:주소|배송지)(?:는|은|:)?',
  '(?:주소|배송지)(?:는|은|를|을|:)',
  '(?:ال)?عنوان(?:ي)?\\s+(?:ال)?جديد(?:\\s+هو)?',
  'عنواني(?:\\s+هو)?',
  '(?:غير|غيّر|بدل|بدّل)\\s+(?:ال)?عنوان(?:ي)?\\s+(?:إلى|الى|ل)',
  '(?:ارسل|أرسل|ابعث|وصل)(?:ه|ها|وه|وها)?\\s+(?:إلى|الى|على)(?![\\p{L}])',
  'العنوان\\s*:',
];
const LEAD_IN = new RegExp(
  `(?:(?:^|(?<=[\\s,.!?;:¡¿]))(?:${LATIN_LEAD_INS.join('|')})|(?:${SCRIPT_LEAD_INS.join('|')}))\\s*[:\\-–]?\\s*`,
  'iu',
);
const GREETING =
  /^(?:(?:hi|hello|hey|hola|buenas|oi|olá|ola|halo|hai|helo|xin chào|bonjour|salut|hallo|moin|merhaba|selam|kumusta|ciao|buongiorno|hoi|dzień dobry|cześć)(?![\p{L}])|สวัสดี(?:ครับ|ค่ะ|คะ)?|こんにちは|你好|您好|안녕하세요|مرحبا|السلام عليكم|(?:ok|okay|sure|yes|sí|si|sim|ya|iya|oui|ja|evet|oo|sì|tak)(?=\s*[,.!:\n])|はい|好的|네)[\s,.!:]*/iu;
const TRAILER =
  /(?:(?:^|(?<=[\s,.!]))(?:thanks?(?: you)?|thx|ty|pls|please|gracias|obrigad[oa]|valeu|terima kasih|makasih|trims|cảm ơn|cam on|merci|danke|teşekkürler|tesekkurler|salamat(?: po)?|grazie|dank je(?: wel)?|bedankt|dziękuję|dzięki|por favor|porfa|plis|pfv|ya|ye|yah|kak|kakak|min|gan|sis|mas|mbak|tq|ạ|nhé|nha|nhe|(?:giúp|giùm|dùm) (?:em|mình)|lah|po|na lang)|ขอบคุณ(?:ครับ|ค่ะ|คะ)?|นะ(?:ครับ|คะ|ค่ะ)|ครับ|ค่ะ|คะ|จ้า|ありがとう(?:ございます)?|よろしく(?:お願い(?:します|致します|いたします))?|(?:に|へ)(?:送って|変更して|届けて)(?:ください|下さい)|(?:で|に)?お願いします|です|谢谢|謝謝|麻烦了|麻煩了|감사합니다|고맙습니다|입니다|이에요|예요|(?:으)?로\s?(?:보내|변경해|바꿔)\s?(?:주세요|줘)|شكرا|شكراً|[!。?？~,\s]|(?<=\d|\p{L}{5})\.)+$/iu;

// ---------------------------------------------------------------------------------------------
// Cleaning the message down to the address.

const SENTINEL = '\u0001';
const hasDigit = (s: string): boolean => /\d/.test(s);
const hasLetters = (s: string): boolean => /\p{L}{2}|\p{Script=Han}/u.test(s);
const fold = (s: string): string => foldText(s).replace(/\s+/g, ' ').trim();
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Only full-width and half-width forms are folded (１２３, ，, ：, ｶﾀｶﾅ): NFKC on the whole text would also
// turn "3º B" into "3o B".
function normalize(text: string): string {
  return asciiDigits(text.replace(/[\u3000\uFF01-\uFFEF]+/g, (wide) => wide.normalize('NFKC')))
    .replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/[\u060c\u3001]/g, ',')
    .replace(/\u061b/g, ';')
    .replace(/(?<=\d)\s?[ー−–—‐]\s?(?=\d)/g, '-')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\p{Extended_Pictographic}/gu, ' ')
    .replace(/[ \t]+/g, ' ');
}

/** Phone numbers beside an address (with +, a leading 0 or a phone word) must not lend it a postcode. */
function stripPhones(text: string): string {
  const phone =
    /(?:(?:tel|phone|ph|hp|mobile|cell|whatsapp|wa|sđt|sdt|telefone|tel[ée]fono|telefon|電話|电话|手机|手機|전화|연락처|โทร|เบอร์|هاتف|جوال)\s*[:.]?\s*)?(?:\+\d|\(\d{3}\)\s?|0)\d?[\d\s().-]{6,}\d/giu;
  return text.replace(phone, (found) => ((found.match(/\d/g)?.length ?? 0) >= 9 ? ' ' : found));
}

function removeOrderNumbers(text: string, exclude: readonly string[]): string {
  let out = text;
  for (const id of exclude) {
    if (!/^[\p{L}\p{N}-]+$/u.test(id)) continue;
    const ref = new RegExp(
      `(?:(?:${ORDER_WORDS})\\s*(?:no\\.?|nr\\.?|number|#|n[º°]|:)?\\s*)?#?(?<![\\d])${escapeRegex(id)}(?![\\d])`,
      'giu',
    );
    out = out.replace(ref, ' ');
  }
  return out;
}

/** Cuts what comes before a lead-in; a lead-in after the address ("… ist meine neue Adresse") is dropped. */
function cutLeadIn(text: string): string {
  const found = LEAD_IN.exec(text);
  if (!found) return text;
  const before = text.slice(0, found.index);
  const after = text.slice(found.index + found[0].length);
  return hasDigit(after) || !hasDigit(before) ? after : before;
}

function prepare(text: string, exclude: readonly string[]): string {
  let t = cutLeadIn(removeOrderNumbers(stripPhones(normalize(text)), exclude));
  for (let previous = ''; previous !== t; ) {
    previous = t;
    t = t.replace(/^[\s,.:;!>→—–-]+/u, '').replace(GREETING, '');
  }
  return t
    .replace(/(?<=[가-힣\d])(?:입니다|이에요|예요|이요)(?=[\s,.(]|$)/gu, '')
    .replace(TRAILER, '')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/^[\s,;:!-]+|[\s,;:!-]+$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Which market the text is written for.

const HK_NAMES =
  /香港|九龍|九龙|新界|尖沙咀|旺角|油麻地|佐敦|深水埗|紅磡|红磡|觀塘|观塘|將軍澳|将军澳|沙田|荃灣|荃湾|屯門|屯门|元朗|中環|中环|灣仔|湾仔|銅鑼灣|铜锣湾|北角|彌敦道|弥敦道/u;
const TW_NAMES =
  /台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門/u;
const JP_HAN = /東京都|北海道|大阪府|京都府|.{1,3}県|\d+-\d+(?:-\d+)?(?![号號])|丁目|番地/u;
const US_STATE_ZIP =
  /\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s+\d{5}(?:-\d{4})?\b/;
/** City names that are also everyday words or street names: they place a line, never a market. */
const AMBIGUOUS_CITIES = new Set([
  'nice',
  'austin',
  'salvador',
  'medina',
  'porto',
  'gent',
  'bern',
  'kl',
  'pj',
  'jb',
]);
const CITY_PATTERN = new RegExp(
  `(?<![\\p{L}])(${Object.keys(CITIES)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')})(?![\\p{L}])`,
  'gu',
);
/** The market of the last city named: the city comes late in most formats. */
function cityCountry(t: string): string | undefined {
  const named = [...fold(t).matchAll(CITY_PATTERN)].map((found) => found[1]!);
  const city = named.filter((name) => !AMBIGUOUS_CITIES.has(name)).at(-1);
  return city ? CITIES[city] : undefined;
}

interface Guess {
  country?: string;
  strong: boolean;
}

function scriptCountry(t: string): Guess | undefined {
  if (/[\u0E00-\u0E7F]/.test(t)) return { country: 'TH', strong: true };
  if (/[\uAC00-\uD7AF]/.test(t)) return { country: 'KR', strong: true };
  if (/[\u3040-\u30FF〒]/.test(t)) return { country: 'JP', strong: true };
  if (/\p{Script=Han}/u.test(t)) {
    if (HK_NAMES.test(t)) return { country: 'HK', strong: true };
    if (TW_NAMES.test(t)) return { country: 'TW', strong: true };
    if (JP_HAN.test(t)) return { country: 'JP', strong: true };
    return { country: 'CN', strong: !/[區號縣樓]/u.test(t) };
  }
  if (/[\u0600-\u06FF]/.test(t)) {
    const country = cityCountry(t);
    return country ? { country, strong: true } : { country: 'SA', strong: false };
  }
  return undefined;
}

function latinCountry(t: string): Guess {
  const f = fold(t);
  const strong = (country: string): Guess => ({ country, strong: true });
  if (/#\d{1,2}-\d{1,4}\b/.test(t) && /(?<!\d)\d{6}(?!\d)/.test(t)) return strong('SG');
  if (/(?<![\d-])\d{5}-\d{3}(?![\d-])/.test(t)) return strong('BR');
  if (/(?<![\d-])\d{4}-\d{3}(?![\d-])/.test(t)) return strong('PT');
  if (/(?<![\d-])\d{3}-\d{4}(?![\d-])/.test(t)) return strong('JP');
  if (/(?<![\d/#-])\d{2}-\d{3}(?![\d-])/.test(t)) return strong('PL');
  if (IE_POSTCODE_WORD.test(t)) return strong('IE');
  if (CA_POSTCODE_WORD.test(t)) return strong('CA');
  if (UK_POSTCODE_WORD.test(t)) return strong('GB');
  if (/(?<!\d)\d{4} ?[A-Z]{2}\s+\p{Lu}\p{Ll}/u.test(t)) return strong('NL');
  if (US_STATE_ZIP.test(t)) return strong('US');
  if (/\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b/.test(t)) return strong('AU');
  if (/#\d{1,2}-\d{1,4}\b/.test(t)) return strong('SG');
  if (/[ăắằẳẵặđơớờởỡợưứừửữựạảấầẩẫậẹẻẽếềểễệịỉọỏốồổỗộụủỳỵỷỹ]/iu.test(t)) return strong('VN');
  const city = cityCountry(t);
  if (city) return strong(city);
  if (/(?<![\p{L}])(?:mah(?:allesi)?|cad(?:desi)?|sok(?:ak|agi)?|sk|bulvari)(?![\p{L}])/u.test(f))
    return strong('TR');
  if (/(?<![\p{L}])ul\.\s|[łśżźćńąę]/iu.test(t)) return strong('PL');
  if (/(?<![\p{L}])(?:brgy|barangay|purok)(?![\p{L}])/u.test(f)) return strong('PH');
  if (
    /(?<![\p{L}])(?:jl|kel|kec|kab|gg)\.|(?<![\p{L}])(?:kelurahan|kecamatan|kabupaten|rt \d+ ?\/ ?rw)(?![\p{L}])/u.test(
      f,
    )
  )
    return strong('ID');
  if (/(?<![\p{L}])(?:jln|lorong|lrg|persiaran|taman|lebuh)(?![\p{L}])/u.test(f)) return strong('MY');
  if (/(?<![\p{L}])(?:soi|thanon|khet|khwaeng|tambon|amphoe)(?![\p{L}])/u.test(f)) return strong('TH');
  if (/(?<![\p{L}])(?:col|c\.p|alcaldia|fracc)\.|(?<![\p{L}])colonia(?![\p{L}])/u.test(f))
    return strong('MX');
  const weak = (country: string): Guess => ({ country, strong: false });
  if (/(?<![\p{L}])(?:rua|avenida|travessa|alameda|apto|bairro|bloco)(?![\p{L}])/u.test(f)) return weak('BR');
  if (/(?<![\p{L}])(?:calle|avda|piso|izq|dcha)(?![\p{L}])|c\/|\d\s?[ºª]/u.test(f)) return weak('ES');
  if (/(?<![\p{L}])(?:rue|boulevard|bd|impasse|chemin|cedex|appt)(?![\p{L}])/u.test(f)) return weak('FR');
  if (/(?<![\p{L}])(?:via|viale|piazza|corso|vicolo)(?![\p{L}])/u.test(f)) return weak('IT');
  if (/(?:strasse|str\.|weg|platz|allee|gasse)(?![\p{L}])/u.test(f)) return weak('DE');
  if (/(?:straat|laan|gracht|plein|kade|dijk|singel|steeg)(?![\p{L}])/u.test(f)) return weak('NL');
  if (/(?<![\p{L}])jalan(?![\p{L}])/u.test(f)) return weak('ID');
  return { strong: false };
}

interface Choice {
  country?: string;
  /** Said by the order or the text itself, not guessed from the language: no other postcode shapes. */
  firm: boolean;
}

function chooseCountry(t: string, options: ParseAddressOptions): Choice {
  const content = scriptCountry(t) ?? latinCountry(t);
  const hint = options.country?.toUpperCase();
  if (content.strong && content.country) return { country: content.country, firm: true };
  if (hint && MARKETS[hint]) return { country: hint, firm: true };
  if (content.country) return { country: content.country, firm: false };
  const byLanguage = options.language ? LANGUAGE_MARKET[options.language] : undefined;
  return { country: byLanguage, firm: false };
}

// ---------------------------------------------------------------------------------------------
// The postcode.

interface Found {
  /** As it is stored: upper case, 〒 dropped, JP/BR/NL/CA/UK spacing made regular. */
  value: string;
  /** The span to cut out of the text, with a "postcode:" word and brackets around it. */
  start: number;
  end: number;
}

function formatPostcode(raw: string, country: string | undefined): string {
  const v = raw
    .replace(/^〒\s?/, '')
    .toUpperCase()
    .trim();
  if (/^\d{7}$/.test(v) && country === 'JP') return `${v.slice(0, 3)}-${v.slice(3)}`;
  if (/^\d{8}$/.test(v) && country === 'BR') return `${v.slice(0, 5)}-${v.slice(5)}`;
  if (/^\d{4}[A-Z]{2}$/.test(v)) return `${v.slice(0, 4)} ${v.slice(4)}`;
  if (/^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(v)) return `${v.slice(0, 3)} ${v.slice(3)}`;
  if ((country === 'GB' || country === 'IE') && !v.includes(' ') && v.length >= 5)
    return `${v.slice(0, -3)} ${v.slice(-3)}`.replace(/^(\S{3})(\S{4})$/, '$1 $2');
  return v;
}

// Built once per source and flags, not on every call (global regexes are only used with matchAll, which
// copies them, so sharing is safe).
const postcodePatterns = new Map<string, RegExp>();
function postcodePattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = postcodePatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`(?<![A-Za-z0-9#/-])(?:${source})(?![A-Za-z0-9/-])`, flags);
    postcodePatterns.set(key, pattern);
  }
  return pattern;
}

function findPostcode(t: string, country: string | undefined, exclude: readonly string[]): Found | undefined {
  const market = country ? MARKETS[country] : undefined;
  const sources = market ? (market.postcode ? [market.postcode] : []) : ANY_POSTCODE;
  for (const source of sources) {
    const pattern = postcodePattern(source, market ? 'giu' : 'gu');
    const found = [...t.matchAll(pattern)].filter((match) => {
      const raw = match[0];
      const before = t.slice(Math.max(0, match.index - 24), match.index);
      if (exclude.includes(raw) || exclude.includes(formatPostcode(raw, country))) return false;
      if (ORDER_BEFORE.test(before)) return false;
      // Taiwan's 3-digit codes stand at either end; inside the line they are house numbers.
      if (country === 'TW' && t.slice(0, match.index).trim() && t.slice(match.index + raw.length).trim())
        return POSTCODE_WORD.test(before);
      return true;
    });
    const last = found.at(-1);
    if (!last) continue;
    let start = last.index;
    let end = start + last[0].length;
    const word = POSTCODE_WORD.exec(t.slice(0, start));
    if (word) start = word.index;
    const open = /\(\s*$/.exec(t.slice(0, start));
    const close = /^\s*\)/.exec(t.slice(end));
    if (open && close) {
      start = open.index;
      end += close[0].length;
    }
    return { value: formatPostcode(last[0], country), start, end };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Big-to-small scripts: Japanese, Korean, Chinese (mainland, Taiwan, Hong Kong), Thai.

type Body = Omit<ParsedAddress, 'postcode'>;

function body(line1: string, line2: string | undefined, city: string, region?: string): Body {
  return {
    line1: tidy(line1),
    ...(line2 && tidy(line2) ? { line2: tidy(line2) } : {}),
    city: tidy(city),
    ...(region && tidy(region) ? { region: tidy(region) } : {}),
  };
}
const tidy = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:-]+|[\s,;:-]+$/g, '')
    .trim();

const JP_PREFECTURE =
  '北海道|東京都?|(?:京都|大阪)府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県';
const JP_ADDRESS = new RegExp(
  `^(?<region>${JP_PREFECTURE})?\\s*(?<city>(?:[^\\s\\d]{1,5}?郡\\s*)?[^\\s\\d]{1,5}?[市区町村](?:\\s*[^\\s\\d]{1,4}?区)?)\\s*(?<rest>.*\\d.*)$`,
  'u',
);
// The block number ends line 1: "神宮前1-2-3", "梅田3丁目1番1号", "北1条西2丁目"; a building follows.
const JP_BLOCK =
  /^(?<line1>.+?\d+(?:(?:-|の|丁目|番地|番|号|条[東西南北]?|線)\d*)*(?:号|番地|番)?)\s*(?<line2>.*)$/u;

function parseJapanese(text: string): Body | undefined {
  const found = JP_ADDRESS.exec(text.replace(/[,\n]/g, ' ').trim());
  if (!found?.groups) return undefined;
  const { region, city, rest } = found.groups;
  const block = JP_BLOCK.exec(rest!.trim());
  if (!block?.groups) return undefined;
  return body(block.groups.line1!, block.groups.line2, city!.replace(/\s+/g, ''), region);
}

const KR_REGION =
  '서울특별시|서울시|서울|부산광역시|부산시|부산|대구광역시|대구시|대구|인천광역시|인천시|인천|광주광역시|광주시|광주|대전광역시|대전시|대전|울산광역시|울산시|울산|세종특별자치시|세종시|세종|경기도|경기|강원특별자치도|강원도|강원|충청북도|충북|충청남도|충남|전북특별자치도|전라북도|전북|전라남도|전남|경상북도|경북|경상남도|경남|제주특별자치도|제주도|제주';
const KR_ADDRESS = new RegExp(
  `^(?:(?<region>${KR_REGION})(?![가-힣]))?\\s*(?:(?<city>[가-힣]{1,6}?시(?:\\s*[가-힣]{1,4}?구)?|[가-힣]{1,5}?[구군])(?![가-힣]))?\\s*(?<rest>.*\\d.*)$`,
  'u',
);
const KR_ROAD =
  /^(?<line1>.*?(?:로|길|동|리|가|읍|면)\s*\d+(?:-\d+)?(?:번지)?)(?=[\s,(]|$)\s*,?\s*(?<line2>.*)$/u;

function parseKorean(text: string): Body | undefined {
  const found = KR_ADDRESS.exec(text.replace(/\s*[,\n]\s*/g, ' ').trim());
  if (!found?.groups) return undefined;
  const { region, city, rest } = found.groups;
  if (!region && !city) return undefined;
  const road = KR_ROAD.exec(rest!.trim());
  if (!road?.groups) return undefined;
  return city
    ? body(road.groups.line1!, road.groups.line2, city, region)
    : body(road.groups.line1!, road.groups.line2, region!);
}

const CN_PROVINCE =
  '河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆';
const ZH_ADDRESS = new RegExp(
  `^(?<region>(?:${CN_PROVINCE})(?:省|(?:壮族|回族|维吾尔|維吾爾)?自治[区區])?|[^\\s\\d]{2,3}?[縣县](?=\\s*[^\\s\\d]{1,4}?[市鄉乡鎮镇]))?\\s*` +
    `(?<city>(?:北京|上海|天津|重庆|重慶)市?|[^\\s\\d]{1,4}?市)?\\s*` +
    `(?<district>[^\\s\\d]{1,5}?(?:新区|新區|区|區|县|縣|旗|鄉|乡|鎮|镇|市))?\\s*(?<rest>.*\\d.*)$`,
  'u',
);
const ZH_STREET = /[路街道巷弄段村里号號楼樓室园園苑邨坊厦廈]/u;
/** Line 1 ends at the house number ("世纪大道100号"); a building, floor or room follows. */
function splitZh(rest: string): [string, string | undefined] {
  const numbered = /^(.*?\d+(?:-\d+)?[号號](?![楼樓室院层層]))\s*(.*)$/u.exec(rest);
  if (numbered) return [numbered[1]!, numbered[2]];
  const spaced = /^(\S+)\s+(.+)$/u.exec(rest);
  return spaced ? [spaced[1]!, spaced[2]] : [rest, undefined];
}

function parseChinese(text: string): Body | undefined {
  const found = ZH_ADDRESS.exec(text.replace(/\s*[,\n]\s*/g, ' ').trim());
  if (!found?.groups) return undefined;
  const { region, city, district, rest } = found.groups;
  if (!ZH_STREET.test(rest!)) return undefined;
  if (city) {
    const [line1, line2] = splitZh(`${district ?? ''}${rest!.trim()}`);
    return body(line1, line2, city, region);
  }
  if (!district) return undefined;
  const [line1, line2] = splitZh(rest!.trim());
  return body(line1, line2, district, region);
}

const HK_DISTRICT =
  '尖沙咀|尖沙嘴|旺角|油麻地|佐敦|深水埗|長沙灣|长沙湾|九龍城|九龙城|紅磡|红磡|土瓜灣|土瓜湾|觀塘|观塘|黃大仙|黄大仙|九龍灣|九龙湾|牛頭角|牛头角|藍田|蓝田|將軍澳|将军澳|沙田|大圍|大围|馬鞍山|马鞍山|大埔|荃灣|荃湾|葵涌|青衣|屯門|屯门|元朗|天水圍|天水围|上水|粉嶺|粉岭|西貢|西贡|東涌|东涌|中環|中环|上環|上环|金鐘|金钟|灣仔|湾仔|銅鑼灣|铜锣湾|跑馬地|跑马地|天后|北角|鰂魚涌|鲗鱼涌|太古|筲箕灣|筲箕湾|柴灣|柴湾|香港仔|鴨脷洲|鸭脷洲|西環|西环|西營盤|西营盘|堅尼地城|坚尼地城|薄扶林|赤柱|何文田|太子|大角咀|美孚|荔枝角|石硤尾|鑽石山|钻石山|火炭';
const HK_ADDRESS = new RegExp(
  `^(?<hk>(?:中國|中国)?\\s*香港(?:特別行政區|特别行政区)?)?\\s*(?<region>九龍|九龙|新界|香港島|香港岛|港島|港岛)?\\s*(?<district>${HK_DISTRICT})?\\s*(?<rest>.*\\d.*)$`,
  'u',
);

function parseHongKong(text: string): Body | undefined {
  const found = HK_ADDRESS.exec(text.replace(/\s*[,\n]\s*/g, ' ').trim());
  if (!found?.groups) return undefined;
  const { hk, region, district, rest } = found.groups;
  if ((!hk && !region && !district) || !ZH_STREET.test(rest!)) return undefined;
  const [line1, line2] = splitZh(rest!.trim());
  if (district) return body(line1, line2, district, region ?? (hk ? '香港' : undefined));
  return region ? body(line1, line2, region, hk ? '香港' : undefined) : body(line1, line2, '香港');
}

const TH = '\\u0E00-\\u0E7F';
const TH_STOP = `(?=[\\s,\\d]|$|เขต|อำเภอ|จังหวัด|กรุงเทพ|กทม|(?<![${TH}])[อจ]\\.)`;
const TH_SUBDISTRICT = new RegExp(`(?:แขวง|ตำบล|(?<![${TH}])ต\\.)\\s?[${TH}]+?${TH_STOP}`, 'u');
const TH_DISTRICT = new RegExp(`(?:เขต|อำเภอ|(?<![${TH}])อ\\.)\\s?[${TH}]+?${TH_STOP}`, 'u');
const TH_PROVINCE = new RegExp(
  `(?:จังหวัด|(?<![${TH}])จ\\.)\\s?[${TH}]+|กรุงเทพมหานคร|กรุงเทพฯ|กรุงเทพ|กทม\\.?`,
  'u',
);

function parseThai(text: string): Body | undefined {
  const s = text.replace(/[,\n]/g, ' ').replace(/\s+/g, ' ').trim();
  const marks = [TH_SUBDISTRICT, TH_DISTRICT, TH_PROVINCE].map((pattern) => pattern.exec(s) ?? undefined);
  const [sub, district, province] = marks;
  const present = marks.filter((found): found is RegExpExecArray => found !== undefined);
  if (present.length === 0) return undefined;
  const first = Math.min(...present.map((found) => found.index));
  const line1 = s.slice(0, first).trim();
  if (!hasDigit(line1)) return undefined;
  // Words between the marks: a district written without เขต, or a province without จังหวัด.
  let rest = s.slice(first);
  for (const found of present) rest = rest.replace(found[0], ' ');
  const leftover = rest.split(/\s+/).filter((w) => /[\u0E00-\u0E7F]{2}/u.test(w));
  const city = district?.[0] ?? leftover.shift() ?? province?.[0];
  if (!city) return undefined;
  const region = city === province?.[0] ? undefined : (province?.[0] ?? leftover.shift());
  return body(line1, sub?.[0], city, region);
}

// ---------------------------------------------------------------------------------------------
// Line-by-line markets: street first (or, in Arabic, city first), parts split by commas, new lines
// or nothing at all.

// Before a district or neighbourhood word a comma-less line has a break ("… Phường Bến Nghé Quận 1 …").
const LOCALITY_BREAK =
  /\s+(?=(?:Phường|Phuong|Quận|Q\.|P\.|Huyện|Huyen|Xã|Thị xã|Thị trấn|TP\.?|Tp\.?|Thành phố|Thanh pho|Tỉnh|RT\s?\d|Kel\.|Kelurahan|Kec\.|Kecamatan|Kab\.|Kabupaten|Kota\s\p{Lu}|Brgy\.?|Barangay|Col\.|Colonia|Alcaldía|Bairro)(?![\p{L}]))/gu;
const BARE_NUMBER = /^(?:no\.?|nr\.?|n[º°o]\.?|#|số|so)?\s*\d+[a-z]?(?:[/-]\d+[a-z]?)?$/iu;
/** A Malaysian or Philippine lot or block number written before its street ("Lot 5, Jalan Ampang"). */
const HOUSE_LOT = /^(?:lot|blk|block|no\.?)\s?[\p{L}\d-]{1,6}$/iu;
const REGION_CODE = /^\(?(?:[A-Z]{2,3}|[A-Z][a-z]{1,3}\.|[A-Z]\.[A-Z]\.)\)?$/u;
const CITY_PREFIX = /^(?:tp\.?|thanh pho|kota|city of|ciudad de)\s*/u;

function knownCity(segment: string): string | undefined {
  const f = fold(segment).replace(/[()]/g, '');
  if (/^dublin \d{1,2}w?$/.test(f)) return 'IE';
  return CITIES[f] ?? CITIES[f.replace(CITY_PREFIX, '')];
}
const isRegion = (s: string): boolean =>
  (REGION_CODE.test(s) && !knownCity(s)) ||
  REGIONS.has(fold(s).replace(/[()]/g, '')) ||
  /^(?:co\.?|county)\s+\p{L}+$/iu.test(s);
const isStreetish = (s: string): boolean =>
  hasDigit(s) || STREET_WORD.test(fold(s)) || UNIT_WORD.test(fold(s));
const words = (s: string): number => s.split(/\s+/).length;

function cityLike(s: string): boolean {
  if (!hasLetters(s) || s === SENTINEL) return false;
  if (knownCity(s)) return true;
  const f = fold(s);
  return !isStreetish(s) && !LOCALITY_WORD.test(f) && !CHAT_WORD.test(f) && words(s) <= 4 && s.length <= 40;
}

/** "Springfield IL" → ["Springfield", "IL"]; "Kadıköy/İstanbul" → ["Kadıköy", "İstanbul"]. */
function splitAround(text: string, slash: boolean): string[] {
  const out: string[] = [];
  for (const piece of slash && !hasDigit(text) ? text.split('/') : [text]) {
    const pair = knownPair(piece.trim());
    if (pair) {
      out.push(...pair);
      continue;
    }
    const code = /^(.*\p{L}.*?)\s+(\(?[A-Z]{2,3}\)?)$/u.exec(piece.trim());
    if (code && !CITY_PREFIX.test(fold(code[1]!)) && !knownCity(piece) && fold(code[1]!).length > 2)
      out.push(code[1]!, code[2]!);
    else out.push(piece.trim());
  }
  return out.filter((piece) => /[\p{L}\p{N}]/u.test(piece));
}

/** "Kadıköy İstanbul": a known city followed by the known city or region it belongs to. */
function knownPair(text: string): [string, string] | undefined {
  const tokens = text.split(/\s+/);
  for (let i = 1; i < tokens.length; i++) {
    const [head, tail] = [tokens.slice(0, i).join(' '), tokens.slice(i).join(' ')];
    if (knownCity(head) && (knownCity(tail) || REGIONS.has(fold(tail)))) return [head, tail];
  }
  return undefined;
}

/** A comma-less "street city" split at a known city at its end, or after its last number or street word. */
function carveCity(segment: string): string[] | undefined {
  const tokens = segment.split(/\s+/);
  for (let i = 1; i < tokens.length; i++) {
    const tail = tokens.slice(i).join(' ');
    const pair = knownPair(tail);
    if (pair) return [tokens.slice(0, i).join(' '), ...pair];
    if (knownCity(tail) || /^(?:\p{Lu}\p{L}+\s){1,2}City$/u.test(tail))
      return [tokens.slice(0, i).join(' '), tail];
  }
  let last = -1;
  tokens.forEach((token, i) => {
    if (hasDigit(token) || STREET_WORD.test(fold(token))) last = i;
  });
  if (last < 0 || last >= tokens.length - 1 || tokens.length - 1 - last > 3) return undefined;
  const tail = tokens.slice(last + 1).join(' ');
  return cityLike(tail) ? [tokens.slice(0, last + 1).join(' '), tail] : undefined;
}

function parseLines(t: string, postcode: Found | undefined, country: string | undefined): Body | undefined {
  let s = postcode ? `${t.slice(0, postcode.start)} ${SENTINEL} ${t.slice(postcode.end)}` : t;
  if (!/[,\n;]/.test(s)) s = s.replace(LOCALITY_BREAK, ', ');
  const segments: string[] = [];
  for (const part of s.split(/\s*(?:[,;\n|→]|\s(?:[-–—]|->|=>)\s)\s*/u)) {
    const piece = part.trim();
    if (!/[\p{L}\p{N}]/u.test(piece)) continue;
    if (!piece.includes(SENTINEL)) {
      segments.push(piece);
      continue;
    }
    const [before = '', after = ''] = piece.split(SENTINEL).map((x) => x.trim());
    if (before) segments.push(...splitAround(before, false));
    segments.push(SENTINEL);
    if (after) segments.push(...splitAround(after, true));
  }
  while (segments.length > 0 && COUNTRY_NAMES.test(fold(segments.at(-1)!))) segments.pop();
  if (country === 'HK' && segments.length > 2 && /^(?:hong kong|hk)$/.test(fold(segments.at(-1)!)))
    segments.pop();
  // A sentence before the address ("where is my parcel, 12 Orchard Rd…") is not a line of it.
  while (
    segments.length > 1 &&
    ((!hasDigit(segments[0]!) && CHAT_WORD.test(fold(segments[0]!))) || ORDER_REF.test(segments[0]!))
  )
    segments.shift();

  let k = segments.indexOf(SENTINEL);
  let c = pickCity(segments, k, country);
  // Without a postcode only a written-out address counts: parts, a city, no sentence around them.
  if (!postcode && (segments.length < 2 || segments.some((seg) => CHAT_WORD.test(fold(seg)))))
    return undefined;
  if (c < 0 && postcode) {
    let at = k - 1;
    while (at > 0 && isRegion(segments[at]!) && !isStreetish(segments[at]!)) at -= 1;
    const carved = at >= 0 && isStreetish(segments[at]!) ? carveCity(segments[at]!) : undefined;
    if (carved) {
      segments.splice(at, 1, ...carved);
      if (k > at) k += carved.length - 1;
      c = at + 1;
    }
  }
  const market = country ? MARKETS[country] : undefined;
  // A city-state's name may go unwritten beside its postcode ("1 Raffles Place, 048616"), never without it.
  let city = c >= 0 ? segments[c] : postcode ? market?.city : undefined;
  if (!city) return undefined;
  // "Shibuya-ku, Tokyo", "Gangnam-gu, Seoul": the ward is the city and the metropolis its region.
  let region: string | undefined;
  const used = new Set([k, c]);
  const ward = c > 0 ? segments[c - 1]! : '';
  if (/^\p{L}+-(?:ku|shi|gu|si|gun)$/iu.test(ward) && c !== k + 1) {
    region = city;
    city = ward;
    used.add(c - 1);
  }
  if (c >= 0 && !region) {
    const between = k > c ? segments.slice(c + 1, k) : [];
    const regionAt = [
      ...between.map((_, i) => c + 1 + i),
      ...(k < c || k < 0 ? [c + 1] : []),
      ...(k === c + 1 ? [c + 2] : []),
    ].find((i) => {
      const seg = segments[i];
      if (!seg || seg === SENTINEL || used.has(i)) return false;
      const isLast = segments.slice(i + 1).every((x) => x === SENTINEL);
      return isRegion(seg) || (isLast && cityLike(seg) && !hasDigit(seg));
    });
    if (regionAt !== undefined) {
      region = segments[regionAt];
      used.add(regionAt);
    }
  }
  const streets = segments.filter((seg, i) => !used.has(i) && seg !== SENTINEL);
  if (!streets.some(isStreetish)) return undefined;
  // Without a postcode, a city nobody knows needs a street or district word beside it ("size 38, white" is not).
  const worded = (seg: string) =>
    STREET_WORD.test(fold(seg)) || LOCALITY_WORD.test(fold(seg)) || UNIT_WORD.test(fold(seg));
  if (!postcode && !knownCity(city) && !streets.some(worded)) return undefined;
  const [line1, line2] = streetLines(streets);
  if (!hasLetters(line1) || (CHAT_WORD.test(fold(line1)) && !STREET_WORD.test(fold(line1)))) return undefined;
  return body(line1, line2, city.replace(/^\(|\)$/g, ''), region?.replace(/^\(|\)$/g, ''));
}

/** The city among the parts: a known one nearest the postcode, else the part beside it, else the last. */
function pickCity(segments: string[], k: number, country: string | undefined): number {
  const candidates = segments.map((_, i) => i).filter((i) => i !== k && cityLike(segments[i]!));
  const known = candidates.filter((i) => knownCity(segments[i]!));
  const anchor = k >= 0 ? k : segments.length;
  if (known.length > 0)
    return known.reduce((best, i) => (Math.abs(i - anchor) < Math.abs(best - anchor) ? i : best));
  const walk = (from: number, step: number): number => {
    for (let i = from; i >= 0 && i < segments.length; i += step) {
      const seg = segments[i]!;
      if (seg === SENTINEL) continue;
      if (isRegion(seg) && !knownCity(seg)) continue;
      return candidates.includes(i) ? i : -1;
    }
    return -1;
  };
  if (k < 0) return walk(segments.length - 1, -1);
  const afterFirst = !country || POSTCODE_FIRST.has(country);
  const [first, second] = afterFirst ? [walk(k + 1, 1), walk(k - 1, -1)] : [walk(k - 1, -1), walk(k + 1, 1)];
  return first >= 0 ? first : second;
}

/** Line 1 is the street (a part with a street word, else the first with a number); the rest is line 2. */
function streetLines(streets: string[]): [string, string | undefined] {
  let i = streets.findIndex((s) => STREET_WORD.test(fold(s)) && !BARE_NUMBER.test(s));
  if (i < 0) i = streets.findIndex(hasDigit);
  if (i < 0) i = 0;
  let from = i;
  let to = i;
  const numbered = /(?<![\p{L}])\d/u.test(streets[i]!);
  if (!numbered && streets[i + 1] && BARE_NUMBER.test(streets[i + 1]!)) to = i + 1;
  else if (i > 0 && (BARE_NUMBER.test(streets[i - 1]!) || HOUSE_LOT.test(streets[i - 1]!))) from = i - 1;
  const line1 = streets.slice(from, to + 1).join(', ');
  const rest = [...streets.slice(0, from), ...streets.slice(to + 1)];
  return [line1, rest.length > 0 ? rest.join(', ') : undefined];
}

// ---------------------------------------------------------------------------------------------

/**
 * Reads a delivery address typed in chat into parts, in the way the market writes it — "12 Orchard Road,
 * #05-01, Singapore 238801", "〒150-0001 東京都渋谷区神宮前1-2-3 ABCビル201", "서울특별시 강남구 테헤란로 152
 * 12층 06236", "99/12 ซอยสุขุมวิท 39 … กรุงเทพฯ 10110", "دبي، مرسى دبي، برج 5 شقة 1203". Where the market's
 * addresses have no postcode (HK, AE, mostly VN…) the postcode is ''. Undefined for anything that is not
 * a whole address: a sentence, a bare number or postcode, a phone number, or one missing a postcode the
 * market needs.
 */
export function parseAddress(text: string, options: ParseAddressOptions = {}): ParsedAddress | undefined {
  const exclude = options.exclude ?? [];
  const t = prepare(text, exclude);
  if (!hasDigit(t) || !hasLetters(t) || t.length > 300) return undefined;
  let { country, firm } = chooseCountry(t, options);
  let postcode = findPostcode(t, country, exclude);
  if (!postcode && !firm && country && MARKETS[country]?.required) {
    country = undefined;
    postcode = findPostcode(t, undefined, exclude);
  }
  const market = country ? MARKETS[country] : undefined;
  if (!postcode && (market?.required ?? true)) return undefined;
  const rest = postcode ? `${t.slice(0, postcode.start)} ${t.slice(postcode.end)}`.trim() : t;
  let parsed: Body | undefined;
  if (/[\u3040-\u30FF]|\p{Script=Han}/u.test(rest) && country === 'JP') parsed = parseJapanese(rest);
  else if (/[\uAC00-\uD7AF]/.test(rest)) parsed = parseKorean(rest);
  else if (/\p{Script=Han}/u.test(rest)) parsed = country === 'HK' ? parseHongKong(rest) : parseChinese(rest);
  else if (/[\u0E00-\u0E7F]/.test(rest)) parsed = parseThai(rest);
  parsed ??= parseLines(t, postcode, country);
  if (!parsed || parsed.line1.length < 3 || parsed.city.length < 2 || parsed.line1.length > 120)
    return undefined;
  return { ...parsed, postcode: postcode?.value ?? '' };
}

const EXAMPLES: Record<Language, string> = {
  en: '12 Orchard Road, #05-01, Singapore 238801',
  es: 'Calle de Alcalá 45, 3º B, 28014 Madrid',
  'pt-BR': 'Rua das Flores, 120, apto 32, São Paulo - SP, 01310-100',
  id: 'Jl. Melati No. 8, RT 04/RW 02, Kel. Menteng, Jakarta Pusat 10310',
  ms: 'No 15, Jalan Bunga Raya 3, 47301 Petaling Jaya, Selangor',
  th: '88/8 ซอยอารีย์ 2 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400',
  vi: '25 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
  ja: '〒150-0001 東京都渋谷区神宮前4-12-8 コーポ青山203',
  'zh-Hans': '上海市徐汇区漕溪北路88号 200030',
  'zh-Hant': '台北市大安區忠孝東路四段100號5樓 106',
  ko: '서울특별시 마포구 양화로 45 3층 04036',
  ar: 'الرياض، حي النخيل، شارع الأمير تركي، 12382',
  fr: '8 rue des Lilas, 69003 Lyon',
  de: 'Gartenstraße 12, 10115 Berlin',
  tr: 'Caferağa Mah. Moda Cad. No:24 D:5, 34710 Kadıköy/İstanbul',
  fil: 'Blk 7 Lot 3, Brgy. San Isidro, Quezon City 1100',
  it: 'Via Garibaldi 24, 10122 Torino TO',
  nl: 'Prinsengracht 200, 1016 HE Amsterdam',
  pl: 'ul. Kwiatowa 7/3, 00-950 Warszawa',
};

/** A fictional but plausible address in the format of the market that speaks the language, for "for example: …". */
export function addressExample(language: Language): string {
  return EXAMPLES[language];
}
