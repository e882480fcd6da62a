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

/** Languages a detector confuses on a few words: the shopper's record decides between them. */
const NEIGHBOURS: readonly (readonly Language[])[] = [
  ['de', 'nl'],
  ['id', 'ms'],
  ['es', 'pt-BR', 'it'],
  ['ja', 'zh-Hans', 'zh-Hant'],
  ['fr', 'it'],
  ['fil', 'id', 'ms'],
];

/** A long, confident sentence in another language switches at once (unless the shopper chose a language). */
const DECISIVE_LENGTH = 24;
const DECISIVE_CONFIDENCE = 0.8;

/**
 * Pins the conversation language from this message. An explicit request ("prefiero hablar en español")
 * pins at once and holds: afterwards only the usual hysteresis (two substantive messages) moves it. Without
 * one, a long confident sentence in another language switches at once — the shopper has clearly changed —
 * and short or unsure messages never do.
 */
export function pinFrom(state: TurnState, u: Understanding, text: string, recorded?: Language): void {
  const { conversation } = state;
  const { languages } = state.deps.merchant;
  const requested = u.requests.language;
  if (requested && languages.includes(requested)) {
    conversation.language = requested;
    conversation.languageRequested = requested;
    delete conversation.languageCandidate;
    return;
  }
  // A Telegram user whose app is set to German and writes "hallo" is German, whatever a short word
  // looks like to a detector: only a real sentence in another language overrides the client's hint.
  const hint = languageFromHint(state.message.sender.languageCode);
  if (!conversation.language && hint && hint !== u.language && informativeLength(text) < HINT_OVERRIDE_LENGTH)
    return;
  const length = informativeLength(text);
  const detected = u.detectedLanguage;
  // "Bitte 70018 stornieren" can look Dutch to a detector; the shopper's own customer record says German.
  // A short first message that an unsure or near-neighbour detection sets against the record pins
  // nothing: the record answers until they say more. (A clear English sentence from a German customer
  // is English.)
  const doubtful =
    detected !== undefined &&
    recorded !== undefined &&
    detected !== recorded &&
    (u.languageConfidence < 0.75 ||
      NEIGHBOURS.some((pair) => pair.includes(detected) && pair.includes(recorded)));
  if (!conversation.language && doubtful && length < DECISIVE_LENGTH) return;
  const decisive =
    !conversation.languageRequested &&
    detected !== undefined &&
    detected !== conversation.language &&
    length >= DECISIVE_LENGTH &&
    u.languageConfidence >= DECISIVE_CONFIDENCE;
  if (decisive && conversation.language) {
    conversation.language = detected;
    delete conversation.languageCandidate;
    return;
  }
  const pinned = pinLanguage(
    conversation,
    { language: u.language, confidence: u.languageConfidence },
    length,
  );
  if (pinned.language !== conversation.language) delete conversation.languageRequested;
  conversation.language = pinned.language;
  conversation.languageCandidate = pinned.languageCandidate;
}

/** The language of the customer record behind this conversation's identity, if it has one. */
export async function customerLanguage(state: TurnState): Promise<Language | undefined> {
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

const HAN_FAMILY: ReadonlySet<Language> = new Set(['ja', 'zh-Hans', 'zh-Hant']);

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
  // "你好" may be unsure between Simplified and Traditional, but it is certainly not the default language;
  // "配信停止" is all Han characters, and the shopper's own record says whether that is Japanese.
  const detected = state.u?.language;
  if (!language && detected && SCRIPT_DECIDED.has(detected) && usable(detected)) {
    const recorded = HAN_FAMILY.has(detected) ? await customerLanguage(state) : undefined;
    language = recorded && HAN_FAMILY.has(recorded) && usable(recorded) ? recorded : detected;
  }
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
