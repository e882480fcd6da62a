// Reads an import file into rows: CSV streamed (a 100,000-row file never sits in memory as text), JSON
// parsed whole (an array of records, or `{ "orders": [...] }`). Row numbers are what the merchant sees:
// for CSV the spreadsheet row (the header is row 1, the first order row 2), for JSON the record's place
// in the array counted from 1.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import { type ColumnName, checkHeader } from './columns';
import { quote } from './items';
import { type RawRecord, type RowInput, recordToCells } from './validate';

export type FileFormat = 'csv' | 'json';

/** The file as a whole cannot be imported (unreadable, bad header, broken CSV quoting, invalid JSON). */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ImportFileError';
  }
}

export interface RowSource {
  format: FileFormat;
  /** Rows in file order. Throws ImportFileError when the file breaks off (CSV syntax) mid-way. */
  rows: AsyncIterable<RowInput>;
  /** Share of the file read so far, 0…1, for the progress bar. */
  progress(): number;
  /** Number of rows when known up front (JSON). */
  total?: number;
}

export function formatOf(path: string, override?: string): FileFormat {
  const wanted = (override ?? extname(path).slice(1)).toLowerCase();
  if (wanted === 'csv' || wanted === 'tsv' || wanted === 'txt') return 'csv';
  if (wanted === 'json') return 'json';
  throw new ImportFileError(
    `Cannot tell the format of ${quote(path)}: name it .csv or .json, or pass --format csv|json`,
  );
}

/**
 * Opens an import file.
 * @example
 * const source = await openRows('orders.csv');
 * for await (const row of source.rows) console.log(validateRow(row));
 */
export async function openRows(path: string, format: FileFormat = formatOf(path)): Promise<RowSource> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new ImportFileError(`Cannot read ${quote(path)}`, [], { cause: error });
  }
  return format === 'csv' ? openCsv(path, size) : openJson(path);
}

/** Excel writes `;` in locales with a decimal comma, and some exports use tabs: pick by the header line. */
async function sniffDelimiter(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const firstLine = buffer.toString('utf8', 0, bytesRead).split(/\r?\n/, 1)[0] ?? '';
    const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
    const counts = [',', ';', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
    const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
    return best[1] > 0 ? best[0] : ',';
  } finally {
    await handle.close();
  }
}

async function openCsv(path: string, size: number): Promise<RowSource> {
  const delimiter = await sniffDelimiter(path);
  let bytes = 0;
  async function* rows(): AsyncGenerator<RowInput> {
    const parser = createReadStream(path).pipe(
      parse({ bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, info: true }),
    );
    let columns: (ColumnName | undefined)[] | undefined;
    try {
      for await (const { record, info } of parser as AsyncIterable<{
        record: string[];
        info: { records: number; bytes: number };
      }>) {
        bytes = info.bytes;
        if (!columns) {
          const header = checkHeader(record);
          if (header.problems.length > 0)
            throw new ImportFileError(
              'The header row has problems; nothing was imported',
              header.problems.map((p) => `column ${quote(p.header)} ${p.message}`),
            );
          columns = header.columns;
          continue;
        }
        // A spreadsheet's trailing ",,,," rows are blank to the merchant: not an order, not an error.
        if (record.every((cell) => cell.trim() === '')) continue;
        // Every column of the header gets a cell (a short row's missing ones are empty), so a row
        // written back out (--rejected) has the header's columns.
        const cells: RawRecord = {};
        columns.forEach((column, i) => {
          if (column) cells[column] = record[i] ?? '';
        });
        const extra = record.slice(columns.length).some((cell) => cell.trim() !== '');
        yield {
          row: info.records,
          cells,
          ...(extra
            ? {
                rowProblem: `has ${record.length} cells but the header has ${columns.length} columns (a "${delimiter}" in a cell that is not in double quotes?)`,
              }
            : {}),
        };
      }
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      const where = (error as { lines?: number }).lines;
      throw new ImportFileError(
        `The file is not valid CSV${where ? ` at line ${where}` : ''}: ${(error as Error).message}; rows before it were processed`,
        [],
        { cause: error },
      );
    }
    if (!columns) throw new ImportFileError('The file is empty: expected a header row and order rows');
  }
  return { format: 'csv', rows: rows(), progress: () => (size === 0 ? 1 : Math.min(1, bytes / size)) };
}

async function openJson(path: string): Promise<RowSource> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ImportFileError(`The file is not valid JSON: ${(error as Error).message}`, [], {
      cause: error,
    });
  }
  const records =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'orders' in parsed
      ? (parsed as { orders: unknown }).orders
      : parsed;
  if (!Array.isArray(records))
    throw new ImportFileError('The JSON file must be an array of order records, or { "orders": [ … ] }');
  const list: unknown[] = records;
  let done = 0;
  async function* rows(): AsyncGenerator<RowInput> {
    for (const [index, record] of list.entries()) {
      done = index + 1;
      const row = index + 1;
      if (!record || typeof record !== 'object' || Array.isArray(record)) {
        yield { row, cells: {}, rowProblem: 'is not an object with the order fields' };
        continue;
      }
      yield { row, ...recordToCells(record as Record<string, unknown>) };
    }
  }
  return {
    format: 'json',
    rows: rows(),
    progress: () => (list.length === 0 ? 1 : done / list.length),
    total: list.length,
  };
}
