// `npm run insights -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--channel C] [--language L] [--csv|--json]`
// The merchant's insights report in the terminal: the same day summaries and events, the same code
// (functions/insights/read-summaries.ts, report.ts) and so the same figures as `GET /insights` and the
// console's dashboard. Reads the local stack's table (or --endpoint, or a deployed --table in --region).
// Exit codes: 0 printed, 2 bad flags or table.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_RETENTION,
  type MerchantConfig,
  parseMerchantConfig,
} from '../functions/core/merchant-config';
import { enrichReport } from '../functions/insights/enrich';
import { parseInsightsQuery } from '../functions/insights/query';
import { readSummaries } from '../functions/insights/read-summaries';
import { reportCsv, reportText } from '../functions/insights/render-text';
import { buildReportFromSummaries, type InsightsReport } from '../functions/insights/report';
import { costRates } from '../functions/insights/report-parts';
import { createDynamoInsightsLog } from '../functions/stores/dynamo/insights';
import { createDynamoOrderStore } from '../functions/stores/dynamo/orders';
import { openTarget } from '../lib/import/target';

const USAGE = `Usage: npm run insights -- [options]

  --from DATE          first day (YYYY-MM-DD or ISO time; default 30 days before --to)
  --to DATE            end, exclusive (default now)
  --channel NAME       whatsapp | line | telegram
  --language TAG       e.g. es, ja, pt-BR
  --csv                one section,name,value row per figure
  --json               the report object, exactly as GET /insights returns it
  --endpoint URL       a DynamoDB endpoint (e.g. the one \`npm start\` prints)
  --table NAME         a deployed table; --region REGION its region
  --data-dir DIR       the local stack's data dir (default CROSSDESK_DATA_DIR or .crossdesk)
  -h, --help`;

const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function merchantConfig(env: NodeJS.ProcessEnv): MerchantConfig {
  const raw = env.MERCHANT_CONFIG ?? readFileSync(resolve(PROJECT_ROOT, 'crossdesk.config.json'), 'utf8');
  return parseMerchantConfig(JSON.parse(raw));
}

/**
 * Runs the CLI and returns what it would print (the tests call it in-process).
 * @example
 * const { code, output } = await runInsightsCli(['--from', '2026-11-01', '--csv']);
 */
export async function runInsightsCli(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
): Promise<{ code: number; output: string; report?: InsightsReport }> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        channel: { type: 'string' },
        language: { type: 'string' },
        csv: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        endpoint: { type: 'string' },
        table: { type: 'string' },
        region: { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return { code: 2, output: `${(error as Error).message}\n\n${USAGE}\n` };
  }
  if (values.help) return { code: 0, output: `${USAGE}\n` };
  const parsed = parseInsightsQuery(
    {
      from: values.from as string | undefined,
      to: values.to as string | undefined,
      channel: values.channel as string | undefined,
      language: values.language as string | undefined,
    },
    now,
  );
  if (!parsed.ok) return { code: 2, output: `${parsed.error}\n\n${USAGE}\n` };
  const merchant = merchantConfig(env);
  let target: Awaited<ReturnType<typeof openTarget>>;
  try {
    target = await openTarget(
      {
        ...(values.endpoint ? { endpoint: values.endpoint as string } : {}),
        ...(values.table ? { table: values.table as string } : {}),
        ...(values.region ? { region: values.region as string } : {}),
        ...(values['data-dir'] ? { dataDir: values['data-dir'] as string } : {}),
      },
      env,
    );
  } catch (error) {
    return { code: 2, output: `${(error as Error).message}\n` };
  }
  try {
    const { query } = parsed;
    const log = createDynamoInsightsLog({
      doc: target.doc,
      tableName: target.tableName,
      textRetentionDays: merchant.retention.messagesDays,
    });
    const { summaries } = await readSummaries(log, query, { clock: () => now.getTime() });
    const orders = createDynamoOrderStore({
      doc: target.doc,
      tableName: target.tableName,
      now: Date.now,
      retention: DEFAULT_RETENTION,
    });
    const report = await enrichReport(
      buildReportFromSummaries(summaries, {
        ...query,
        timezone: merchant.timezone,
        rates: costRates(merchant.insightsCosts),
      }),
      {
        agentLanguage: merchant.agentLanguage,
        productName: async (id) => (await orders.getProduct(id))?.name,
      },
    );
    const output = values.json
      ? `${JSON.stringify({ report }, null, 2)}\n`
      : values.csv
        ? reportCsv(report)
        : `Insights · ${target.description}\n\n${reportText(report)}`;
    return { code: 0, output, report };
  } finally {
    await target.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { code, output } = await runInsightsCli(process.argv.slice(2));
  process.stdout.write(output);
  process.exitCode = code;
}
