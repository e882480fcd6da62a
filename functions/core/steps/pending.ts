// Step "pending question": the message is first read as the answer to what the bot asked last, by that
// question's own interpreter (core/dialog/answers.ts). A new request goes on down the pipeline; the
// question is then settled deliberately in the act step.
import { answerPending, askAgain } from '../dialog/answers';
import { say } from '../flows/state';
import { step } from '../pipeline';

export const pendingStep = step('pending question', async (state, next) => {
  const { pending, u } = state;
  if (!pending || !u || u.signals.injection) return next();
  const outcome = await answerPending(state, u, pending);
  switch (outcome) {
    case 'answered':
      if (state.log.action === 'none') state.log.action = 'resume';
      return;
    case 'abandoned':
      delete state.conversation.awaiting;
      state.log.action = 'resume';
      state.log.reason = 'abandoned';
      return say(state, 'abandoned');
    case 'unclear':
      return askAgain(state, pending);
    case 'not_an_answer':
      return next();
  }
});
