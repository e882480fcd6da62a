// Which language this turn answers in. A confident detection pins the conversation's language (with
// hysteresis, see core/language.ts); until something is pinned the turn answers in the best fallback:
// the client's language hint, else a script-decided detection (Han, kana, Hangul, Thai, Arabic), else the
// language on the shopper's own customer record, else the merchant's default. Fallbacks are never pinned: the shopper's next real sentence decides.
import { informativeLength, languageFromHint, pinLanguage } from '../language';
import type { Language, Understanding } from '../types';
import type { TurnState } from './state';

/** Below this many informative characters a detection that contradicts the client's hint does not pin. */
const HINT_OVERRIDE_LENGTH = 20;

/** Scripts that name the language family for sure even when the exact variant is unsure (Han, kana, Hangul…). */
const SCRIPT_DECIDED: ReadonlySet<Language> = new Set(['zh-Hans', 'zh-Hant', 'ja', 'ko', 'th', 'ar']);

/** Pins the conversation language from what the understanding detected. */
export function pinFrom(state: TurnState, u: Understanding, text: string): void {
  const { conversation } = state;
  state.detectedLanguage = u.language;
  // A Telegram user whose app is set to German and writes "hallo" is German, whatever a short word
  // looks like to a detector: only a real sentence in another language overrides the client's hint.
  const hint = languageFromHint(state.message.sender.languageCode);
  if (!conversation.language && hint && hint !== u.language && informativeLength(text) < HINT_OVERRIDE_LENGTH)
    return;
  const pinned = pinLanguage(
    conversation,
    { language: u.language, confidence: u.languageConfidence },
    informativeLength(text),
  );
  conversation.language = pinned.language;
  conversation.languageCandidate = pinned.languageCandidate;
}

/** The language of the customer record behind this conversation's identity, if it has one. */
async function customerLanguage(state: TurnState): Promise<Language | undefined> {
  const { identity } = state.conversation;
  const { orders } = state.deps;
  try {
    if (identity.kind === 'phone') return (await orders.ordersForPhone(identity.phone))[0]?.customer.language;
    if (identity.kind === 'customer')
      return (await orders.ordersForCustomer(identity.customerId))[0]?.customer.language;
  } catch {
    // A store hiccup only costs the guess: the merchant's default still answers.
  }
  return undefined;
}

export async function settleLanguage(state: TurnState): Promise<void> {
  const { languages, defaultLanguage } = state.deps.merchant;
  const usable = (language: Language | undefined): language is Language =>
    language !== undefined && languages.includes(language);
  const pinned = state.conversation.language;
  let language: Language | undefined = usable(pinned) ? pinned : undefined;
  if (!language) {
    const hint = languageFromHint(state.message.sender.languageCode);
    language = usable(hint) ? hint : undefined;
  }
  // "你好" may be unsure between Simplified and Traditional, but it is certainly not the default language.
  const detected = state.detectedLanguage;
  if (!language && detected && SCRIPT_DECIDED.has(detected) && usable(detected)) language = detected;
  if (!language) {
    const recorded = await customerLanguage(state);
    language = usable(recorded) ? recorded : defaultLanguage;
  }
  state.language = language;
  state.log.language = language;
}

// Bare acknowledgements in our languages. Matched whole (after trimming punctuation and emoji), so "ok
// where is my order" is still a question. A yes/no the bot asked for is handled before this.
const ACKNOWLEDGEMENTS = new Set([
  'ok',
  'okay',
  'okey',
  'oke',
  'okie',
  'okk',
  'k',
  'kk',
  'okay then',
  'alright',
  'all right',
  'got it',
  'noted',
  'i see',
  'cool',
  'fine',
  'sure',
  'vale',
  'ok vale',
  'entendido',
  'de acuerdo',
  'tá',
  'ta',
  'tá bom',
  'beleza',
  'entendi',
  'certo',
  'sip',
  'siap',
  'baik',
  'oke kak',
  'ok kak',
  'baiklah',
  'faham',
  'ok noted',
  'okay po',
  'ok po',
  'sige',
  'sige po',
  'gets',
  'd’accord',
  "d'accord",
  'entendu',
  'compris',
  'alles klar',
  'verstanden',
  'in ordnung',
  'tamam',
  'peki',
  'anladım',
  'va bene',
  'capito',
  'perfetto',
  'oké',
  'prima',
  'begrepen',
  'dobrze',
  'rozumiem',
  'jasne',
  'vâng',
  'dạ',
  'ừ',
  'được',
  'oke shop',
  'ครับ',
  'ค่ะ',
  'โอเค',
  'โอเคค่ะ',
  'โอเคครับ',
  'เข้าใจแล้ว',
  'はい',
  'わかりました',
  '了解',
  '了解です',
  '承知しました',
  'うん',
  '好',
  '好的',
  '嗯',
  '知道了',
  '明白',
  '明白了',
  '네',
  '넵',
  '알겠어요',
  '알겠습니다',
  '응',
  'حسنا',
  'تمام',
  'ماشي',
  'اوكي',
  'طيب',
]);

export function isAcknowledgement(text: string): boolean {
  const bare = text
    .toLowerCase()
    .replace(/(?:[\p{P}\p{S}\p{Extended_Pictographic}]|\u200d|\ufe0f)+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return bare !== '' && ACKNOWLEDGEMENTS.has(bare);
}
