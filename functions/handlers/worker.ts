// The worker Lambda: SQS FIFO records (one inbound message each, grouped per conversation) → the
// conversation turn → replies through the conversation's channel. Records of one group are handled in
// order; a failed record fails the rest of its group (FIFO must not skip ahead) while other groups go on.
import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import type { SQSBatchItemFailure, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type {
  CaseStore,
  ChannelOutbound,
  ConversationStore,
  EventClaimStore,
  MessageLog,
  MessageLogEntry,
  SendContext,
} from '../core/ports';
import type { TurnInput, TurnResult } from '../core/turn-types';
import type { ChannelName, Conversation, InboundMessage, QueuedTurn } from '../core/types';
import { type DescribeMedia, describeClaimPhotos, startDescribing } from './describe-media';

/** How long a reply claim is kept: longer than SQS keeps retrying a message. */
const REPLY_CLAIM_TTL_SECONDS = 4 * 24 * 60 * 60;

export interface WorkerDeps {
  conversations: ConversationStore;
  messages: MessageLog;
  claims: EventClaimStore;
  cases?: CaseStore;
  channelFor(name: ChannelName): ChannelOutbound;
  runTurn(input: TurnInput): Promise<TurnResult>;
  /** Copies inbound media to our storage; returns the key. */
  saveMedia?(input: {
    conversationId: string;
    mediaId: string;
    bytes: Buffer;
    mimeType: string;
  }): Promise<string>;
  /** A one-line description of a shopper's photo for the agent; only when the LLM takes images. */
  describeMedia?: DescribeMedia;
  logger?: Logger;
  now?: () => Date;
}

export class WorkerRecordError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkerRecordError';
  }
}

/** The recipient is the conversation id's last segment: wa_id, LINE user/group id, Telegram chat id. */
export function recipientOf(conversationId: string): string {
  return conversationId.slice(conversationId.lastIndexOf(':') + 1);
}

export function newConversation(message: InboundMessage, now: Date): Conversation {
  return {
    id: message.conversationId,
    channel: message.channel,
    recipient: recipientOf(message.conversationId),
    mode: 'bot',
    identity: { kind: 'anonymous' },
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 0,
  };
}

const isStale = (error: unknown): boolean =>
  error instanceof Error && error.name === 'StaleConversationError';
/** Channel errors say whether a later try could succeed (ChannelSendError.retryable); unknown errors may. */
const isPermanent = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { retryable?: unknown }).retryable === false;

/** The inbound message as the log (and the agent API) shows it. */
function inboundEntry(message: InboundMessage): MessageLogEntry {
  return {
    conversationId: message.conversationId,
    direction: 'in',
    at: message.receivedAt,
    id: message.eventId,
    text: message.text,
    data: {
      kind: message.kind,
      payload: message.payload,
      media: message.media?.storedAt ?? message.media?.id,
      mediaDescription: message.media?.description,
    },
  };
}

function parseRecord(record: SQSRecord): InboundMessage {
  try {
    const body = JSON.parse(record.body) as QueuedTurn;
    if (body.v !== 1 || !body.message?.eventId || !body.message.conversationId)
      throw new Error('not a QueuedTurn v1');
    return body.message;
  } catch (error) {
    throw new WorkerRecordError(`Record ${record.messageId} is not a queued turn`, { cause: error });
  }
}

/**
 * Creates the SQS handler around injected stores, channels and turn.
 * @example
 * const handle = createWorkerHandler({ ...stores, channelFor, runTurn });
 * const { batchItemFailures } = await handle(sqsEvent);
 */
