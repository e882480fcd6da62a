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
