// What machine translation must not touch. Before a text goes to an engine, the spans a reader needs exactly
// as written — order numbers, tracking numbers, links, email addresses, emoji and the merchant's brand and
// product names — are swapped for placeholders, and swapped back in the engine's output.
//
// The placeholder is a short Latin code (`XQZ1X`, `XQZ2X`…), not a bracket or a rare symbol: neural engines
// copy unknown alphanumeric codes (they look like SKUs) but may drop or "correct" characters outside their
// vocabulary. Engines still move placeholders within the sentence, change their case, put spaces inside
// them, widen them to full-width forms or write their digits in the target script (Arabic-Indic, Thai…):
// restoring accepts all of that, wherever the placeholder ended up.
//
// A placeholder the engine lost entirely: its span is appended to the translation, in source order, rather
// than the whole translation being thrown away for the original. The reader of a translation usually cannot
// read the original, so a sentence with the tracking number at its end serves them; an untranslated message
// with it in place does not. Placeholders the engine invented (an index we never issued) are removed.

/** Why a translation failed, for every engine adapter (kept here so the LLM bundle needs no AWS SDK). */
export class TranslateError extends Error {
  /** The engine's error name when it gave one (e.g. `UnsupportedLanguagePairException`). */
  readonly code: string | undefined;

  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options);
    this.name = 'TranslateError';
    this.code = options?.code;
  }
}

export interface ProtectOptions {
  /** Merchant glossary: brand and product names kept as written (matched case-insensitively, whole words). */
  readonly glossary?: readonly string[];
}

export interface ProtectedText {
  /** The text to send to the engine: every protected span replaced by its placeholder. */
  readonly text: string;
  /** The protected spans as written in the source; span `i` stands behind `placeholder(i + 1)`. */
  readonly spans: readonly string[];
}

export interface RestoredText {
  readonly text: string;
  /** Spans whose placeholder the engine lost; they were appended to `text`. */
  readonly missing: readonly string[];
}

/** The placeholder of the `index`-th protected span (1-based). */
export function placeholder(index: number): string {
  return `XQZ${index}X`;
}

// Each letter in ASCII, either case, or full-width; digits in any script; spaces the engine slipped in.
const PLACEHOLDER_IN_OUTPUT = /[XxＸｘ]\s*[QqＱｑ]\s*[ZzＺｚ]\s*(\p{Nd}+)\s*[XxＸｘ]/gu;

/** Zeros of the digit blocks engines write numbers in besides ASCII (full-width ones fold under NFKC). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040, 0x17e0];

function digitValue(digit: string): number {
  const folded = digit.normalize('NFKC');
  if (folded >= '0' && folded <= '9') return folded.charCodeAt(0) - 48;
  const codePoint = digit.codePointAt(0) ?? 0;
  const zero = DIGIT_ZEROS.find((start) => codePoint >= start && codePoint <= start + 9);
  return zero === undefined ? Number.NaN : codePoint - zero;
}

function parseIndex(digits: string): number {
  let value = 0;
  for (const digit of digits) value = value * 10 + digitValue(digit);
  return value;
}

// The span detectors. ASCII-only character classes on purpose: ids and links are ASCII, and a Thai or
// Japanese sentence glues them to its words with no space ("ออเดอร์#51409ค่ะ"), which \S+ would swallow.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;
/** What a link cannot end with: sentence punctuation right after it belongs to the sentence. */
const URL_TRAILING_PUNCTUATION = /[.,!?;:'")\]]+$/;
const EMAIL_PATTERN = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** `#12345`, `#A-1042`: a hash followed by an id that has a digit. */
const HASH_ORDER_PATTERN = /#(?=[A-Za-z0-9-]*\d)[A-Za-z0-9-]{3,24}(?![A-Za-z0-9])/g;
/** A bare 5-digit number: the store's order ids (not a piece of a decimal like 12345.50). */
const ORDER_ID_PATTERN = /(?<![A-Za-z0-9\p{Nd}]|\d[.,])\d{5}(?![A-Za-z0-9\p{Nd}]|[.,]\d)/gu;
/** Carrier tracking numbers: 10–40 letters and digits with at least six digits (1Z999AA10123456784). */
const TRACKING_PATTERN = /(?<![A-Za-z0-9])(?=(?:[A-Za-z]*\d){6})[A-Za-z0-9]{10,40}(?![A-Za-z0-9])/g;
/** Runs of emoji: RGI sequences (ZWJ families, flags, keycaps, skin tones) and lone pictographs. */
const EMOJI_PATTERN = /(?:\p{RGI_Emoji}|\p{Extended_Pictographic}\uFE0F?)+/gv;

interface Span {
  start: number;
  end: number;
}

function matches(text: string, pattern: RegExp, trim?: RegExp): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = trim ? match[0].replace(trim, '') : match[0];
    if (value) spans.push({ start: match.index, end: match.index + value.length });
  }
  return spans;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A glossary term as a whole word: where the term begins or ends with a Latin letter or digit, the text
 * next to it must not continue the word ("Aero" is not in "Aerosmith"); a Thai or Chinese name has no word
 * spaces to respect.
 */
