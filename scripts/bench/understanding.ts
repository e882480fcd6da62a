// Offline understanding as the worker Lambda sees it: cold start to the first classification in a fresh
// Node process (from an esbuild bundle, like the Lambda's), its peak memory, per-message latency and the
// model's size. `npx tsx scripts/bench/understanding.ts` runs it alone; `npm run bench` may import it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { TRAINING } from '../../functions/understanding/training/index';
import { createUnderstanding } from '../../functions/understanding/understand';
import { percentile } from './stats';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface UnderstandingBench {
  coldStartMs: Record<string, number>;
  peakRssMb: number;
  latencyMs: { p50: number; p99: number; messages: number };
  modelKb: number;
  bundleKb: number;
}

const COLD_SAMPLES: Record<string, string> = {
  en: 'where is my order #48213?',
  'zh-Hans': '我的包裹什么时候到',
  ja: '注文した商品はいつ届きますか',
  th: 'พัสดุของฉันถึงไหนแล้วคะ',
  ar: 'وين طلبي رقم ٤٨٢١٣',
};

const ENTRY = `
import { createUnderstanding } from ${JSON.stringify(path.join(projectRoot, 'functions/understanding/understand.ts'))};
const { understand } = createUnderstanding();
await understand({ text: process.argv[2] });
// performance.now() counts from process start: this is the cold start a Lambda init would see.
console.log(JSON.stringify({ ms: performance.now(), rssKb: process.resourceUsage().maxRSS }));
`;

/**
 * Measures the offline understanding path.
 * @example
 * const result = await benchUnderstanding(); // { coldStartMs: { en: 180, … }, peakRssMb: 90, … }
 */
export async function benchUnderstanding(): Promise<UnderstandingBench> {
  const dir = mkdtempSync(path.join(tmpdir(), 'crossdesk-bench-'));
  try {
    const entry = path.join(dir, 'entry.mjs');
    const bundle = path.join(dir, 'bundle.mjs');
    writeFileSync(entry, ENTRY);
    await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile: bundle,
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
    const coldStartMs: Record<string, number> = {};
    let peakRssKb = 0;
    for (const [language, text] of Object.entries(COLD_SAMPLES)) {
      const runs: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const out = execFileSync(process.execPath, [bundle, text], { encoding: 'utf8' });
        const { ms, rssKb } = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
          ms: number;
          rssKb: number;
        };
        runs.push(ms);
        peakRssKb = Math.max(peakRssKb, rssKb);
      }
      runs.sort((a, b) => a - b);
      coldStartMs[language] = Math.round(percentile(runs, 50));
    }

    const { understand } = createUnderstanding();
    const messages = Object.values(TRAINING).flatMap((set) => Object.values(set).flat());
    const timings: number[] = [];
    for (let i = 0; i < 3000; i += 1) {
      const text = messages[i % messages.length]!;
      const started = performance.now();
      await understand({ text: i % 2 ? text : `${text} #${10000 + i}` });
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 100) / 100;
    return {
      coldStartMs,
      peakRssMb: Math.round(peakRssKb / 1024),
      latencyMs: {
        p50: round(percentile(timings, 50)),
        p99: round(percentile(timings, 99)),
        messages: timings.length,
      },
      modelKb: Math.round(
        statSync(path.join(projectRoot, 'functions/understanding/model/intent-model.json')).size / 1024,
      ),
      bundleKb: Math.round(statSync(bundle).size / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the benchmark and prints its figures against the targets (cold start ≤ 400 ms, RSS ≤ 512 MB). */
export async function printUnderstandingBench(): Promise<void> {
  const result = await benchUnderstanding();
  for (const [language, ms] of Object.entries(result.coldStartMs)) {
    console.log(`cold start to first classification (${language}): ${ms} ms (median of 5; target ≤ 400 ms)`);
  }
  console.log(`peak RSS of a cold process: ${result.peakRssMb} MB (target ≤ 512 MB)`);
  console.log(
    `per-message latency: p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms over ${result.latencyMs.messages}`,
  );
  console.log(`model file: ${result.modelKb} KB; understanding bundle: ${result.bundleKb} KB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await printUnderstandingBench();
}
