// AWS Translate behind the Translator port: one TranslateText call per text (more only past the API's
// 10,000-byte limit), with the protected spans shielded, the merchant's custom terminology applied when one
// is configured, and a hard deadline, because an agent's reply waits on it.
//
// Locally AWS_ENDPOINT_URL_TRANSLATE points the SDK at lib/local/fakes/translate.ts.
import { TranslateClient, TranslateTextCommand } from '@aws-sdk/client-translate';
import type { Translator } from '../../core/ports';
import type { Language } from '../../core/types';
import { hasTranslatableText, protectSpans, restoreSpans, TranslateError } from './protect';

export { TranslateError } from './protect';

/**
 * Our language tags as AWS Translate spells them (docs: "Supported languages and language codes"): AWS's
 * `pt` is Brazilian Portuguese, `zh` Simplified and `zh-TW` Traditional Chinese, `tl` Filipino/Tagalog.
 */
export const AWS_LANGUAGE_CODES: Readonly<Record<Language, string>> = {
  en: 'en',
  es: 'es',
  'pt-BR': 'pt',
  id: 'id',
  ms: 'ms',
  th: 'th',
  vi: 'vi',
  ja: 'ja',
  'zh-Hans': 'zh',
  'zh-Hant': 'zh-TW',
  ko: 'ko',
  ar: 'ar',
  fr: 'fr',
  de: 'de',
  tr: 'tr',
  fil: 'tl',
  it: 'it',
  nl: 'nl',
  pl: 'pl',
};

/** TranslateText's limit on `Text`, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 10_000;

export interface AwsTranslatorOptions {
  /** @default the SDK's (AWS_REGION) */
  readonly region?: string;
  /** @default the regional endpoint (the SDK also reads AWS_ENDPOINT_URL_TRANSLATE itself) */
  readonly endpoint?: string;
  /** Custom terminologies (the merchant glossary in AWS) applied to every call. */
  readonly terminologyNames?: readonly string[];
  /** Brand and product names kept as written, besides ids, links and emoji. */
  readonly glossary?: readonly string[];
  /** For the whole call, retries included: an agent's reply must not hang on it. @default 3000 */
  readonly timeoutMs?: number;
  /** A preconfigured client (tests, shared clients); `region` and `endpoint` are then ignored. */
  readonly client?: TranslateClient;
}

/**
 * Cuts a text over the byte limit into pieces under it, at sentence boundaries. Chat messages never need
 * it; a long merchant FAQ answer might.
 */
function chunksWithinLimit(text: string): string[] {
  if (Buffer.byteLength(text, 'utf8') <= MAX_TEXT_BYTES) return [text];
  const chunks: string[] = [];
  let current = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(text)) {
    if (Buffer.byteLength(segment, 'utf8') > MAX_TEXT_BYTES)
      throw new TranslateError(`a sentence is longer than AWS Translate's ${MAX_TEXT_BYTES} bytes`);
    if (Buffer.byteLength(current + segment, 'utf8') > MAX_TEXT_BYTES) {
      chunks.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Creates the AWS Translate translator.
 * @example
 * const translator = createAwsTranslator({ terminologyNames: ['shop-glossary'], glossary: ['AeroFlex'] });
 * await translator.translate({ text: 'ขอคุยกับเจ้าหน้าที่หน่อยค่ะ', from: 'th', to: 'en' });
 */
export function createAwsTranslator(options: AwsTranslatorOptions = {}): Translator {
  const timeoutMs = options.timeoutMs ?? 3000;
  const client =
    options.client ??
    new TranslateClient({
      ...(options.region ? { region: options.region } : {}),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      requestHandler: {
        connectionTimeout: timeoutMs,
        requestTimeout: timeoutMs,
        throwOnRequestTimeout: true,
      },
    });
  const terminologyNames = options.terminologyNames?.filter((name) => name.length > 0) ?? [];

  async function translateChunk(text: string, from: string, to: string, signal: AbortSignal) {
    const command = new TranslateTextCommand({
      Text: text,
      SourceLanguageCode: from,
      TargetLanguageCode: to,
      ...(terminologyNames.length > 0 ? { TerminologyNames: [...terminologyNames] } : {}),
    });
    let translated: string | undefined;
    try {
      ({ TranslatedText: translated } = await client.send(command, { abortSignal: signal }));
    } catch (error) {
      if (signal.aborted)
        throw new TranslateError(`AWS Translate timed out after ${timeoutMs} ms`, { cause: error });
      const code = error instanceof Error ? error.name : undefined;
      throw new TranslateError(`AWS Translate failed (${code ?? 'unknown error'})`, {
        cause: error,
        ...(code ? { code } : {}),
      });
    }
    if (typeof translated !== 'string') throw new TranslateError('AWS Translate answered without a text');
    return translated;
  }

  return {
    async translate({ text, from, to }) {
      // Same language or nothing to say: no call, no cost.
      if (from === to || text.trim() === '') return text;
      const shielded = protectSpans(text, { glossary: options.glossary });
      if (!hasTranslatableText(shielded)) return text;
      const signal = AbortSignal.timeout(timeoutMs);
      const source = AWS_LANGUAGE_CODES[from];
      const target = AWS_LANGUAGE_CODES[to];
      const chunks = chunksWithinLimit(shielded.text);
      let translated = '';
      for (const [i, chunk] of chunks.entries()) {
        const answer = await translateChunk(chunk, source, target, signal);
        // The engine trims what it returns; the space between two chunks' sentences is ours to keep.
        translated += i < chunks.length - 1 ? answer.trimEnd() + (/\s*$/.exec(chunk)?.[0] ?? '') : answer;
      }
      return restoreSpans(translated, shielded).text;
    },
  };
}
