// Button payloads: what a tapped button sends back. Typed and validated: a payload is data the shopper's
// client returns, so anything that does not parse (an old button, a forged callback) is treated as the
// button's visible text instead. Encoded as `kind:value` to stay within Telegram's 64-byte callback limit
// and readable in logs.
import * as z from 'zod';

const MENU_INTENTS = ['track_order', 'return_item', 'size_help'] as const;
/** Older buttons said `menu:track|return|size`; they keep working. */
const MENU_ALIASES: Record<string, (typeof MENU_INTENTS)[number]> = {
  track: 'track_order',
  return: 'return_item',
  size: 'size_help',
};

export const buttonPayloadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('order'), orderId: z.string().regex(/^\d{5}$/) }),
  z.object({ kind: z.literal('item'), sku: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('product'), productId: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('confirm'), answer: z.enum(['yes', 'no']) }),
  z.object({ kind: z.literal('menu'), intent: z.enum(MENU_INTENTS) }),
  z.object({ kind: z.literal('handoff') }),
  z.object({ kind: z.literal('optin') }),
  /** A 1–5 rating button after an agent resolved the conversation: which handoff, which score. */
  z.object({ kind: z.literal('rating'), score: z.enum(['1', '2', '3', '4', '5']) }),
  /** An answer to a proactive delay message: keep waiting, get updates, cancel and refund, or a person. */
  z.object({ kind: z.literal('delay'), choice: z.enum(['wait', 'updates', 'refund', 'agent']) }),
]);
export type ButtonPayload = z.infer<typeof buttonPayloadSchema>;

/** The payload string a button carries. */
export function encodeButton(payload: ButtonPayload): string {
  switch (payload.kind) {
    case 'order':
      return `order:${payload.orderId}`;
    case 'item':
      return `item:${payload.sku}`;
    case 'product':
      return `product:${payload.productId}`;
    case 'confirm':
      return `confirm:${payload.answer}`;
    case 'menu':
      return `menu:${payload.intent}`;
    case 'rating':
      return `rating:${payload.score}`;
    case 'delay':
      return `delay:${payload.choice}`;
    case 'handoff':
    case 'optin':
      return payload.kind;
  }
}

const FIELD: Record<string, string> = {
  order: 'orderId',
  item: 'sku',
  product: 'productId',
  confirm: 'answer',
  menu: 'intent',
  rating: 'score',
  delay: 'choice',
};

/** The typed payload, or undefined when the string is not one of ours. */
export function decodeButton(raw: string | undefined): ButtonPayload | undefined {
  if (!raw || raw.length > 256) return undefined;
  const colon = raw.indexOf(':');
  const kind = colon < 0 ? raw : raw.slice(0, colon);
  let value = colon < 0 ? undefined : raw.slice(colon + 1);
  if (kind === 'menu' && value) value = MENU_ALIASES[value] ?? value;
  const field = FIELD[kind];
  const candidate = field ? { kind, [field]: value } : { kind };
  const parsed = buttonPayloadSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
