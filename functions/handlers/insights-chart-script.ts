// Chart.js's browser bundle (chart.umd.min.js, ~200 KB, ~70 KB gzipped), served beside the insights
// dashboard as `/console/insights/chart.js` — never from a CDN. In AWS the stack copies it into the agent
// API's asset next to `index.mjs` (lib/cloud/insights-assets.ts); locally it is read from node_modules.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The file name next to the bundled handler. */
export const CHART_SCRIPT_FILE = 'chart.umd.min.js';

interface LoadedScript {
  js: string;
  gzip: Buffer;
}
let loaded: Promise<LoadedScript> | undefined;

/** The package's dist folder (its exports map hides the UMD file from a plain resolve). */
export function chartDistDir(from: string = `${process.cwd()}/`): string {
  // A computed name: the Lambda bundle must not try to bundle chart.js (it reads the copied file).
  const name = ['chart', 'js'].join('.');
  return dirname(createRequire(from).resolve(name));
}

/**
 * @example
 * const { js, gzip } = await loadChartScript();
 */
export function loadChartScript(): Promise<LoadedScript> {
  loaded ??= readFile(new URL(`./${CHART_SCRIPT_FILE}`, import.meta.url), 'utf8')
    .catch(() => readFile(join(chartDistDir(), CHART_SCRIPT_FILE), 'utf8'))
    .then((js) => ({ js, gzip: gzipSync(js) }))
    .catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
  return loaded;
}
