// Reading a message as the answer to the bot's pending question, in the context of that question: each
// variant has its own interpreter. An interpreter says what the message is:
// - 'answered': it answered (the flow it continued has replied),
// - 'unclear': it tried to answer but we cannot tell which (asked again),
// - 'abandoned': the shopper dropped the question ("never mind"),
// - 'not_an_answer': a new request; the pipeline goes on and the question is settled there.

import { confirmAddress, receiveAddress } from '../flows/address';
import { answerIntent, tapped } from '../flows/answer';
import { chooseAfterDelay } from '../flows/delay';
import { answerReturn, confirmCancel } from '../flows/orders';
import { answerSize } from '../flows/products';
import { otherOrder } from '../flows/resolve-order';
import {
  callTool,
  clearAwaiting,
  itemButton,
  orderButton,
  productButton,
  say,
  type TurnState,
  yesNoButtons,
} from '../flows/state';
import { verifyStep } from '../flows/verify';
import { hasIdentity } from '../identity';
import { informativeLength } from '../language';
import type { Intent, Understanding } from '../types';
import type { Awaiting, AwaitingOf } from './awaiting';
import { intentOf } from './awaiting';

export type AnswerOutcome = 'answered' | 'unclear' | 'abandoned' | 'not_an_answer';

/**
 * A confident reading of the message as some other request than the one the question belongs to. The
 * intent model's reading of a few words ("haa betul, teruskan") is not enough to leave a question: only
 * explicit cues and signals are, until the message says more.
 */
function isNewRequest(state: TurnState, u: Understanding, own: Intent | undefined): boolean {
  if (u.requests.optOut || u.requests.dataRequest || u.topic.faq) return true;
  if (u.signals.humanRequest || u.signals.legalThreat || u.signals.reputationThreat) return true;
  if (informativeLength(state.text) <= 12) return false;
  return (
    u.confidence >= state.deps.merchant.thresholds.intentConfidence &&
    !['other', 'thanks_bye', own].includes(u.intent)
  );
}

/** Short enough to be an attempt at answering rather than a new message of its own. */
const looksLikeAnAnswer = (text: string): boolean => informativeLength(text) <= 24;

const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Names the text gives to an option (product name, aliases, colour and its aliases) that it contains. */
async function namesIn(
  state: TurnState,
  text: string,
  lines: { productId?: string; name: string; colour?: string }[],
): Promise<number> {
  const haystack = fold(text);
  let score = 0;
  for (const line of lines) {
    const product = line.productId ? await state.deps.orders.getProduct(line.productId) : undefined;
    const names = [line.name, ...Object.values(product?.aliases ?? {}).flat()];
    const colours = line.colour
      ? [line.colour, ...Object.values(product?.colourAliases?.[line.colour] ?? {}).flat()]
      : [];
    const hit = (words: string[]) =>
      words.some((w) => {
        const f = fold(w);
        if (f.length < 2) return false;
        if (haystack.includes(f)) return true;
        // "the dress" matches "Wrap dress": any distinctive word of the name.
        return f.split(/[^\p{L}\p{N}]+/u).some((part) => part.length >= 4 && haystack.includes(part));
      });
    if (hit(names)) score += 2;
    if (hit(colours)) score += 1;
  }
  return score;
}

/** Which of the offered options the message picks: by number, position, "the other", or by what it names. */
async function pickOption<T>(
  state: TurnState,
  u: Understanding,
  options: readonly T[],
  describe: (
    option: T,
  ) => Promise<{ id?: string; lines: { productId?: string; name: string; colour?: string }[] }>,
  previous?: T,
): Promise<T | undefined> {
  const { reply } = u;
  const described = await Promise.all(options.map(describe));
  const byNumber = described.findIndex(({ id }) => id !== undefined && u.entities.orderIds.includes(id));
  if (byNumber >= 0) return options[byNumber];
  if (reply.ordinal !== undefined) {
    const index = reply.ordinal === -1 ? options.length - 1 : reply.ordinal - 1;
    if (index >= 0 && index < options.length) return options[index];
  }
  if (reply.other) {
    const rest = options.filter((o) => o !== previous);
    if (previous !== undefined && rest.length === 1) return rest[0];
    if (previous === undefined && options.length === 2) return options[1];
  }
  const scores = await Promise.all(described.map(({ lines }) => namesIn(state, state.text, lines)));
  const best = Math.max(...scores);
  if (best > 0 && scores.filter((s) => s === best).length === 1) return options[scores.indexOf(best)];
  return undefined;
}

