// AWS Translate, locally: `POST /fake/translate/` speaking the AWS JSON 1.1 protocol exactly as
// @aws-sdk/client-translate sends it (the local stack sets AWS_ENDPOINT_URL_TRANSLATE to `{origin}/fake/translate`).
//
//   POST /fake/translate/
//   x-amz-target: AWSShineFrontendService_20170701.TranslateText
//   content-type: application/x-amz-json-1.1
//   authorization: AWS4-HMAC-SHA256 Credential=…        (present, not verified: local credentials are fake)
//   { "Text", "SourceLanguageCode", "TargetLanguageCode", "TerminologyNames"? }
//   → { "TranslatedText", "SourceLanguageCode", "TargetLanguageCode", "AppliedTerminologies"? }
//
// Errors are AWS-shaped (`{ "__type", "message" }`), so the SDK raises the same exception classes as in AWS.
//
// It does not really translate. A small phrasebook of whole sentences (shopper and agent lines of the demo)
// answers in both directions; any other text comes back as `[th→en] original text` — an honest marker that
// the local stack did not translate it, which still lets every step after translation run, and passes
// placeholders and protected spans through untouched.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LocalRoute, readBody } from '../routes';

export const TRANSLATE_TEXT_TARGET = 'AWSShineFrontendService_20170701.TranslateText';
const JSON_1_1 = 'application/x-amz-json-1.1';
const MAX_TEXT_BYTES = 10_000;

/** Every language code AWS Translate accepts (docs: "Supported languages and language codes"). */
// biome-ignore format: a table reads better than one code per line
export const AWS_TRANSLATE_LANGUAGES: readonly string[] = [
  'af', 'sq', 'am', 'ar', 'hy', 'az', 'bn', 'bs', 'bg', 'ca', 'zh', 'zh-TW', 'hr', 'cs', 'da', 'fa-AF',
  'nl', 'en', 'et', 'fa', 'tl', 'fi', 'fr', 'fr-CA', 'ka', 'de', 'el', 'gu', 'ht', 'ha', 'he', 'hi', 'hu',
  'is', 'id', 'ga', 'it', 'ja', 'kn', 'kk', 'ko', 'lv', 'lt', 'mk', 'ms', 'ml', 'mt', 'mr', 'mn', 'no',
  'ps', 'pl', 'pt', 'pt-PT', 'pa', 'ro', 'ru', 'sr', 'si', 'sk', 'sl', 'so', 'es', 'es-MX', 'sw', 'sv',
  'ta', 'te', 'th', 'tr', 'uk', 'ur', 'uz', 'vi', 'cy',
];

/**
 * Whole sentences in several languages (AWS codes); any two of an entry's languages translate into each
 * other. The first five are the demo's: tests and the simulator rely on them word for word.
 */
export const PHRASEBOOK: readonly Readonly<Record<string, string>>[] = [
  { th: 'ขอคุยกับเจ้าหน้าที่หน่อยค่ะ', en: 'Can I talk to a staff member, please?' },
  {
    en: 'Hello, this is Anna from the support team. I am checking your order now.',
    th: 'สวัสดีค่ะ ดิฉันแอนนาจากทีมบริการลูกค้า กำลังตรวจสอบคำสั่งซื้อของคุณอยู่ค่ะ',
  },
  { en: 'Your replacement is on its way.', th: 'สินค้าทดแทนกำลังจัดส่งไปหาคุณแล้วค่ะ' },
  { de: 'Ich möchte mit einem Menschen sprechen', en: 'I would like to speak to a human' },
  { ar: 'أريد التحدث مع موظف', en: 'I want to talk to an employee' },
  // Shoppers.
  { ja: '担当者と話したいです', en: 'I would like to talk to a representative' },
  { es: 'Quiero hablar con una persona', en: 'I want to talk to a person' },
  { th: 'สินค้าที่ได้รับเสียหายค่ะ', en: 'The item I received is damaged' },
  { es: 'Mi paquete todavía no ha llegado', en: 'My package still has not arrived' },
  { ja: '荷物がまだ届いていません', en: 'My parcel has not arrived yet' },
  { de: 'Das Paket ist beschädigt angekommen', en: 'The parcel arrived damaged' },
  { es: 'Quiero devolver estos zapatos', en: 'I want to return these shoes' },
  { ar: 'متى سيصل طلبي؟', en: 'When will my order arrive?' },
  { th: 'ขอบคุณมากค่ะ', en: 'Thank you very much', ja: 'ありがとうございます', ar: 'شكرا جزيلا' },
  // Agents.
  {
    en: 'Could you send me a photo of the damage?',
    th: 'รบกวนส่งรูปความเสียหายให้ดูหน่อยได้ไหมคะ',
    es: '¿Podría enviarme una foto del daño?',
    de: 'Könnten Sie mir ein Foto des Schadens schicken?',
  },
  {
    en: 'I have issued a full refund.',
    th: 'ดิฉันได้ดำเนินการคืนเงินเต็มจำนวนแล้วค่ะ',
    es: 'He emitido un reembolso completo.',
    de: 'Ich habe eine vollständige Rückerstattung veranlasst.',
    ja: '全額返金の手続きをいたしました。',
    ar: 'لقد أصدرت استردادا كاملا للمبلغ.',
  },
  {
    en: 'Is there anything else I can help you with?',
    th: 'มีอะไรให้ช่วยเพิ่มเติมไหมคะ',
    es: '¿Hay algo más en lo que pueda ayudarle?',
    de: 'Kann ich Ihnen sonst noch helfen?',
    ja: '他にお手伝いできることはありますか？',
    ar: 'هل هناك أي شيء آخر يمكنني مساعدتك به؟',
  },
  {
    en: 'Thank you for your patience.',
    th: 'ขอบคุณที่รอค่ะ',
    es: 'Gracias por su paciencia.',
    de: 'Vielen Dank für Ihre Geduld.',
  },
];

