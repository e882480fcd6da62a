// Writes rows as BatchWriteItem requests: 25 items per request, several requests in flight, the items a
// request leaves unprocessed (throttling) retried with backoff. Each row's items come in phases
// (row-writes.ts): a phase is queued only when every item of the previous one is acknowledged, so a row
// never becomes visible before what it points to exists. No transactions: dynalite has none, and
// BatchWriteItem is not atomic anyway — the phases are what make a crash leave no half row visible.
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TableItem } from '../../functions/stores/dynamo/orders';

/** BatchWriteItem's limit. */
export const BATCH_SIZE = 25;

export class ImportWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportWriteError';
  }
}

export interface BatchWriterOptions {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Requests in flight at once. @default 8 */
  readonly concurrency?: number;
  /** Tries per item (unprocessed or a retryable error) before the import stops. @default 10 */
  readonly maxAttempts?: number;
  /** Wait before retry `attempt` (1, 2…). @default full-jitter exponential from 50 ms, capped at 5 s */
  readonly backoffMs?: (attempt: number) => number;
}

export interface WriterStats {
  requests: number;
  itemsWritten: number;
  /** Requests sent again: items left unprocessed, or a retryable error. */
  retries: number;
}

export interface BatchWriter {
  /** Queues a row's phases. Resolves once all its items are written; rejects if the import stopped first. */
  add(phases: readonly (readonly TableItem[])[]): Promise<void>;
  /** Rows queued and not yet settled. */
  readonly pending: number;
  /** Resolves when fewer than `limit` rows are pending: the reader's backpressure. */
  waitBelow(limit: number): Promise<void>;
  /** Sends what is left and resolves when every queued row has settled. */
  drain(): Promise<void>;
  /** Set once a write failed for good; every row not yet written was rejected with it. */
  readonly failure: ImportWriteError | undefined;
  stats(): WriterStats;
}

