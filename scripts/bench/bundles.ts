// Bundle benchmark: builds every Lambda handler exactly as the CDK stack does (the options come from
// lib/cloud/bundling.ts), then reports minified size and module init time (a fresh Node process
// importing the bundle, median of 10). Run alone: `npx tsx scripts/bench/bundles.ts`.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import {
  esbuildOptionsFor,
  HANDLER_ENTRIES,
  type HandlerName,
  HOUSE_NODE_OPTIONS,
  PROJECT_ROOT,
} from '../../lib/cloud/bundling';
import { readMerchantConfigFile } from '../../lib/cloud/merchant-config-file';
import { LOCAL_SECRETS } from '../../lib/local/defaults';
import { median } from './stats';

const run = promisify(execFile);
const RUNS = 10;
const KB = 1024;
export const TARGETS = { ingestMaxKb: 300, ingestInitMaxMs: 60, anyBundleMaxKb: 2048 } as const;

// Under the project so Node resolves the external @aws-sdk/* from node_modules, as the Lambda runtime
// resolves them from its own copy of SDK v3.
const OUT_DIR = path.join(PROJECT_ROOT, '.crossdesk', 'bench');

// The pinned Node 24 that Lambda's nodejs24.x matches; fall back to whatever runs this script.
const NODE_BIN = existsSync(path.join(PROJECT_ROOT, 'node_modules/.bin/node'))
  ? path.join(PROJECT_ROOT, 'node_modules/.bin/node')
  : process.execPath;

// Measured inside the child so process start-up is not counted: only what Lambda calls "init".
const CHILD_SOURCE =
  'const t0 = performance.now(); await import(process.env.BENCH_BUNDLE_URL); ' +
  'process.stdout.write(JSON.stringify({ importMs: performance.now() - t0, sinceStartMs: performance.now() })); ' +
  'process.exit(0);';

export interface BundleFigures {
  readonly name: HandlerName;
  readonly entry: string;
  readonly bytes: number;
  /** The deployed source map beside it (loaded at init: NODE_OPTIONS=--enable-source-maps). */
  readonly mapBytes: number;
  readonly initMedianMs: number;
  readonly initMinMs: number;
  readonly initMaxMs: number;
  /** Median time from the child's process start to import done (Node bootstrap included). */
  readonly processMedianMs: number;
  /** The biggest contributors to the bundle, by package (or project folder), bytes in output. */
  readonly topInputs: readonly (readonly [string, number])[];
}

// node_modules/<pkg> or node_modules/@scope/pkg → the package; project files → their top two folders.
function inputGroup(file: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  return match ? match[1]! : file.split('/').slice(0, 2).join('/');
}

function topInputs(metafile: Metafile, limit = 3): (readonly [string, number])[] {
  const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint);
  const groups = new Map<string, number>();
  for (const [file, input] of Object.entries(output?.inputs ?? {})) {
    groups.set(inputGroup(file), (groups.get(inputGroup(file)) ?? 0) + input.bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, limit);
}

/** The environment a bundle sees at init: local defaults only, so nothing reaches the network. */
function benchEnv(name: HandlerName, bundleUrl: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...LOCAL_SECRETS,
    NODE_OPTIONS: HOUSE_NODE_OPTIONS,
    POWERTOOLS_SERVICE_NAME: `crossdesk-${name}`,
    LOG_LEVEL: 'WARN',
    AWS_REGION: 'us-east-1',
    TABLE_NAME: 'crossdesk',
    QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/000000000000/crossdesk-bench.fifo',
    MEDIA_BUCKET: 'crossdesk-bench-media',
    MERCHANT_CONFIG: JSON.stringify(readMerchantConfigFile()),
    BENCH_BUNDLE_URL: bundleUrl,
  };
}

async function importOnce(env: NodeJS.ProcessEnv): Promise<{ importMs: number; sinceStartMs: number }> {
  const { stdout } = await run(NODE_BIN, ['--input-type=module', '--eval', CHILD_SOURCE], {
    env,
    cwd: PROJECT_ROOT,
    timeout: 30_000,
    maxBuffer: 1024 * 1024,
  });
  // Output may be preceded by a bundle's own init logging; the figures are the last line.
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last.slice(last.lastIndexOf('{"importMs"'))) as {
    importMs: number;
    sinceStartMs: number;
  };
}

