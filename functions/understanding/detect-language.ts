// Language of one message: the script decides where it can (Thai, Hangul, kana, Han, Arabic), tinyld
// decides among Latin-script languages, and a few rules fix what tinyld gets wrong on chat messages
// (Malay vs Indonesian, Vietnamese typed with its tone marks, Simplified vs Traditional Chinese).
import { detectAll } from 'tinyld';
import type { Language } from '../core/types';
import { countHanScripts } from './han-variants';
import { canonicalText } from './normalize';

export interface DetectedLanguage {
  /** Undefined when the message carries too little to tell (e.g. "ok", "👍", "48213"). */
  language?: Language;
  /** 0..1. */
  confidence: number;
}

const TINYLD_TO_LANGUAGE: Record<string, Language> = {
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

// Letters only Vietnamese uses (horn vowels, breve a, d-stroke, tone marks under/over vowels).
const VIETNAMESE = /[ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

// Everyday words that tell Malay from Indonesian; tinyld often calls both "id".
const MALAY_MARKERS =
  /\b(tak|nak|boleh|kat|sangat|macam|je|lah|dah|kenapa|pejabat|wang|percuma|kedai|bila|semalam|hantar|betul|sikit|saiz|pulangkan|bayaran|kastam|poskod|tukar|ke\?|awak|korang|tu|ni|lagi ke|belum lagi|baju|seluar|tersalah|terlepas|terlupa)\b/giu;
const INDONESIAN_MARKERS =
  /\b(tidak|enggak|nggak|gak|ga|belum|udah|kapan|bagaimana|gimana|saja|aja|dong|kak|min|nih|sih|kok|banget|bgt|mau|uang|kantor|gratis|kemarin|kirim|dikirim|paket|ukuran|resi|bisa|sampai|barangnya|gmn|blm|tdk)\b/giu;
// Tagalog function words tinyld sometimes misses in Taglish.
const FILIPINO_MARKERS =
  /\b(po|yung|ang|ng|naman|ba|ko|nyo|kayo|sa|pa|na|wala|paano|kailan|nasaan|salamat)\b/giu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Different marker words: "je … je" in a French sentence is one word seen twice, not two clues. */
function countDistinct(text: string, pattern: RegExp): number {
  return new Set(text.match(pattern)?.map((m) => m.toLowerCase())).size;
}

// Accented Latin letters that Malay, Indonesian and Tagalog chat does not use (é, è, ç, ü, ß, ł…): a
// sentence with them is European, whatever short words it shares with the marker lists.
const EUROPEAN_LETTERS = /[à-æç-ïò-öù-ÿßąćęłńśźżőűğışœ]/iu;

/** Chinese script from the characters that differ between Simplified and Traditional. */
function chineseVariant(text: string): DetectedLanguage {
  const { traditional, simplified } = countHanScripts(text);
  if (traditional > simplified) return { language: 'zh-Hant', confidence: 0.95 };
  if (simplified > traditional) return { language: 'zh-Hans', confidence: 0.95 };
  // Nothing tells them apart (e.g. "你好"): Simplified is more common, but say we are unsure.
  return { language: 'zh-Hans', confidence: 0.55 };
}

function latinLanguage(text: string): DetectedLanguage {
  if (VIETNAMESE.test(text)) return { language: 'vi', confidence: 0.95 };
  // tinyld's light profile (a fraction of the cold start of the full one) barely knows Malay and
  // Indonesian: their everyday words decide first.
  const byMarkers = fallbackByMarkers(text);
  if (byMarkers.language) return byMarkers;
  const ranked = detectAll(text, { only: TINYLD_ONLY });
  const top = ranked[0];
  if (!top) return fallbackByMarkers(text);
  let language = TINYLD_TO_LANGUAGE[top.lang];
  if (!language) return { confidence: 0 };
  const second = ranked[1]?.accuracy ?? 0;
  let confidence = top.accuracy >= 1 ? 0.95 : Math.min(0.95, top.accuracy / (top.accuracy + second || 1));
  if (language === 'id' || language === 'ms') {
    const malay = count(text, MALAY_MARKERS);
    const indonesian = count(text, INDONESIAN_MARKERS);
    if (malay > indonesian) language = 'ms';
    else if (indonesian > malay) language = 'id';
    confidence = Math.max(confidence, 0.7);
  }
  return { language, confidence };
}

/** For short Latin messages tinyld declines: marker words of the languages it confuses most. */
function fallbackByMarkers(text: string): DetectedLanguage {
  if (EUROPEAN_LETTERS.test(text)) return { confidence: 0 };
  const scores: [Language, number][] = [
    ['fil', countDistinct(text, FILIPINO_MARKERS)],
    ['ms', countDistinct(text, MALAY_MARKERS)],
    ['id', countDistinct(text, INDONESIAN_MARKERS)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (best && best[1] >= 2 && best[1] > (second?.[1] ?? 0)) return { language: best[0], confidence: 0.6 };
  return { confidence: 0 };
}

/**
 * Detects the language of one shopper message.
 * @example
 * detectLanguage('這件外套有其他顏色嗎'); // { language: 'zh-Hant', confidence: 0.95 }
 */
export function detectLanguage(raw: string): DetectedLanguage {
  const text = canonicalText(raw).slice(0, 2000);
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
