// Turns a message into the bag of features the intent model sees. Language-agnostic on purpose: one model
// serves every language, so code-switched messages (Taglish, Manglish, Spanglish) and misdetected languages
// still land on the right words. Intl.Segmenter (Node's full ICU) splits Chinese, Japanese and Thai into
// words at no bundle cost, so no dictionary packages are needed.
import { foldText } from './normalize';

/** Bump when this file changes in a way that needs a retrain: it is part of the model's freshness hash. */
export const FEATURE_VERSION = 2;

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

const HAN_KANA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
const THAI = /[\u0e00-\u0e7f]/u;
const HANGUL = /[\uac00-\ud7af]/u;
const ARABIC = /[\u0600-\u06ff]/u;
const LATIN_WORD = /^[a-z][a-z'’-]*$/;
const EMOJI = /\p{Extended_Pictographic}/u;
const CURRENCY_AFTER =
  /^\s?(?:円|元|块|원|€|\$|บาท|đ|₫|usd|eur|reais|pesos?|ringgit|baht|lira|tl|zl|zł|won|yen)/u;
const CURRENCY_BEFORE = /(?:[$€£¥₩฿₫₱]|r\$|rm|rp\.?|usd|eur)\s?$/u;
const TRACKING = /^[a-z]{2}\d{9}[a-z]{2}$|^1z[0-9a-z]{16}$|^(yt|sf)\d{10,16}$/;

/** Collapses numbers and identifiers into a few placeholder tokens: their shape matters, not their value. */
function numberToken(word: string): string {
  if (TRACKING.test(word)) return 'TRK';
  if (/^ord-?\d+$/.test(word)) return 'ORDNUM';
  const digits = word.replace(/\D/g, '');
  if (/^\d+$/.test(word)) return digits.length === 5 ? 'NUM5' : 'NUM';
  return /^\d+(cm|kg|m|lbs?|in|ft)$/.test(word) ? 'MEASURE' : 'ALNUM';
}

function addCjkGrams(run: string, out: string[]): void {
  const chars = Array.from(run);
  for (let i = 0; i < chars.length; i += 1) {
    out.push(chars[i]!);
    if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
  }
}

/** Features of one message, in order, duplicates allowed (the model uses them as a set). */
export function featurize(text: string): string[] {
  const folded = foldText(text).slice(0, 600);
  const out: string[] = [];
  const segments = [...segmenter.segment(folded)];
  for (const [i, { segment, isWordLike }] of segments.entries()) {
    if (!isWordLike) {
      if (EMOJI.test(segment)) {
        for (const ch of segment) if (EMOJI.test(ch)) out.push(ch);
      } else if (/[?？؟]/.test(segment)) {
        out.push('Q?');
      }
      continue;
    }
    if (/\d/.test(segment) && !HAN_KANA.test(segment)) {
      const next = segments[i + 1]?.segment ?? '';
      const previous = segments[i - 1]?.segment ?? '';
      out.push(CURRENCY_AFTER.test(next) || CURRENCY_BEFORE.test(previous) ? 'PRICE' : numberToken(segment));
      continue;
    }
    if (HAN_KANA.test(segment)) {
      out.push(segment);
      addCjkGrams(segment, out);
      continue;
    }
    out.push(segment);
    if (THAI.test(segment)) continue;
    if (HANGUL.test(segment)) {
      // Korean glues particles and endings onto the stem: the first two syllables carry the meaning.
      const syllables = Array.from(segment);
      if (syllables.length > 2) out.push(`${syllables.slice(0, 2).join('')}~`);
      continue;
    }
    if (ARABIC.test(segment)) {
      // Arabic attaches articles, conjunctions and pronouns to the word: strip the common ones.
      const stem = segment
        .replace(/^(وال|بال|فال|لل|ال|و|ب|ف)(?=.{3})/u, '')
        .replace(/(ها|هم|نا|كم|ي|ك|ه|ات)$/u, '');
      if (stem !== segment && stem.length >= 2) out.push(`${stem}~`);
      continue;
    }
    if (LATIN_WORD.test(segment) && segment.length > 5) {
      // A cheap stem: inflections and most typos keep the first five letters.
      out.push(`${segment.slice(0, 5)}~`);
    }
  }
  return out;
}
