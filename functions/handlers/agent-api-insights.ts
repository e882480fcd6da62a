// The insights routes of the agent API (agent-api.ts hands these paths here):
//   GET /insights?from&to&channel&language[&format=csv]   the report (also /agent/insights); agents only
//   GET /console/insights                                  the dashboard shell (public, like /console)
//   GET /console/insights/chart.js                         Chart.js's browser bundle for it
// and the scheduled chore (EventBridge, hourly, on this same function: it holds the insights grants)
// that builds the finished days' summaries before anyone opens the dashboard.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { enrichReport } from '../insights/enrich';
import { parseInsightsQuery } from '../insights/query';
import { readSummaries, type SummaryReadStats } from '../insights/read-summaries';
import { reportCsv } from '../insights/render-text';
import { buildReportFromSummaries } from '../insights/report';
import { costRates } from '../insights/report-parts';
import type { AgentApiDeps } from './agent-api-deps';
import { loadChartScript } from './insights-chart-script';
import { renderInsightsPage } from './insights-page';

type Result = APIGatewayProxyStructuredResultV2;

export const INSIGHTS_PATH = /^\/(?:agent\/)?insights\/?$|^\/console\/insights(?:\/chart\.js)?\/?$/;

const json = (statusCode: number, body: unknown): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  body: JSON.stringify(body),
});

/**
 * @example
 * if (INSIGHTS_PATH.test(path)) return serveInsights(event, deps, { agent: agentFrom(event, deps.auth), now: new Date() });
 */
export async function serveInsights(
  event: APIGatewayProxyEventV2,
  d: AgentApiDeps,
  ctx: { agent: string | undefined; now: Date },
): Promise<Result> {
  const path = event.rawPath ?? '';
  if (event.requestContext?.http?.method?.toUpperCase() !== 'GET')
    return json(405, { error: 'method not allowed' });
  if (path.startsWith('/console/')) {
    if (!d.console) return json(404, { error: 'not found' });
    if (!path.includes('chart.js')) {
      const page = renderInsightsPage();
      return { statusCode: 200, headers: page.headers, body: page.html };
    }
    const script = await loadChartScript();
    const gzip = /\bgzip\b/.test(event.headers?.['accept-encoding'] ?? '');
    return {
      statusCode: 200,
      headers: {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'public, max-age=86400',
        'x-content-type-options': 'nosniff',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      },
      body: gzip ? script.gzip.toString('base64') : script.js,
      isBase64Encoded: gzip,
    };
  }
  if (!ctx.agent) return json(401, { error: 'sign in as an agent: Authorization: Bearer <token>' });
  const log = d.insights?.log;
  if (!log) return json(501, { error: 'insights are not configured' });
  const params = { ...event.queryStringParameters };
  const format = params.format;
  delete params.format;
  if (format !== undefined && format !== 'json' && format !== 'csv')
    return json(400, { error: 'format must be json or csv' });
  const parsed = parseInsightsQuery(params, ctx.now);
  if (!parsed.ok) return json(400, { error: parsed.error });
  const { query } = parsed;
  const { summaries } = await readSummaries(log, { from: query.from, to: query.to });
  const report = await enrichReport(
    buildReportFromSummaries(summaries, {
      ...query,
      timezone: d.merchant.timezone,
      rates: costRates(d.merchant.insightsCosts),
    }),
    {
      agentLanguage: d.merchant.agentLanguage,
      ...(d.translator ? { translator: d.translator } : {}),
      ...(d.productName ? { productName: d.productName } : {}),
    },
  );
  if (format === 'csv')
    return {
      statusCode: 200,
      headers: { 'content-type': 'text/csv; charset=utf-8', 'cache-control': 'no-store' },
      body: reportCsv(report),
    };
  return json(200, { report });
}

/** Finished days the scheduled chore makes sure are summarized (a late event voids one: it is rebuilt). */
const CHORE_DAYS = 3;
const DAY_MS = 86_400_000;

/**
 * Builds and keeps the summaries of the last few finished days that have none (or a voided one).
 * @example
 * await summarizeFinishedDays(deps, new Date()); // { days: 3, stored: 2, built: 1, partial: 0, events: 15210 }
 */
export async function summarizeFinishedDays(
  d: AgentApiDeps,
  now: Date,
): Promise<SummaryReadStats | undefined> {
  const log = d.insights?.log;
  if (!log?.summaries) return undefined;
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const { stats } = await readSummaries(
    log,
    { from: new Date(today - CHORE_DAYS * DAY_MS), to: new Date(today) },
    { clock: () => now.getTime() },
  );
  return stats;
}
