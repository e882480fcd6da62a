// Step "reply": runs around all the others and shapes what they said. One message per answer where the
// platform allows ("verified ✅" and the answer, the handoff line and the video link go together: on
// WhatsApp every message is billed, on LINE a second message would be a paid push). Never the same
// words twice in a row. Then the turn is remembered: recent turns, the clarify streak, the topic.
import { agentButton, handOff, say, type TurnState, text } from '../flows/state';
import { VERIFY_MAX_FAILURES, verificationFailuresInWindow } from '../identity';
import type { MessageKey, MessageParam } from '../messages/index';
import { step } from '../pipeline';
import type { Conversation, OutboundButton, OutboundMessage } from '../types';

const RECENT_TURNS = 8;
/** WhatsApp's interactive body holds 1,024 characters; a longer combined text would lose its buttons. */
const MAX_COMBINED = 1000;

/** Joins a turn's replies into as few messages as the text allows, keeping buttons, links and images. */
export function combineReplies(replies: OutboundMessage[]): OutboundMessage[] {
  const out: OutboundMessage[] = [];
  for (const reply of replies) {
    const last = out.at(-1);
    const fits =
      last !== undefined &&
      !last.image &&
      !reply.image &&
      !(last.buttons?.length && reply.buttons?.length) &&
      last.text.length + reply.text.length + 2 <= MAX_COMBINED;
    if (!last || !fits) {
      out.push({ ...reply });
      continue;
    }
    last.text = `${last.text}\n\n${reply.text}`;
    if (reply.buttons?.length) last.buttons = reply.buttons;
    if (reply.links?.length) last.links = [...(last.links ?? []), ...reply.links];
    last.language = reply.language ?? last.language;
  }
  return out;
}

function remember(conversation: Conversation, role: 'shopper' | 'bot', said: string, at: string): void {
  if (!said) return;
  conversation.recentTurns = [...(conversation.recentTurns ?? []), { role, text: said, at }].slice(
    -RECENT_TURNS,
  );
}

const lastBotText = (conversation: Conversation): string | undefined =>
  [...(conversation.recentTurns ?? [])].reverse().find((turn) => turn.role === 'bot')?.text;

/**
 * The same words as the previous answer would read as the bot not listening: say what is new instead —
 * a clarification in other words, how many verification tries are left, or that nothing has changed.
 */
function avoidRepeat(state: TurnState, previous: string | undefined): void {
  if (!previous || state.replies.length !== 1 || state.replies[0]?.text !== previous) return;
  const repeated = state.replies[0];
  const orderId = state.conversation.focusOrderId;
  const agent = agentButton(state);
  const failures = verificationFailuresInWindow(state.conversation, state.now);
  // What to say instead, best first; the first one that is not the previous message wins.
  const instead: [MessageKey, Record<string, MessageParam>, OutboundButton[]][] =
    state.log.action === 'clarify'
      ? [['clarify_again', {}, [...(repeated.buttons ?? []).slice(0, 2), agent]]]
      : state.log.action === 'verify'
        ? [['verify_failed_left', { left: Math.max(1, VERIFY_MAX_FAILURES - failures) }, []]]
        : orderId
          ? [['no_news', { order: orderId }, [agent]]]
          : [];
  instead.push(['ask_more', {}, [agent]]);
  const choice = instead.find(([key, params]) => text(state, key, params) !== previous) ?? instead.at(-1)!;
  const [key, params, buttons] = choice;
  state.replies = [];
  say(state, key, params, buttons.length > 0 ? { buttons } : {});
}

/** Two turns in a row that a failing tool spoiled: the shopper should not be told "try again" a third time. */
const MAX_TOOL_FAILURE_STREAK = 2;

export const replyStep = step('reply', async (state, next) => {
  const previous = lastBotText(state.conversation);
  const at = state.message.receivedAt;
  await next();
  const failures = state.toolFailed ? (state.conversation.toolFailureStreak ?? 0) + 1 : 0;
  if (failures >= MAX_TOOL_FAILURE_STREAK && !state.handoff && state.conversation.mode === 'bot') {
    state.replies = [];
    handOff(state, 'tool_error');
  }
  if (failures > 0 && !state.handoff) state.conversation.toolFailureStreak = failures;
  else delete state.conversation.toolFailureStreak;
  if (state.u?.signals.anger) state.conversation.angryAt = state.now.toISOString();
  else if (state.u) delete state.conversation.angryAt;
  state.replies = combineReplies(state.replies);
  avoidRepeat(state, previous);
  const conversation = state.conversation;
  remember(conversation, 'shopper', state.text || `[${state.message.kind}]`, at);
  for (const reply of state.replies) remember(conversation, 'bot', reply.text, state.now.toISOString());
  // The policy hands off after too many clarifying questions in a row: only a clarify extends the run.
  if (state.log.action === 'clarify') conversation.clarifyStreak = (conversation.clarifyStreak ?? 0) + 1;
  else delete conversation.clarifyStreak;
  const intent = state.log.intent;
  if (intent && state.log.action === 'answer') {
    conversation.topic = {
      intent,
      ...(conversation.focusOrderId ? { orderId: conversation.focusOrderId } : {}),
      ...(state.u?.topic.facet ? { facet: state.u.topic.facet } : {}),
      at: state.now.toISOString(),
    };
  }
  conversation.lastTurn = { eventId: state.message.eventId, replies: state.replies };
  conversation.updatedAt = state.now.toISOString();
});
