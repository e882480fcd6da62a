// GET /insights on the agent API: agents only (401), clear 400s for bad filters, the report as JSON or
// CSV, and the dashboard page with its Chart.js bundle served from the API itself.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, ScheduledEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import type { ChannelOutbound } from '../../../functions/core/ports';
import { createAgentApiHandler } from '../../../functions/handlers/agent-api';
import { costRates, DEFAULT_COST_RATES } from '../../../functions/insights/report-parts';
import { logId } from '../../../functions/log-id';
import { createMemoryStores } from '../../../functions/stores/memory';
import { createMemoryInsightsLog } from '../../../functions/stores/memory-insights';
import { merchant } from '../tools/fixtures';

const TOKEN = 'insights-token';
const NOW = new Date('2026-12-07T12:00:00.000Z');

function event(
  rawPath: string,
  query?: Record<string, string>,
  token: string | null = TOKEN,
  method = 'GET',
) {
  return {
    rawPath,
    requestContext: { http: { method } },
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(query ? { queryStringParameters: query } : {}),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

async function setup(now = () => NOW, shop = merchant) {
  const stores = createMemoryStores();
  const log = createMemoryInsightsLog({ now: () => NOW.getTime() });
  await log.record([
    {
      id: 'm1',
      at: '2026-12-06T09:00:00.000Z',
      conversation: logId('whatsapp:1:2'),
      channel: 'whatsapp',
      language: 'es',
      kind: 'message',
      intent: 'track_order',
      sentiment: 0.1,
      defects: [],
    },
    {
      id: 'r1',
      at: '2026-12-06T09:00:01.000Z',
      conversation: logId('whatsapp:1:2'),
      channel: 'whatsapp',
      language: 'es',
      kind: 'reply',
      action: 'answer',
      responseMs: 900,
      cost: { messages: 1 },
    },
  ]);
  const channel = {} as ChannelOutbound;
  const handle = createAgentApiHandler({
    ...stores,
    channelFor: () => channel,
    merchant: shop,
    auth: { mode: 'token', token: TOKEN },
    console: { auth: 'token' },
    insights: { log, conversationKey: logId },
    now,
  });
  const call = async (e: APIGatewayProxyEventV2) => (await handle(e)) as APIGatewayProxyStructuredResultV2;
  return Object.assign(call, { handle, log });
}

const body = (r: APIGatewayProxyStructuredResultV2) => JSON.parse(String(r.body));

describe('GET /insights', () => {
  it('answers agents only', async () => {
    const call = await setup();
    expect((await call(event('/insights', undefined, null))).statusCode).toBe(401);
    expect((await call(event('/insights', undefined, 'wrong'))).statusCode).toBe(401);
    expect((await call(event('/insights', undefined, TOKEN, 'POST'))).statusCode).toBe(405);
  });

  it.each([
    [{ from: 'yesterday' }, /from/],
    [{ from: '2026-12-05', to: '2026-12-01' }, /before/],
    [{ from: '2024-01-01', to: '2026-12-01' }, /at most 400 days/],
    [{ channel: 'sms' }, /channel/],
    [{ language: 'xx' }, /language/],
    [{ format: 'xml' }, /format/],
  ])('refuses %o with a 400', async (query, message) => {
    const call = await setup();
    const r = await call(event('/insights', query as Record<string, string>));
    expect(r.statusCode).toBe(400);
    expect(body(r).error).toMatch(message);
  });

  it('returns the report for the range, also under /agent/insights and as CSV', async () => {
    const call = await setup();
    const r = await call(event('/insights', { from: '2026-12-01', to: '2026-12-08' }));
    expect(r.statusCode).toBe(200);
    expect(body(r).report.conversations).toMatchObject({ total: 1, resolved: { bot: 1 } });
    const agent = await call(
      event('/agent/insights', { from: '2026-12-01', to: '2026-12-08', channel: 'line' }),
    );
    expect(body(agent).report.conversations.total).toBe(0);
    const csv = await call(event('/insights', { from: '2026-12-01', to: '2026-12-08', format: 'csv' }));
    expect(csv.headers?.['content-type']).toMatch(/text\/csv/);
    expect(String(csv.body)).toContain('conversations,total,1');
  });

  it('prices conversations with the merchant’s own rates (insightsCosts), the rest at the defaults', async () => {
    const shop = parseMerchantConfig({
      brandName: 'Lumen & Loom',
      insightsCosts: {
        aiAgentPerResolution: 2,
        llmPerMTokens: 1.2,
        proactivePerMessage: { whatsapp: 0.0248 },
      },
    });
    const call = await setup(() => NOW, shop);
    const { cost } = body(await call(event('/insights', { from: '2026-12-01', to: '2026-12-08' }))).report;
    expect(cost.aiAgentPerResolution).toBe(2);
    expect(cost.aiAgentTotal).toBe(2);
    expect(() =>
      parseMerchantConfig({ brandName: 'x', insightsCosts: { aiAgentPerResolution: -1 } }),
    ).toThrow();
    expect(() => parseMerchantConfig({ brandName: 'x', insightsCosts: { perResolution: 1 } })).toThrow();
    expect(costRates({ proactivePerMessage: { whatsapp: 0.0248 } }).proactivePerMessage).toEqual({
      ...DEFAULT_COST_RATES.proactivePerMessage,
      whatsapp: 0.0248,
    });
  });

  it('serves the dashboard shell and the chart bundle without credentials', async () => {
    const call = await setup();
    const page = await call(event('/console/insights', undefined, null));
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['content-security-policy']).toMatch(/script-src 'sha256-[^']+' 'self'/);
    expect(String(page.body)).toContain('/console/insights/chart.js');
    const script = await call(event('/console/insights/chart.js', undefined, null));
    expect(script.statusCode).toBe(200);
    expect(String(script.body)).toMatch(/Chart/);
  });
});

describe('the hourly insights chore (EventBridge → the agent API)', () => {
  it('builds and keeps the last finished days’ summaries, which the next report reads', async () => {
    // An hour after the events were written (a late write voids summaries built within its head start).
    const later = new Date(NOW.getTime() + 3_600_000);
    const call = await setup(() => later);
    const stats = await call.handle({
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      time: later.toISOString(),
    } as unknown as ScheduledEvent);
    expect(stats).toMatchObject({ days: 3, built: 3, stored: 0 });
    const days = ['2026-12-04', '2026-12-05', '2026-12-06'];
    expect((await call.log.summaries.read(days)).size).toBe(3);
    const again = await call.handle({ 'detail-type': 'Scheduled Event' } as unknown as ScheduledEvent);
    expect(again).toMatchObject({ stored: 3, built: 0 });
    const r = await call(event('/insights', { from: '2026-12-04', to: '2026-12-07' }));
    expect(body(r).report.conversations).toMatchObject({ total: 1, resolved: { bot: 1 } });
  });
});
