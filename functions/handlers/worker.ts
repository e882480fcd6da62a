// The worker Lambda: SQS FIFO records (one inbound message each, grouped per conversation) → the
// conversation turn → replies through the conversation's channel. Records of one group are handled in
// order; a failed record fails the rest of its group (FIFO must not skip ahead) while other groups go on.
import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import type { SQSBatchItemFailure, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { withTimeout } from '../channels/retry';
import { recordInsights } from '../core/insights';
import type { SendContext } from '../core/ports';
import { recipientOf } from '../core/recipient';
import type { TurnInput, TurnResult } from '../core/turn-types';
import type { Conversation, InboundMessage, QueuedDeskJob, QueuedTurn } from '../core/types';
import { turnInsights } from '../insights/events';
import { logId } from '../log-id';
import { notifyAll } from '../services/notifiers/notify-all';
import { handleAgentsGroup, isAgentsGroup } from './worker-agents-group';
import type { WorkerDeps } from './worker-deps';
import { fetchMedia, recordDescriptions } from './worker-media';
import { sendReplies } from './worker-send';

export { recipientOf } from '../core/recipient';
export type { WorkerDeps } from './worker-deps';

export class WorkerRecordError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkerRecordError';
  }
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
function sendContextFor(message: InboundMessage, existing: Conversation | undefined): SendContext {
  return {
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
}

type WorkRecord = { message: InboundMessage } | { job: QueuedDeskJob['job'] };

function parseRecord(record: SQSRecord): WorkRecord {
  try {
    const body = JSON.parse(record.body) as Partial<QueuedTurn & QueuedDeskJob>;
    const job = body.v === 1 ? body.job : undefined;
    if (job?.kind === 'release_silent' && job.conversationId && job.handoffId) return { job };
    if (job?.kind === 'shipment_update' && typeof job.trackingNumber === 'string' && job.trackingNumber)
      return { job };
    if (body.v !== 1 || !body.message?.eventId || !body.message.conversationId)
      throw new Error('not a QueuedTurn v1');
    return { message: body.message };
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
/** The customers a conversation has proven to be: its verified identity and any linked later. */
function provenCustomers(conversation: Conversation): string[] {
  const identity = conversation.identity.kind === 'customer' ? [conversation.identity.customerId] : [];
  return [...identity, ...(conversation.linkedCustomerIds ?? [])];
}

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
    await linkProvenCustomers(stored, saved);
    return { result, saved };
  }

  /**
   * A LINE or Telegram chat that just proved a customer (order number + e-mail) is where that customer can
   * be told first about their parcels: the proactive path finds chats through these links (WhatsApp ones
   * by phone). Best effort: a failed link only means the next delay goes to the phone's WhatsApp chat.
   */
  async function linkProvenCustomers(before: Conversation, after: Conversation): Promise<void> {
    if (!deps.customerConversations) return;
    const known = new Set(provenCustomers(before));
    const proven = provenCustomers(after).filter((id) => !known.has(id));
    for (const customerId of proven) {
      await deps.customerConversations
        .link(customerId, after.id)
        .catch((error: unknown) => logger.warn('could not link the customer to this chat', { error }));
    }
  }

  /** One record: load → acknowledge → media → the turn (pipeline) → save → send. */
  async function processRecord(message: InboundMessage): Promise<void> {
    const channel = deps.channelFor(message.channel);
    if (deps.agentsGroup && isAgentsGroup(message, deps.agentsGroup.chatId)) {
      // Agents talking in their Telegram group: desk actions, never a shopper turn.
      return handleAgentsGroup(message, { desk: deps.agentsGroup.desk, channel, logger });
    }
    const existing = await deps.conversations.get(message.conversationId);
    const ctx = sendContextFor(message, existing);
    // Best effort, and bounded: a typing indicator that hangs must not hold the reply.
    await withTimeout(
      channel.acknowledge?.(ctx) ?? Promise.resolve(),
      ACKNOWLEDGE_TIMEOUT_MS,
      'acknowledge',
    ).catch((error: unknown) => logger.warn('acknowledge failed or timed out', { error }));
    const fetched = await fetchMedia(deps, channel, message, logger);

    const send = (to: SendContext, replies: TurnResult['replies']) =>
      sendReplies(
        { claims: deps.claims, messages: deps.messages, now: clock, logger },
        channel,
        to,
        message,
        replies,
      );
    const committed = existing?.lastTurn;
    if (committed && committed.eventId === message.eventId) {
      // A redelivery of the turn already run and saved: send what it decided (claims skip what went out).
      logger.info('redelivered turn: re-sending its committed replies', {
        replies: committed.replies.length,
      });
      return send(ctx, committed.replies);
    }
    let turn: { result: TurnResult; saved: Conversation };
    try {
      // The conversation read for the acknowledgement serves the first attempt: one read per turn.
      turn = await turnOnce(message, fetched.media, existing);
    } catch (error) {
      if (!isStale(error)) throw error;
      // Someone (an agent taking over, a delay-scan message) saved in between: run the turn once more on
      // the fresh state. A second loss fails the record and SQS retries it.
      logger.info('stale conversation, retrying turn once');
      turn = await turnOnce(message, fetched.media);
    }
    const { result, saved } = turn;
    logger.info('turn', { ...result.log, replies: result.replies.length, handoff: result.handoff?.reason });
    const sendCtx: SendContext = {
      ...ctx,
      conversation: { ...ctx.conversation, language: saved.language, recipient: saved.recipient },
    };
    await send(sendCtx, result.replies);
    const sentAt = clock();
    if (result.handoff && deps.notifiers?.length) await tellAgents(saved);
    await recordDescriptions(deps, message, fetched, result, saved, clock(), logger);
    await recordUnderstanding(message, result);
    await recordTurnInsights(message, existing, saved, result, sentAt);
  }

  /** The turn's insight events in one batch write, then the defect / anger counts. Never fails the turn. */
  async function recordTurnInsights(
    message: InboundMessage,
    before: Conversation | undefined,
    saved: Conversation,
    result: TurnResult,
    sentAt: Date,
  ): Promise<void> {
    const insights = deps.insights;
    if (!insights) return;
    try {
      const events = await turnInsights({
        message,
        before,
        after: saved,
        result,
        sentAt,
        conversation: insights.recorder.conversationKey(message.conversationId),
        ...(insights.order ? { order: insights.order } : {}),
      });
      await recordInsights(insights.recorder, events);
      const messages = events.filter((e) => e.kind === 'message');
      if (insights.alerts && messages.length) await insights.alerts.observe(messages);
    } catch (error) {
      logger.warn('could not record the turn for insights', { error });
    }
  }

  /** After the shopper's acknowledgement went out: a failing notifier is retried, logged, never thrown. */
  async function tellAgents(saved: Conversation): Promise<void> {
    const notice = deps.desk ? await deps.desk.notice(saved) : undefined;
    if (!notice) return;
    const failed = await notifyAll(deps.notifiers ?? [], notice);
    for (const failure of failed)
      logger.error('agent notification failed after retries', {
        notifier: failure.name,
        error: failure.error,
      });
  }

  /**
   * What the bot understood of the shopper's message, beside it on the transcript, for the agent (intent,
   * confidence, language). Best effort: the transcript line is already there without it.
   */
  async function recordUnderstanding(message: InboundMessage, result: TurnResult): Promise<void> {
    if (message.text === undefined || result.log.intent === undefined) return;
    await deps.messages
      .annotate(
        { conversationId: message.conversationId, at: message.receivedAt, id: message.eventId },
        {
          intent: result.log.intent,
          ...(result.log.confidence !== undefined ? { confidence: result.log.confidence } : {}),
          language: result.log.language,
        },
      )
      .catch((error: unknown) => logger.warn('could not record the understanding', { error }));
  }

  /**
   * A job from the scheduled scan or the tracking webhook: hand a silent handoff back (a no-op if an agent
   * answered since), or look at a changed shipment and tell its shopper first when it is newly delayed.
   */
  async function runDeskJob(job: QueuedDeskJob['job']): Promise<void> {
    if (job.kind === 'shipment_update') {
      if (!deps.proactive) {
        logger.warn('a shipment update reached a worker without proactive messaging; ignored');
        return;
      }
      const outcome = await deps.proactive.shipmentUpdated(job.trackingNumber);
      logger.info('shipment update', { outcome });
      return;
    }
    if (!deps.desk) throw new WorkerRecordError('a desk job reached a worker without the agent desk');
    const handedBack = await deps.desk.releaseIfSilent(job.conversationId, job.handoffId);
    logger.info('silent handoff job', { handoffId: job.handoffId, handedBack });
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
        const work = parseRecord(record);
        if ('job' in work) {
          if (work.job.kind === 'release_silent')
            logger.appendKeys({ conversation: logId(work.job.conversationId) });
          await runDeskJob(work.job);
          continue;
        }
        const { message } = work;
        logger.appendKeys({ conversation: logId(message.conversationId), eventId: message.eventId });
        await processRecord(message);
      } catch (error) {
        logger.error('record failed', { error, messageId: record.messageId });
        failedGroups.add(group);
        batchItemFailures.push({ itemIdentifier: record.messageId });
      } finally {
        logger.removeKeys(['conversation', 'eventId']);
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

/** How long the typing indicator / mark-as-read may take before the turn goes on without it. */
const ACKNOWLEDGE_TIMEOUT_MS = 2_000;
