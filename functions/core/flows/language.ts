// Which language this turn answers in. A confident detection pins the conversation's language (with
// hysteresis, see core/language.ts); until something is pinned the turn answers in the best fallback:
// the client's language hint, else the language on the shopper's own customer record, else the
// merchant's default. Fallbacks are never pinned: the shopper's next real sentence decides.
import { informativeLength, languageFromHint, pinLanguage } from '../language';
import type { Language, Understanding } from '../types';
import type { TurnState } from './state';

/** Pins the conversation language from what the understanding detected. */
export function pinFrom(state: TurnState, u: Understanding, text: string): void {
  const { conversation } = state;
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
  if (!language) {
    const recorded = await customerLanguage(state);
    language = usable(recorded) ? recorded : defaultLanguage;
  }
  state.language = language;
  state.log.language = language;
}
