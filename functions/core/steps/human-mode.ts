// Step "human mode": a person is handling the conversation, so the bot stays quiet (what the shopper
// writes is on the message log for the agent).
import { step } from '../pipeline';

export const humanModeStep = step('human mode', async (state, next) => {
  if (state.conversation.mode === 'human') {
    state.log.action = 'human_mode';
    return;
  }
  await next();
});
