// How the local store drives dynalite's LevelDB (lib/local/leveldb.ts). Sizes, observed on disk: with a
// 32 MB write buffer, 6 MB of writes stay in the log; with LevelDB's 4 MB default they are flushed into a
// table file. Writes issued together are batched: each is acknowledged only once written, in the order
// issued, and what is still queued when the store closes is written before it closes.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalDynamo, startDynalite } from '../../../lib/local/dynalite';
import { dynaliteLevel } from '../../../lib/local/leveldb';

interface TestLevel {
  batch(ops: { type: 'put'; key: string; value: string }[]): Promise<void>;
  put(key: string, value: string, options?: { sync?: boolean }): Promise<void>;
  del(key: string): Promise<void>;
  get(key: string): Promise<string | undefined>;
  open(): Promise<void>;
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

describe('the local store batches the writes issued together', () => {
  let root: string;
  let dynamo: LocalDynamo;
  let db: TestLevel;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'crossdesk-leveldb-batch-'));
    dynamo = await startDynalite({ path: join(root, 'store'), tableName: 'crossdesk' });
    const Level = dynaliteLevel();
    db = new Level(join(root, 'batched')) as TestLevel;
    await db.open();
  });
  afterAll(async () => {
    await db?.close();
    await dynamo?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('acknowledges each write once it can be read back, in the order issued', async () => {
    // Issued together, so batched: the later put of `a` and the delete of `b` must win.
    await Promise.all([
      db.put('a', '1'),
      db.put('a', '2'),
      db.put('b', '1'),
      db.del('b'),
      db.put('c', '1', { sync: true }),
    ]);
    expect([await db.get('a'), await db.get('b'), await db.get('c')]).toEqual(['2', undefined, '1']);
  });

  it('writes what is still queued before the store closes', async () => {
    const pending = Array.from({ length: 50 }, (_, i) => db.put(`queued-${i}`, String(i)));
    await db.close();
    await Promise.all(pending);
    await db.open();
    expect(await db.get('queued-0')).toBe('0');
    expect(await db.get('queued-49')).toBe('49');
  });

  it('reads a missing key as absent and a written one as written, from a thousand writes in one turn', async () => {
    await Promise.all(Array.from({ length: 1000 }, (_, i) => db.put(`many-${i}`, `v${i}`)));
    expect(await db.get('many-999')).toBe('v999');
    expect(await db.get('never-written')).toBeUndefined();
  });
});
