// The insights acceptance path on the whole local stack: shoppers in several languages talk to the bot on
// all three channels (their turns are recorded by the real worker into dynalite), the demo history and
// the planted colour-fading spike are planted (POST /dev/insights/demo), the merchant is alerted exactly
// once, the dashboard in headless Chromium shows every figure, and `npm run insights` prints the report
// the API returns.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsightsReport } from '../../functions/insights/report';
import { LOCAL_SECRETS } from '../../lib/local/defaults';
import { PLANTED_PRODUCT } from '../../lib/local/insights-demo';
import { PROJECT_ROOT } from '../../lib/local/server';
import { runInsightsCli } from '../../scripts/insights';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../helpers/chromium';
import { type E2eStack, startE2eStack } from './harness';

const SUITE = hasChromium
  ? 'insights dashboard on the full local stack (headless Chromium)'
  : `insights dashboard — SKIPPED: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`;
const SCREENSHOT_DIR = process.env.CROSSDESK_SCREENSHOTS
  ? join(PROJECT_ROOT, 'docs', 'img')
  : join(tmpdir(), 'crossdesk-insights-screenshots');

const FIGURES = [
  'conversations',
  'resolution-rate',
  'bot-resolution',
  'agent-resolution',
  'fcr',
  'deflection',
  'first-response',
  'resolution-time',
  'agent-wait',
  'csat',
  'sentiment',
  'cost-per-resolved',
];
const CHARTS = [
  'resolution',
  'reasons',
  'intents',
  'sentiment',
  'timings',
  'csat',
  'languages',
  'proactive',
  'cost',
];

/** The report without what only a translator adds (the CLI runs without the stack's translator). */
const untranslated = (report: InsightsReport) =>
  JSON.parse(JSON.stringify(report, (key, value) => (key === 'translation' ? undefined : value)));

describe.skipIf(!hasChromium)(SUITE, () => {
  let e2e: E2eStack;
  let browser: Browser;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const to = day(new Date(Date.now() + 86_400_000));
  const from = day(new Date(Date.now() - 29 * 86_400_000));

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    e2e = await startE2eStack();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await e2e?.stop();
  });

  it('records real turns, alerts once for the planted spike, draws every figure and matches the CLI', async () => {
    // Real conversations through the webhooks and the worker, in four languages on three channels.
    await e2e.say('whatsapp', '34600999001', 'Hola, ¿dónde está mi pedido?');
    await e2e.say('line', 'U11112222333344445555666677778888', '注文した商品はいつ届きますか？');
    await e2e.say('telegram', '555000111', 'Ich möchte mit einem Mitarbeiter sprechen', {
      languageCode: 'de',
    });
    await e2e.say('whatsapp', '66810000001', 'สินค้าของฉันอยู่ที่ไหน');

    const planted = (await (
      await fetch(`${e2e.stack.url}/dev/insights/demo`, { method: 'POST' })
    ).json()) as {
      events: number;
      alerts: number;
    };
    expect(planted.alerts).toBe(1);
    const alerts = (await e2e.outbox()).filter(
      (entry) =>
        (entry.channel as string) === 'agent:webhook' && JSON.stringify(entry).includes('defect_spike'),
    );
    expect(alerts).toHaveLength(1);

    const api = await fetch(`${e2e.stack.url}/insights?from=${from}&to=${to}`, {
      headers: { authorization: `Bearer ${LOCAL_SECRETS.AGENT_TOKEN}` },
    });
    expect(api.status).toBe(200);
    const { report } = (await api.json()) as { report: InsightsReport };
    expect(report.languages.map((l) => l.language)).toEqual(expect.arrayContaining(['es', 'ja', 'de', 'th']));
    expect(report.products[0]).toMatchObject({ productId: PLANTED_PRODUCT });
    expect(report.alerts).toContainEqual(
      expect.objectContaining({ productId: PLANTED_PRODUCT, category: 'colour_fading' }),
    );

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(`${e2e.stack.url}/console/insights`);
      await page.getByLabel('Your name').fill('Anna');
      await page.getByLabel('Agent token').fill(LOCAL_SECRETS.AGENT_TOKEN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('body[data-ready="true"]').waitFor({ timeout: 15_000 });
      for (const figure of FIGURES)
        expect(await page.locator(`[data-figure="${figure}"] b`).innerText()).not.toBe('');
      expect(await page.locator('[data-figure="conversations"] b').innerText()).toBe(
        String(report.conversations.total),
      );
      for (const id of CHARTS) {
        const drawn = await page
          .locator(`#c-${id}`)
          .evaluate((c) => (c as unknown as { width: number }).width > 0);
        expect(drawn).toBe(true);
      }
      expect(await page.locator('#heat td').count()).toBe(7 * 24);
      expect(await page.locator('#staffing').innerText()).toMatch(/Suggested staffing/);
      expect(await page.locator('.alert').innerText()).toMatch(/colour fading/);
      const planted = page.locator(`#products tr[data-product="${PLANTED_PRODUCT}"]`).first();
      expect(await planted.innerText()).toMatch(/colour fading/);
      expect(await planted.locator('.ex').count()).toBe(3);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'insights.png'), fullPage: true });
    } finally {
      await page.close();
    }

    const cli = await runInsightsCli([
      '--endpoint',
      e2e.stack.dynamo.endpoint,
      '--from',
      from,
      '--to',
      to,
      '--json',
    ]);
    expect(cli.code).toBe(0);
    expect(untranslated(cli.report!)).toEqual(untranslated(report));
    const csv = await runInsightsCli([
      '--endpoint',
      e2e.stack.dynamo.endpoint,
      '--from',
      from,
      '--to',
      to,
      '--csv',
    ]);
    expect(csv.output).toContain(`conversations,total,${report.conversations.total}`);

    // The hourly chore (an EventBridge ScheduledEvent to the agent API) builds the finished days' summaries;
    // the dashboard's figures stay exactly the same.
    const chore = (await (
      await fetch(`${e2e.stack.url}/dev/schedules/insights-summaries/run`, { method: 'POST' })
    ).json()) as { ran: string; result: { days: number; stored: number; built: number } };
    expect(chore).toMatchObject({ ran: 'insights-summaries', result: { days: 3 } });
    expect(chore.result.stored + chore.result.built).toBe(3);
    const again = await fetch(`${e2e.stack.url}/insights?from=${from}&to=${to}`, {
      headers: { authorization: `Bearer ${LOCAL_SECRETS.AGENT_TOKEN}` },
    });
    expect(untranslated(((await again.json()) as { report: InsightsReport }).report)).toEqual(
      untranslated(report),
    );
  }, 120_000);
});
