// Entities in a shopper message: order numbers (5 digits, in every way shoppers write them), tracking
// numbers, emails and body measurements. Order numbers are found last, after everything that merely looks
// like one (tracking numbers, prices, measurements, phone numbers, dates, postcodes) has been masked out.
import { canonicalText } from './normalize';

export type MeasurementKind = 'height' | 'weight' | 'chest' | 'waist' | 'hip' | 'foot' | 'length';

export interface Measurement {
  kind: MeasurementKind;
  /** Normalized: centimetres for lengths, kilograms for weights. */
  value: number;
  unit: 'cm' | 'kg';
  raw: string;
}

export interface Entities {
  /** Order numbers as 5 ASCII digits, in the order they appear, without duplicates. */
  orderIds: string[];
  trackingNumbers: string[];
  emails: string[];
  /** Postcodes the message names as such ("postcode 238801", "CEP 01310-100", "郵便番号 150-0001"). */
  postcodes: string[];
  measurements: Measurement[];
}

const ORDER_DIGITS = 5;

const TRACKING =
  /\b(?:[A-Z]{2}\d{9}[A-Z]{2}|1Z[0-9A-Z]{16}|YT\d{16}|SF\d{12,15}|[A-Z]{2,4}\d{10,20}[A-Z]{0,3})\b/giu;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const PRICE =
  /(?:(?:[$€£¥₩฿₫₱]|R\$|RM|Rp\.?|USD|EUR|MXN|BRL|IDR|MYR|THB|PHP|SGD|JPY|TRY|PLN|TL|US\$)\s?\d[\d.,\s]*\d?|\d[\d.,]*\s?(?:[$€£¥₩฿₫₱]|円|元|块|원|บาท|đồng|đ\b|dong\b|vnd\b|usd\b|eur\b|euros?\b|reais\b|pesos?\b|ringgit\b|rupiah\b|baht\b|lira\b|zł|zl\b|tl\b|won\b|yen\b|dollars?\b))/giu;
const PHONE = /\+\d[\d\s().-]{7,}\d|\b\d{2,4}[-\s.]\d{3,4}[-\s.]\d{3,5}\b/gu;
const DATE =
  /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\d{1,4}\s?[年月日]|\b\d{1,2}\s?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/giu;
