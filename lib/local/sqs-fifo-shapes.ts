// The local FIFO queue's shapes: options, queued messages, send results, stats, its error, and the Lambda
// record a message becomes on delivery. Split from sqs-fifo.ts, which keeps only the queue's behaviour.
import { createHash } from 'node:crypto';
import type { SQSMessageAttributes, SQSRecord } from 'aws-lambda';
import type { LambdaHandler } from './lambda-context';

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
  /** A file that keeps the queue across restarts and kills (see sqs-journal.ts); unset = memory only. */
  readonly journal?: string;
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

/** The Lambda event record SQS builds for one delivery of `m`. */
export function toSqsRecord(
  m: QueuedMessage,
  receiptHandle: string,
  queue: { arn: string; region: string },
): SQSRecord {
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
    eventSourceARN: queue.arn,
    awsRegion: queue.region,
  };
}
