// Step "requests": what shoppers say about the conversation itself rather than an order — Telegram
// commands, "stop" / "start" for proactive messages, and "can you speak English?". A pending question
// survives a language switch (it can be answered in the new language) but not an opt-out.
import { menuButtons, say, type TurnState } from '../flows/state';
import { step } from '../pipeline';
import { ORDER_INTENTS } from '../types';

function setProactive(state: TurnState, proactive: boolean): void {
  state.conversation.contactPreference = { proactive, changedAt: state.now.toISOString() };
  state.log.action = 'request';
  state.log.reason = proactive ? 'opt_in' : 'opt_out';
}

const optedOut = (state: TurnState) => state.conversation.contactPreference?.proactive === false;

export const requestStep = step('requests', async (state, next) => {
  const u = state.u;
  if (!u || u.signals.injection) return next();
  const brand = state.deps.merchant.brandName;
  const { command, optOut, optIn, language } = u.requests;
  if (command) {
    state.log.action = 'request';
    state.log.reason = `command:${command}`;
    if (command === 'stop') {
      setProactive(state, false);
      return say(state, 'optout_confirmed', { brand });
    }
    if (command === 'help') return say(state, 'command_help', { brand }, { buttons: menuButtons(state) });
    // /start opens every Telegram chat (and re-subscribes someone who had said stop).
    if (optedOut(state)) setProactive(state, true);
    return say(state, 'greeting', { brand }, { buttons: menuButtons(state) });
  }
  if (optOut && !optIn) {
    delete state.conversation.awaiting;
    setProactive(state, false);
    return say(state, 'optout_confirmed', { brand });
  }
  if (optIn && !optOut) {
    setProactive(state, true);
    return say(state, 'optin_confirmed', { brand });
  }
  // "Can you speak Spanish?" (maybe with why: "it's for my husband"): confirm in the new language — the
  // read step already pinned it. A language named beside an order question is answered by the act step.
  if (language && state.deps.merchant.languages.includes(language) && u.entities.orderIds.length === 0) {
    const aboutAnOrder =
      u.topic.facet !== undefined || u.topic.faq !== undefined || ORDER_INTENTS.includes(u.intent);
    if (!aboutAnOrder || u.confidence < 0.8) {
      state.log.action = 'request';
      state.log.reason = 'language';
      return say(state, 'language_switched');
    }
  }
  await next();
});
