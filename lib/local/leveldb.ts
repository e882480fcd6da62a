// How the local store drives dynalite's LevelDB. dynalite opens it with no options and calls it once per
// key: for every item it writes, a read of the item it replaces, then a put of the item and one of its
// index entry. Through classic-level's async API each call is a Node-API promise plus a thread-pool job,
// and in an order import's profile those round trips, not LevelDB's own work, were the largest cost of
// dynalite's one thread. Three changes, all made where dynalite's own `level` class is defined, so
// dynalite itself is untouched and an in-memory store (the tests') is not affected:
// - LevelDB sizes for a table of orders, not an embedded key-value store;
// - reads through classic-level's synchronous get: a lookup in memory (memtable, block cache, bloom
//   filter) takes microseconds, far less than a trip through the thread pool;
// - writes issued in one turn of the event loop go to LevelDB as one write batch.
import { createRequire } from 'node:module';

/**
 * LevelDB sizes. dynalite's defaults (4 MB write buffer, 8 MB block cache, 2 MB files) make an import of
 * 100,000 orders spend much of its time flushing and compacting small files and re-reading them to check
 * keys. With these, LevelDB alone writes 80,000 order-sized items in 2.0 s instead of 3.3 s
 * (docs/benchmarks.md), for ~64 MB more memory at most.
 */
export const LEVELDB_OPTIONS = { writeBufferSize: 32 << 20, cacheSize: 32 << 20, maxFileSize: 8 << 20 };
const TUNED = Symbol.for('crossdesk.leveldbTuned');

type Options = Record<string, unknown>;
interface WriteOperation {
  type: 'put' | 'del';
  key: unknown;
  value?: unknown;
}

/** The private methods of abstract-level that classic-level implements (and `level` inherits). */
interface LevelPrototype {
  _open(options: Options): Promise<void>;
  _get(key: unknown, options: Options): Promise<unknown>;
  _getSync?(key: unknown, options: Options): unknown;
  _put(key: unknown, value: unknown, options: Options): Promise<void>;
  _del(key: unknown, options: Options): Promise<void>;
  _batch(operations: WriteOperation[], options: Options): Promise<void>;
  _close(): Promise<void>;
  [TUNED]?: true;
}

export interface LevelClass {
  new (path: string, options?: Options): unknown;
  prototype: LevelPrototype;
}

/** The `level` class dynalite itself loads (its own dependency, not one of ours). */
export const dynaliteLevel = (): LevelClass => {
  const requireHere = createRequire(import.meta.url);
  return (createRequire(requireHere.resolve('dynalite'))('level') as { Level: LevelClass }).Level;
};

/**
 * Applies the three changes to dynalite's `level` class, once per process. Options dynalite passes still
 * win over the sizes; a write that asks for `sync` is not batched.
 */
export function tuneDynaliteLevelDb(): void {
  const proto = dynaliteLevel().prototype;
  if (proto[TUNED]) return;
  const { _open: open, _close: close, _getSync: getSync, _put: put, _del: del, _batch: batch } = proto;

  proto._open = function (this: LevelPrototype, options) {
    return open.call(this, { ...LEVELDB_OPTIONS, ...options });
  };

  // classic-level ≥ 3 has a synchronous get; with an older one, reads stay as they were.
  if (getSync)
    proto._get = async function (this: LevelPrototype, key, options) {
      return getSync.call(this, key, options);
    };

  const batches = new WeakMap<LevelPrototype, WriteBatch>();
  const flush = (db: LevelPrototype): Promise<void> => {
    const pending = batches.get(db);
    if (!pending) return Promise.resolve();
    batches.delete(db);
    return pending.write(db, batch);
  };
  const queued = (db: LevelPrototype, operation: WriteOperation): Promise<void> => {
    let next = batches.get(db);
    if (!next) {
      next = new WriteBatch();
      batches.set(db, next);
      setImmediate(() => void flush(db));
    }
    return next.add(operation);
  };
  // What was queued before a close is written before LevelDB closes, as it was when each write went
  // straight to the binding.
  proto._close = async function (this: LevelPrototype) {
    await flush(this);
    return close.call(this);
  };
  proto._put = function (this: LevelPrototype, key, value, options) {
    return options?.sync ? put.call(this, key, value, options) : queued(this, { type: 'put', key, value });
  };
  proto._del = function (this: LevelPrototype, key, options) {
    return options?.sync ? del.call(this, key, options) : queued(this, { type: 'del', key });
  };
  proto[TUNED] = true;
}

/**
 * Writes queued in one turn of the event loop, written as one LevelDB batch: in the order they were
 * issued, all or none, each caller's promise settling once the batch is written — so a put is still
 * acknowledged only once LevelDB has it, as before, and a read after that sees it.
 */
class WriteBatch {
  private readonly operations: WriteOperation[] = [];
  private readonly settle: { resolve: () => void; reject: (error: unknown) => void }[] = [];

  add(operation: WriteOperation): Promise<void> {
    this.operations.push(operation);
    return new Promise((resolve, reject) => this.settle.push({ resolve, reject }));
  }

  /** Settles every caller; the returned promise itself never rejects (the callers get the error). */
  write(db: LevelPrototype, batch: LevelPrototype['_batch']): Promise<void> {
    const done = (error?: unknown) => {
      for (const { resolve, reject } of this.settle) error === undefined ? resolve() : reject(error);
    };
    return batch.call(db, this.operations, {}).then(
      () => done(),
      (error: unknown) => done(error ?? new Error('LevelDB batch failed')),
    );
  }
}
