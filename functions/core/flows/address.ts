// Address change: check the order may still change, ask for the address in a follow-up, show it back,
// change it only after a yes.
import { formatAddress } from '../format-address';
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

// Postcode shapes, most specific first: BR CEP 01304-001, JP 150-0001, UK SW1A 1AA, CA K1A 0B1, then the
// 4–6 digit codes of most countries.
const POSTCODES = [
  /(?<![\d#])\d{5}-\d{3}(?!\d)/,
  /(?<![\d#-])\d{3}-\d{4}(?![\d-])/,
  /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i,
  /\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b/i,
  /(?<![\d#-])\d{4,6}(?![\d-])/,
];

const hasLetters = (text: string) => /\p{L}{2}/u.test(text);

function findPostcode(part: string, exclude: readonly string[]): string | undefined {
  for (const pattern of POSTCODES) {
    const found = part.match(pattern)?.[0];
    if (found && !exclude.includes(found)) return found;
  }
  return undefined;
}

/**
 * Reads an address typed in chat into parts: comma- or line-separated, street first, the postcode in one
 * of the last parts with the city beside it — "12 Orchard Road, #05-01, Singapore 238801", "Rua Augusta,
 * 1200, apto 5, São Paulo, 01304-001", "Hauptstraße 5, 10115 Berlin". Numbers in `exclude` (the order
 * numbers in the same message) are never taken for a postcode. Undefined when something is missing.
 */
export function parseAddress(text: string, exclude: readonly string[] = []): ParsedAddress | undefined {
  const parts = text
    .split(/[,\n，、]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  let postIndex = -1;
  let postcode: string | undefined;
  for (let i = parts.length - 1; i >= 1 && !postcode; i--) {
    postcode = findPostcode(parts[i]!, exclude);
    if (postcode) postIndex = i;
  }
  if (!postcode) return undefined;
  const rest = parts[postIndex]!.replace(postcode, '').replace(/\s+/g, ' ').trim();
  // "Springfield, IL 62704": a bare state code beside the postcode is the region; the city comes before.
  const restIsRegion = /^[A-Z]{2}$/.test(rest);
  let cityIndex = postIndex;
  let city = hasLetters(rest) && !restIsRegion ? rest : undefined;
  if (!city && postIndex + 1 < parts.length && hasLetters(parts[postIndex + 1]!)) {
    cityIndex = postIndex + 1;
    city = parts[cityIndex];
  }
  if (!city && postIndex - 1 >= 1 && hasLetters(parts[postIndex - 1]!)) {
    cityIndex = postIndex - 1;
    city = parts[cityIndex];
  }
  if (!city) return undefined;
  const street = parts.slice(0, Math.min(postIndex, cityIndex));
  if (street.length === 0 || !hasLetters(street[0]!)) return undefined;
  // A bare house number right after the street name belongs to it ("Rua Augusta, 1200").
  const joinNumber = street.length > 1 && /^\d+[A-Za-z]?$/.test(street[1]!);
  const line1 = joinNumber ? `${street[0]}, ${street[1]}` : street[0]!;
  const more = street.slice(joinNumber ? 2 : 1);
  return {
    line1,
    ...(more.length > 0 ? { line2: more.join(', ') } : {}),
    city,
    postcode: postcode.toUpperCase(),
  };
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
  if (parseAddress(state.message.text ?? '', u.entities.orderIds)) return receiveAddress(state, orderId);
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
