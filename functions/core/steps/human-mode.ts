// Step "human mode": a person is handling the conversation, so the bot stays quiet (what the shopper
// writes is on the message log for the agent) — except to say once that their messages reach the agent,
// and to take the conversation back when agents stayed silent too long (open hours only), answering
// this very message instead of leaving the shopper in silence.
import { agentSilenceExpired, endHandoff } from '../agent-desk';
import { say, text } from '../flows/state';
import { step } from '../pipeline';

export const humanModeStep = step('human mode', async (state, next) => {
  const { conversation, now } = state;
  if (conversation.mode !== 'human') return next();
  const handoff = conversation.handoff;
  if (handoff && agentSilenceExpired(state.deps.merchant, handoff, now)) {
    endHandoff(conversation, { status: 'released', by: 'timeout', at: now });
    say(state, 'back_to_bot_timeout', { agent: text(state, 'menu_agent') });
    state.log.reason = 'agent_silence';
    return next();
  }
  state.log.action = 'human_mode';
  if (handoff?.status === 'waiting' && !handoff.waitingNoticeAt) {
    conversation.handoff = { ...handoff, waitingNoticeAt: now.toISOString() };
    say(state, 'handoff_waiting');
  }
});
