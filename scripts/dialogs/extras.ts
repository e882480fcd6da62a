// The turn's optional parts the worker wires from merchant config: catalog overrides and FAQ answers.
import type { MerchantConfig } from '../../functions/core/merchant-config';
import type { TurnDeps } from '../../functions/core/turn-types';
import type { Stores } from '../../functions/stores/stores';

export async function optionalTurnExtras(
  merchant: MerchantConfig,
  stores: Stores,
): Promise<Pick<TurnDeps, 'messages' | 'faq'>> {
  const { createMessages } = await import('../../functions/core/messages/index');
  const { createFaqAnswers } = await import('../../functions/core/faq');
  return {
    messages: createMessages(merchant),
    faq: createFaqAnswers({ merchant, ...(stores.translations ? { cache: stores.translations } : {}) }),
  };
}