/**
 * How the phrasebook matches: case, spacing, a leading ¿/¡ and trailing punctuation (in every script the
 * phrasebook has) do not count, so "can i talk to a staff member please" finds its entry.
 */
export function normalizePhrase(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s¿¡]+/, '')
    .replace(/[\s.!?。！？…؟،,]+$/, '');
}

/** Per language, normalized sentence → its phrasebook entry. */
const PHRASE_INDEX: ReadonlyMap<string, ReadonlyMap<string, Readonly<Record<string, string>>>> = (() => {
  const index = new Map<string, Map<string, Readonly<Record<string, string>>>>();
  for (const entry of PHRASEBOOK)
    for (const [language, sentence] of Object.entries(entry)) {
      const byText = index.get(language) ?? new Map();
      byText.set(normalizePhrase(sentence), entry);
      index.set(language, byText);
    }
  return index;
})();

/** The phrasebook's translation, or undefined when the sentence or the pair is not in it. */
export function phrasebookTranslation(text: string, from: string, to: string): string | undefined {
  return PHRASE_INDEX.get(from)?.get(normalizePhrase(text))?.[to];
}

/** The language of a phrasebook sentence, for `SourceLanguageCode: "auto"`. */
function phrasebookLanguage(text: string): string | undefined {
  const normalized = normalizePhrase(text);
  for (const [language, byText] of PHRASE_INDEX) if (byText.has(normalized)) return language;
  return undefined;
}

/** What the fake served: successful TranslateText calls, and the characters it would have billed. */
export interface FakeTranslateUsage {
  calls: number;
  /** Code points of `Text` in calls between two different languages (AWS bills no same-language call). */
  characters: number;
}

/** One request as the fake read it, for tests that check what the SDK sent. */
export interface FakeTranslateRequest {
  text: string;
  sourceLanguageCode: string;
  targetLanguageCode: string;
  terminologyNames: string[];
}

export interface FakeTranslateOptions {
  /** Language codes it accepts. @default AWS_TRANSLATE_LANGUAGES */
  languages?: readonly string[];
  /** Told of every valid TranslateText request. */
  onTranslate?: (request: FakeTranslateRequest) => void;
}

// Every fake's usage, summed: the bench reads it without holding the instance the local stack created.
const totalUsage: FakeTranslateUsage = { calls: 0, characters: 0 };

/** Usage summed over every fake created in this process (`npm run bench` reports it). */
export function fakeTranslateUsage(): FakeTranslateUsage {
  return { ...totalUsage };
}

export function resetFakeTranslateUsage(): void {
  totalUsage.calls = 0;
  totalUsage.characters = 0;
}