interface RowTask {
  phases: readonly (readonly TableItem[])[];
  phase: number;
  waiting: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface Entry {
  item: TableItem;
  task: RowTask;
}

const RETRYABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

/** The SDK already retried these a few times; a long import should outlast a longer hiccup. */
function retryable(error: unknown): boolean {
  const e = error as {
    name?: string;
    code?: string;
    $retryable?: unknown;
    $metadata?: { httpStatusCode?: number };
  };
  return (
    Boolean(e.$retryable) ||
    RETRYABLE.has(e.name ?? '') ||
    RETRYABLE.has(e.code ?? '') ||
    (e.$metadata?.httpStatusCode ?? 0) >= 500
  );
}

const defaultBackoff = (attempt: number) => Math.random() * Math.min(5_000, 50 * 2 ** attempt);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const keyOf = (item: TableItem) => `${String(item.PK)}\u0000${String(item.SK)}`;

/**
 * Creates a writer for one table.
 * @example
 * const writer = createBatchWriter({ doc, tableName: 'crossdesk' });
 * await writer.add([[shipment, watch], [order]]);
 * await writer.drain();
 */
export function createBatchWriter(options: BatchWriterOptions): BatchWriter {
  const concurrency = options.concurrency ?? 8;
  const maxAttempts = options.maxAttempts ?? 10;
  const backoff = options.backoffMs ?? defaultBackoff;
  const stats: WriterStats = { requests: 0, itemsWritten: 0, retries: 0 };

  // A queue with a moving head: shift() on a 10,000-entry array would be quadratic.
  let ready: Entry[] = [];
  let head = 0;
  let inFlight = 0;
  let draining = false;
  let scheduled = false;
  let failure: ImportWriteError | undefined;
  const active = new Set<RowTask>();
  let waiters: { limit: number; resolve: () => void }[] = [];

  const readyCount = () => ready.length - head;

  const wake = () => {
    waiters = waiters.filter((w) => {
      if (active.size >= w.limit && !failure) return true;
      w.resolve();
      return false;
    });
  };

  const startPhase = (task: RowTask) => {
    const items = task.phases[task.phase] ?? [];
    task.waiting = items.length;
    for (const item of items) ready.push({ item, task });
    if (items.length === 0) acknowledgePhase(task);
  };

  const acknowledgePhase = (task: RowTask) => {
    task.phase++;
    if (task.phase < task.phases.length) return startPhase(task);
    if (active.delete(task)) task.resolve();
    wake();
  };

  const acknowledge = (entry: Entry) => {
    stats.itemsWritten++;
    if (--entry.task.waiting === 0 && active.has(entry.task)) acknowledgePhase(entry.task);
  };

  const stop = (error: ImportWriteError) => {
    if (failure) return;
    failure = error;
    for (const task of active) task.reject(error);
    active.clear();
    ready = [];
    head = 0;
    wake();
  };

  /** Up to 25 entries with distinct keys (BatchWriteItem rejects a request naming a key twice). */
  const takeBatch = (): Entry[] => {
    const batch: Entry[] = [];
    const keys = new Set<string>();
    const later: Entry[] = [];
    while (batch.length < BATCH_SIZE && head < ready.length) {
      const entry = ready[head++]!;
      const key = keyOf(entry.item);
      if (keys.has(key)) later.push(entry);
      else {
        keys.add(key);
        batch.push(entry);
      }
    }
    if (head > 4096 && head * 2 > ready.length) {
      ready = ready.slice(head);
      head = 0;
    }
    ready.push(...later);
    return batch;
  };

  const send = async (batch: Entry[]): Promise<void> => {
    let entries = batch;
    for (let attempt = 1; ; attempt++) {
      if (failure) return;
      let unprocessed: Set<string>;
      try {
        stats.requests++;
        const result = await options.doc.send(
          new BatchWriteCommand({
            RequestItems: { [options.tableName]: entries.map((e) => ({ PutRequest: { Item: e.item } })) },
          }),
        );
        const left = result.UnprocessedItems?.[options.tableName] ?? [];
        unprocessed = new Set(left.map((r) => keyOf(r.PutRequest?.Item ?? {})));
      } catch (error) {
        if (!retryable(error) || attempt >= maxAttempts) {
          const name = (error as Error).name ?? 'Error';
          stop(
            new ImportWriteError(
              `Writing to ${options.tableName} failed: ${name}: ${(error as Error).message}`,
              { cause: error },
            ),
          );
          return;
        }
        stats.retries++;
        await sleep(backoff(attempt));
        continue;
      }
      const done = entries.filter((e) => !unprocessed.has(keyOf(e.item)));
      entries = entries.filter((e) => unprocessed.has(keyOf(e.item)));
      for (const entry of done) acknowledge(entry);
      if (entries.length === 0) return;
      if (attempt >= maxAttempts) {
        stop(
          new ImportWriteError(
            `${entries.length} item(s) were still unprocessed after ${maxAttempts} tries: the table is throttling; import again later or with --concurrency 2`,
          ),
        );
        return;
      }
      stats.retries++;
      await sleep(backoff(attempt));
      if (failure) return;
    }
  };

  const pump = () => {
    scheduled = false;
    while (!failure && inFlight < concurrency && readyCount() > 0) {
      // A part-filled request only when nothing else is moving (or at the end): full ones are cheaper.
      const blocked = waiters.length > 0;
      if (readyCount() < BATCH_SIZE && inFlight > 0 && !draining && !blocked) break;
      const batch = takeBatch();
      inFlight++;
      void send(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
    if (!failure && inFlight === 0 && readyCount() === 0) wake();
  };

  // Rows arrive one by one: gather the ones the reader hands over in one go before sending.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  };

  return {
    add(phases) {
      if (failure) return Promise.reject(failure);
      return new Promise<void>((resolve, reject) => {
        const task: RowTask = { phases, phase: 0, waiting: 0, resolve, reject };
        active.add(task);
        startPhase(task);
        schedule();
      });
    },
    get pending() {
      return active.size;
    },
    waitBelow(limit) {
      if (active.size < limit || failure) return Promise.resolve();
      schedule();
      return new Promise((resolve) => waiters.push({ limit, resolve }));
    },
    async drain() {
      draining = true;
      schedule();
      await this.waitBelow(1);
    },
    get failure() {
      return failure;
    },
    stats: () => ({ ...stats }),
  };
}
