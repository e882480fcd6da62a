// The import from file to table: read → validate each row completely → write its items in phases.
// A row is written only when all of it is valid; valid rows are written even when others are rejected
// (the report names the rejected ones, the exit code says some were). A dry run stops after validation.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type BatchWriter, createBatchWriter, type WriterStats } from './batch-writer';
import { createDuplicateCheck } from './duplicates';
import { type FileFormat, ImportFileError, openRows } from './read';
import { rowWrites } from './row-writes';
import { type RowError, type RowInput, validateRow } from './validate';

export interface ImportOptions {
  readonly file: string;
  readonly format?: FileFormat;
  /** The table to write to; left out (or `dryRun`), the file is only validated. */
  readonly target?: { readonly doc: DynamoDBDocumentClient; readonly tableName: string };
  readonly dryRun?: boolean;
  /** BatchWriteItem requests in flight. @default 8 */
  readonly concurrency?: number;
  /** Called with each rejected row's problems and the row as read, in file order. */
  readonly onRejected?: (errors: RowError[], input: RowInput) => void;
  /** Called once the file is open, with a way to read the counts as they grow (for the progress bar). */
  readonly onStart?: (progress: () => ImportProgress) => void;
  /** When the import happens: overdue shipments are filed for the delay scan as due then. @default new Date() */
  readonly at?: Date;
}

export interface ImportProgress {
  fraction: number;
  read: number;
  imported: number;
  rejected: number;
}

export interface ImportSummary {
  rowsRead: number;
  /** Rows that passed validation (all of them would be written). */
  valid: number;
  /** Rows whose items are all written and acknowledged (0 in a dry run). */
  imported: number;
  rejected: number;
  /** Valid rows not (or not surely) written because writing stopped: import the file again. */
  notWritten: number;
  dryRun: boolean;
  ms: number;
  writes: WriterStats;
  /** Why the file could not be read (to the end), if it could not. */
  fileError?: ImportFileError;
  /** Why writing stopped, if it did. */
  writeError?: Error;
}

/** Rows queued beyond what is in flight: enough to keep requests full, little enough to stay small in memory. */
const HIGH_WATER = 2_000;
const LOW_WATER = 1_000;

/**
 * Imports one file.
 * @example
 * const summary = await importOrders({ file: 'orders.csv', target: { doc, tableName: 'crossdesk' } });
 * if (summary.rejected > 0) process.exitCode = 1;
 */
export async function importOrders(options: ImportOptions): Promise<ImportSummary> {
  const now = () => performance.now();
  const started = now();
  const at = options.at ?? new Date();
  const dryRun = options.dryRun === true || !options.target;
  const counts = { read: 0, valid: 0, imported: 0, rejected: 0, notWritten: 0 };
  const writer: BatchWriter | undefined = dryRun
    ? undefined
    : createBatchWriter({
        doc: options.target!.doc,
        tableName: options.target!.tableName,
        concurrency: options.concurrency,
      });
  const duplicates = createDuplicateCheck();
  let fileError: ImportFileError | undefined;
  const summary = (): ImportSummary => ({
    rowsRead: counts.read,
    valid: counts.valid,
    imported: counts.imported,
    rejected: counts.rejected,
    notWritten: counts.notWritten,
    dryRun,
    ms: now() - started,
    writes: writer?.stats() ?? { requests: 0, itemsWritten: 0, retries: 0 },
    ...(fileError ? { fileError } : {}),
    ...(writer?.failure ? { writeError: writer.failure } : {}),
  });

  let source: Awaited<ReturnType<typeof openRows>>;
  try {
    source = await openRows(options.file, options.format);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    fileError = error;
    return summary();
  }
  options.onStart?.(() => {
    const imported = dryRun ? counts.valid : counts.imported;
    // Reading runs up to 2,000 rows ahead of writing: scale the share of the file read by the share of
    // the rows read that are settled, so the bar (and its ETA) follows what is done.
    const settled = counts.read === 0 ? 0 : (imported + counts.rejected) / counts.read;
    return { fraction: source.progress() * settled, read: counts.read, imported, rejected: counts.rejected };
  });

  try {
    for await (const input of source.rows) {
      counts.read++;
      const result = validateRow(input);
      const errors = result.ok ? duplicates(result.value) : result.errors;
      if (!result.ok || errors.length > 0) {
        counts.rejected++;
        options.onRejected?.(errors, input);
        continue;
      }
      counts.valid++;
      if (!writer) continue;
      if (writer.pending >= HIGH_WATER) await writer.waitBelow(LOW_WATER);
      if (writer.failure) break;
      writer.add(rowWrites(result.value, at)).then(
        () => {
          counts.imported++;
        },
        () => {
          counts.notWritten++;
        },
      );
    }
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    fileError = error;
  }
  await writer?.drain();
  // Rows validated but never handed to the writer because it had stopped.
  if (writer?.failure) counts.notWritten = counts.valid - counts.imported;
  // Let the last settle callbacks run before counting.
  await new Promise((resolve) => setImmediate(resolve));
  return summary();
}
