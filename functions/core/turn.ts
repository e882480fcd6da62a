// The conversation turn: one inbound message in, the updated conversation and the replies out. Pure: every
// capability (understanding, policy, language, LLM, tools, stores) is injected, so the same code runs in
// the worker Lambda, the local stack and the tests. Authorization is not decided here: the tools decide it
// from the conversation's verified identity.
import { answerAddressChange, confirmAddress, receiveAddress } from './flows/address';
import {
  answerCancel,
  answerDamage,
  answerReturn,
  answerTracking,
  attachDamagePhoto,
  confirmCancel,
} from './flows/orders';
import { answerProduct, answerSize } from './flows/products';
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
import { verifyStep } from './flows/verify';
import { yesNo } from './flows/yes-no';
import { hasIdentity, identityFor } from './identity';
import { informativeLength, languageFromHint, MIN_SWITCH_CONFIDENCE, pinLanguage } from './language';
import type { TurnDeps, TurnInput, TurnResult } from './turn-types';
import type { Address, Conversation, Intent, Understanding } from './types';

export type { PolicyDecision, TurnDeps, TurnInput, TurnLlm, TurnLog, TurnResult } from './turn-types';

const RECENT_TURNS = 8;
/** An unanswered question older than this is forgotten: "yes" a day later confirms nothing. */
const AWAITING_TTL_MS = 24 * 60 * 60 * 1000;

const EMPTY: Understanding['entities'] = {
  orderIds: [],
  trackingNumbers: [],
  emails: [],
  postcodes: [],
  measurements: {},
  sizes: [],
};

/** An understanding for a tapped menu button: no text to classify, the intent is the button's. */
const tapped = (
  language: Understanding['language'],
  intent: Intent,
  orderIds: string[] = [],
): Understanding => ({
  language,
  languageConfidence: 1,
  intent,
  confidence: 1,
  entities: { ...EMPTY, orderIds },
  signals: { angry: false, injection: false, garbled: false, contentFree: false },
  source: 'offline',
});

async function answerIntent(state: TurnState, u: Understanding, intent: Intent): Promise<void> {
  state.log.intent ??= intent;
  switch (intent) {
    case 'track_order':
    case 'delivery_delay':
      return answerTracking(state, u, intent);
    case 'return_item':
      return answerReturn(state, u);
    case 'damaged_item':
      return answerDamage(state, u);
    case 'change_address':
      return answerAddressChange(state, u);
    case 'cancel_order':
      return answerCancel(state, u);
    case 'size_help':
      return answerSize(state, u);
    case 'product_question':
      return answerProduct(state);
    case 'human_agent':
      return handOff(state, 'shopper_request');
    case 'greeting':
      return say(
        state,
        'greeting',
        { brand: state.deps.merchant.brandName },
        { buttons: menuButtons(state) },
      );
    case 'thanks_bye':
      clearAwaiting(state);
      return say(state, 'thanks_bye');
    case 'other':
      return say(state, 'clarify', undefined, { buttons: menuButtons(state) });
  }
}

/** A tapped button: `order:`, `item:`, `product:`, `confirm:`, `menu:` or `handoff`. */
async function onButton(state: TurnState, payload: string): Promise<boolean> {
  const [kind, value = ''] = payload.split(/:(.*)/s, 2) as [string, string?];
  const awaiting = state.conversation.awaiting;
  const u = tapped(state.language, awaiting?.intent ?? 'track_order');
  state.log.action = 'resume';
  switch (kind) {
    case 'handoff':
      handOff(state, 'shopper_request');
      return true;
    case 'menu': {
      const intent: Intent =
        value === 'return' ? 'return_item' : value === 'size' ? 'size_help' : 'track_order';
      clearAwaiting(state);
      await answerIntent(state, tapped(state.language, intent), intent);
      return true;
    }
    case 'order': {
      const intent = awaiting?.what === 'order_choice' ? (awaiting.intent ?? 'track_order') : 'track_order';
      clearAwaiting(state);
      await answerIntent(state, tapped(state.language, intent, [value]), intent);
      return true;
    }
    case 'item':
      if (awaiting?.what !== 'return_item') return false;
      await answerReturn(
        state,
        { ...u, entities: { ...u.entities, orderIds: [String(awaiting.data?.orderId)] } },
        [value],
      );
      return true;
    case 'product':
      await answerSize(state, u, value);
      return true;
    case 'confirm':
      return onConfirm(state, value === 'yes' ? 'yes' : 'no');
    default:
      return false;
  }
}