function glossaryPattern(term: string): RegExp {
  const wordEdge = /[\p{Script=Latin}\p{Nd}]/u;
  const before = wordEdge.test(term.at(0) ?? '') ? '(?<![\\p{Script=Latin}\\p{Nd}])' : '';
  const after = wordEdge.test(term.at(-1) ?? '') ? '(?![\\p{Script=Latin}\\p{Nd}])' : '';
  return new RegExp(`${before}${escapeRegExp(term)}${after}`, 'giu');
}

/**
 * Replaces the spans that must survive translation verbatim with placeholders.
 * @example
 * const shielded = protectSpans('Your order #51409 ships with DHL 🚚', { glossary: ['DHL'] });
 * shielded.text; // 'Your order XQZ1X ships with XQZ2X XQZ3X'
 * restoreSpans('Tu pedido XQZ1X se envía con XQZ2X XQZ3X', shielded).text;
 * // 'Tu pedido #51409 se envía con DHL 🚚'
 */
export function protectSpans(text: string, options: ProtectOptions = {}): ProtectedText {
  const terms = [...new Set(options.glossary ?? [])].filter((term) => term.trim().length > 0);
  const found = [
    // Text that already looks like a placeholder is protected too, so restoring cannot mistake it for one.
    ...matches(text, PLACEHOLDER_IN_OUTPUT),
    ...matches(text, URL_PATTERN, URL_TRAILING_PUNCTUATION),
    ...matches(text, EMAIL_PATTERN),
    ...matches(text, HASH_ORDER_PATTERN),
    ...matches(text, TRACKING_PATTERN),
    ...matches(text, ORDER_ID_PATTERN),
    ...matches(text, EMOJI_PATTERN),
    ...terms.flatMap((term) => matches(text, glossaryPattern(term))),
  ];
  // Earliest first, then longest: a link wins over the brand name or order id inside it.
  found.sort((a, b) => a.start - b.start || b.end - a.end);

  const spans: string[] = [];
  let shielded = '';
  let cursor = 0;
  for (const span of found) {
    if (span.start < cursor) continue;
    spans.push(text.slice(span.start, span.end));
    shielded += text.slice(cursor, span.start) + placeholder(spans.length);
    cursor = span.end;
  }
  shielded += text.slice(cursor);
  return { text: shielded, spans };
}

/**
 * Puts the protected spans back into an engine's output, wherever and however mangled their placeholders
 * came back; spans whose placeholder was lost are appended (see the file comment for why).
 */
export function restoreSpans(translated: string, shielded: ProtectedText): RestoredText {
  if (shielded.spans.length === 0) return { text: translated, missing: [] };
  const seen = new Set<number>();
  const restored = translated.replace(PLACEHOLDER_IN_OUTPUT, (_match, digits: string) => {
    const index = parseIndex(digits);
    const span = shielded.spans[index - 1];
    if (span === undefined) return '';
    seen.add(index);
    return span;
  });
  const missing = shielded.spans.filter((_span, i) => !seen.has(i + 1));
  if (missing.length === 0) return { text: restored, missing };
  const body = restored.trimEnd();
  return { text: body ? `${body} ${missing.join(' ')}` : missing.join(' '), missing };
}

/**
 * Whether anything is left to translate once the protected spans are out: a message that is only an order
 * number, a link or a thumbs-up reads the same in every language, and costs nothing untranslated.
 */
export function hasTranslatableText(shielded: ProtectedText): boolean {
  return /\p{L}/u.test(shielded.text.replace(PLACEHOLDER_IN_OUTPUT, ''));
}
