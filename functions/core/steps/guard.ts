// Step "understand": what needs no decision — a bare "ok" after an answer, a message with nothing in it —
// and the verification a LINE/Telegram shopper starts by naming an order, however unsure the model is.
import { secretOnly } from '../dialog/answers';
import { answerIntent } from '../flows/answer';
import { answerFacet } from '../flows/facets';
import { isAcknowledgement } from '../flows/language';
import { say, type TurnState } from '../flows/state';
import { verifyStep } from '../flows/verify';
import { hasIdentity } from '../identity';
import { step } from '../pipeline';
import { type Intent, ORDER_INTENTS, type Understanding } from '../types';

const orderIntent = (u: Understanding): Intent =>
  ORDER_INTENTS.includes(u.intent) ? u.intent : 'track_order';

/**
 * A shopper LINE/Telegram does not know yet names an order (or sends the email/postcode right after
 * naming one): verify, then answer what they asked for. False when this is not such a message.
 */
async function verifyMention(state: TurnState, u: Understanding): Promise<boolean> {
  if (hasIdentity(state.conversation)) return false;
  let intent = orderIntent(u);
  let pendingOrderId: string | undefined;
  if (u.entities.orderIds.length === 0) {
    if (!secretOnly(u, state.text)) return false;
    const previous = (state.conversation.recentTurns ?? []).filter((turn) => turn.role === 'shopper').at(-1);
    if (!previous) return false;
    const before = await state.deps.understand({ text: previous.text, conversation: state.conversation });
    pendingOrderId = before.entities.orderIds[0];
    if (!pendingOrderId) return false;
    intent = orderIntent(before);
  }
  state.log.intent = intent;
  const verified = await verifyStep(state, u, intent, pendingOrderId);
  if (verified) {
    const named: Understanding = { ...u, entities: { ...u.entities, orderIds: [verified] } };
    // A fact asked about the order ("when does 48213 arrive?") is answered as that fact.
    if (u.topic.facet) await answerFacet(state, verified, u.topic.facet);
    else await answerIntent(state, named, intent);
  }
  return true;
}

export const guardStep = step('understand', async (state, next) => {
  const u = state.u;
  if (!u) {
    if (state.message.kind !== 'reaction' && state.message.kind !== 'edit') say(state, 'ask_more');
    return;
  }
  if (u.signals.injection) return next();
  // "ok", "好的", "はい" after an answer: nothing to clarify and nothing worth an LLM call.
  if (u.signals.contentFree || (isAcknowledgement(state.text) && !u.topic.facet))
    return say(state, 'ask_more');
  const urgent = u.signals.humanRequest || u.signals.legalThreat || u.signals.reputationThreat;
  if (!urgent && (await verifyMention(state, u))) return;
  await next();
});
