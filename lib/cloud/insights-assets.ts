// The insights dashboard's chart library in the agent API's asset: Chart.js's browser bundle, copied from
// node_modules next to the handler's `index.mjs` at deploy time (functions/handlers/insights-chart-script.ts
// reads it there), so the dashboard never loads a script from a CDN.
import path from 'node:path';
import { CHART_SCRIPT_FILE, chartDistDir } from '../../functions/handlers/insights-chart-script';

/** The agent API's afterBundling command that copies the chart bundle into the asset. */
export function chartScriptAfterBundling(outputDir: string): string[] {
  const from = path.join(chartDistDir(), CHART_SCRIPT_FILE);
  return [`cp "${from}" "${path.join(outputDir, CHART_SCRIPT_FILE)}"`];
}
