// Step "act": answers the request — the merchant's FAQ, one facet of the order in focus, the LLM with
// tools, or the offline flow for the intent. A pending question the message did not answer is settled
// here on purpose: questions that gather data for the same request (verification, photos for a claim)
// are kept, every other question — above all a confirmation of something irreversible — is dropped.
import { answerIntent } from '../flows/answer';
import { answerFacet } from '../flows/facets';
import { otherOrder, resolveOrder } from '../flows/resolve-order';
import {
  agentButton,
  clearAwaiting,
  handOff,
  menuButtons,
  say,
  type TurnState,
  toolContext,
} from '../flows/state';
import { step } from '../pipeline';
import { type Intent, ORDER_INTENTS, type Understanding } from '../types';

const KEPT_QUESTIONS = new Set(['verify', 'damage_photo', 'media_context']);
/** Intents whose own flow wins over a facet cue ("cancel it, when do I get my money?" cancels first). */
const ACTION_INTENTS = new Set<Intent>([
  'cancel_order',
  'change_address',
  'damaged_item',
  'size_help',
  'human_agent',
]);

async function answerFaq(state: TurnState, u: Understanding): Promise<boolean> {
  const topic = u.topic.faq;
  if (!topic || u.entities.orderIds.length > 0 || u.topic.facet) return false;
  state.log.action = 'answer';
  state.log.reason = `faq:${topic}`;
  const found = await state.deps.faq?.answer(topic, state.language);
  if (!found) {
    const agent = agentButton(state);
    say(state, 'faq_unknown', { agent: agent.title }, { buttons: [agent] });
    return true;
  }
  state.replies.push({ text: found.text, language: found.language });
  return true;
}

async function answerOrderFacet(state: TurnState, u: Understanding): Promise<boolean> {
  const facet = u.topic.facet;
  if (!facet) return false;
  const confident = u.confidence >= state.deps.merchant.thresholds.intentConfidence;
  if (confident && ACTION_INTENTS.has(u.intent)) return false;
  const intent: Intent =
    facet === 'refund_timing' || facet === 'return_label' ? 'return_item' : 'track_order';
  const orderId = await resolveOrder(state, u, intent === 'return_item' ? 'return_item' : 'track_order');
  if (!orderId) return true;
  state.log.intent ??= intent;
  await answerFacet(state, orderId, facet);
  return true;
}

async function answerWithLlm(state: TurnState): Promise<boolean> {
  try {
    const response = await state.deps.llm!.respond({
      conversation: state.conversation,
      message: { text: state.text, language: state.language },
      toolContext: toolContext(state),
    });
    state.log.source = 'llm';
    if (response.usage) state.log.llmTokens = response.usage.promptTokens + response.usage.completionTokens;
    state.log.tools.push(...response.toolCalls.map((c) => c.name));
    if (response.handoff) {
      handOff(state, 'llm_handoff');
      state.log.reason = `llm_handoff:${response.handoff.reason}`;
      return true;
    }
    if (!response.text) return false;
    state.log.action = 'answer';
    state.replies.push({ text: response.text, language: state.language });
    return true;
  } catch {
    // The offline answer is a fine fallback; the LLM adapter logs its own failures.
    return false;
  }
}

/** "Is my other order on track?": the request is about the order besides the one in focus. */
async function focusOnTheOther(state: TurnState, u: Understanding, intent: Intent): Promise<void> {
  const focus = state.conversation.focusOrderId;
  if (!u.reply.other || !focus || u.entities.orderIds.length > 0 || !ORDER_INTENTS.includes(intent)) return;
  const other = await otherOrder(state, intent, focus);
  if (other) {
    state.conversation.focusOrderId = other;
    u.entities.orderIds = [other];
  }
}

export const actStep = step('act', async (state) => {
  const u = state.u!;
  const pending = state.conversation.awaiting;
  if (pending && !KEPT_QUESTIONS.has(pending.kind)) clearAwaiting(state);
  if (pending?.kind === 'media_context' && u.intent !== 'damaged_item') clearAwaiting(state);
  await focusOnTheOther(state, u, u.topic.facet ? 'track_order' : u.intent);
  if (await answerFaq(state, u)) return;
  if (await answerOrderFacet(state, u)) return;
  if (state.decision?.path === 'llm' && (await answerWithLlm(state))) return;
  // A bare order number ("48213") is a status question.
  const intent = u.intent === 'other' && u.entities.orderIds.length > 0 ? 'track_order' : u.intent;
  if (state.decision?.reason === 'low_confidence' && intent === u.intent) {
    // The LLM was meant to take it and could not: ask, as the offline path would.
    state.log.action = 'clarify';
    return say(state, 'clarify', undefined, { buttons: menuButtons(state) });
  }
  state.log.action = 'answer';
  // Only the decide step hands off: a `human_agent` reading it did not trust (an FAQ, a fact, a language
  // named) is not a request for a person here either.
  if (intent === 'human_agent') return answerIntent(state, u, 'other');
  return answerIntent(state, u, intent);
});
