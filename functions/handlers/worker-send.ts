// Sending a turn's replies through the conversation's channel, each at most once across SQS redeliveries.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { ChannelOutbound, EventClaimStore, MessageLog, SendContext } from '../core/ports';
import type { InboundMessage, OutboundMessage } from '../core/types';

/** How long a reply claim is kept: longer than SQS keeps retrying a message. */
const REPLY_CLAIM_TTL_SECONDS = 4 * 24 * 60 * 60;

export class ReplySendError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReplySendError';
  }
}

/** Channel errors say whether a later try could succeed (ChannelSendError.retryable); unknown errors may. */
const isPermanent = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { retryable?: unknown }).retryable === false;

/**
 * Sends each reply once. Why a claim per reply: SQS delivers at least once, and a record that failed
 * halfway (reply 2 of 3 timed out) comes back whole. Claiming `reply:{event}:{n}` before sending makes
 * each reply at-most-once: a redelivery skips what was already sent. The trade-off is deliberate — if the
 * process dies between the claim and the platform's answer, that one reply is lost rather than possibly
 * doubled; a shopper can ask again, but cannot un-see a duplicate "your order is cancelled".
 */
export async function sendReplies(
  deps: { claims: EventClaimStore; messages: MessageLog; now: () => Date; logger: Logger },
  channel: ChannelOutbound,
  ctx: SendContext,
  message: InboundMessage,
  replies: OutboundMessage[],
): Promise<void> {
  const { logger } = deps;
  for (const [n, reply] of replies.entries()) {
    const claimId = `reply:${message.eventId}:${n}`;
    if (!(await deps.claims.claim(claimId, REPLY_CLAIM_TTL_SECONDS))) {
      logger.info('reply already sent, skipping', { reply: n });
      continue;
    }
    try {
      const sent = await channel.send(ctx, reply);
      await deps.messages.append({
        conversationId: message.conversationId,
        direction: 'out',
        at: deps.now().toISOString(),
        id: `${message.eventId}:${n}`,
        text: reply.text,
        data: {
          via: sent.via,
          platformMessageIds: sent.platformMessageIds,
          buttons: reply.buttons?.map((b) => b.id),
        },
      });
    } catch (error) {
      if (isPermanent(error)) {
        // E.g. WhatsApp's 24-hour window closed with no template: retrying cannot help.
        logger.error('reply not deliverable', { error, reply: n });
        continue;
      }
      // A temporary failure: SQS's retry must send this reply, so give its claim back. (A crash, or a
      // failed release, leaves the claim and that reply stays unsent: the at-most-once side above.)
      await deps.claims.release(claimId).catch((releaseError: unknown) => {
        logger.error('reply claim release failed; the retry will skip this reply', {
          error: releaseError,
          reply: n,
        });
      });
      throw new ReplySendError(`Sending reply ${n} of ${message.eventId} failed`, { cause: error });
    }
  }
}
