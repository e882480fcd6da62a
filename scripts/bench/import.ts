// Benchmark of `npm run import`: generates a CSV of 100,000 realistic rows (two order lines and one
// shipment each), imports it into a fresh on-disk dynalite started the way the CLI starts the local
// stack's (its own process), and prints the measured wall time and rows/s. Prints figures; never fails
// on timing. `node --import tsx scripts/bench/import.ts [rows]` runs it alone.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvCell } from '../../functions/core/csv';
import { documentClient } from '../../functions/stores/dynamo/shared';
import { COLUMNS } from '../../lib/import/columns';
import { importOrders } from '../../lib/import/run';
import { localDynamoClient, startLocalDynalite } from '../../lib/import/target';

export interface ImportBenchResult {
  rows: number;
  fileBytes: number;
  generateSeconds: number;
  /** Reading, validating and writing, from open to the last acknowledged item. */
  importSeconds: number;
  rowsPerSecond: number;
  itemsWritten: number;
  requests: number;
  retries: number;
  rejected: number;
  concurrency: number;
  /** The machine, to read the figures by: dynalite's one thread is the bottleneck, and it is shared. */
  cpus: number;
  loadAverageBefore: number;
  /** Seconds until a quarter, half, three quarters of the rows were imported: shows whether the rate holds as the table grows. */
  quarterSeconds: number[];
  /** CPU seconds dynalite's process used during the import (Linux: /proc), and the importer's own. */
  cpuSeconds?: { dynalite: number; importer: number };
}

