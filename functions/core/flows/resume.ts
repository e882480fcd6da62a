// Continuing a conversation: tapped buttons, answers to the bot's last question, and the verification a
// LINE/Telegram shopper starts by naming an order. Each returns false when the message is a new request.
import { hasIdentity } from '../identity';
import { informativeLength } from '../language';
import { type Address, type Intent, ORDER_INTENTS, type Understanding } from '../types';
import { confirmAddress, parseAddress, receiveAddress } from './address';
import { answerIntent, tapped } from './answer';
import { answerReturn, confirmCancel } from './orders';
import { answerSize } from './products';
import { clearAwaiting, handOff, type TurnState } from './state';
import { verifyStep } from './verify';
import { yesNo } from './yes-no';

/** A tapped button: `order:`, `item:`, `product:`, `confirm:`, `menu:` or `handoff`. */
export async function onButton(state: TurnState, payload: string): Promise<boolean> {
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

/** Verifies, then answers what the shopper asked for in the first place. */
async function verifyThenAnswer(
  state: TurnState,
  u: Understanding,
  intent: Intent,
  pendingOrderId?: string,
): Promise<void> {
  const verified = await verifyStep(state, u, intent, pendingOrderId);
  if (verified)
    await answerIntent(state, { ...u, entities: { ...u.entities, orderIds: [verified] } }, intent);
}

/** Continues what the bot asked last, when this message answers it. False: treat it as a new request. */
export async function resume(state: TurnState, u: Understanding): Promise<boolean> {
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
      // A message that reads as an address is the answer, whatever the model made of it (street
      // names and postcodes look like nothing it was trained on).
      if (!parseAddress(text) && offTopic && u.entities.orderIds.length === 0) return false;
      await receiveAddress(state, orderId);
      return true;
    case 'verify': {
      const { orderIds, emails, postcodes } = u.entities;
      if (orderIds.length + emails.length + postcodes.length === 0 && !awaiting.data?.orderId) return false;
      // A shopper who already has an identity and names another order without a secret is asking about
      // it, not verifying it: look it up like any request (the tools refuse it if it is not theirs).
      if (hasIdentity(state.conversation) && emails.length + postcodes.length === 0 && orderIds.length > 0)
        return false;
      // A message that is only the email or postcode answers the question whatever the model made of it.
      const secret = secretOnly(u, text);
      if (!secret && offTopic && orderIds.length === 0 && emails.length + postcodes.length === 0)
        return false;
      await verifyThenAnswer(
        state,
        u,
        awaiting.intent ?? 'track_order',
        awaiting.data?.orderId as string | undefined,
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

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const POSTCODE_ONLY = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/;

/** True when the message is essentially an email or a postcode, maybe with a word or two around it. */
export function secretOnly(u: Understanding, text: string): boolean {
  if (u.entities.emails.length + u.entities.postcodes.length > 0) {
    const rest = u.entities.postcodes.reduce((left, postcode) => left.replace(postcode, ' '), text);
    return informativeLength(rest.replace(EMAIL, ' ')) <= 16;
  }
  return POSTCODE_ONLY.test(text.trim().replace(/[.。]$/u, ''));
}

/**
 * A shopper LINE/Telegram does not know yet names an order (or sends the email/postcode right after
 * naming one): start or finish verification whatever the model made of the words, and keep the intent
 * they asked for so it is answered once verified. False when this is not such a message.
 */
export async function verifyMention(state: TurnState, u: Understanding): Promise<boolean> {
  if (hasIdentity(state.conversation)) return false;
  const intentOf = (candidate: Understanding): Intent =>
    ORDER_INTENTS.includes(candidate.intent) ? candidate.intent : 'track_order';
  if (u.entities.orderIds.length > 0) {
    state.log.intent = intentOf(u);
    await verifyThenAnswer(state, u, intentOf(u));
    return true;
  }
  if (!secretOnly(u, state.message.text ?? '')) return false;
  const previous = (state.conversation.recentTurns ?? []).filter((turn) => turn.role === 'shopper').at(-2);
  if (!previous) return false;
  const before = await state.deps.understand({ text: previous.text, conversation: state.conversation });
  const orderId = before.entities.orderIds[0];
  if (!orderId) return false;
  state.log.intent = intentOf(before);
  await verifyThenAnswer(state, u, intentOf(before), orderId);
  return true;
}
