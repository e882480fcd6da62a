// `npm run bench -- insights`: what insights cost.
//   recording   one worker turn's events (turnInsights → one BatchWriteItem) and the alert counters, against
//               dynalite: ms per turn and DynamoDB writes per turn, for a multilingual mix of messages;
//   dashboard   the default 30-day report over 100,000 conversations (≈ 450,000 events from the demo
//               generator), end to end as `GET /insights` runs it against dynalite: the finished days' stored
//               summaries and today's events read, then the report built; checked against the report over
//               every raw event. And what the scheduled job pays to build one day's summary from its events.
import { pathToFileURL } from 'node:url';
import type { TurnResult } from '../../functions/core/turn-types';
import type { Conversation, InboundMessage, Language } from '../../functions/core/types';
import { createInsightAlerts } from '../../functions/insights/alerts';
import { turnInsights } from '../../functions/insights/events';
import { readSummaries } from '../../functions/insights/read-summaries';
import { buildInsightsReport, buildReportFromSummaries } from '../../functions/insights/report';
import { encodeSummary, summarizeDay, summarizeEvents } from '../../functions/insights/summary';
import { logId } from '../../functions/log-id';
import { createDynamoStores } from '../../functions/stores/dynamo/index';
import { createDynamoInsightsLog } from '../../functions/stores/dynamo/insights';
import { documentClient } from '../../functions/stores/dynamo/shared';
import { startDynalite } from '../../lib/local/dynalite';
import { demoInsightEvents } from '../../lib/local/insights-demo';

const TEXTS: [Language, string][] = [
  ['en', 'where is my order 48213?'],
  ['es', '¿Dónde está mi pedido? Llevo dos semanas esperando'],
  ['ja', '注文した商品はいつ届きますか？'],
  ['de', 'Das T-Shirt ist nach einer Wäsche total verblasst'],
  ['pt-BR', 'a cor desbotou na primeira lavagem 😡'],
  ['th', 'สินค้าของฉันอยู่ที่ไหน'],
];

export interface InsightsBenchResult {
  turns: number;
  msPerTurn: number;
  writesPerTurn: number;
  eventsPerTurn: number;
  conversations: number;
  events: number;
  aggregateMs: number;
  dashboard: {
    readMs: number;
    buildMs: number;
    storedDays: number;
    eventDays: number;
    eventsRead: number;
    summaryKB: number;
    matchesEvents: boolean;
  };
  job: { events: number; ms: number };
}

