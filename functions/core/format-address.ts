// How an address reads back to the shopper in chat (the tools and the turn both show it).
import type { Address } from './types';

/** One line for chat: "12 Orchard Road, Singapore 238801, SG". */
export function formatAddress(address: Address): string {
  return [
    address.line1,
    address.line2,
    [address.city, address.region].filter(Boolean).join(' '),
    address.postcode,
    address.country,
  ]
    .filter(Boolean)
    .join(', ');
}
