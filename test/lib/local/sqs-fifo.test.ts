import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { createFifoQueue, type FifoQueue, md5 } from '../../../lib/local/sqs-fifo';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SQS FIFO emulator', () => {
  let queue: FifoQueue | undefined;
  afterEach(async () => {
    await queue?.stop();
    queue = undefined;
  });

  it('delivers a group in order, one batch at a time, while groups run concurrently', async () => {
    const seen: Record<string, string[]> = {};
    let active = 0;
    let maxActive = 0;
    const activeGroups = new Set<string>();
    queue = createFifoQueue({
      name: 'turns.fifo',
      batchSize: 2,
      maxConcurrency: 3,
      batchWindowMs: 5,
      handler: async (event: SQSEvent) => {
        active++;
        maxActive = Math.max(maxActive, active);
        const groups = new Set(event.Records.map((r) => r.attributes.MessageGroupId ?? ''));
        for (const g of groups) {
          // Two batches of the same group must never overlap.
          expect(activeGroups.has(g)).toBe(false);
          activeGroups.add(g);
        }
        await sleep(15);
        for (const r of event.Records) {
          const group = r.attributes.MessageGroupId ?? '';
          seen[group] = [...(seen[group] ?? []), r.body];
        }
        for (const g of groups) activeGroups.delete(g);
        active--;
      },
    });
    for (let i = 0; i < 6; i++) {
      for (const g of ['a', 'b', 'c'])
        queue.send({ body: `${g}${i}`, groupId: g, deduplicationId: `${g}-${i}` });
    }
    await queue.drain();
    for (const g of ['a', 'b', 'c']) expect(seen[g]).toEqual([0, 1, 2, 3, 4, 5].map((i) => `${g}${i}`));
    expect(maxActive).toBeGreaterThan(1);
    expect(queue.stats().maxConcurrentBatchesSeen).toBeLessThanOrEqual(3);
  });

  it('builds records with the real SQS attributes', async () => {
    let event: SQSEvent | undefined;
    queue = createFifoQueue({
      name: 'turns.fifo',
      handler: async (e: SQSEvent) => {
        event = e;
      },
    });
    const sent = queue.send({ body: '{"v":1}', groupId: 'telegram:1:42', deduplicationId: 'telegram:77' });
    await queue.drain();
    const record = event?.Records[0];
    expect(record).toMatchObject({
      messageId: sent.messageId,
      body: '{"v":1}',
      md5OfBody: md5('{"v":1}'),
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:turns.fifo',
      awsRegion: 'us-east-1',
      attributes: {
        ApproximateReceiveCount: '1',
        MessageGroupId: 'telegram:1:42',
        MessageDeduplicationId: 'telegram:77',
        SequenceNumber: sent.sequenceNumber,
      },
    });
    expect(record?.receiptHandle).toBeTruthy();
    expect(Number(record?.attributes.SentTimestamp)).toBeGreaterThan(0);
  });

  it('drops a duplicate deduplication id inside the window', async () => {
    const bodies: string[] = [];
    queue = createFifoQueue({
      name: 'q.fifo',
      handler: async (e: SQSEvent) => void bodies.push(...e.Records.map((r) => r.body)),
    });
    const first = queue.send({ body: 'one', groupId: 'g', deduplicationId: 'same' });
    const again = queue.send({ body: 'one again', groupId: 'g', deduplicationId: 'same' });
    await queue.drain();
    expect(again).toMatchObject({ duplicate: true, messageId: first.messageId });
    expect(bodies).toEqual(['one']);
    expect(queue.stats().deduplicated).toBe(1);
  });

  it('retries a failing message after the visibility timeout, then dead-letters it; its group waits behind it', async () => {
    const deliveries: string[] = [];
    const deliveredAt: number[] = [];
    queue = createFifoQueue({
      name: 'q.fifo',
      batchSize: 1,
      visibilityTimeoutMs: 30,
      maxReceiveCount: 3,
      handler: async (e: SQSEvent) => {
        for (const r of e.Records) deliveries.push(`${r.body}#${r.attributes.ApproximateReceiveCount}`);
        deliveredAt.push(Date.now());
        if (e.Records.some((r) => r.body === 'poison')) throw new Error('boom');
      },
    });
    queue.send({ body: 'poison', groupId: 'g', deduplicationId: '1' });
    queue.send({ body: 'after', groupId: 'g', deduplicationId: '2' });
    await queue.drain();
    expect(deliveries).toEqual(['poison#1', 'poison#2', 'poison#3', 'after#1']);
    expect(queue.deadLetters().map((m) => [m.body, m.receiveCount])).toEqual([['poison', 3]]);
    // Retries waited for the visibility timeout.
    expect((deliveredAt[1] ?? 0) - (deliveredAt[0] ?? 0)).toBeGreaterThanOrEqual(25);
    expect(queue.stats()).toMatchObject({ failed: 3, deadLettered: 1, succeeded: 1 });
  });

  it('fails the whole batch when the handler throws', async () => {
    const deliveries: string[][] = [];
    queue = createFifoQueue({
      name: 'q.fifo',
      batchWindowMs: 5,
      visibilityTimeoutMs: 5,
      handler: async (e: SQSEvent) => {
        deliveries.push(e.Records.map((r) => `${r.body}#${r.attributes.ApproximateReceiveCount}`));
        if (deliveries.length === 1) throw new Error('boom');
      },
    });
    queue.send({ body: 'a', groupId: 'g1', deduplicationId: 'a' });
    queue.send({ body: 'b', groupId: 'g2', deduplicationId: 'b' });
    await queue.drain();
    expect(deliveries).toEqual([
      ['a#1', 'b#1'],
      ['a#2', 'b#2'],
    ]);
  });

  it('on a partial batch failure deletes the successes and returns the failed item and the rest of its group', async () => {
    const deliveries: string[][] = [];
    let firstCall = true;
    queue = createFifoQueue({
      name: 'q.fifo',
      batchWindowMs: 5,
      visibilityTimeoutMs: 10,
      handler: async (e: SQSEvent): Promise<SQSBatchResponse> => {
        deliveries.push(e.Records.map((r) => r.body));
        if (!firstCall) return { batchItemFailures: [] };
        firstCall = false;
        const failing = e.Records.find((r) => r.body === 'a2');
        return { batchItemFailures: failing ? [{ itemIdentifier: failing.messageId }] : [] };
      },
    });
    for (const body of ['a1', 'a2', 'a3']) queue.send({ body, groupId: 'a', deduplicationId: body });
    for (const body of ['b1', 'b2']) queue.send({ body, groupId: 'b', deduplicationId: body });
    await queue.drain();
    expect(deliveries[0]).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    // a1 and group b succeeded; a2 failed and a3 (behind it in its group) came back with it, in order.
    expect(deliveries[1]).toEqual(['a2', 'a3']);
    expect(deliveries).toHaveLength(2);
    expect(queue.stats()).toMatchObject({ succeeded: 5, failed: 2, deadLettered: 0 });
  });

  it('treats a response naming an unknown message as a whole-batch failure', async () => {
    let calls = 0;
    queue = createFifoQueue({
      name: 'q.fifo',
      visibilityTimeoutMs: 5,
      handler: async () => (++calls === 1 ? { batchItemFailures: [{ itemIdentifier: 'nope' }] } : undefined),
    });
    queue.send({ body: 'x', groupId: 'g', deduplicationId: 'x' });
    await queue.drain();
    expect(calls).toBe(2);
  });

  it('refuses a FIFO send without a group or deduplication id', () => {
    queue = createFifoQueue({ name: 'q.fifo' });
    expect(() => queue?.send({ body: 'x', groupId: '', deduplicationId: 'd' })).toThrow(/MessageGroupId/);
    expect(() => queue?.send({ body: 'x', groupId: 'g' })).toThrow(/Deduplication/);
  });
});
