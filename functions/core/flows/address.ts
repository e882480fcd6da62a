// Address change: check the order may still change, ask for the address in a follow-up, show it back,
// change it only after a yes.
import { formatAddress } from '../format-address';
import type { MessageKey } from '../messages/index';
import type { Address, OrderStatus, ParsedAddress, Understanding } from '../types';
import { resolveOrder } from './resolve-order';
import {
  agentButton,
  ask,
  callTool,
  clearAwaiting,
  handOff,
  say,
  type TurnState,
  yesNoButtons,
} from './state';

export async function answerAddressChange(state: TurnState, u: Understanding): Promise<void> {
  const orderId = await resolveOrder(state, u, 'change_address');
  if (!orderId) return;
  const result = await callTool(state, 'change_address', { orderId });
  if (!result.ok) {
    if (result.error === 'too_late') return addressRefused(state, orderId, result.data?.status);
    return say(state, 'error_try_again');
  }
  // The same message may already carry the address ("change 48213 to 12 Orchard Rd, Singapore 238801").
  if (u.address) return receiveAddress(state, orderId, u.address);
  say(state, 'address_ask_new', { order: orderId });
  ask(state, { kind: 'address', orderId });
}

/** The follow-up carrying the address (undefined: the message tried but did not read as one). */
export async function receiveAddress(
  state: TurnState,
  orderId: string,
  parsed: ParsedAddress | undefined,
): Promise<void> {
  if (!parsed) {
    say(state, 'address_invalid');
    return ask(state, { kind: 'address', orderId });
  }
  const result = await callTool(state, 'change_address', { orderId, address: parsed, confirm: false });
  if (!result.ok) {
    if (result.error === 'too_late') return addressRefused(state, orderId, result.data?.status);
    say(state, 'address_invalid');
    return ask(state, { kind: 'address', orderId });
  }
  if (result.data.stage === 'ask_address') return say(state, 'error_try_again');
  const { address } = result.data;
  say(
    state,
    'address_confirm',
    { order: orderId, address: formatAddress(address) },
    { buttons: yesNoButtons(state) },
  );
  ask(state, { kind: 'address_confirm', orderId, address });
}

export async function confirmAddress(
  state: TurnState,
  orderId: string,
  address: Address,
  yes: boolean,
): Promise<void> {
  if (!yes) {
    say(state, 'address_ask_new', { order: orderId });
    return ask(state, { kind: 'address', orderId });
  }
  clearAwaiting(state);
  const result = await callTool(state, 'change_address', { orderId, address, confirm: true });
  if (result.ok) return say(state, 'address_changed', { order: orderId, address: formatAddress(address) });
  if (result.error === 'too_late') return addressRefused(state, orderId, result.data?.status);
  say(state, 'error_try_again');
}

const ADDRESS_REFUSED: Partial<Record<OrderStatus, MessageKey>> = {
  pending: 'address_processing',
  processing: 'address_processing',
  delivered: 'address_delivered',
  returned: 'status_returned',
  cancelled: 'status_cancelled',
};

/** Why the address can no longer change here, true to the order's status (a packing order: a person). */
function addressRefused(state: TurnState, orderId: string, status: unknown): void {
  const key = ADDRESS_REFUSED[status as OrderStatus] ?? 'address_too_late';
  if (key === 'address_too_late') {
    // Redirecting a parcel is a person's job: offered, not promised.
    const agent = agentButton(state);
    say(state, key, { order: orderId, agent: agent.title }, { buttons: [agent] });
    return;
  }
  say(state, key, { order: orderId });
  if (key === 'address_processing') handOff(state, 'address_change_processing', { silent: true });
}
