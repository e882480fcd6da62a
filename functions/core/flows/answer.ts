// Routes an intent to the flow that answers it. Shared by fresh messages, tapped buttons and resumed
// questions, so every path answers an intent the same way.
import type { Intent, Understanding } from '../types';
import { answerAddressChange } from './address';
import { answerCancel, answerDamage, answerReturn, answerTracking } from './orders';
import { answerProduct, answerSize } from './products';
import { clearAwaiting, handOff, menuButtons, say, type TurnState } from './state';

const EMPTY: Understanding['entities'] = {
  orderIds: [],
  trackingNumbers: [],
  emails: [],
  postcodes: [],
  measurements: {},
  sizes: [],
};

const QUIET: Understanding['signals'] = {
  humanRequest: false,
  reputationThreat: false,
  legalThreat: false,
  compensationDemand: false,
  billingError: false,
  anger: false,
  garbled: false,
  contentFree: false,
  injection: false,
};

/** An understanding for a tapped menu button: no text to classify, the intent is the button's. */
export const tapped = (
  language: Understanding['language'],
  intent: Intent,
  orderIds: string[] = [],
): Understanding => ({
  language,
  languageConfidence: 1,
  intent,
  confidence: 1,
  entities: { ...EMPTY, orderIds },
  signals: QUIET,
  reply: {},
  requests: {},
  topic: {},
  source: 'offline',
});

export async function answerIntent(state: TurnState, u: Understanding, intent: Intent): Promise<void> {
  state.log.intent ??= intent;
  switch (intent) {
    case 'track_order':
    case 'delivery_delay':
      return answerTracking(state, u, intent);
    case 'return_item':
      return answerReturn(state, u);
    case 'damaged_item':
      return answerDamage(state, u);
    case 'change_address':
      return answerAddressChange(state, u);
    case 'cancel_order':
      return answerCancel(state, u);
    case 'size_help':
      return answerSize(state, u);
    case 'product_question':
      return answerProduct(state);
    case 'human_agent':
      return handOff(state, 'shopper_request');
    case 'greeting':
      return say(
        state,
        'greeting',
        { brand: state.deps.merchant.brandName },
        { buttons: menuButtons(state) },
      );
    case 'thanks_bye':
      clearAwaiting(state);
      return say(state, 'thanks_bye');
    case 'other':
      return say(state, 'clarify', undefined, { buttons: menuButtons(state) });
  }
}