const TIME = /\b\d{1,2}[:h]\d{2}\b/giu;
// A Brazilian CEP is always 5+3 digits.
const CEP = /\b\d{5}-\d{3}\b/gu;
const POSTCODE_KEYWORD =
  /(?:post\s?code|postal\s?code|\bzip(?:\s?code)?\b|\bcep\b|〒|c[oó]digo\s+postal|code\s+postal|\bcp\b|\bplz\b|postleitzahl|kode\s?pos|poskod|รหัสไปรษณีย์|郵便番号|邮编|郵遞區號|우편번호|الرمز البريدي|posta\s?kodu|kod\s+pocztowy|\bcap\b|postcode|mã bưu điện)(?:(?:(?!order|pedido|#)[^\d\n]){0,14}?(?:\d{3}-?\d{4}|\d{4,6}(?:-\d{3,4})?(?:\s?[A-Z]{2}\b)?))+/giu;
// Street words: a message with one of these is an address, and a bare 5-digit number in it a postcode.
const STREET =
  /(?:\b(?:street|st\.|avenue|ave\.?|road|rd\.|blvd|calle|c\/|avenida|av\.|rua|rue|boulevard|straße|strasse|str\.|weg|jalan|jln\.?|jl\.|via|viale|ul\.|ulica|sokak|sok\.|cad\.|caddesi|mahallesi|đường|phố|apt|apartment|piso|andar|barangay|brgy|laan|plein|gracht)\b|ถนน|ซอย|路|街|丁目|번지|شارع|حي)/iu;
const CITY_NEAR_NUMBER =
  /\b(?:madrid|barcelona|valencia|sevilla|paris|lyon|marseille|toulouse|berlin|münchen|munich|hamburg|köln|frankfurt|wien|roma|rome|milano|milan|napoli|torino|amsterdam|rotterdam|utrecht|warszawa|warsaw|kraków|krakow|istanbul|ankara|izmir|bangkok|kuala lumpur|selangor|penang|johor|jakarta|surabaya|bandung|medan|manila|quezon|cebu|makati|hanoi|ha noi|saigon|ho chi minh|são paulo|sao paulo|rio de janeiro|curitiba|ciudad de méxico|cdmx|guadalajara|monterrey|bogotá|lima|santiago|buenos aires|san francisco|los angeles|new york|chicago|seattle|boston|miami|tokyo|osaka|seoul|riyadh|dubai|jeddah|cairo|taipei|hong kong)\b|กรุงเทพ|東京|서울|الرياض|دبي|台北|上海|北京/iu;

// A US state code before a ZIP ("CA 94107"): case-sensitive, unlike the city names.
const STATE_ZIP = /\b[A-Z]{2},?\s\d{5}\b/u;

const ORDER_KEYWORD =
  /(?:#|\bord(?:er)?\b[-\s.:#]*|\bord-?|\border(?:\s?(?:no|number|num|id|ref))?\b|\bpedido\b|\borden\b|\bencomenda\b|\bcommande\b|\bbestellung\b|\bbestelling\b|\bordine\b|\bzamówieni[ae]\b|\bsipariş\w*|\bpesanan\b|đơn(?:\s?hàng)?|\bdon hang\b|\bnúmero\b|\bnumero\b|\bnummer\b|\bnomor\b|\bnombor\b|\bnr\b\.?|\bno\b\.?|n[°º]|№|注文番号|注文|订单号?|訂單(?:編號|号碼|號碼)?|單號|单号|주문\s?번호|주문|رقم الطلب|الطلب|طلب|رقم|คำสั่งซื้อ|ออเดอร์|เลขที่|มายเลข)/giu;

function mask(text: string, pattern: RegExp, onMatch?: (m: RegExpExecArray) => void): string {
  return text.replace(pattern, (...args) => {
    const match = args[0] as string;
    if (onMatch) {
      const groups = args.slice(1, -2) as string[];
      onMatch(
        Object.assign([match, ...groups], { index: args.at(-2) as number, input: text }) as RegExpExecArray,
      );
    }
    return ' '.repeat(match.length);
  });
}

const MEASURE_KEYWORDS: [MeasurementKind, RegExp][] = [
  [
    'chest',
    /(?:chest|bust|pecho|busto|peito|poitrine|brust|borst|klatka|göğüs|dada|胸|バスト|가슴|الصدر|อก|ngực)/iu,
  ],
  [
    'waist',
    /(?:waist|cintura|tour de taille|taille\s?:?\s*\d|taillenweite|taille|vita|talia|bel|pinggang|baywang|eo|腰|ウエスト|허리|الخصر|เอว)/iu,
  ],
  ['hip', /(?:hip|cadera|quadril|hanche|hüfte|heup|biodr|kalça|pinggul|臀|ヒップ|엉덩이|الورك|สะโพก)/iu],
  ['foot', /(?:foot|feet length|pie|pé|pied|fuß|voet|stopa|ayak|kaki|paa|chân|脚|足|발|القدم|เท้า)/iu],
];

function kindFor(before: string, unit: 'cm' | 'kg', cm: number): MeasurementKind {
  if (unit === 'kg') return 'weight';
  const context = before.slice(-24);
  for (const [kind, pattern] of MEASURE_KEYWORDS) if (pattern.test(context)) return kind;
  return cm >= 100 && cm <= 250 ? 'height' : 'length';
}

const num = (s: string) => Number.parseFloat(s.replace(',', '.'));

/** Height and weight written as numbers with units (or after a height/weight word), normalized. */
function extractMeasurements(text: string, found: Measurement[]): string {
  const add = (raw: string, index: number, value: number, unit: 'cm' | 'kg') => {
    if (!Number.isFinite(value) || value <= 0) return;
    const rounded = Math.round(value * 10) / 10;
    found.push({ kind: kindFor(text.slice(0, index), unit, rounded), value: rounded, unit, raw: raw.trim() });
  };
  let out = mask(
    text,
    /\b(\d)\s?(?:'|’|ft|feet|foot)\s?(\d{1,2})?\s?(?:"|”|''|in\b|inch(?:es)?)?/giu,
    (m) => {
      add(m[0], m.index, Number(m[1]) * 30.48 + Number(m[2] ?? 0) * 2.54, 'cm');
    },
  );
  out = mask(out, /\b([12])\s?m\s?(\d{2})\b|\b([12][.,]\d{1,2})\s?m\b/giu, (m) => {
    add(m[0], m.index, m[3] ? num(m[3]) * 100 : Number(m[1]) * 100 + Number(m[2]), 'cm');
  });
  out = mask(
    out,
    /(\d{1,3}(?:[.,]\d)?)\s?(cm|cms|centimet(?:er|re)s?|センチ|公分|厘米|ซม\.?|سم|см|mm|inch(?:es)?|")/giu,
    (m) => {
      const value = num(m[1]!);
      const unit = m[2]!.toLowerCase();
      const cm = unit === 'mm' ? value / 10 : unit.startsWith('in') || unit === '"' ? value * 2.54 : value;
      add(m[0], m.index, cm, 'cm');
    },
  );
  out = mask(
    out,
    /(\d{1,3}(?:[.,]\d)?)\s?(kg|kgs|kilos?|kilogram(?:s|os|mes)?|quilos?|キロ|公斤|斤|กก\.?|กิโล|كغ|كيلو|ký|kí|lbs?|pounds?)(?![a-z])/giu,
    (m) => {
      const value = num(m[1]!);
      const unit = m[2]!.toLowerCase();
      add(
        m[0],
        m.index,
        unit.startsWith('lb') || unit.startsWith('pound')
          ? value * 0.4536
          : unit === '斤'
            ? value / 2
            : value,
        'kg',
      );
    },
  );
  // "키 170 몸무게 65", "身高170体重65", "สูง 170 หนัก 65", "tinggi 170 berat 65": units left implicit.
  out = mask(
    out,
    /(?:height|altura|tinggi|taas|cao|身高|身長|키|สูง|طولي|طول|boyum|boy|wzrost|mido|tall)\s*[:：]?\s*(\d{3})\b/giu,
    (m) => {
      add(m[0], m.index, Number(m[1]), 'cm');
    },
  );
  out = mask(
    out,
    /(?:weight|peso|berat|timbang|nặng|体重|体重|몸무게|หนัก|وزني|وزن|kilom|waga|weigh)\s*[:：]?\s*(\d{2,3})\b/giu,
    (m) => {
      add(m[0], m.index, Number(m[1]), 'kg');
    },
  );
  return out;
}

/**
 * Finds order numbers, tracking numbers, emails and measurements.
 * @example
 * extractEntities('where is ＃４８２１３? tracking LX123456789CN').orderIds; // ['48213']
 */
export function extractEntities(raw: string): Entities {
  let text = canonicalText(raw).slice(0, 4000);
  const trackingNumbers: string[] = [];
  const emails: string[] = [];
  const measurements: Measurement[] = [];
  text = mask(text, EMAIL, (m) => emails.push(m[0]));
  text = mask(text, TRACKING, (m) => trackingNumbers.push(m[0].toUpperCase()));
  const postcodes: string[] = [];
  text = mask(text, CEP, (m) => postcodes.push(m[0]));
  // "postcode 238801": the number after the keyword is the code (kept: verification can use it).
  text = mask(text, POSTCODE_KEYWORD, (m) => {
    const code = /\d{3}-\d{4}|\d{4,6}(?:-\d{3,4})?(?:\s?[A-Z]{2}\b)?/iu.exec(m[0]);
    if (code && !postcodes.includes(code[0])) postcodes.push(code[0]);
  });
  text = mask(text, PRICE);
  text = extractMeasurements(text, measurements);
  text = mask(text, PHONE);
  text = mask(text, DATE);
  text = mask(text, TIME);

  const found: { index: number; id: string }[] = [];
  const taken = new Set<number>();
  // Explicit: a keyword, then within a few characters a number. Of the wrong length → not an order.
  const keyword = new RegExp(ORDER_KEYWORD.source, 'giu');
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    const number = /^[^\d\n]{0,14}?(\d+)/u.exec(after);
    if (!number || /[.,]\d/u.test(after.slice(number[0].length, number[0].length + 2))) continue;
    const start = m.index + m[0].length + number[0].length - number[1]!.length;
    if (taken.has(start)) continue;
    taken.add(start);
    if (number[1]!.length === ORDER_DIGITS) found.push({ index: start, id: number[1]! });
  }
  // Bare: a standalone 5-digit number, unless the message is an address or a city sits next to it.
  const isAddress = STREET.test(text);
  const bare = /(?<![A-Za-z\d.,/:+-])\d{5}(?![\d]|[.,]\d|[A-Za-z%])/gu;
  for (let m = bare.exec(text); m; m = bare.exec(text)) {
    if (taken.has(m.index)) continue;
    const around = text.slice(Math.max(0, m.index - 22), m.index + 28);
    if (isAddress || CITY_NEAR_NUMBER.test(around) || STATE_ZIP.test(around)) continue;
    found.push({ index: m.index, id: m[0] });
  }
  found.sort((a, b) => a.index - b.index);
  const orderIds = [...new Set(found.map((f) => f.id))];
  return { orderIds, trackingNumbers: [...new Set(trackingNumbers)], emails, postcodes, measurements };
}
