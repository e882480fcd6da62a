// Address change: check the order may still change, ask for the address in a follow-up, show it back,
// change it only after a yes.
import { formatAddress } from '../../tools/change-address';
import type { MessageKey } from '../messages/index';
import type { Address, OrderStatus, Understanding } from '../types';
import { resolveOrder } from './resolve-order';
import { await_, callTool, clearAwaiting, handOff, say, type TurnState, yesNoButtons } from './state';

export interface ParsedAddress {
  line1: string;
  line2?: string;
  city: string;
  postcode: string;
}

// A postcode: 3–10 letters/digits/space/dash with at least one digit, e.g. 238801, 10115, SW1A 1AA, 100-0001.
const POSTCODE =
  /\b(?=[A-Z0-9 -]*\d)([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{3}-\d{4}|\d{4,6}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b/i;

/**
 * Reads "12 Orchard Road, #05-01, Singapore 238801" into parts: comma- or line-separated, street first,
 * the part with the postcode names the city (or the part before it does). Undefined when something is missing.
 */
export function parseAddress(text: string): ParsedAddress | undefined {
  const parts = text
    .split(/[,\n，、]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const postIndex = parts.findIndex((p, i) => i > 0 && POSTCODE.test(p));
  if (postIndex < 0) return undefined;
  const postPart = parts[postIndex]!;
  const postcode = postPart.match(POSTCODE)![0]!.toUpperCase();
  const rest = postPart.replace(POSTCODE, '').replace(/\s+/g, ' ').trim();
  const city =
    rest.length >= 2 ? rest : (parts[postIndex + 1] ?? (postIndex > 1 ? parts[postIndex - 1] : undefined));
  if (!city) return undefined;
  const lineParts = parts.slice(0, postIndex).filter((p) => p !== city);
  const [line1, ...more] = lineParts;
  if (!line1) return undefined;
  return { line1, line2: more.length > 0 ? more.join(', ') : undefined, city, postcode };
}

export async function answerAddressChange(state: TurnState, u: Understanding): Promise<void> {
  const orderId = await resolveOrder(state, u, 'change_address');
  if (!orderId) return;
  const result = await callTool(state, 'change_address', { orderId });
  if (!result.ok) {
    if (result.error === 'too_late') return addressRefused(state, orderId, result.data?.status);
    return say(state, 'error_try_again');
  }
  // The same message may already carry the address ("change 48213 to 12 Orchard Rd, Singapore 238801").
  if (parseAddress(state.message.text ?? '')) return receiveAddress(state, orderId);
  say(state, 'address_ask_new', { order: orderId });
  await_(state, 'address', 'change_address', { orderId });
}

/** The follow-up carrying the address. */
export async function receiveAddress(state: TurnState, orderId: string): Promise<void> {
  const parsed = parseAddress(state.message.text ?? '');
  if (!parsed) {
    say(state, 'address_invalid');
    return await_(state, 'address', 'change_address', { orderId });
  }
  const result = await callTool(state, 'change_address', { orderId, address: parsed, confirm: false });
  if (!result.ok) {
    if (result.error === 'too_late') return addressRefused(state, orderId, result.data?.status);
    say(state, 'address_invalid');
    return await_(state, 'address', 'change_address', { orderId });
  }
  const address = (result.data as { address: Address }).address;
  say(
    state,
    'address_confirm',
    { order: orderId, address: formatAddress(address) },
    { buttons: yesNoButtons(state) },
  );
  await_(state, 'address_confirm', 'change_address', { orderId, address });
}

export async function confirmAddress(
  state: TurnState,
  orderId: string,
  address: Address,
  yes: boolean,
): Promise<void> {
  if (!yes) {
    say(state, 'address_ask_new', { order: orderId });
    return await_(state, 'address', 'change_address', { orderId });
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
  say(state, key, { order: orderId });
  if (key === 'address_processing') handOff(state, 'address_change_processing', { silent: true });
}