export function createWorkerHandler(deps: WorkerDeps): (event: SQSEvent) => Promise<SQSBatchResponse> {
  const logger = deps.logger ?? new Logger({ serviceName: 'crossdesk-worker' });
  const clock = deps.now ?? (() => new Date());

  async function turnOnce(
    message: InboundMessage,
    media: TurnInput['media'],
    loaded?: Conversation,
  ): Promise<{ result: TurnResult; saved: Conversation }> {
    const stored =
      loaded ?? (await deps.conversations.get(message.conversationId)) ?? newConversation(message, clock());
    const result = await deps.runTurn({ message, conversation: stored, media });
    const saved = await deps.conversations.save(result.conversation);
    return { result, saved };
  }

  async function processRecord(message: InboundMessage): Promise<void> {
    const channel = deps.channelFor(message.channel);
    const existing = await deps.conversations.get(message.conversationId);
    const ctx: SendContext = {
      conversation: {
        id: message.conversationId,
        recipient: existing?.recipient ?? recipientOf(message.conversationId),
        lastInboundAt: message.receivedAt,
        language: existing?.language,
      },
      inReplyTo: {
        replyToken: message.replyToken,
        receivedAt: message.receivedAt,
        platformMessageId: message.platformMessageId,
        callbackQueryId: message.callbackQueryId,
      },
    };
    await channel.acknowledge?.(ctx).catch((error: unknown) => logger.warn('acknowledge failed', { error }));

    let media: TurnInput['media'];
    let describing: Promise<string | undefined> | undefined;
    if (message.media && channel.downloadMedia) {
      try {
        const downloaded = await channel.downloadMedia(message.media.id);
        media = downloaded;
        // Started now, awaited after the replies went out: the shopper never waits for the description.
        if (deps.describeMedia)
          describing = startDescribing(deps.describeMedia, message, downloaded, { logger });
        if (deps.saveMedia) {
          message.media.storedAt = await deps.saveMedia({
            conversationId: message.conversationId,
            mediaId: message.media.id,
            ...downloaded,
          });
        }
      } catch (error) {
        // The turn still runs: a claim can carry the platform media id, and an agent can fetch it later.
        logger.warn('media download failed', { error, mediaId: message.media.id });
      }
    }
    await deps.messages.append(inboundEntry(message));

    let turn: { result: TurnResult; saved: Conversation };
    try {
      // The conversation read for the acknowledgement serves the first attempt: one read per turn.
      turn = await turnOnce(message, media, existing);
    } catch (error) {
      if (!isStale(error)) throw error;
      // Someone (an agent taking over, a delay-scan message) saved in between: run the turn once more on
      // the fresh state. A second loss fails the record and SQS retries it.
      logger.info('stale conversation, retrying turn once');
      turn = await turnOnce(message, media);
    }
    const { result, saved } = turn;
    logger.info('turn', { ...result.log, replies: result.replies.length, handoff: result.handoff?.reason });

    const sendCtx: SendContext = {
      ...ctx,
      conversation: { ...ctx.conversation, language: saved.language, recipient: saved.recipient },
    };
    for (const [n, reply] of result.replies.entries()) {
      // Why a claim per reply: SQS delivers at least once, and a record that failed halfway (reply 2 of 3
      // timed out) comes back whole. Claiming `reply:{event}:{n}` before sending makes each reply
      // at-most-once: a redelivery skips what was already sent. The trade-off is deliberate — if the
      // process dies between the claim and the platform's answer, that one reply is lost rather than
      // possibly doubled; a shopper can ask again, but cannot un-see a duplicate "your order is cancelled".
      const claimId = `reply:${message.eventId}:${n}`;
      const replyId = `${message.eventId}:${n}`;
      if (!(await deps.claims.claim(claimId, REPLY_CLAIM_TTL_SECONDS))) {
        logger.info('reply already sent, skipping', { reply: n });
        continue;
      }
      try {
        const sent = await channel.send(sendCtx, reply);
        await deps.messages.append({
          conversationId: message.conversationId,
          direction: 'out',
          at: clock().toISOString(),
          id: replyId,
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
        // failed release, leaves the claim and that reply stays unsent: the at-most-once side of the
        // trade-off above.)
        await deps.claims.release(claimId).catch((releaseError: unknown) => {
          logger.error('reply claim release failed; the retry will skip this reply', {
            error: releaseError,
            reply: n,
          });
        });
        throw new WorkerRecordError(`Sending reply ${n} of ${message.eventId} failed`, { cause: error });
      }
    }
    await recordDescriptions(message, describing, result, saved);
  }

  /** The photo's description onto its log entry (same key: overwritten) and onto damage claims. Best effort. */
  async function recordDescriptions(
    message: InboundMessage,
    describing: Promise<string | undefined> | undefined,
    result: TurnResult,
    saved: Conversation,
  ): Promise<void> {
    try {
      const description = await describing;
      if (description && message.media) {
        message.media.description = description;
        await deps.messages.append(inboundEntry(message));
      }
      // A claim may take this photo, or photos sent before the damage report, whose descriptions are logged.
      if (deps.describeMedia && deps.cases && result.log.tools.includes('report_damage')) {
        await describeClaimPhotos({ messages: deps.messages, cases: deps.cases, now: clock() }, saved);
      }
    } catch (error) {
      logger.warn('storing the photo description failed', { error });
    }
  }

  return async (event) => {
    const batchItemFailures: SQSBatchItemFailure[] = [];
    const failedGroups = new Set<string>();
    for (const record of event.Records) {
      const group = record.attributes?.MessageGroupId ?? record.messageId;
      if (failedGroups.has(group)) {
        // FIFO: a later message of a failed conversation must not overtake the failed one.
        batchItemFailures.push({ itemIdentifier: record.messageId });
        continue;
      }
      try {
        const message = parseRecord(record);
        logger.appendKeys({ conversationId: message.conversationId, eventId: message.eventId });
        await processRecord(message);
      } catch (error) {
        logger.error('record failed', { error, messageId: record.messageId });
        failedGroups.add(group);
        batchItemFailures.push({ itemIdentifier: record.messageId });
      } finally {
        logger.removeKeys(['conversationId', 'eventId']);
      }
    }
    return { batchItemFailures };
  };
}

let wired: ((event: SQSEvent) => Promise<SQSBatchResponse>) | undefined;

/** The Lambda entry point: wired from the environment on first use (cold start). */
export const handler = middy(async (event: SQSEvent): Promise<SQSBatchResponse> => {
  wired ??= createWorkerHandler(await (await import('./worker-wiring')).createWorkerDepsFromEnv());
  return wired(event);
});
