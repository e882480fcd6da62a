// Step "decide": the policy's one decision for this message — answer, ask, decline or hand off — acted on
// here when it is not an answer.
import { agentButton, handOff, menuButtons, say } from '../flows/state';
import { step } from '../pipeline';
import { decide } from '../policy';

const DATA_REQUEST_DAYS = 30;

export const decideStep = step('decide', async (state, next) => {
  const u = state.u!;
  const decision = decide(
    u,
    {
      clarifyStreak: state.conversation.clarifyStreak,
      llmAvailable: state.deps.llm !== undefined,
      orderInFocus: state.conversation.focusOrderId !== undefined,
      angryBefore: state.conversation.angryAt !== undefined,
    },
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
