// Sending a turn's replies through the conversation's channel, each at most once across SQS redeliveries.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { ChannelOutbound, EventClaimStore, MessageLog, SendContext } from '../core/ports';
import type { InboundMessage, OutboundMessage } from '../core/types';

/** How long a sent reply's claim is kept: longer than SQS keeps retrying a message. */
const REPLY_CLAIM_TTL_SECONDS = 4 * 24 * 60 * 60;
/**
 * A reply's claim while it is being sent: longer than one send can take (every platform call has a
 * timeout well under the worker's 60 s), shorter than SQS's visibility timeout, so a worker that died
 * mid-send leaves a lease that has expired by the time SQS redelivers, and the reply is sent then.
 */
export const REPLY_LEASE_SECONDS = 90;

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
 * halfway (reply 2 of 3 timed out) comes back whole. `reply:{event}:{n}` is claimed as a short lease
 * before sending and confirmed once the platform accepted the reply: a redelivery skips what was sent,
 * and a reply whose worker died mid-send is sent by the redelivery (its lease has expired by then) instead
 * of being lost silently. The one remaining gap: the platform accepted it and the worker died before the
 * confirm — that reply can go out twice.
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
    // overLease: a redelivery runs only once the delivery before it is over (SQS FIFO holds the group; a
    // crashed worker's record comes back after its visibility timeout), so an unconfirmed claim here is
    // one whose sender died mid-send: send again (at least once) rather than skip it (maybe never).
    if (!(await deps.claims.claim(claimId, REPLY_LEASE_SECONDS, { overLease: true }))) {
      logger.info('reply already sent, skipping', { reply: n });
      continue;
    }
    try {
      const sent = await channel.send(ctx, reply);
      // The platform took it: only now is it "sent" for every later delivery of this record.
      await deps.claims.confirm(claimId, REPLY_CLAIM_TTL_SECONDS).catch((error: unknown) => {
        logger.warn('reply claim confirm failed; a redelivery after the lease may send it again', {
          error,
          reply: n,
        });
      });
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