async function orderLines(state: TurnState, orderId: string) {
  const found = await callTool(state, 'lookup_order', { orderId });
  return {
    id: orderId,
    lines: found.ok
      ? found.data.lines.map((l) => ({ productId: l.productId, name: l.name, colour: l.colour }))
      : [],
  };
}

async function onOrderChoice(state: TurnState, u: Understanding, q: AwaitingOf<'order_choice'>) {
  const picked = await pickOption(
    state,
    u,
    q.options,
    (id) => orderLines(state, id),
    state.conversation.focusOrderId,
  );
  if (picked) {
    clearAwaiting(state);
    state.conversation.focusOrderId = picked;
    await answerIntent(state, tapped(state.language, q.intent, [picked]), q.intent);
    return 'answered';
  }
  // Another order number than those offered: the shopper answered with the one they mean.
  if (u.entities.orderIds.length > 0) return 'not_an_answer';
  return 'unclear';
}

async function onConfirm(
  state: TurnState,
  u: Understanding,
  q: AwaitingOf<'cancel_confirm'> | AwaitingOf<'address_confirm'>,
): Promise<AnswerOutcome> {
  const named = u.entities.orderIds.find((id) => id !== q.orderId);
  const intent: Intent = q.kind === 'cancel_confirm' ? 'cancel_order' : 'change_address';
  // "no, the other one" / "sorry, I meant 48214": the same request about another order.
  if (named || ((u.reply.other || u.reply.correction) && u.reply.yesNo !== 'yes')) {
    const offered =
      q.kind === 'cancel_confirm' ? q.alternatives?.filter((id) => id !== q.orderId) : undefined;
    const otherId =
      named ?? (offered?.length === 1 ? offered[0] : await otherOrder(state, intent, q.orderId));
    if (otherId) {
      clearAwaiting(state);
      state.conversation.focusOrderId = otherId;
      await answerIntent(state, tapped(state.language, intent, [otherId]), intent);
      return 'answered';
    }
  }
  if (q.kind === 'address_confirm' && u.address) {
    // A corrected address instead of yes/no.
    await receiveAddress(state, q.orderId, u.address);
    return 'answered';
  }
  const answer = u.reply.yesNo;
  if (!answer) return 'unclear';
  if (q.kind === 'cancel_confirm') await confirmCancel(state, q.orderId, answer === 'yes');
  else await confirmAddress(state, q.orderId, q.address, answer === 'yes');
  return 'answered';
}

