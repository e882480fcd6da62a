// Step "decide": the policy's one decision for this message — answer, ask, decline or hand off — acted on
// here when it is not an answer.
import { agentButton, handOff, menuButtons, say } from '../flows/state';
import { step } from '../pipeline';
import { decide } from '../policy';
import { ORDER_INTENTS } from '../types';

const DATA_REQUEST_DAYS = 30;
/** With an order in focus, an order intent this sure is taken (the merchant's threshold applies otherwise). */
const CONTEXT_CONFIDENCE = 0.45;

export const decideStep = step('decide', async (state, next) => {
  const u = state.u!;
  const cued = u.topic.facet !== undefined || u.topic.faq !== undefined;
  const decision = decide(
    // A facet or FAQ cue says what the message asks even when the intent model is unsure.
    cued ? { ...u, confidence: Math.max(u.confidence, state.deps.merchant.thresholds.intentConfidence) } : u,
    { clarifyStreak: state.conversation.clarifyStreak, llmAvailable: state.deps.llm !== undefined },
    state.deps.merchant.thresholds,
  );
  state.decision = decision;
  state.log.reason = decision.reason;
  switch (decision.action) {
    case 'decline':
      state.log.action = 'declined';
      return say(state, 'declined_injection');
    case 'handoff': {
      if (decision.reason === 'data_protection') {
        const kind = u.requests.dataRequest ?? 'access';
        state.conversation.dataRequests = [
          ...(state.conversation.dataRequests ?? []),
          { kind, at: state.now.toISOString() },
        ];
        say(state, kind === 'deletion' ? 'data_request_deletion' : 'data_request_access', {
          days: DATA_REQUEST_DAYS,
        });
        // A handoff to the privacy team, not to the live agents: the request is recorded (the turn's
        // handoff and the conversation's dataRequests, read by the privacy path) and the bot keeps
        // answering everything else — a shopper asking for a copy of their data still wants their parcel.
        state.handoff = { reason: 'data_protection' };
        state.log.action = 'handoff';
        return;
      }
      return handOff(state, decision.reason);
    }
    case 'clarify':
      // A bare order number ("48213") is a status question, however unsure the model is of the words.
      if (decision.reason === 'low_confidence' && u.entities.orderIds.length > 0) return next();
      // Conversations, not messages: with an order in focus, an order request the model leans to but is
      // unsure of ("that one, I want to return it too") is read in that context rather than asked again.
      if (
        decision.reason === 'low_confidence' &&
        state.conversation.focusOrderId &&
        ORDER_INTENTS.includes(u.intent) &&
        u.confidence >= CONTEXT_CONFIDENCE
      )
        return next();
      state.log.action = 'clarify';
      // After one clarifying question, offer the person too.
      return say(state, 'clarify', undefined, {
        buttons:
          (state.conversation.clarifyStreak ?? 0) > 0
            ? [...menuButtons(state), agentButton(state)]
            : menuButtons(state),
      });
    case 'answer':
      return next();
  }
});
