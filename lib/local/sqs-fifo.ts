// An SQS FIFO queue with a Lambda event-source mapping, in process. Ingest sends to it through the real
// SQS wire protocol (see sqs-wire.ts); the worker handler receives real SQSEvents. Semantics follow AWS:
// strict order per MessageGroupId (a group is blocked while a message of it is in flight or waiting to
// be retried), concurrency across groups, 5-minute deduplication, retries after the visibility timeout,
// partial batch failures, and a dead-letter queue after maxReceiveCount receives.
import { createHash, randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';
import { createLambdaContext, type LambdaHandler } from './lambda-context';

export interface FifoQueueOptions {
  /** Must end in `.fifo`. */
  readonly name: string;
  /** Handler invoked with SQSEvents (the worker). Can be set later with `setHandler`. */
  readonly handler?: LambdaHandler;
  readonly functionName?: string;
  /** @default 10 (SQS's maximum for FIFO event-source mappings) */
  readonly batchSize?: number;
  /** Most batches in flight at once, like the mapping's maximum concurrency. @default 5 */
  readonly maxConcurrency?: number;
  /** How long a failed message stays invisible before it is retried. @default 30_000 */
  readonly visibilityTimeoutMs?: number;
  /** Receives after which a failing message moves to the DLQ (redrive policy). @default 3 */
  readonly maxReceiveCount?: number;
  /** Wait this long after a send before delivering, so close sends share a batch. @default 0 */
  readonly batchWindowMs?: number;
  /** Hash bodies for dedupe when no MessageDeduplicationId is given. @default false */
  readonly contentBasedDeduplication?: boolean;
  /** @default 'us-east-1' */
  readonly region?: string;
  readonly accountId?: string;
  readonly onError?: (error: unknown) => void;
  readonly now?: () => number;
}

export interface QueuedMessage {
  messageId: string;
  body: string;
  groupId: string;
  deduplicationId: string;
  sequenceNumber: string;
  sentTimestamp: number;
  receiveCount: number;
  firstReceiveTimestamp?: number;
  /** Not deliverable before this (set after a failure: the visibility timeout). */
  visibleAt: number;
  inFlight: boolean;
  messageAttributes: SQSMessageAttributes;
}

export interface SendInput {
  body: string;
  groupId: string;
  deduplicationId?: string;
  messageAttributes?: SQSMessageAttributes;
}

export interface SendOutput {
  messageId: string;
  md5OfBody: string;
  sequenceNumber: string;
  /** True when the deduplication id was seen in the last 5 minutes and nothing was enqueued. */
  duplicate: boolean;
}

export interface FifoQueueStats {
  sent: number;
  deduplicated: number;
  batches: number;
  succeeded: number;
  failed: number;
  deadLettered: number;
  waiting: number;
  inFlight: number;
  concurrentBatches: number;
  maxConcurrentBatchesSeen: number;
}

export class QueueError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QueueError';
    this.code = code;
  }
}

const DEDUP_WINDOW_MS = 5 * 60_000;
export const md5 = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

export interface FifoQueue {
  readonly name: string;
  readonly arn: string;
  readonly deadLetterName: string;
  send(input: SendInput): SendOutput;
  setHandler(handler: LambdaHandler): void;
  /** Messages that exhausted their receives, oldest first. */
  deadLetters(): readonly QueuedMessage[];
  /** Messages not yet deleted (waiting, in flight or waiting for a retry), in queue order. */
  pending(): readonly QueuedMessage[];
  stats(): FifoQueueStats;
  /** Resolves when nothing is in flight and nothing is deliverable right now (retries may be pending). */
  idle(timeoutMs?: number): Promise<void>;
  /** Resolves when every message was deleted or dead-lettered. Rejects after `timeoutMs`. */
  drain(timeoutMs?: number): Promise<void>;
  /** Stops delivering and waits for in-flight batches. */
  stop(): Promise<void>;
}

/**
 * @example
 * const queue = createFifoQueue({ name: 'crossdesk-turns.fifo', handler: worker.handler, maxReceiveCount: 3 });
 * queue.send({ body: '{}', groupId: 'telegram:1:42', deduplicationId: 'telegram:1001' });
 * await queue.drain();
 */
