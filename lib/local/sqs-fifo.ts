// An SQS FIFO queue with a Lambda event-source mapping, in process. Ingest sends to it through the real
// SQS wire protocol (see sqs-wire.ts); the worker handler receives real SQSEvents. Semantics follow AWS:
// strict order per MessageGroupId (a group is blocked while a message of it is in flight or waiting to
// be retried), concurrency across groups, 5-minute deduplication, retries after the visibility timeout,
// partial batch failures, and a dead-letter queue after maxReceiveCount receives.
import { createHash, randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createLambdaContext } from './lambda-context';
import {
  type FifoQueue,
  type FifoQueueOptions,
  md5,
  type QueuedMessage,
  QueueError,
  toSqsRecord,
} from './sqs-fifo-shapes';
import { openQueueJournal } from './sqs-journal';

export type {
  FifoQueue,
  FifoQueueOptions,
  FifoQueueStats,
  QueuedMessage,
  SendInput,
  SendOutput,
} from './sqs-fifo-shapes';
export { md5, QueueError } from './sqs-fifo-shapes';

const DEDUP_WINDOW_MS = 5 * 60_000;

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
  const journal = options.journal
    ? openQueueJournal(options.journal, { visibilityTimeoutMs, dedupWindowMs: DEDUP_WINDOW_MS, now })
    : undefined;
  if (journal) {
    messages.push(...journal.restored.messages);
    dead.push(...journal.restored.dead);
    for (const { deduplicationId, ...seen } of journal.restored.dedup) dedup.set(deduplicationId, seen);
    for (const { sequenceNumber } of [...journal.restored.dedup, ...messages, ...dead])
      if (BigInt(sequenceNumber) > sequence) sequence = BigInt(sequenceNumber);
  }
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
    let nextVisible = Number.POSITIVE_INFINITY;
    for (const m of messages)
      if (!m.inFlight && m.visibleAt > at) nextVisible = Math.min(nextVisible, m.visibleAt);
    if (nextVisible !== Number.POSITIVE_INFINITY && !timer) schedule(nextVisible - at);
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
    journal?.record({ op: 'receive', ids: batch.map((m) => m.messageId), at });
    counts.batches += 1;
    const receipts = new Map(batch.map((m) => [m.messageId, randomUUID()]));
    const event: SQSEvent = {
      Records: batch.map((m) => toSqsRecord(m, receipts.get(m.messageId) ?? '', { arn, region })),
    };
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
    const deleted: string[] = [];
    const deadLettered: string[] = [];
    for (const m of batch) {
      m.inFlight = false;
      // FIFO: once a message of a group failed, the rest of that group must not be skipped past it.
      const failed = failedIds.has(m.messageId) || failedGroups.has(m.groupId);
      if (!failed) {
        remove(m);
        deleted.push(m.messageId);
        counts.succeeded += 1;
        continue;
      }
      failedGroups.add(m.groupId);
      counts.failed += 1;
      if (m.receiveCount >= maxReceiveCount) {
        remove(m);
        dead.push(m);
        deadLettered.push(m.messageId);
        counts.deadLettered += 1;
      } else {
        m.visibleAt = retryAt;
      }
    }
    if (deleted.length) journal?.record({ op: 'delete', ids: deleted });
    if (deadLettered.length) journal?.record({ op: 'dead', ids: deadLettered });
  }

  function remove(m: QueuedMessage): void {
    const index = messages.indexOf(m);
    if (index >= 0) messages.splice(index, 1);
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

  // What a previous process left queued is delivered as soon as there is a handler.
  if (messages.length > 0) schedule(0);

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
      // In the journal before SendMessage answers: from here the message outlives the process.
      journal?.record({ op: 'send', message });
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
    stats: () => {
      const inFlight = messages.filter((m) => m.inFlight).length;
      return {
        sent: counts.sent,
        deduplicated: counts.deduplicated,
        batches: counts.batches,
        succeeded: counts.succeeded,
        failed: counts.failed,
        deadLettered: counts.deadLettered,
        waiting: messages.length - inFlight,
        inFlight,
        concurrentBatches: inFlightBatches.size,
        maxConcurrentBatchesSeen: counts.maxSeen,
      };
    },
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
