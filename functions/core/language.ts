// Which language a conversation is in. Pure: the worker feeds it each message's detection and saves the
// returned fields on the conversation.
import { type Conversation, LANGUAGES, type Language } from './types';

export type LanguageState = Pick<Conversation, 'language' | 'languageCandidate'>;

/** Below this many letters (CJK/Thai characters count double) a message says too little to switch on. */
export const MIN_SUBSTANTIVE_LETTERS = 8;
/** The first pin needs this many letters: a lone short word answers in the fallback language instead. */
export const MIN_FIRST_PIN_LETTERS = 5;
/** Detections below this confidence never move a pinned language. */
export const MIN_SWITCH_CONFIDENCE = 0.6;
/** Consecutive substantive messages in another language it takes to switch. */
export const SWITCH_STREAK = 2;

const DENSE_SCRIPT = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/**
 * How much language a message carries: letters only, without numbers, order ids, punctuation or emoji.
 * Dense scripts (Thai, kana, Han, Hangul) count double: one character is about a short word.
 */
export function informativeLength(text: string): number {
  // Emails and links are letters in no language: "mei.lin@example.com" must not switch anything.
  const withoutIds = text
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+/giu, ' ')
    .replace(/\b(?:ord|order|no|nr|n°)?[-#\s.]*\d+\b/giu, ' ');
  let length = 0;
  for (const ch of withoutIds) {
    if (!/\p{L}/u.test(ch)) continue;
    length += DENSE_SCRIPT.test(ch) ? 2 : 1;
  }
  return length;
}

/**
 * Pins the conversation's language with hysteresis: the first confident detection pins directly (an
 * unsure one pins nothing); afterwards a short or uncertain message never switches, and SWITCH_STREAK
 * substantive messages in a row in another language do.
 * @example
 * let state = pinLanguage({}, { language: 'es', confidence: 0.9 }, 22); // { language: 'es' }
 * state = pinLanguage(state, { language: 'en', confidence: 0.4 }, 2);    // still 'es' ("ok")
 */
export function pinLanguage(
  state: LanguageState,
  detected: { language?: Language; confidence: number },
  textLength: number,
): LanguageState {
  const { language } = detected;
  if (!language) return { language: state.language, languageCandidate: state.languageCandidate };
  // An unsure first guess ("oi", "ok", an email) must not decide the whole conversation: leave it
  // unpinned and let the caller answer in its best fallback until a message says more.
  if (!state.language) {
    // "STOP", "ok", "hi": too few letters to decide a whole conversation (dense scripts count double).
    return detected.confidence >= MIN_SWITCH_CONFIDENCE && textLength >= MIN_FIRST_PIN_LETTERS
      ? { language, languageCandidate: undefined }
      : { language: undefined, languageCandidate: undefined };
  }
  if (language === state.language) return { language, languageCandidate: undefined };
  const substantive = textLength >= MIN_SUBSTANTIVE_LETTERS && detected.confidence >= MIN_SWITCH_CONFIDENCE;
  if (!substantive) return { language: state.language, languageCandidate: state.languageCandidate };
  const streak = state.languageCandidate?.language === language ? state.languageCandidate.streak + 1 : 1;
  if (streak >= SWITCH_STREAK) return { language, languageCandidate: undefined };
  return { language: state.language, languageCandidate: { language, streak } };
}

const HINT_ALIASES: Record<string, Language> = {
  pt: 'pt-BR',
  'pt-br': 'pt-BR',
  'pt-pt': 'pt-BR',
  zh: 'zh-Hans',
  'zh-hans': 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-my': 'zh-Hans',
  'zh-hant': 'zh-Hant',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
  in: 'id',
  tl: 'fil',
  fil: 'fil',
  jp: 'ja',
  kr: 'ko',
};

/**
 * Maps a client language hint (Telegram `language_code`, LINE profile language, BCP-47 in any case)
 * to one of our languages, or undefined when we do not write that language.
 * @example
 * languageFromHint('pt-br'); // 'pt-BR'
 * languageFromHint('zh-TW'); // 'zh-Hant'
 */
export function languageFromHint(hint: string | undefined): Language | undefined {
  if (!hint) return undefined;
  const tag = hint.trim().replace(/_/g, '-').toLowerCase();
  if (!tag) return undefined;
  const alias = HINT_ALIASES[tag];
  if (alias) return alias;
  const parts = tag.split('-');
  const base = parts[0] ?? '';
  if (base === 'zh') {
    return parts.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-Hant' : 'zh-Hans';
  }
  const baseAlias = HINT_ALIASES[base];
  if (baseAlias) return baseAlias;
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : undefined;
}
