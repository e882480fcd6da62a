// `--rejected <file>`: the rows the import turned down, in the input's own format, each with an `errors`
// cell saying what to fix. The merchant fixes that file and imports it as it is (the importer reads
// `errors` as no column), instead of hunting 300 rows out of 100,000 by the report's row numbers.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { csvCell } from '../../functions/core/csv';
import { COLUMNS, REJECTED_ERRORS_COLUMN } from './columns';
import type { FileFormat } from './read';
import { describeRowError, type RowError, type RowInput } from './validate';

export interface RejectedRowsFile {
  add(input: RowInput, errors: readonly RowError[]): void;
  /** Finishes the file; resolves with how many rows it holds (0: the file is still written, empty). */
  close(): Promise<number>;
}

/**
 * Opens the file of rejected rows. CSV rows keep the header's columns (by their documented names) with
 * `errors` last; a JSON file is `{ "orders": [ … ] }` with `errors` in each record.
 * @example
 * const rejected = openRejectedRowsFile('rejected.csv', 'csv');
 * rejected.add(input, errors);
 * console.log(`${await rejected.close()} rows to fix in rejected.csv`);
 */
export function openRejectedRowsFile(path: string, format: FileFormat): RejectedRowsFile {
  const out: WriteStream = createWriteStream(path);
  let rows = 0;
  let header: string[] | undefined;
  if (format === 'json') out.write('{ "orders": [\n');
  return {
    add(input, errors) {
      if (format === 'json') {
        const record = { ...input.cells, [REJECTED_ERRORS_COLUMN]: errors.map(describeRowError) };
        out.write(`${rows > 0 ? ',\n' : ''}  ${JSON.stringify(record)}`);
      } else {
        // A CSV row has a cell for every column of the file's header, so the first row gives the header.
        header ??= COLUMNS.map((c) => c.name).filter((name) => name in input.cells);
        if (rows === 0) out.write(`${[...header, REJECTED_ERRORS_COLUMN].join(',')}\n`);
        // A CSV file's cells are text.
        const cells = input.cells as Record<string, string | undefined>;
        const line = [...header.map((name) => cells[name] ?? ''), errors.map(describeRowError).join('; ')];
        out.write(`${line.map(csvCell).join(',')}\n`);
      }
      rows++;
    },
    async close() {
      if (format === 'json') out.write(`${rows > 0 ? '\n' : ''}] }\n`);
      out.end();
      await once(out, 'finish');
      return rows;
    },
  };
}
