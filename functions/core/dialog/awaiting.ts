// What the bot asked last and is waiting for: one variant per question, each with its own typed data. The
// conversation is stored as JSON, so a stored value is validated on load: a question from an older
// version of the bot (or a damaged record) is forgotten rather than misread.
import * as z from 'zod';
import { INTENTS, type Intent } from '../vocabulary';

const intent = z.enum(INTENTS);
const orderId = z.string().regex(/^\d{5}$/);
const measurements = z
  .object({
    heightCm: z.number().optional(),
    weightKg: z.number().optional(),
    chestCm: z.number().optional(),
    waistCm: z.number().optional(),
    hipCm: z.number().optional(),
    footCm: z.number().optional(),
  })
  .default({});
const address = z.object({
  name: z.string(),
  line1: z.string(),
  line2: z.string().optional(),
  city: z.string(),
  region: z.string().optional(),
  postcode: z.string(),
  country: z.string(),
});

export const awaitingSchema = z.discriminatedUnion('kind', [
  /** "Which order do you mean?": the orders offered, in the order the buttons show them. */
  z.object({ kind: z.literal('order_choice'), intent, options: z.array(orderId).min(1), since: z.string() }),
  /** `alternatives`: the other orders offered before, for "no, the other one". */
  z.object({
    kind: z.literal('cancel_confirm'),
    orderId,
    alternatives: z.array(orderId).optional(),
    since: z.string(),
  }),
  /** The new delivery address for an order. */
  z.object({ kind: z.literal('address'), orderId, since: z.string() }),
  z.object({ kind: z.literal('address_confirm'), orderId, address, since: z.string() }),
  /** Order number + email/postcode (LINE/Telegram); the request to answer once verified. */
  z.object({ kind: z.literal('verify'), intent, orderId: orderId.optional(), since: z.string() }),
  /** A damage claim waiting for its photos. */
  z.object({ kind: z.literal('damage_photo'), orderId, claimId: z.string(), since: z.string() }),
  /** Photos sent without a word: what are they about? Kept so a later "it arrived broken" files them. */
  z.object({ kind: z.literal('media_context'), photos: z.array(z.string()), since: z.string() }),
  /** Which item of a multi-item order to return: the lines offered, in order. */
  z.object({
    kind: z.literal('return_item'),
    orderId,
    options: z.array(z.object({ sku: z.string(), name: z.string(), colour: z.string().optional() })).min(1),
    since: z.string(),
  }),
  /** Which product a size question is about: the products offered, in order. */
  z.object({
    kind: z.literal('size_product'),
    options: z.array(z.object({ id: z.string(), name: z.string() })).min(1),
    measurements,
    since: z.string(),
  }),
  /** The measurements a product's chart needs. */
  z.object({
    kind: z.literal('size_measurements'),
    productId: z.string(),
    productName: z.string(),
    measurements,
    since: z.string(),
  }),
  /** "How did we do?" after an agent resolved the conversation: 1–5 for that handoff. */
  z.object({ kind: z.literal('rating'), handoffId: z.string(), since: z.string() }),
  /** The shopper was told first that a shipment is delayed: the choices offered, in order. */
  z.object({
    kind: z.literal('delay_choice'),
    orderId,
    trackingNumber: z.string(),
    choices: z.array(z.enum(['wait', 'updates', 'refund', 'agent'])).min(1),
    since: z.string(),
  }),
]);

export type Awaiting = z.infer<typeof awaitingSchema>;
export type AwaitingKind = Awaiting['kind'];
export type AwaitingOf<K extends AwaitingKind> = Extract<Awaiting, { kind: K }>;
/** A question as a flow asks it: `since` is stamped by the turn. */
export type Question = Awaiting extends infer A ? (A extends Awaiting ? Omit<A, 'since'> : never) : never;

/** The stored value if it is a question this version asks, else undefined (and it is forgotten). */
export function readAwaiting(stored: unknown): Awaiting | undefined {
  const parsed = awaitingSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** The request a question belongs to, for logs and for answering it once the question is settled. */
export function intentOf(awaiting: Awaiting): Intent | undefined {
  switch (awaiting.kind) {
    case 'order_choice':
    case 'verify':
      return awaiting.intent;
    case 'cancel_confirm':
      return 'cancel_order';
    case 'address':
    case 'address_confirm':
      return 'change_address';
    case 'damage_photo':
      return 'damaged_item';
    case 'return_item':
      return 'return_item';
    case 'size_product':
    case 'size_measurements':
      return 'size_help';
    case 'delay_choice':
      return 'delivery_delay';
    case 'media_context':
    case 'rating':
      return undefined;
  }
}