/** A process's user + system CPU seconds so far, from /proc/<pid>/stat; undefined where there is no /proc. */
async function cpuSecondsOf(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux that Node supports. */
const CLOCK_TICKS_PER_SECOND = 100;

const COUNTRIES = [
  {
    country: 'BR',
    language: 'pt-BR',
    currency: 'BRL',
    phone: '+5511',
    city: 'São Paulo',
    postcode: '01310-100',
  },
  { country: 'JP', language: 'ja', currency: 'JPY', phone: '+8190', city: '東京都', postcode: '150-0001' },
  { country: 'TH', language: 'th', currency: 'THB', phone: '+6681', city: 'กรุงเทพมหานคร', postcode: '10110' },
  { country: 'DE', language: 'de', currency: 'EUR', phone: '+49151', city: 'Berlin', postcode: '10961' },
  { country: 'SA', language: 'ar', currency: 'SAR', phone: '+96655', city: 'الرياض', postcode: '12214' },
  {
    country: 'MX',
    language: 'es',
    currency: 'MXN',
    phone: '+5255',
    city: 'Ciudad de México',
    postcode: '06700',
  },
] as const;
const EVENTS = ['label_created', 'in_transit', 'customs_hold', 'arrived_destination', 'delivered'] as const;

/** Writes `rows` order rows; order numbers 00000…99999 (the bot's 5 digits), so at most 100,000. */
export async function generateImportCsv(path: string, rows: number, now = Date.now()): Promise<void> {
  if (rows > 100_000) throw new RangeError('order numbers have 5 digits: at most 100,000 rows');
  const out = createWriteStream(path);
  const header = COLUMNS.map((c) => c.name);
  out.write(`${header.join(',')}\n`);
  const day = 86_400_000;
  for (let i = 0; i < rows; i++) {
    const c = COUNTRIES[i % COUNTRIES.length]!;
    const placed = now - (i % 20) * day;
    const event = EVENTS[i % EVENTS.length]!;
    const cells: Record<string, string> = {
      order: String(i).padStart(5, '0'),
      customer: `CUS-${100_000 + (i % 60_000)}`,
      name: `Shopper ${i}`,
      email: `shopper${i}@example.com`,
      phone: `${c.phone}${String(1_000_000 + i).padStart(7, '0')}`,
      language: c.language,
      placed_at: new Date(placed).toISOString(),
      currency: c.currency,
      items:
        c.currency === 'JPY'
          ? 'WRAP-DRESS-BLUE-M|P-WRAP-DRESS|Wrap dress|1|5900|M|blue; CERAMIC-MUG-OAT|P-CERAMIC-MUG|Ceramic mug|2|2400||oat'
          : 'WRAP-DRESS-BLUE-M|P-WRAP-DRESS|Wrap dress|1|59.90|M|blue; CERAMIC-MUG-OAT|P-CERAMIC-MUG|Ceramic mug|2|12.50||oat',
      address_line1: `Example Street ${i % 500}, ${1 + (i % 90)}`,
      city: c.city,
      postcode: c.postcode,
      country: c.country,
      carrier: 'Yun Express',
      service: 'Global Direct Line',
      tracking_number: `YT${String(2_600_000_000_000 + i)}`,
      promised_date: new Date(placed + 12 * day).toISOString().slice(0, 10),
      origin: 'Shenzhen, CN',
      shipment: event,
      shipment_at: new Date(placed + 2 * day).toISOString(),
    };
    const line = `${header.map((h) => csvCell(cells[h] ?? '')).join(',')}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * Generates the file, imports it into a fresh dynalite, and returns the figures.
 * @example
 * const { rowsPerSecond, importSeconds } = await runImportBench();
 */
export async function runImportBench(
  options: { rows?: number; concurrency?: number } = {},
): Promise<ImportBenchResult> {
  const rows = options.rows ?? 100_000;
  const concurrency = options.concurrency ?? 8;
  const loadAverageBefore = loadavg()[0] ?? 0;
  const dir = await mkdtemp(join(tmpdir(), 'crossdesk-import-bench-'));
  const local = await startLocalDynalite(join(dir, 'dynamodb'), 'crossdesk');
  const client = localDynamoClient(local.endpoint);
  try {
    const file = join(dir, 'orders.csv');
    const generateStart = performance.now();
    await generateImportCsv(file, rows);
    const generateSeconds = (performance.now() - generateStart) / 1000;
    const quarterSeconds: number[] = [];
    let sampler: NodeJS.Timeout | undefined;
    const dynaliteCpuBefore = await cpuSecondsOf(local.pid);
    const importerCpuBefore = process.cpuUsage();
    const importStart = performance.now();
    const summary = await importOrders({
      file,
      target: { doc: documentClient(client), tableName: 'crossdesk' },
      concurrency,
      onStart: (progress) => {
        sampler = setInterval(() => {
          const quarter = Math.floor((4 * progress().imported) / rows);
          while (quarterSeconds.length < Math.min(quarter, 3))
            quarterSeconds.push((performance.now() - importStart) / 1000);
        }, 250);
      },
    }).finally(() => clearInterval(sampler));
    if (summary.writeError) throw summary.writeError;
    const importSeconds = summary.ms / 1000;
    const dynaliteCpuAfter = await cpuSecondsOf(local.pid);
    const importerCpu = process.cpuUsage(importerCpuBefore);
    const cpuSeconds =
      dynaliteCpuBefore !== undefined && dynaliteCpuAfter !== undefined
        ? {
            dynalite: dynaliteCpuAfter - dynaliteCpuBefore,
            importer: (importerCpu.user + importerCpu.system) / 1e6,
          }
        : undefined;
    return {
      rows,
      fileBytes: (await stat(file)).size,
      generateSeconds,
      importSeconds,
      rowsPerSecond: summary.imported / importSeconds,
      itemsWritten: summary.writes.itemsWritten,
      requests: summary.writes.requests,
      retries: summary.writes.retries,
      rejected: summary.rejected,
      concurrency,
      cpus: availableParallelism(),
      loadAverageBefore,
      quarterSeconds,
      ...(cpuSeconds ? { cpuSeconds } : {}),
    };
  } finally {
    client.destroy();
    await local.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** dynalite's CPU as a share of the wall time; near 100 % its single JavaScript thread is what limits the import. */
function dynaliteShare(r: ImportBenchResult): string {
  const share = Math.round((100 * (r.cpuSeconds?.dynalite ?? 0)) / r.importSeconds);
  return share >= 90
    ? `${share} % of the wall time: its one thread is the bound`
    : `${share} % of the wall time`;
}

/** Prints the figures, for `npm run bench` and for running this file alone. */
export async function benchImport(rows?: number): Promise<ImportBenchResult> {
  const r = await runImportBench({ rows });
  const n = new Intl.NumberFormat('en');
  console.log(
    [
      `import: ${n.format(r.rows)} rows (${(r.fileBytes / 1e6).toFixed(1)} MB CSV, generated in ${r.generateSeconds.toFixed(1)} s)`,
      `  wall time ${r.importSeconds.toFixed(1)} s · ${n.format(Math.round(r.rowsPerSecond))} rows/s`,
      `  ${n.format(r.itemsWritten)} items in ${n.format(r.requests)} BatchWriteItem requests (${n.format(r.retries)} retries), concurrency ${r.concurrency}, ${r.rejected} rejected`,
      `  a quarter, half, three quarters imported after ${r.quarterSeconds.map((q) => `${q.toFixed(0)} s`).join(', ')}`,
      ...(r.cpuSeconds
        ? [
            `  CPU during the import: dynalite's process ${r.cpuSeconds.dynalite.toFixed(1)} s (${dynaliteShare(r)}), the importer ${r.cpuSeconds.importer.toFixed(1)} s`,
          ]
        : []),
      `  machine: ${r.cpus} CPUs, load average ${r.loadAverageBefore.toFixed(1)} before the run`,
    ].join('\n'),
  );
  return r;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const rows = process.argv[2] ? Number(process.argv[2]) : undefined;
  await benchImport(rows);
}