export interface BundleFailure {
  readonly name: HandlerName;
  readonly entry: string;
  readonly error: string;
}

async function measureBundle(name: HandlerName): Promise<BundleFigures> {
  const dir = path.join(OUT_DIR, name);
  await mkdir(dir, { recursive: true });
  const outfile = path.join(dir, 'index.mjs');
  // metafile only adds a report; the emitted bundle is byte-for-byte what the stack deploys.
  const { metafile } = await build({
    ...esbuildOptionsFor(name, outfile),
    metafile: true,
    logLevel: 'silent',
  });
  const { size } = await stat(outfile);
  const { size: mapBytes } = await stat(`${outfile}.map`);
  const env = benchEnv(name, pathToFileURL(outfile).href);
  await importOnce(env); // warm the file-system cache; not counted
  const samples: { importMs: number; sinceStartMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await importOnce(env));
  const init = samples.map((sample) => sample.importMs);
  return {
    name,
    entry: HANDLER_ENTRIES[name],
    bytes: size,
    mapBytes,
    initMedianMs: median(init),
    initMinMs: Math.min(...init),
    initMaxMs: Math.max(...init),
    processMedianMs: median(samples.map((sample) => sample.sinceStartMs)),
    topInputs: topInputs(metafile),
  };
}

/**
 * Builds and measures every handler bundle. A handler that fails to build or to import is reported as
 * a failure; the others are still measured.
 * @example
 * const { figures, failures } = await measureBundles();
 */
export async function measureBundles(): Promise<{ figures: BundleFigures[]; failures: BundleFailure[] }> {
  await rm(OUT_DIR, { recursive: true, force: true });
  const figures: BundleFigures[] = [];
  const failures: BundleFailure[] = [];
  for (const name of Object.keys(HANDLER_ENTRIES) as HandlerName[]) {
    try {
      figures.push(await measureBundle(name));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push({
        name,
        entry: HANDLER_ENTRIES[name],
        error: message.split('\n').slice(0, 4).join(' | '),
      });
    }
  }
  return { figures, failures };
}

/** Builds, measures and prints the bundle figures and whether the targets hold. */
export async function benchBundles(): Promise<void> {
  const { stdout: version } = await run(NODE_BIN, ['--version']);
  console.log(`Lambda bundles (esbuild, options shared with the CDK stack; init = median of ${RUNS} fresh`);
  console.log(
    `Node ${version.trim()} processes importing the bundle, ${HOUSE_NODE_OPTIONS}, @aws-sdk/* external)\n`,
  );
  const { figures, failures } = await measureBundles();
  const rows = figures.map((f) => ({
    bundle: f.name,
    entry: f.entry,
    'size (KB)': (f.bytes / KB).toFixed(1),
    'source map (KB)': (f.mapBytes / KB).toFixed(1),
    'init median (ms)': f.initMedianMs.toFixed(1),
    'init min–max (ms)': `${f.initMinMs.toFixed(1)}–${f.initMaxMs.toFixed(1)}`,
    'process start→ready (ms)': f.processMedianMs.toFixed(1),
  }));
  console.table(rows);
  for (const f of figures) {
    const top = f.topInputs.map(([group, bytes]) => `${group} ${(bytes / KB).toFixed(1)} KB`).join(', ');
    console.log(`  ${f.name}: largest inputs: ${top}`);
  }
  for (const failure of failures)
    console.log(`  ${failure.name} (${failure.entry}) NOT MEASURED: ${failure.error}`);
  console.log('');

  const ingest = figures.find((f) => f.name === 'ingest');
  const checks: [string, boolean][] = [
    [`ingest bundle ≤ ${TARGETS.ingestMaxKb} KB`, !!ingest && ingest.bytes <= TARGETS.ingestMaxKb * KB],
    [
      `ingest init ≤ ${TARGETS.ingestInitMaxMs} ms median`,
      !!ingest && ingest.initMedianMs <= TARGETS.ingestInitMaxMs,
    ],
    ['every handler bundles and imports', failures.length === 0],
    [
      `no bundle over ${TARGETS.anyBundleMaxKb / KB} MB`,
      figures.every((f) => f.bytes <= TARGETS.anyBundleMaxKb * KB),
    ],
  ];
  // Figures, not a gate: a missed target is reported, never an exit code.
  for (const [label, ok] of checks) console.log(`${ok ? 'target met    ' : 'target MISSED '} ${label}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await benchBundles();
}
