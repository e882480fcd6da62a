// The conversation turn: one inbound message in, the updated conversation and the replies out. Pure: every
// capability (understanding, policy, language, LLM, tools, stores) is injected, so the same code runs in
// the worker Lambda, the local stack and the tests. Authorization is not decided here: the tools decide it
// from the conversation's verified identity.
import { answerIntent } from './flows/answer';
import { isAcknowledgement, pinFrom, settleLanguage } from './flows/language';
import { attachDamagePhoto } from './flows/orders';
import { onButton, resume, verifyMention } from './flows/resume';
import {
  agentButton,
  clearAwaiting,
  createState,
  handOff,
  mediaRef,
  menuButtons,
  say,
  type TurnState,
  toolContext,
} from './flows/state';
import { identityFor } from './identity';
import { turnOrderStore } from './turn-orders';
import type { TurnDeps, TurnInput, TurnResult } from './turn-types';
import type { Conversation } from './types';

export type { PolicyDecision, TurnDeps, TurnInput, TurnLlm, TurnLog, TurnResult } from './turn-types';

const RECENT_TURNS = 8;
/** An unanswered question older than this is forgotten: "yes" a day later confirms nothing. */
const AWAITING_TTL_MS = 24 * 60 * 60 * 1000;

/** Photos, videos, files: damage evidence when a claim waits for it, else ask what it is about. */
async function onMedia(state: TurnState): Promise<void> {
  const awaiting = state.conversation.awaiting;
  if (awaiting?.what === 'damage_photo' && awaiting.data?.orderId) {
    return attachDamagePhoto(state, String(awaiting.data.orderId));
  }
  const caption = state.message.text?.trim();
  if (caption) {
    const u = await state.deps.understand({ text: caption, conversation: state.conversation });
    if (u.intent === 'damaged_item' && !u.signals.injection) return answerIntent(state, u, 'damaged_item');
  }
  // Keep the photo: if the next message says it arrived broken, it goes into the claim.
  const photo = mediaRef(state.message);
  const photos = [
    ...((awaiting?.what === 'media_context' ? (awaiting.data?.photos ?? []) : []) as string[]),
    ...(photo ? [photo] : []),
  ];
  say(state, state.message.kind === 'image' ? 'image_ask_context' : 'media_received');
  state.conversation.awaiting = { what: 'media_context', data: { photos }, since: state.now.toISOString() };
}

async function understandAndAnswer(state: TurnState, text: string): Promise<void> {
  const { deps } = state;
  const u = await deps.understand({ text, conversation: state.conversation });
  pinFrom(state, u, text);
  await settleLanguage(state);
  Object.assign(state.log, { intent: u.intent, confidence: u.confidence, source: u.source });

  // Refused before anything else: an injection attempt gets no data, whatever else it asks.
  if (u.signals.injection) {
    state.log.action = 'declined';
    return say(state, 'declined_injection');
  }
  if (await resume(state, u)) return;
  if (state.conversation.awaiting?.what !== 'media_context' || u.intent !== 'damaged_item') {
    if (state.conversation.awaiting?.what !== 'damage_photo') clearAwaiting(state);
  }
  // "ok", "好的", "はい" after an answer: nothing to clarify and nothing worth an LLM call.
  if (u.signals.contentFree || isAcknowledgement(text)) return say(state, 'ask_more');

  const decision = deps.decide(u, { conversation: state.conversation, merchant: deps.merchant });
  state.log.reason = decision.reason;
  if (decision.action === 'handoff') return handOff(state, decision.reason);
  // An order number from a shopper we do not know yet starts verification, however unsure the model is.
  if (await verifyMention(state, u)) return;

  const threshold = deps.merchant.thresholds.intentConfidence;
  const wantsLlm = u.confidence < threshold || u.intent === 'other' || u.intent === 'product_question';
  if (deps.llm && wantsLlm && (await answerWithLlm(state, text))) return;

  // A bare order number ("48213") is a status question.
  const intent = u.intent === 'other' && u.entities.orderIds.length > 0 ? 'track_order' : u.intent;
  if (decision.action === 'clarify' && intent === u.intent) {
    state.log.action = 'clarify';
    return say(state, 'clarify', undefined, { buttons: menuButtons(state) });
  }
  state.log.action = 'answer';
  await answerIntent(state, u, intent);
}

async function answerWithLlm(state: TurnState, text: string): Promise<boolean> {
  try {
    const response = await state.deps.llm!.respond({
      conversation: state.conversation,
      message: { text, language: state.language },
      toolContext: toolContext(state),
    });
    state.log.source = 'llm';
    state.log.tools.push(...response.toolCalls.map((c) => c.name));
    if (response.handoff) {
      handOff(state, response.handoff.reason);
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

function remember(conversation: Conversation, role: 'shopper' | 'bot', text: string, at: string): void {
  if (!text) return;
  conversation.recentTurns = [...(conversation.recentTurns ?? []), { role, text, at }].slice(-RECENT_TURNS);
}

/**
 * Creates the turn function.
 * @example
 * const runTurn = createTurn({ merchant, orders, cases, tools: toolSet, understand, decide });
 * const { conversation, replies } = await runTurn({ message, conversation });
 */
export function createTurn(deps: TurnDeps): (input: TurnInput) => Promise<TurnResult> {
  const clock = deps.now ?? (() => new Date());
  return async ({ message, conversation: stored, media }) => {
    const now = clock();
    const conversation: Conversation = structuredClone(stored);
    conversation.lastInboundAt = message.receivedAt;
    conversation.identity = identityFor(message, conversation);
    const awaiting = conversation.awaiting;
    if (awaiting && now.getTime() - Date.parse(awaiting.since) > AWAITING_TTL_MS)
      delete conversation.awaiting;
    const state = createState({ ...deps, orders: turnOrderStore(deps.orders) }, message, conversation, now);

    await settleLanguage(state);
    let text = message.kind === 'button' ? (message.text ?? '') : (message.text?.trim() ?? '');
    if (message.kind === 'audio' && deps.transcribe) {
      text =
        (
          await deps.transcribe({ message, language: state.language, media }).catch(() => undefined)
        )?.trim() ?? '';
    }
    remember(state.conversation, 'shopper', text || `[${message.kind}]`, message.receivedAt);

    if (state.conversation.mode === 'human') {
      // A person is handling it: the bot stays quiet (forwarding to the agent is the agent side's job).
      state.log.action = 'human_mode';
    } else if (message.kind === 'button' && message.payload && (await onButton(state, message.payload))) {
      // handled
    } else if (message.kind === 'audio' && !text) {
      say(state, 'voice_not_supported', undefined, { buttons: [agentButton(state)] });
    } else if (['image', 'video', 'file'].includes(message.kind)) {
      await onMedia(state);
    } else if (text) {
      await understandAndAnswer(state, text);
    } else if (['text', 'sticker', 'button'].includes(message.kind)) {
      say(state, 'ask_more');
    }

    const final = state.conversation;
    // The policy hands off after too many clarifying questions in a row: only a clarify extends the run.
    if (state.log.action === 'clarify') final.clarifyStreak = (final.clarifyStreak ?? 0) + 1;
    else delete final.clarifyStreak;
    for (const reply of state.replies) remember(final, 'bot', reply.text, now.toISOString());
    final.updatedAt = now.toISOString();
    return { conversation: final, replies: state.replies, handoff: state.handoff, log: state.log };
  };
}
