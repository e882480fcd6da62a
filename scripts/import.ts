// `npm run import -- orders.csv|orders.json [--dry-run] [--endpoint URL | --table NAME --region REGION]`
// Imports the merchant's orders and shipments (docs/import.md). Exit codes: 0 every row imported,
// 1 some rows rejected or not written, 2 nothing could be done (bad flags, file or table).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startProgress } from '../lib/import/progress';
import { formatOf } from '../lib/import/read';
import { openRejectedRowsFile } from '../lib/import/rejected';
import { type ImportSummary, importOrders } from '../lib/import/run';
import { type ImportTarget, ImportTargetError, openTarget } from '../lib/import/target';
import { formatRowError } from '../lib/import/validate';

const USAGE = `Usage: npm run import -- <orders.csv|orders.json> [options]

  --dry-run            validate every row, write nothing
  --format csv|json    when the file name does not say
  --endpoint URL       a DynamoDB endpoint, e.g. the running local stack's dynalite
  --table NAME         a deployed table (AWS credentials from the usual chain: AWS_PROFILE, env, SSO…)
  --region REGION      the deployed table's region (default AWS_REGION)
  --data-dir DIR       the local stack's data dir (default CROSSDESK_DATA_DIR or .crossdesk)
  --concurrency N      BatchWriteItem requests in flight (default 8)
  --max-errors N       row errors printed (default 200; 0 prints all)
  --rejected FILE      also write the rejected rows to FILE (same format, an "errors" column added):
                       fix them there and import FILE as it is
  -h, --help

Without --endpoint or --table it writes into the local stack's data (stop \`npm start\` first, or pass
the --endpoint it printed). See docs/import.md for the columns.`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string' },
      endpoint: { type: 'string' },
      table: { type: 'string' },
      region: { type: 'string' },
      'data-dir': { type: 'string' },
      concurrency: { type: 'string', default: '8' },
      'max-errors': { type: 'string', default: '200' },
      rejected: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(`Name one file to import.\n\n${USAGE}`);
const wholeNumber = (flag: string, text: string, min: number) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) fail(`--${flag} must be a whole number from ${min}, not "${text}"`);
  return n;
};
const concurrency = wholeNumber('concurrency', values.concurrency, 1);
const maxErrors = wholeNumber('max-errors', values['max-errors'], 0);
// npm runs scripts from the package root; the merchant named files relative to where they typed it.
const fromWhereTyped = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
const file = fromWhereTyped(positionals[0]!);
let format: ReturnType<typeof formatOf>;
try {
  format = formatOf(file, values.format);
} catch (error) {
  fail((error as Error).message);
}

const rejectedPath = values.rejected ? fromWhereTyped(values.rejected) : undefined;
if (rejectedPath === file) fail('--rejected must name another file than the one imported');
const dryRun = values['dry-run'];
let target: ImportTarget | undefined;
if (!dryRun) {
  try {
    target = await openTarget({
      table: values.table,
      region: values.region,
      endpoint: values.endpoint,
      dataDir: values['data-dir'] ? fromWhereTyped(values['data-dir']) : undefined,
    });
  } catch (error) {
    if (error instanceof ImportTargetError) fail(error.message);
    throw error;
  }
}

let shown = 0;
let hidden = 0;
let progress: ReturnType<typeof startProgress> | undefined;
const print = (line: string) => (progress ? progress.log(line) : console.log(line));
const rejectedRows = rejectedPath ? openRejectedRowsFile(rejectedPath, format) : undefined;
let rejectedWritten = 0;
let summary: ImportSummary;
try {
  summary = await importOrders({
    file,
    format,
    target,
    dryRun,
    concurrency,
    onStart: (state) => {
      progress = startProgress(state);
    },
    onRejected: (errors, input) => {
      rejectedRows?.add(input, errors);
      for (const error of errors) {
        if (maxErrors === 0 || shown < maxErrors) {
          print(formatRowError(error));
          shown++;
        } else hidden++;
      }
    },
  });
} finally {
  progress?.stop();
  await target?.close();
  rejectedWritten = (await rejectedRows?.close()) ?? 0;
}

const n = new Intl.NumberFormat('en');
const seconds = summary.ms / 1000;
if (hidden > 0) console.log(`… and ${n.format(hidden)} more problems (--max-errors 0 prints all)`);
if (summary.fileError) {
  console.error(summary.fileError.message);
  for (const problem of summary.fileError.problems) console.error(`  ${problem}`);
}
if (summary.writeError) console.error(summary.writeError.message);
const rejectedLine =
  rejectedPath && (rejectedWritten > 0 || summary.rowsRead > 0)
    ? [
        rejectedWritten > 0
          ? `  rejected rows written to ${rejectedPath}: fix them there and import that file`
          : `  no row rejected (${rejectedPath} is empty)`,
      ]
    : [];
console.log(
  [
    '',
    dryRun ? `Dry run of ${file} (nothing written)` : `Imported ${file} into ${target?.description}`,
    `  rows read: ${n.format(summary.rowsRead)}`,
    dryRun ? `  valid:     ${n.format(summary.valid)}` : `  imported:  ${n.format(summary.imported)}`,
    `  rejected:  ${n.format(summary.rejected)}`,
    ...rejectedLine,
    ...(summary.notWritten > 0 ? [`  not written (import again): ${n.format(summary.notWritten)}`] : []),
    `  time:      ${seconds.toFixed(1)} s${summary.rowsRead > 0 && seconds > 0 ? ` (${n.format(Math.round(summary.rowsRead / seconds))} rows/s)` : ''}`,
  ].join('\n'),
);
const nothingDone = summary.fileError !== undefined && summary.rowsRead === 0;
process.exitCode = nothingDone ? 2 : summary.rejected + summary.notWritten > 0 || summary.fileError ? 1 : 0;
