// The local FIFO queue outlives its process, as SQS outlives its consumers: a queue opened on the journal a
// "killed" one left (never stopped, a batch still in flight) gets back everything not deleted, in order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { createFifoQueue, type FifoQueue } from '../../../lib/local/sqs-fifo';

describe('SQS FIFO emulator journal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossdesk-journal-'));
  const queues: FifoQueue[] = [];
  afterEach(async () => {
    for (const q of queues.splice(0)) await q.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('brings back what was queued or in flight when the process died, and keeps its dedup ids', async () => {
    const journal = join(dir, 'sqs', 'turns.fifo.jsonl');
    const handled: string[] = [];
    // The first process: `a1` is delivered and never finishes (the process dies mid-turn), `b1` succeeds.
    const dying = createFifoQueue({
      name: 'turns.fifo',
      journal,
      visibilityTimeoutMs: 50,
      handler: async (e: SQSEvent) => {
        for (const r of e.Records) if (r.body === 'a1') await new Promise(() => {});
        for (const r of e.Records) handled.push(r.body);
      },
      batchSize: 1,
    });
    dying.send({ body: 'b1', groupId: 'b', deduplicationId: 'b1' });
    dying.send({ body: 'a1', groupId: 'a', deduplicationId: 'a1' });
    dying.send({ body: 'a2', groupId: 'a', deduplicationId: 'a2' });
    await expect.poll(() => handled).toEqual(['b1']);
    await expect.poll(() => dying.stats().inFlight).toBe(1);

    const seen: string[] = [];
    const restarted = createFifoQueue({
      name: 'turns.fifo',
      journal,
      visibilityTimeoutMs: 50,
      handler: async (e: SQSEvent) => {
        for (const r of e.Records) seen.push(`${r.body}#${r.attributes.ApproximateReceiveCount}`);
      },
    });
    queues.push(restarted);
    // The same dedup id within SQS's 5 minutes is still a duplicate after the restart.
    expect(restarted.send({ body: 'a1 again', groupId: 'a', deduplicationId: 'a1' }).duplicate).toBe(true);
    await restarted.drain(5000);
    // a1 comes back as a second receive (after its visibility timeout), a2 behind it; b1 was deleted.
    expect(seen).toEqual(['a1#2', 'a2#1']);
    expect(restarted.deadLetters()).toEqual([]);
  });
});
