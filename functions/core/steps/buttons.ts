// Step "buttons": a tapped button continues what it was offered for. Its payload is typed and validated;
// one that does not parse (an old button, a forged callback) is read as the words on the button.
import { recordRating } from '../dialog/answers';
import { decodeButton } from '../dialog/payloads';
import { confirmAddress } from '../flows/address';
import { answerIntent, tapped } from '../flows/answer';
import { chooseAfterDelay } from '../flows/delay';
import { answerReturn, confirmCancel } from '../flows/orders';
import { answerSize } from '../flows/products';
import { clearAwaiting, handOff, say, type TurnState } from '../flows/state';
import { step } from '../pipeline';
import type { Intent } from '../types';

async function onTap(state: TurnState, raw: string | undefined): Promise<boolean> {
  const payload = decodeButton(raw);
  if (!payload) return false;
  const pending = state.pending;
  state.log.action = 'resume';
  switch (payload.kind) {
    case 'handoff':
      handOff(state, 'shopper_request');
      return true;
    case 'optin':
      state.conversation.contactPreference = { proactive: true, changedAt: state.now.toISOString() };
      say(state, 'optin_confirmed', { brand: state.deps.merchant.brandName });
      return true;
    case 'rating': {
      // The rating belongs to the handoff it was asked for; a tap on an old one still gets a thank-you.
      const handoffId =
        pending?.kind === 'rating' ? pending.handoffId : (state.conversation.handoff?.id ?? '');
      recordRating(state, handoffId, Number(payload.score) as 1 | 2 | 3 | 4 | 5);
      return true;
    }
    case 'menu':
      clearAwaiting(state);
      await answerIntent(state, tapped(state.language, payload.intent), payload.intent);
      return true;
    case 'order': {
      const intent: Intent = pending?.kind === 'order_choice' ? pending.intent : 'track_order';
      clearAwaiting(state);
      state.conversation.focusOrderId = payload.orderId;
      await answerIntent(state, tapped(state.language, intent, [payload.orderId]), intent);
      return true;
    }
    case 'item':
      if (pending?.kind !== 'return_item') return false;
      await answerReturn(state, tapped(state.language, 'return_item', [pending.orderId]), [payload.sku]);
      return true;
    case 'product':
      await answerSize(state, tapped(state.language, 'size_help'), payload.productId);
      return true;
    case 'delay': {
      // The order the message was about; a tap on an old message still goes to the order in focus.
      const delay =
        pending?.kind === 'delay_choice'
          ? pending
          : state.conversation.focusOrderId
            ? { orderId: state.conversation.focusOrderId, trackingNumber: lastToldTracking(state) }
            : undefined;
      if (!delay) return false;
      chooseAfterDelay(state, payload.choice, delay);
      return true;
    }
    case 'confirm':
      if (pending?.kind === 'cancel_confirm') {
        await confirmCancel(state, pending.orderId, payload.answer === 'yes');
        return true;
      }
      if (pending?.kind === 'address_confirm') {
        await confirmAddress(state, pending.orderId, pending.address, payload.answer === 'yes');
        return true;
      }
      return false;
  }
}

export const buttonStep = step('buttons', async (state, next) => {
  if (state.message.kind === 'button' && (await onTap(state, state.message.payload))) return;
  if (state.message.kind === 'button' && state.text && !state.u) {
    // Not one of our payloads: read the button's words like a typed message.
    state.u = await state.deps.understand({ text: state.text, conversation: state.conversation });
  }
  await next();
});

/** The shipment we spoke about unasked most recently: where a tap on an older delay message belongs. */
function lastToldTracking(state: TurnState): string {
  const told = Object.entries(state.conversation.proactive ?? {});
  return told.sort(([, a], [, b]) => b.at.localeCompare(a.at))[0]?.[0] ?? '';
}
