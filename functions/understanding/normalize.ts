// Text normalization shared by the intent model's features, entity extraction and language detection.
import { toSimplified } from './han-variants';

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Arabic-Indic and Persian digits → ASCII; everything else unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    const base = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(code - base);
  });
}

/**
 * NFKC (full-width letters, digits and ＃ become ASCII; half-width kana become full-width) and ASCII
 * digits. Case and diacritics are kept: entity rules and language detection need them.
 */
export function canonicalText(text: string): string {
  return asciiDigits(text.normalize('NFKC'));
}

const LATIN_MARKS = /[\u0300-\u036f]/g;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;

/**
 * The intent model's view of a text: canonical, lower-cased, Latin diacritics folded (shoppers often type
 * Vietnamese, Portuguese or French without them), Arabic letter variants unified, Traditional Chinese mapped
 * to Simplified so both scripts share what the model learned.
 */
export function foldText(text: string): string {
  return toSimplified(
    canonicalText(text)
      .toLowerCase()
      .replace(/đ/g, 'd')
      .replace(/ı/g, 'i')
      .replace(/ł/g, 'l')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(LATIN_MARKS, '')
      .normalize('NFC')
      .replace(ARABIC_MARKS, '')
      .replace(/[أإآ]/g, 'ا')
      .replace(/ة/g, 'ه')
      .replace(/ى/g, 'ي'),
  );
}

const ESCAPE = /\\(?:[pPuk]\{[^}]*\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[A-Za-z]|.)/su;
const PATTERN_PARTS = new RegExp(`${ESCAPE.source}|[^\\\\]+`, 'gsu');

/**
 * A regular-expression source folded the way `foldText` folds a message (lower case, no Latin accents,
 * Simplified Han, unified Arabic letters), escapes left alone so `\b`, `\d` and `\p{L}` keep their meaning.
 * @example
 * foldPattern('cuándo llega\\b'); // 'cuando llega\\b'
 */
export function foldPattern(source: string): string {
  return source.replace(PATTERN_PARTS, (part) => (part.startsWith('\\') ? part : foldLiteral(part)));
}

const SYNTAX = /[\\^$.*+?()[\]{}|]/g;
// Characters outside letters, marks, digits, spaces and ASCII: full-width punctuation and the like, which
// NFKC may turn into regex syntax ("？" → "?").
const ODD = /[^\p{L}\p{M}\p{N}\s!-~]/gu;

// Odd characters one by one, escaped where folding made syntax of them, so that "嗎？" keeps a literal
// question mark instead of gaining a quantifier; then the rest in one go.
function foldLiteral(part: string): string {
  return foldText(part.replace(ODD, (ch) => foldText(ch).replace(SYNTAX, '\\$&')));
}