async function onConfirm(state: TurnState, answer: 'yes' | 'no'): Promise<boolean> {
  const awaiting = state.conversation.awaiting;
  const orderId = String(awaiting?.data?.orderId ?? '');
  if (awaiting?.what === 'cancel_confirm') {
    await confirmCancel(state, orderId, answer === 'yes');
    return true;
  }
  if (awaiting?.what === 'address_confirm') {
    await confirmAddress(state, orderId, awaiting.data?.address as Address, answer === 'yes');
    return true;
  }
  return false;
}

/** Continues what the bot asked last, when this message answers it. False: treat it as a new request. */
async function resume(state: TurnState, u: Understanding): Promise<boolean> {
  const awaiting = state.conversation.awaiting;
  if (!awaiting) return false;
  const text = state.message.text ?? '';
  const offTopic =
    u.confidence >= state.deps.merchant.thresholds.intentConfidence &&
    !['other', awaiting.intent].includes(u.intent);
  const orderId = String(awaiting.data?.orderId ?? '');
  switch (awaiting.what) {
    case 'cancel_confirm':
    case 'address_confirm': {
      const answer = yesNo(text, state.language);
      return answer ? onConfirm(state, answer) : false;
    }
    case 'address':
      if (offTopic && u.entities.orderIds.length === 0) return false;
      await receiveAddress(state, orderId);
      return true;
    case 'verify': {
      const { orderIds, emails, postcodes } = u.entities;
      if (orderIds.length + emails.length + postcodes.length === 0 && !awaiting.data?.orderId) return false;
      // A shopper who already has an identity and names another order without a secret is asking about
      // it, not verifying it: look it up like any request (the tools refuse it if it is not theirs).
      if (hasIdentity(state.conversation) && emails.length + postcodes.length === 0 && orderIds.length > 0)
        return false;
      if (offTopic && orderIds.length === 0 && emails.length + postcodes.length === 0) return false;
      const verified = await verifyStep(
        state,
        u,
        awaiting.intent ?? 'track_order',
        awaiting.data?.orderId as string | undefined,
      );
      if (verified)
        await answerIntent(
          state,
          { ...u, entities: { ...u.entities, orderIds: [verified] } },
          awaiting.intent ?? 'track_order',
        );
      return true;
    }
    case 'order_choice':
      if (u.entities.orderIds.length === 0) return false;
      clearAwaiting(state);
      await answerIntent(state, u, offTopic ? u.intent : (awaiting.intent ?? 'track_order'));
      return true;
    case 'size_measurements':
    case 'size_product': {
      const m = u.entities.measurements;
      if (
        offTopic ||
        (Object.keys(m).length === 0 &&
          u.entities.sizes.length === 0 &&
          awaiting.what === 'size_measurements')
      ) {
        return false;
      }
      await answerSize(state, u);
      return true;
    }
    default:
      return false;
  }
}

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

/** Pins the conversation language from what the understanding detected, with hysteresis. */
function pinFrom(state: TurnState, u: Understanding, text: string): void {
  const { conversation } = state;
  const hint = languageFromHint(state.message.sender.languageCode);
  // The very first message may be too short to tell ("hi"): the client's language is a better guess.
  const detected =
    !conversation.language && hint && u.languageConfidence < MIN_SWITCH_CONFIDENCE
      ? { language: hint, confidence: 1 }
      : { language: u.language, confidence: u.languageConfidence };
  const pinned = pinLanguage(conversation, detected, informativeLength(text));
  conversation.language = pinned.language;
  conversation.languageCandidate = pinned.languageCandidate;
}

function settleLanguage(state: TurnState): void {
  const { languages, defaultLanguage } = state.deps.merchant;
  const language = state.conversation.language;
  state.language = language && languages.includes(language) ? language : defaultLanguage;
  state.log.language = state.language;
}

async function understandAndAnswer(state: TurnState, text: string): Promise<void> {
  const { deps } = state;
  const u = await deps.understand({ text, conversation: state.conversation });
  pinFrom(state, u, text);
  settleLanguage(state);
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
  if (u.signals.contentFree) return say(state, 'ask_more');

  const decision = deps.decide(u, { conversation: state.conversation, merchant: deps.merchant });
  state.log.reason = decision.reason;
  if (decision.action === 'handoff') return handOff(state, decision.reason);

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
    const state = createState(deps, message, conversation, now);

    let text = message.kind === 'button' ? (message.text ?? '') : (message.text?.trim() ?? '');
    if (message.kind === 'audio' && deps.transcribe) {
      text =
        (
          await deps.transcribe({ message, language: state.language, media }).catch(() => undefined)
        )?.trim() ?? '';
    }
    settleLanguage(state);
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
    for (const reply of state.replies) remember(final, 'bot', reply.text, now.toISOString());
    final.updatedAt = now.toISOString();
    return { conversation: final, replies: state.replies, handoff: state.handoff, log: state.log };
  };
}