export function createFifoQueue(options: FifoQueueOptions): FifoQueue {
  if (!options.name.endsWith('.fifo'))
    throw new QueueError('InvalidParameterValue', 'FIFO queue names end in .fifo');
  const now = options.now ?? Date.now;
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '000000000000';
  const arn = `arn:aws:sqs:${region}:${accountId}:${options.name}`;
  const batchSize = Math.min(10, Math.max(1, options.batchSize ?? 10));
  const maxConcurrency = Math.max(1, options.maxConcurrency ?? 5);
  const visibilityTimeoutMs = options.visibilityTimeoutMs ?? 30_000;
  const maxReceiveCount = options.maxReceiveCount ?? 3;
  let handler = options.handler;

  const messages: QueuedMessage[] = [];
  const dead: QueuedMessage[] = [];
  const dedup = new Map<string, { at: number; messageId: string; sequenceNumber: string }>();
  const lockedGroups = new Set<string>();
  const inFlightBatches = new Set<Promise<void>>();
  const waiters: (() => void)[] = [];
  let sequence = 10_000_000_000_000_000_000n;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const counts = {
    sent: 0,
    deduplicated: 0,
    batches: 0,
    succeeded: 0,
    failed: 0,
    deadLettered: 0,
    maxSeen: 0,
  };

  const notify = () => {
    for (const wake of waiters.splice(0)) wake();
  };

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(pump, Math.max(0, delayMs));
  };

  function nextBatch(): QueuedMessage[] {
    const at = now();
    const batch: QueuedMessage[] = [];
    // A group whose oldest message is in flight or waiting for its retry is closed: nothing behind it
    // in that group may be delivered, or order would break.
    const closed = new Set<string>();
    for (const message of messages) {
      if (batch.length >= batchSize) break;
      if (lockedGroups.has(message.groupId) || closed.has(message.groupId)) continue;
      if (message.inFlight || message.visibleAt > at) {
        closed.add(message.groupId);
        continue;
      }
      batch.push(message);
    }
    return batch;
  }

  function pump(): void {
    timer = undefined;
    if (stopped || !handler) return;
    while (inFlightBatches.size < maxConcurrency) {
      const batch = nextBatch();
      if (batch.length === 0) break;
      const run = deliver(batch).finally(() => {
        inFlightBatches.delete(run);
        schedule(0);
        notify();
      });
      inFlightBatches.add(run);
      counts.maxSeen = Math.max(counts.maxSeen, inFlightBatches.size);
    }
    // Wake up for the earliest retry.
    const at = now();
    const nextVisible = messages.filter((m) => !m.inFlight && m.visibleAt > at).map((m) => m.visibleAt);
    if (nextVisible.length > 0 && !timer) schedule(Math.min(...nextVisible) - at);
    notify();
  }

  async function deliver(batch: QueuedMessage[]): Promise<void> {
    const at = now();
    const groups = new Set(batch.map((m) => m.groupId));
    for (const group of groups) lockedGroups.add(group);
    for (const m of batch) {
      m.inFlight = true;
      m.receiveCount += 1;
      m.firstReceiveTimestamp ??= at;
    }
    counts.batches += 1;
    const receipts = new Map(batch.map((m) => [m.messageId, randomUUID()]));
    const event: SQSEvent = { Records: batch.map((m) => toRecord(m, receipts.get(m.messageId) ?? '')) };
    let failedIds: Set<string>;
    try {
      const result = (await handler?.(
        event,
        createLambdaContext({ functionName: options.functionName ?? 'worker' }),
      )) as SQSBatchResponse | undefined | null;
      const failures = result?.batchItemFailures ?? [];
      const known = new Set(batch.map((m) => m.messageId));
      // As Lambda does: a response naming an unknown or empty id fails the whole batch.
      failedIds = failures.every((f) => f.itemIdentifier && known.has(f.itemIdentifier))
        ? new Set(failures.map((f) => f.itemIdentifier))
        : known;
    } catch (error) {
      options.onError?.(error);
      failedIds = new Set(batch.map((m) => m.messageId));
    }
    settle(batch, failedIds);
    for (const group of groups) lockedGroups.delete(group);
  }

  function settle(batch: QueuedMessage[], failedIds: Set<string>): void {
    const retryAt = now() + visibilityTimeoutMs;
    const failedGroups = new Set<string>();
    for (const m of batch) {
      m.inFlight = false;
      // FIFO: once a message of a group failed, the rest of that group must not be skipped past it.
      const failed = failedIds.has(m.messageId) || failedGroups.has(m.groupId);
      if (!failed) {
        remove(m);
        counts.succeeded += 1;
        continue;
      }
      failedGroups.add(m.groupId);
      counts.failed += 1;
      if (m.receiveCount >= maxReceiveCount) {
        remove(m);
        dead.push(m);
        counts.deadLettered += 1;
      } else {
        m.visibleAt = retryAt;
      }
    }
  }

  function remove(m: QueuedMessage): void {
    const index = messages.indexOf(m);
    if (index >= 0) messages.splice(index, 1);
  }

  function toRecord(m: QueuedMessage, receiptHandle: string): SQSRecord {
    return {
      messageId: m.messageId,
      receiptHandle,
      body: m.body,
      attributes: {
        ApproximateReceiveCount: String(m.receiveCount),
        SentTimestamp: String(m.sentTimestamp),
        SenderId: 'AIDALOCALSTACKSENDER',
        ApproximateFirstReceiveTimestamp: String(m.firstReceiveTimestamp ?? m.sentTimestamp),
        SequenceNumber: m.sequenceNumber,
        MessageGroupId: m.groupId,
        MessageDeduplicationId: m.deduplicationId,
      },
      messageAttributes: m.messageAttributes,
      md5OfBody: md5(m.body),
      eventSource: 'aws:sqs',
      eventSourceARN: arn,
      awsRegion: region,
    };
  }

  const isIdle = () => inFlightBatches.size === 0 && (!handler || nextBatch().length === 0);

  const waitFor = (ready: () => boolean, timeoutMs: number, what: string) =>
    new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(
        () => reject(new QueueError('Timeout', `${what} not reached in ${timeoutMs} ms`)),
        timeoutMs,
      );
      const check = () => {
        if (ready()) {
          clearTimeout(deadline);
          resolve();
        } else waiters.push(check);
      };
      check();
    });

  return {
    name: options.name,
    arn,
    deadLetterName: options.name.replace(/\.fifo$/, '-dlq.fifo'),
    send(input) {
      if (!input.groupId)
        throw new QueueError('MissingParameter', 'MessageGroupId is required for FIFO queues');
      const deduplicationId =
        input.deduplicationId ??
        (options.contentBasedDeduplication
          ? createHash('sha256').update(input.body).digest('hex')
          : undefined);
      if (!deduplicationId) {
        throw new QueueError(
          'InvalidParameterValue',
          'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
        );
      }
      const at = now();
      for (const [id, seen] of dedup) if (at - seen.at >= DEDUP_WINDOW_MS) dedup.delete(id);
      const seen = dedup.get(deduplicationId);
      if (seen) {
        counts.deduplicated += 1;
        return {
          messageId: seen.messageId,
          md5OfBody: md5(input.body),
          sequenceNumber: seen.sequenceNumber,
          duplicate: true,
        };
      }
      sequence += 1n;
      const message: QueuedMessage = {
        messageId: randomUUID(),
        body: input.body,
        groupId: input.groupId,
        deduplicationId,
        sequenceNumber: sequence.toString(),
        sentTimestamp: at,
        receiveCount: 0,
        visibleAt: at,
        inFlight: false,
        messageAttributes: input.messageAttributes ?? {},
      };
      messages.push(message);
      dedup.set(deduplicationId, {
        at,
        messageId: message.messageId,
        sequenceNumber: message.sequenceNumber,
      });
      counts.sent += 1;
      if (!timer) schedule(options.batchWindowMs ?? 0);
      return {
        messageId: message.messageId,
        md5OfBody: md5(input.body),
        sequenceNumber: message.sequenceNumber,
        duplicate: false,
      };
    },
    setHandler(next) {
      handler = next;
      schedule(0);
    },
    deadLetters: () => [...dead],
    pending: () => [...messages],
    stats: () => ({
      sent: counts.sent,
      deduplicated: counts.deduplicated,
      batches: counts.batches,
      succeeded: counts.succeeded,
      failed: counts.failed,
      deadLettered: counts.deadLettered,
      waiting: messages.filter((m) => !m.inFlight).length,
      inFlight: messages.filter((m) => m.inFlight).length,
      concurrentBatches: inFlightBatches.size,
      maxConcurrentBatchesSeen: counts.maxSeen,
    }),
    idle: (timeoutMs = 30_000) => waitFor(isIdle, timeoutMs, 'Queue idle'),
    drain: (timeoutMs = 30_000) =>
      waitFor(() => messages.length === 0 && inFlightBatches.size === 0, timeoutMs, 'Queue drained'),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await Promise.allSettled([...inFlightBatches]);
      notify();
    },
  };
}
