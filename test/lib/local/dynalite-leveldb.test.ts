// The local store's LevelDB sizes (lib/local/dynalite.ts): dynalite passes none, so the stack adds them
// where dynalite's LevelDB opens. Observed on disk: with a 32 MB write buffer, 6 MB of writes stay in the
// log; with LevelDB's 4 MB default they are flushed into a table file.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynaliteLevel, type LocalDynamo, startDynalite } from '../../../lib/local/dynalite';

interface TestLevel {
  batch(ops: { type: 'put'; key: string; value: string }[]): Promise<void>;
  close(): Promise<void>;
}

async function tableFilesAfterWriting(dir: string, options?: Record<string, unknown>): Promise<number> {
  const Level = dynaliteLevel();
  const db = new Level(dir, options) as TestLevel;
  const value = 'x'.repeat(10_000);
  for (let batch = 0; batch < 6; batch++)
    await db.batch(
      Array.from({ length: 100 }, (_, i) => ({ type: 'put' as const, key: `k${batch}-${i}`, value })),
    );
  await db.close(); // waits for any flush LevelDB started
  return (await readdir(dir)).filter((f) => /\.(ldb|sst)$/.test(f)).length;
}

describe('the local store opens LevelDB sized for a table of orders', () => {
  let root: string;
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'crossdesk-leveldb-'));
    dynamo = await startDynalite({ path: join(root, 'store'), tableName: 'crossdesk' });
  });
  afterAll(async () => {
    await dynamo?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('uses a 32 MB write buffer once the stack has started dynalite on disk', async () => {
    expect(await tableFilesAfterWriting(join(root, 'tuned'))).toBe(0);
  });

  it('still lets an explicit option win (here LevelDB’s own 4 MB default, which flushes)', async () => {
    expect(await tableFilesAfterWriting(join(root, 'default'), { writeBufferSize: 4 << 20 })).toBeGreaterThan(
      0,
    );
  });
});