/** Reads the message as the answer to `pending`; see AnswerOutcome. */
export async function answerPending(
  state: TurnState,
  u: Understanding,
  pending: Awaiting,
): Promise<AnswerOutcome> {
  const own = intentOf(pending);
  const cued = u.reply.yesNo || u.reply.ordinal !== undefined || u.reply.other || u.reply.all;
  if (u.reply.abandon && !cued) return 'abandoned';
  switch (pending.kind) {
    case 'order_choice': {
      const outcome = await onOrderChoice(state, u, pending);
      if (outcome === 'unclear' && (isNewRequest(state, u, own) || !looksLikeAnAnswer(state.text)))
        return 'not_an_answer';
      return outcome;
    }
    case 'cancel_confirm':
    case 'address_confirm': {
      if (!cued && !u.address && u.entities.orderIds.length === 0 && isNewRequest(state, u, own))
        return 'not_an_answer';
      const outcome = await onConfirm(state, u, pending);
      if (outcome === 'unclear' && !looksLikeAnAnswer(state.text)) return 'not_an_answer';
      return outcome;
    }
    case 'address': {
      if (u.address) {
        await receiveAddress(state, pending.orderId, u.address);
        return 'answered';
      }
      if (isNewRequest(state, u, own) || u.reply.yesNo === 'no') return 'not_an_answer';
      // Not an address we can read ("just a sec", half an address): say what we need and keep asking.
      return looksLikeAnAnswer(state.text) || /\d/.test(state.text) ? 'unclear' : 'not_an_answer';
    }
    case 'verify': {
      const { orderIds, emails, postcodes } = u.entities;
      const secretGiven = emails.length + postcodes.length > 0 || secretOnly(u, state.text);
      if (orderIds.length === 0 && !secretGiven && !pending.orderId) return 'not_an_answer';
      // Someone already verified who names another order without a secret is asking about it.
      if (hasIdentity(state.conversation) && !secretGiven && orderIds.length > 0) return 'not_an_answer';
      if (!secretGiven && orderIds.length === 0 && isNewRequest(state, u, own)) return 'not_an_answer';
      const intent = pending.intent;
      const verified = await verifyStep(state, u, intent, pending.orderId);
      if (verified)
        await answerIntent(state, { ...u, entities: { ...u.entities, orderIds: [verified] } }, intent);
      return 'answered';
    }
    case 'return_item': {
      if (u.reply.all) {
        await answerReturn(
          state,
          tapped(state.language, 'return_item', [pending.orderId]),
          pending.options.map((o) => o.sku),
        );
        return 'answered';
      }
      const picked = await pickOption(state, u, pending.options, async (o) => ({
        lines: [{ name: o.name, colour: o.colour }],
      }));
      if (!picked)
        return isNewRequest(state, u, own) || !looksLikeAnAnswer(state.text) ? 'not_an_answer' : 'unclear';
      await answerReturn(state, tapped(state.language, 'return_item', [pending.orderId]), [picked.sku]);
      return 'answered';
    }
    case 'size_product': {
      const picked = await pickOption(state, u, pending.options, async (o) => ({
        lines: [{ productId: o.id, name: o.name }],
      }));
      if (picked) {
        await answerSize(state, u, picked.id);
        return 'answered';
      }
      if (Object.keys(u.entities.measurements).length > 0 && !isNewRequest(state, u, own)) {
        await answerSize(state, u);
        return 'answered';
      }
      return isNewRequest(state, u, own) || !looksLikeAnAnswer(state.text) ? 'not_an_answer' : 'unclear';
    }
    case 'size_measurements': {
      const given = Object.keys(u.entities.measurements).length + u.entities.sizes.length > 0;
      if (!given || isNewRequest(state, u, own)) return 'not_an_answer';
      await answerSize(state, u);
      return 'answered';
    }
    case 'rating': {
      const score = ratingIn(state.text);
      if (score === undefined) return 'not_an_answer';
      recordRating(state, pending.handoffId, score);
      return 'answered';
    }
    case 'delay_choice': {
      // "the first one", "2": a choice as offered; anything else is read as a new message about the order.
      const ordinal = u.reply.ordinal;
      const picked =
        ordinal === undefined
          ? undefined
          : pending.choices[ordinal === -1 ? pending.choices.length - 1 : ordinal - 1];
      if (!picked) return 'not_an_answer';
      chooseAfterDelay(state, picked, pending);
      return 'answered';
    }
    case 'damage_photo':
    case 'media_context':
      // Photos are read by the media step; words are a new message (a damage report picks the photos up).
      return 'not_an_answer';
  }
}

/** Asks the pending question again after an answer we could not read, with the same choices. */
export function askAgain(state: TurnState, pending: Awaiting): void {
  state.conversation.awaiting = pending;
  state.log.action = 'clarify';
  if (pending.kind === 'cancel_confirm' || pending.kind === 'address_confirm') {
    say(state, 'confirm_again', undefined, { buttons: yesNoButtons(state) });
    return;
  }
  if (pending.kind === 'address') {
    say(state, 'address_invalid');
    return;
  }
  const buttons =
    pending.kind === 'order_choice'
      ? pending.options.map((id) => orderButton(id))
      : pending.kind === 'return_item'
        ? pending.options.map((o) => itemButton({ ...o, ...(o.colour ? { variant: o.colour } : {}) }))
        : pending.kind === 'size_product'
          ? pending.options.map(productButton)
          : [];
  say(state, 'choice_not_understood', undefined, buttons.length > 0 ? { buttons } : {});
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

/** A typed rating: "4", "4/5", "⭐⭐⭐⭐", "５". Anything else is a new message, not a rating. */
export function ratingIn(text: string): 1 | 2 | 3 | 4 | 5 | undefined {
  const plain = text.normalize('NFKC').trim();
  const digit = /^([1-5])(?:\s*(?:\/|of|von|sur|de)\s*5)?\s*[.!⭐★]*$/u.exec(plain);
  if (digit) return Number(digit[1]) as 1 | 2 | 3 | 4 | 5;
  const stars = [...plain.matchAll(/⭐|★/gu)].length;
  if (stars >= 1 && stars <= 5 && plain.replace(/⭐|★|\s|\uFE0F/gu, '') === '')
    return stars as 1 | 2 | 3 | 4 | 5;
  return undefined;
}

/** Stores the shopper's score on the handoff it rates and thanks them; a stale question is just cleared. */
export function recordRating(state: TurnState, handoffId: string, score: 1 | 2 | 3 | 4 | 5): void {
  const { conversation } = state;
  delete conversation.awaiting;
  state.log.action = 'rating';
  if (conversation.handoff?.id === handoffId)
    conversation.handoff = { ...conversation.handoff, rating: { score, at: state.now.toISOString() } };
  say(state, 'rating_thanks');
}