function awsError(res: ServerResponse, status: number, type: string, message: string): true {
  const body = JSON.stringify({ __type: type, message });
  res.writeHead(status, {
    'content-type': JSON_1_1,
    'content-length': String(Buffer.byteLength(body)),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(body);
  return true;
}

function awsReply(res: ServerResponse, body: unknown): true {
  const text = JSON.stringify(body);
  res.writeHead(200, {
    'content-type': JSON_1_1,
    'content-length': String(Buffer.byteLength(text)),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(text);
  return true;
}

type Parsed = { ok: true; request: FakeTranslateRequest } | { ok: false; type: string; message: string };

function parseRequest(body: unknown): Parsed {
  const invalid = (message: string): Parsed => ({ ok: false, type: 'ValidationException', message });
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return invalid('The request body must be an object');
  const { Text, SourceLanguageCode, TargetLanguageCode, TerminologyNames } = body as Record<string, unknown>;
  if (typeof Text !== 'string' || Text.length === 0)
    return invalid("Value at 'text' failed to satisfy constraint");
  if (Buffer.byteLength(Text, 'utf8') > MAX_TEXT_BYTES)
    return {
      ok: false,
      type: 'TextSizeLimitExceededException',
      message: `Input text size exceeds limit. Max length of request text allowed is ${MAX_TEXT_BYTES} bytes`,
    };
  if (typeof SourceLanguageCode !== 'string' || !SourceLanguageCode)
    return invalid("Value at 'sourceLanguageCode' failed to satisfy constraint");
  if (typeof TargetLanguageCode !== 'string' || !TargetLanguageCode)
    return invalid("Value at 'targetLanguageCode' failed to satisfy constraint");
  if (
    TerminologyNames !== undefined &&
    (!Array.isArray(TerminologyNames) || !TerminologyNames.every((name) => typeof name === 'string'))
  )
    return invalid("Value at 'terminologyNames' failed to satisfy constraint");
  return {
    ok: true,
    request: {
      text: Text,
      sourceLanguageCode: SourceLanguageCode,
      targetLanguageCode: TargetLanguageCode,
      terminologyNames: (TerminologyNames as string[] | undefined) ?? [],
    },
  };
}

/**
 * Creates the fake AWS Translate route.
 * @example
 * const translate = createFakeTranslate();
 * http.createServer((req, res) => void translate(req, res, new URL(req.url ?? '/', 'http://x')));
 * translate.usage(); // { calls: 0, characters: 0 }
 */
export function createFakeTranslate(
  options: FakeTranslateOptions = {},
): LocalRoute & { usage(): FakeTranslateUsage } {
  const languages = new Set(options.languages ?? AWS_TRANSLATE_LANGUAGES);
  const usage: FakeTranslateUsage = { calls: 0, characters: 0 };

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== '/fake/translate' && url.pathname !== '/fake/translate/') return false;
    const authorization = req.headers.authorization ?? '';
    if (!authorization.startsWith('AWS4-HMAC-SHA256'))
      return awsError(res, 403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    if (req.method !== 'POST' || req.headers['x-amz-target'] !== TRANSLATE_TEXT_TARGET)
      return awsError(res, 400, 'UnknownOperationException', 'Only TranslateText is served here');
    if (!(req.headers['content-type'] ?? '').startsWith(JSON_1_1))
      return awsError(res, 400, 'SerializationException', `Expected content-type ${JSON_1_1}`);

    let body: unknown;
    try {
      body = JSON.parse((await readBody(req)).toString('utf8'));
    } catch {
      return awsError(res, 400, 'SerializationException', 'The request body is not JSON');
    }
    const parsed = parseRequest(body);
    if (!parsed.ok) return awsError(res, 400, parsed.type, parsed.message);
    const { request } = parsed;
    options.onTranslate?.(request);

    const target = request.targetLanguageCode;
    let source = request.sourceLanguageCode;
    if (source === 'auto') {
      const detected = phrasebookLanguage(request.text);
      if (!detected)
        return awsError(
          res,
          400,
          'DetectedLanguageLowConfidenceException',
          'The local fake detects only phrasebook sentences; pass SourceLanguageCode',
        );
      source = detected;
    }
    if (!languages.has(source) || !languages.has(target))
      return awsError(
        res,
        400,
        'UnsupportedLanguagePairException',
        `Unsupported language pair: ${source} to ${target}`,
      );

    const translated =
      source === target
        ? request.text
        : (phrasebookTranslation(request.text, source, target) ?? `[${source}→${target}] ${request.text}`);
    const billed = source === target ? 0 : Array.from(request.text).length;
    usage.calls += 1;
    usage.characters += billed;
    totalUsage.calls += 1;
    totalUsage.characters += billed;
    return awsReply(res, {
      TranslatedText: translated,
      SourceLanguageCode: source,
      TargetLanguageCode: target,
      ...(request.terminologyNames.length > 0
        ? { AppliedTerminologies: request.terminologyNames.map((name) => ({ Name: name, Terms: [] })) }
        : {}),
    });
  };
  return Object.assign(route, { usage: () => ({ ...usage }) });
}
