// `npm run bench -- insights`: what insights cost.
//   recording   one worker turn's events (turnInsights → one BatchWriteItem) and the alert counters, against
//               dynalite: ms per turn and DynamoDB writes per turn, for a multilingual mix of messages;
//   dashboard   the report over 100,000 conversations (≈ 600,000 events from the demo generator): the pure
//               aggregation (what `GET /insights`, the dashboard and the CLI all run), and reading events
//               back from dynalite, measured on a slice and extrapolated (dynalite is far slower than
//               DynamoDB; past a few months of a busy shop use the Athena path, docs/insights.md).
import { pathToFileURL } from 'node:url';
import type { TurnResult } from '../../functions/core/turn-types';
import type { Conversation, InboundMessage, Language } from '../../functions/core/types';
import { createInsightAlerts } from '../../functions/insights/alerts';
import { turnInsights } from '../../functions/insights/events';
import { buildInsightsReport } from '../../functions/insights/report';
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
  readSlice: { conversations: number; events: number; ms: number };
  readExtrapolatedS: number;
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

    const all = demoInsightEvents({ conversations, now });
    const from = new Date(now.getTime() - 30 * 86_400_000);
    buildInsightsReport(all.slice(0, 1000), { from, to: now, timezone: 'Europe/Madrid' }); // warm-up
    const aggStarted = performance.now();
    const report = buildInsightsReport(all, { from, to: now, timezone: 'Europe/Madrid' });
    const aggregateMs = performance.now() - aggStarted;
    if (report.conversations.total < conversations * 0.99)
      throw new Error('the bench report lost conversations');

    const sliceConversations = 2_000;
    const slice = demoInsightEvents({ conversations: sliceConversations, now, seed: 7 });
    await log.record(slice);
    const readStarted = performance.now();
    const read = await log.list({ from, to: now });
    const readMs = performance.now() - readStarted;
    return {
      turns,
      msPerTurn,
      writesPerTurn,
      eventsPerTurn: events / turns,
      conversations,
      events: all.length,
      aggregateMs,
      readSlice: { conversations: sliceConversations, events: read.length, ms: readMs },
      readExtrapolatedS: ((readMs / read.length) * all.length) / 1000,
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
  console.log(
    `insights dashboard over ${r.conversations.toLocaleString('en')} conversations (${r.events.toLocaleString('en')} events)`,
  );
  console.log(`  report built in ${r.aggregateMs.toFixed(0)} ms (pure aggregation, target ≤ 2,000 ms)`);
  console.log(
    `  reading events from dynalite: ${r.readSlice.events.toLocaleString('en')} events in ${r.readSlice.ms.toFixed(0)} ms → ~${r.readExtrapolatedS.toFixed(0)} s for all (dynalite; DynamoDB pages 1 MB per query, 4 shards × days in parallel)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await printInsightsBench(process.argv[2] ? Number(process.argv[2]) : undefined);
}
