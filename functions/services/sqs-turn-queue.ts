// TurnQueue on SQS FIFO. Ingest's only dependency on SQS.
import { createHash } from 'node:crypto';
import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { TurnQueue } from '../core/ports';

/** What SQS accepts in MessageGroupId / MessageDeduplicationId: ≤128 chars of alphanumerics and punctuation. */
const SQS_ID = /^[\x21-\x7e]{1,128}$/;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The id itself when SQS accepts it; otherwise its hash, which is just as stable per conversation. */
export function sqsGroupId(groupId: string): string {
  return SQS_ID.test(groupId) ? groupId : sha256(groupId);
}

/** Always hashed: fixed length, allowed charset, whatever the platform's event id looks like. */
export function sqsDedupId(dedupId: string): string {
  return sha256(dedupId);
}

export interface SqsSender {
  send(command: SendMessageCommand | SendMessageBatchCommand): Promise<unknown>;
}

export class QueueBatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueBatchError';
  }
}

/**
 * @example
 * const queue = createSqsTurnQueue({ queueUrl: env.QUEUE_URL });
 * await queue.enqueue(message.conversationId, message.eventId, JSON.stringify({ v: 1, message }));
 */
export function createSqsTurnQueue(options: { queueUrl: string; client?: SqsSender }): TurnQueue {
  // A hanging SQS must fail fast into the caller's retry path (ingest answers 500, the platform retries),
  // well inside the Lambda timeout; the SDK's own retries stay (3 attempts, ~1 s each at most).
  const client =
    options.client ??
    new SQSClient({
      requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true },
    });
  return {
    async enqueue(groupId, dedupId, body) {
      await client.send(
        new SendMessageCommand({
          QueueUrl: options.queueUrl,
          MessageBody: body,
          MessageGroupId: sqsGroupId(groupId),
          MessageDeduplicationId: sqsDedupId(dedupId),
        }),
      );
    },
    async enqueueBatch(entries) {
      if (entries.length === 0) return;
      const result = (await client.send(
        new SendMessageBatchCommand({
          QueueUrl: options.queueUrl,
          Entries: entries.map((entry, i) => ({
            Id: String(i),
            MessageBody: entry.body,
            MessageGroupId: sqsGroupId(entry.groupId),
            MessageDeduplicationId: sqsDedupId(entry.dedupId),
          })),
        }),
      )) as { Failed?: { Id?: string; Code?: string }[] };
      const failed = result.Failed ?? [];
      if (failed.length > 0)
        throw new QueueBatchError(
          `SQS refused ${failed.length} of ${entries.length} batch entries (${failed[0]?.Code ?? 'unknown'})`,
        );
    },
  };
}