export async function runInsightsBench(conversations = 100_000, turns = 300): Promise<InsightsBenchResult> {
  const tableName = 'crossdesk-bench';
  const dynamo = await startDynalite({ tableName });
  try {
    let writes = 0;
    dynamo.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (/^(BatchWrite|Put|Update)/.test(context.commandName ?? '')) writes++;
        return next(args);
      },
      { step: 'initialize', name: 'benchWriteCounter' },
    );
    const doc = documentClient(dynamo.client);
    const log = createDynamoInsightsLog({ doc, tableName });
    const stores = createDynamoStores({ tableName, client: dynamo.client });
    const alerts = createInsightAlerts({ counters: stores.counters, alert: async () => undefined });
    const now = new Date();
    let events = 0;
    const started = performance.now();
    for (let i = 0; i < turns; i++) {
      const [language, text] = TEXTS[i % TEXTS.length]!;
      const message: InboundMessage = {
        eventId: `bench:${i}`,
        conversationId: `whatsapp:1:${1000 + (i % 50)}`,
        channel: 'whatsapp',
        sender: { id: String(i) },
        kind: 'text',
        text,
        receivedAt: now.toISOString(),
        raw: {},
      };
      const after = {
        id: message.conversationId,
        channel: 'whatsapp',
        mode: 'bot',
        focusOrderId: '48213',
      } as Conversation;
      const result = {
        conversation: after,
        replies: [{ text: 'ok' }],
        log: {
          kind: 'text',
          intent: 'track_order',
          confidence: 0.9,
          action: 'answer',
          tools: [],
          steps: [],
          language,
        },
      } as unknown as TurnResult;
      const turnEvents = await turnInsights({
        message,
        before: undefined,
        after,
        result,
        sentAt: new Date(),
        conversation: logId(message.conversationId),
        order: async () => ({ lines: [{ productId: 'P-COTTON-TEE' }] as never }),
      });
      events += turnEvents.length;
      await log.record(turnEvents);
      await alerts.observe(turnEvents.filter((e) => e.kind === 'message'));
    }
    const msPerTurn = (performance.now() - started) / turns;
    const writesPerTurn = writes / turns;

    // The dashboard's default range (the 30 days up to now) over 100,000 conversations of the four weeks
    // before today, plus today's share so far. What `GET /insights` reads is what is measured: a stored
    // summary for each finished day (written here the way the scheduled job writes them, from the same
    // events) and today's events themselves, from dynalite.
    const from = new Date(now.getTime() - 30 * 86_400_000);
    const history = demoInsightEvents({ conversations, now });
    const tomorrow = new Date(now.getTime() + 86_400_000);
    const today = demoInsightEvents({
      conversations: Math.round(conversations / 28),
      now: tomorrow,
      days: 1,
      seed: 9,
    })
      .filter((e) => e.at < now.toISOString())
      .map((e) => ({ ...e, conversation: `${e.conversation}t` }));
    const summaryLog = createDynamoInsightsLog({ doc, tableName, now: () => now.getTime() });
    let summaryBytes = 0;
    // A conversation of last night may run past midnight: its events of today are today's events.
    const todayStart = new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000).toISOString();
    const finished = history.filter((e) => e.at < todayStart);
    today.push(...history.filter((e) => e.at >= todayStart && e.at < now.toISOString()));
    const summarized = summarizeEvents(finished);
    for (const summary of summarized) {
      const bytes = encodeSummary(summary);
      summaryBytes += bytes.byteLength;
      await summaryLog.summaries!.write(summary.day, bytes, now.getTime(), { keepsText: true });
    }
    await summaryLog.record(today);

    const all = [...finished, ...today].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    const options = { from, to: now, timezone: 'Europe/Madrid' };
    buildInsightsReport(all.slice(0, 1000), options); // warm-up
    const aggStarted = performance.now();
    const fromEvents = buildInsightsReport(all, options);
    const aggregateMs = performance.now() - aggStarted;

    const readStarted = performance.now();
    const { summaries, stats } = await readSummaries(
      summaryLog,
      { from, to: now },
      { clock: () => now.getTime() },
    );
    const readMs = performance.now() - readStarted;
    const buildStarted = performance.now();
    const report = buildReportFromSummaries(summaries, options);
    const buildMs = performance.now() - buildStarted;
    if (report.conversations.total < conversations * 0.99)
      throw new Error('the bench report lost conversations');
    const same =
      JSON.stringify(report.conversations) === JSON.stringify(fromEvents.conversations) &&
      JSON.stringify(report.volume) === JSON.stringify(fromEvents.volume) &&
      JSON.stringify(report.products) === JSON.stringify(fromEvents.products) &&
      JSON.stringify(report.timings) === JSON.stringify(fromEvents.timings);

    // The scheduled job's cost: one day's summary built from its events in dynalite (today's, here).
    const jobStarted = performance.now();
    const todayEvents = await summaryLog.list({
      from: new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000),
      to: now,
    });
    summarizeDay(now.toISOString().slice(0, 10), todayEvents);
    const jobMs = performance.now() - jobStarted;
    return {
      turns,
      msPerTurn,
      writesPerTurn,
      eventsPerTurn: events / turns,
      conversations: report.conversations.total,
      events: all.length,
      aggregateMs,
      dashboard: {
        readMs,
        buildMs,
        storedDays: stats.stored,
        eventDays: stats.partial + stats.built,
        eventsRead: stats.events,
        summaryKB: summaryBytes / 1024 / Math.max(1, summarized.length),
        matchesEvents: same,
      },
      job: { events: todayEvents.length, ms: jobMs },
    };
  } finally {
    await dynamo.stop();
  }
}

export async function printInsightsBench(conversations?: number): Promise<void> {
  const r = await runInsightsBench(conversations);
  console.log(
    `insights recording: ${r.turns} worker turns into dynalite (six languages, half of them defect complaints)`,
  );
  console.log(
    `  ${r.msPerTurn.toFixed(2)} ms per turn, ${r.eventsPerTurn.toFixed(1)} events in ${r.writesPerTurn.toFixed(2)} DynamoDB writes per turn (1 BatchWriteItem + alert counters on complaints and angry messages)`,
  );
  const d = r.dashboard;
  console.log(
    `insights dashboard over ${r.conversations.toLocaleString('en')} conversations (${r.events.toLocaleString('en')} events), the default 30-day range`,
  );
  console.log(
    `  end to end ${(d.readMs + d.buildMs).toFixed(0)} ms (target ≤ 2,000 ms): read ${d.readMs.toFixed(0)} ms (${d.storedDays} stored day summaries of ~${d.summaryKB.toFixed(0)} KB, ${d.eventDays} days from ${d.eventsRead.toLocaleString('en')} events) + report ${d.buildMs.toFixed(0)} ms`,
  );
  console.log(
    `  same figures as the report over every raw event (${r.aggregateMs.toFixed(0)} ms in memory, without reading them): ${d.matchesEvents ? 'yes' : 'NO'}`,
  );
  console.log(
    `  the scheduled job builds a finished day's summary from its events: ${r.job.events.toLocaleString('en')} events read from dynalite and folded in ${r.job.ms.toFixed(0)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await printInsightsBench(process.argv[2] ? Number(process.argv[2]) : undefined);
}
