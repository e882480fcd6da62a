// `--rejected <file>`: the rows the import turned down, in the input's own format, each with an `errors`
// cell saying what to fix. The merchant fixes that file and imports it as it is (the importer reads
// `errors` as no column), instead of hunting 300 rows out of 100,000 by the report's row numbers.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { COLUMNS, REJECTED_ERRORS_COLUMN } from './columns';
import type { FileFormat } from './read';
import type { RowError, RowInput } from './validate';

export interface RejectedRowsFile {
  add(input: RowInput, errors: readonly RowError[]): void;
  /** Finishes the file; resolves with how many rows it holds (0: the file is still written, empty). */
  close(): Promise<number>;
}

/** `email: "bob@" is not an email address` — without the row number: that is the old file's. */
const problems = (errors: readonly RowError[]): string[] =>
  errors.map((e) => (e.column === 'row' ? e.message : `${e.column}: ${e.message}`));

const csvCell = (value: unknown): string => {
  const text =
    value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n;\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

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
  const write = (text: string) => {
    out.write(text);
  };
  if (format === 'json') write('{ "orders": [\n');
  return {
    add(input, errors) {
      if (format === 'json') {
        const record = { ...input.cells, [REJECTED_ERRORS_COLUMN]: problems(errors) };
        write(`${rows > 0 ? ',\n' : ''}  ${JSON.stringify(record)}`);
      } else {
        // A CSV row has a cell for every column of the file's header, so the first row gives the header.
        header ??= COLUMNS.map((c) => c.name).filter((name) => name in input.cells);
        if (rows === 0) write(`${[...header, REJECTED_ERRORS_COLUMN].join(',')}\n`);
        const cells = input.cells as Record<string, unknown>;
        const line = [...header.map((name) => cells[name]), problems(errors).join('; ')].map(csvCell);
        write(`${line.join(',')}\n`);
      }
      rows++;
    },
    async close() {
      if (format === 'json') write(`${rows > 0 ? '\n' : ''}] }\n`);
      out.end();
      await once(out, 'finish');
      return rows;
    },
  };
}
