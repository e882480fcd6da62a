// The shopper's answer to a proactive delay message (core/proactive.ts told them first): keep waiting,
// get every update here, cancel and get a refund (a person handles it: the parcel is already on its way),
// or talk to a person. The order stays in focus, so "when will it arrive?" after it is answered about it.
import { clearAwaiting, handOff, say, type TurnState } from './state';

export type DelayChoice = 'wait' | 'updates' | 'refund' | 'agent';

export function chooseAfterDelay(
  state: TurnState,
  choice: DelayChoice,
  pending: { orderId: string; trackingNumber: string },
): void {
  clearAwaiting(state);
  const conversation = state.conversation;
  conversation.focusOrderId = pending.orderId;
  state.log.action = 'answer';
  if (choice === 'wait') {
    say(state, 'proactive_waiting_ok', { order: pending.orderId });
  } else if (choice === 'updates') {
    // Every carrier event of this shipment from now on, not only the next delay (core/proactive.ts).
    if (pending.trackingNumber) {
      const told = conversation.proactive?.[pending.trackingNumber];
      conversation.proactive = {
        ...conversation.proactive,
        [pending.trackingNumber]: {
          ...told,
          episode: told?.episode ?? '',
          at: told?.at ?? state.now.toISOString(),
          updates: true,
        },
      };
    }
    conversation.contactPreference = { proactive: true, changedAt: state.now.toISOString() };
    say(state, 'proactive_updates_on', { order: pending.orderId });
  } else {
    // Its own reasons: the agent sees at once that it is about the delayed parcel, and which one.
    handOff(state, choice === 'refund' ? 'delay_refund' : 'delay_question');
    const handoff = conversation.handoff;
    if (handoff && pending.trackingNumber)
      handoff.understood = {
        ...handoff.understood,
        intent: 'delivery_delay',
        trackingNumber: pending.trackingNumber,
      };
  }
}
