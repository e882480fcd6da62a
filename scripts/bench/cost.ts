// Cost per conversation and the offline turn's latency, from what the real handlers did on scripted 6-turn
// conversations with the seeded demo shoppers (scripts/bench/conversations.ts, run by cost-harness.ts):
// - every turn goes through the real ingest handler, the real worker handler and the real turn (offline
//   understanding + policy, the LLM responder against the local fake OpenAI server); agents answer
//   handed-off shoppers through the real agent API;
// - LLM tokens: the `usage` the fake server reports for each request it received (estimated from the
//   serialized request: ASCII chars / 4 + 1 per other char, see lib/local/fake-openai.ts);
// - DynamoDB: every store call counted in request units sized from the item JSON (writes ceil(bytes / 1 KB),
//   reads ceil(bytes / 4 KB), halved for the adapters' eventually consistent reads);
// - translated characters: a handed-off conversation's shopper and agent messages, from its real log;
// - which kind a conversation is (offline only / needed the LLM / handed off) comes from the turn results;
// - platforms: the real senders (the outbound registry) talk HTTP to the local platform fakes; their calls,
//   the messages delivered, LINE replies vs pushes and WhatsApp templates are counted where the fakes
//   receive them, and priced at scripts/bench/platform-rates.json (platform-fees.ts, platform-table.ts);
// - Lambda: measured compute of each handler call, the senders' own waits (Telegram's per-chat spacing,
//   counted rather than slept), plus an assumed wait per DynamoDB call, LLM round and platform API call
//   (the local fakes answer in microseconds; AWS and the platforms do not).
// Run alone: `npx tsx scripts/bench/cost.ts` (BENCH_COST_ROUNDS=n, BENCH_COST_VERBOSE=1 to see each turn,
// BENCH_PLATFORM_RATES=<file> for your own platform rates).
import { readFileSync } from 'node:fs';
import { parseMerchantConfig } from '../../functions/core/merchant-config';
import { createFakeOpenAi } from '../../lib/local/fake-openai';
import { ruleBrain } from '../../lib/local/fake-openai-brain';
import { generateDemoData } from '../../lib/local/seed';
import { CONVERSATIONS } from './conversations';
import { type ConversationRun, type Invocation, runConversation } from './cost-harness';
import { loadPlatformRates } from './platform-fees';
import { printPlatformTable } from './platform-table';
import { startBenchPlatforms } from './platforms';
import { percentile } from './stats';

/** Published on-demand prices, USD (us-east-1 unless noted). Override any with BENCH_PRICES='{"…":…}'. */
export const PRICES = {
  // openai.com/api/pricing — gpt-4o-mini
  llmInputPerMTokens: 0.15,
  llmOutputPerMTokens: 0.6,
  // aws.amazon.com/translate/pricing — standard text translation
  translatePerMChars: 15,
  // aws.amazon.com/dynamodb/pricing/on-demand — the pre-Nov-2024 list price, kept as the conservative
  // figure (AWS halved it to $0.625 / $0.125 in Nov 2024)
  dynamoWritePerMUnits: 1.25,
  dynamoReadPerMUnits: 0.25,
  // aws.amazon.com/lambda/pricing — arm64
  lambdaPerGbSecond: 0.0000133334,
  lambdaPerMRequests: 0.2,
  // aws.amazon.com/api-gateway/pricing — HTTP API, first 300 M
  httpApiPerMRequests: 1.0,
  // aws.amazon.com/sqs/pricing — FIFO, per 64 KB request
  sqsFifoPerMRequests: 0.5,
  // aws.amazon.com/cloudwatch/pricing — Logs, standard ingestion
  logsPerGb: 0.5,
};
export type Prices = typeof PRICES;

export const ASSUMPTIONS = {
  ingestMemoryMb: 256,
  workerMemoryMb: 1024,
  agentApiMemoryMb: 256,
  /** Wall time a Lambda waits on one DynamoDB call in AWS (same-region, typical p50). */
  dynamoCallMs: 6,
  /** Wall time a Lambda waits on one chat completion (gpt-4o-mini, a short answer). */
  llmRoundMs: 1200,
  /** Wall time of one platform API call (send, mark-read / typing) from AWS. */
  platformCallMs: 150,
  /** Wall time of one SQS SendMessage. */
  sqsSendMs: 8,
  /** SQS requests per queued message besides the send: receive and delete (event source mapping). */
  sqsRequestsPerMessage: 2,
  /** Lambda's own START / END / REPORT log lines per invocation. */
  lambdaLogBytesPerInvocation: 350,
};

export const TARGET_PER_CONVERSATION = 0.002;
export const AI_AGENT_PER_RESOLUTION = 0.99;
const MIX = { offline: 0.7, llm: 0.25, handoff: 0.05 } as const;
type Kind = keyof typeof MIX;

interface Quantities {
  promptTokens: number;
  completionTokens: number;
  translatedChars: number;
  writeUnits: number;
  readUnits: number;
  lambdaGbSeconds: number;
  lambdaInvocations: number;
  apiRequests: number;
  sqsRequests: number;
  logBytes: number;
}

const MEMORY: Record<Invocation['fn'], number> = {
  ingest: ASSUMPTIONS.ingestMemoryMb,
  worker: ASSUMPTIONS.workerMemoryMb,
  'agent-api': ASSUMPTIONS.agentApiMemoryMb,
};

function billedMs(i: Invocation): number {
  const waits =
    i.dynamoCalls * ASSUMPTIONS.dynamoCallMs +
    i.llmRounds * ASSUMPTIONS.llmRoundMs +
    i.platformCalls * ASSUMPTIONS.platformCallMs +
    i.platformWaitMs +
    i.sqsSends * ASSUMPTIONS.sqsSendMs;
  return Math.ceil(i.computeMs + waits);
}

function quantities(run: ConversationRun): Quantities {
  const sends = run.invocations.reduce((n, i) => n + i.sqsSends, 0);
  return {
    promptTokens: run.promptTokens,
    completionTokens: run.completionTokens,
    translatedChars: run.translatedChars,
    writeUnits: run.writeUnits,
    readUnits: run.readUnits,
    lambdaGbSeconds: run.invocations.reduce((s, i) => s + (billedMs(i) / 1000) * (MEMORY[i.fn] / 1024), 0),
    lambdaInvocations: run.invocations.length,
    // Every ingest and agent API call came in through API Gateway.
    apiRequests: run.invocations.filter((i) => i.fn !== 'worker').length,
    sqsRequests: sends * (1 + ASSUMPTIONS.sqsRequestsPerMessage),
    logBytes: run.logBytes + run.invocations.length * ASSUMPTIONS.lambdaLogBytesPerInvocation,
  };
}

function average(list: Quantities[]): Quantities {
  const out = { ...list[0]! };
  for (const key of Object.keys(out) as (keyof Quantities)[])
    out[key] = list.reduce((s, q) => s + q[key], 0) / list.length;
  return out;
}

function costLines(q: Quantities, p: Prices): [string, number, string][] {
  return [
    ['LLM input tokens', (q.promptTokens / 1e6) * p.llmInputPerMTokens, `${q.promptTokens.toFixed(0)} tok`],
    [
      'LLM output tokens',
      (q.completionTokens / 1e6) * p.llmOutputPerMTokens,
      `${q.completionTokens.toFixed(0)} tok`,
    ],
    [
      'Translate (agent side)',
      (q.translatedChars / 1e6) * p.translatePerMChars,
      `${q.translatedChars.toFixed(0)} chars`,
    ],
    ['DynamoDB writes', (q.writeUnits / 1e6) * p.dynamoWritePerMUnits, `${q.writeUnits.toFixed(1)} WRU`],
    ['DynamoDB reads', (q.readUnits / 1e6) * p.dynamoReadPerMUnits, `${q.readUnits.toFixed(1)} RRU`],
    ['Lambda duration', q.lambdaGbSeconds * p.lambdaPerGbSecond, `${q.lambdaGbSeconds.toFixed(3)} GB-s`],
    [
      'Lambda requests',
      (q.lambdaInvocations / 1e6) * p.lambdaPerMRequests,
      `${q.lambdaInvocations.toFixed(1)} inv`,
    ],
    [
      'API Gateway (HTTP API)',
      (q.apiRequests / 1e6) * p.httpApiPerMRequests,
      `${q.apiRequests.toFixed(1)} req`,
    ],
    ['SQS FIFO', (q.sqsRequests / 1e6) * p.sqsFifoPerMRequests, `${q.sqsRequests.toFixed(1)} req`],
    ['CloudWatch Logs', (q.logBytes / 2 ** 30) * p.logsPerGb, `${(q.logBytes / 1024).toFixed(1)} KB`],
  ];
}

const sum = (lines: [string, number, string][]) => lines.reduce((s, [, cost]) => s + cost, 0);
const usd = (n: number) => `$${n.toFixed(6)}`;
const ms = (n: number) => `${n.toFixed(2)} ms`;
/** One letter per turn: O offline, L LLM, H handed off, h with a person, - other. */
const pathOf = (run: ConversationRun) =>
  run.turns
    .map((t) => (t.handoff ? 'H' : t.log.action === 'human_mode' ? 'h' : t.log.source === 'llm' ? 'L' : 'O'))
    .join('');

export interface CostOptions {
  prices?: Partial<Prices>;
  /** Passes over all scripted conversations; the first warms up (model load) and is not measured. */
  rounds?: number;
  verbose?: boolean;
}

/** Runs every scripted conversation `rounds` times; returns the measured runs (warm-up excluded) and the cold first turn. */
export async function runCostMix(rounds: number): Promise<{ runs: ConversationRun[]; coldTurnMs: number }> {
  const merchant = parseMerchantConfig(
    JSON.parse(readFileSync(new URL('../../crossdesk.config.json', import.meta.url), 'utf8')),
  );
  const data = generateDemoData(Date.now());
  const fake = await createFakeOpenAi({ brain: ruleBrain });
  const platforms = await startBenchPlatforms();
  const runs: ConversationRun[] = [];
  let coldTurnMs = Number.NaN;
  try {
    for (let round = 0; round < rounds + 1; round++) {
      for (const script of CONVERSATIONS) {
        const run = await runConversation(script, { merchant, data, fake, platforms });
        if (round === 0) coldTurnMs = Number.isNaN(coldTurnMs) ? (run.turns[0]?.turnMs ?? 0) : coldTurnMs;
        else runs.push(run);
      }
    }
  } finally {
    await Promise.all([fake.close(), platforms.close()]);
  }
  return { runs, coldTurnMs };
}

/** Runs the mix and prints latency, the per-line breakdown and per-kind costs; returns the total per conversation. */
export async function benchCost(options: CostOptions = {}): Promise<number> {
  const fromEnv = process.env.BENCH_PRICES ? (JSON.parse(process.env.BENCH_PRICES) as Partial<Prices>) : {};
  const prices: Prices = { ...PRICES, ...fromEnv, ...options.prices };
  const rounds = options.rounds ?? Number(process.env.BENCH_COST_ROUNDS ?? 5);
  const verbose = options.verbose ?? process.env.BENCH_COST_VERBOSE === '1';
  const { runs, coldTurnMs } = await runCostMix(rounds);
  const firstPass = runs.slice(0, CONVERSATIONS.length);

  console.log(
    `${CONVERSATIONS.length} scripted 6-turn conversations × ${rounds} rounds (+1 warm-up) through the real ingest, worker, turn and agent API`,
  );
  console.log('  path per turn: O offline · L LLM · H handed off · h with a person');
  for (const run of firstPass) {
    const q = quantities(run);
    const note = run.kind === run.script.intended ? '' : `  (meant as ${run.script.intended})`;
    console.log(
      `  ${run.kind.padEnd(7)} ${pathOf(run)} ${run.script.channel.padEnd(8)} ${(run.turns.at(-1)?.log.language ?? '').padEnd(7)} ${usd(sum(costLines(q, prices)))}` +
        `  ${run.promptTokens}+${run.completionTokens} tok in ${run.llmRounds} rounds, ${run.writeUnits} WRU / ${run.readUnits} RRU` +
        ` (${run.dynamoCalls} calls), ${run.translatedChars} chars translated${note}`,
    );
    if (verbose) {
      for (const t of run.turns) {
        console.log(
          `      > ${t.text}\n        [${t.log.source ?? '-'} ${t.log.intent ?? '-'} ${t.log.confidence?.toFixed(2) ?? ''} ${t.log.action} ${t.log.reason ?? ''} ${t.log.tools.join(',')}] ${t.replies.join(' | ').slice(0, 160)}`,
        );
      }
    }
  }

  // The human side's translation (AWS adapter → fake Translate, behind the cache), per handed-off conversation.
  const handedOff = runs.filter((r) => r.kind === 'handoff');
  if (handedOff.length > 0) {
    const hits = handedOff.reduce((n, r) => n + r.translateHits, 0);
    const lookups = hits + handedOff.reduce((n, r) => n + r.translateMisses, 0);
    const chars = handedOff.reduce((n, r) => n + r.translatedChars, 0) / handedOff.length;
    console.log(
      `\ntranslation for the agent (${handedOff.length} handed-off conversations): ${chars.toFixed(0)} characters sent to Translate per conversation; ` +
        `translation cache hit rate ${lookups ? ((100 * hits) / lookups).toFixed(1) : '0.0'} % of ${lookups} lookups`,
    );
  }

  // Latency of the offline path: every turn answered without the LLM and not in a person's hands.
  const offline = runs
    .flatMap((r) => r.turns)
    .filter((t) => t.log.source !== 'llm' && t.log.action !== 'human_mode');
  const turnMs = offline.map((t) => t.turnMs).sort((a, b) => a - b);
  const workerMs = offline.map((t) => t.workerMs).sort((a, b) => a - b);
  console.log(
    `\noffline turn latency (${turnMs.length} turns, in process, memory stores): the turn p50 ${ms(percentile(turnMs, 50))}, p99 ${ms(percentile(turnMs, 99))}; ` +
      `the worker handler call p50 ${ms(percentile(workerMs, 50))}, p99 ${ms(percentile(workerMs, 99))}; first turn of a cold process ${ms(coldTurnMs)}`,
  );

  const byKind = new Map<Kind, Quantities[]>();
  for (const run of runs) byKind.set(run.kind, [...(byKind.get(run.kind) ?? []), quantities(run)]);
  const missing = (Object.keys(MIX) as Kind[]).filter((k) => !byKind.has(k));
  if (missing.length > 0) throw new Error(`no scripted conversation ended up as: ${missing.join(', ')}`);
  const perKind = new Map((Object.keys(MIX) as Kind[]).map((k) => [k, average(byKind.get(k)!)]));

  console.log('\nPer kind (average conversation of that kind):');
  for (const [kind, q] of perKind) {
    const count = byKind.get(kind)!.length / rounds;
    console.log(
      `  ${kind.padEnd(8)} ${(MIX[kind] * 100).toFixed(0).padStart(2)}% of the mix  ${usd(sum(costLines(q, prices)))}  (${count} scripted)`,
    );
  }
  const mixed = { ...perKind.get('offline')! };
  for (const key of Object.keys(mixed) as (keyof Quantities)[])
    mixed[key] = [...perKind].reduce((s, [kind, q]) => s + MIX[kind] * q[key], 0);
  console.log('\nPer conversation (weighted mix 70% offline · 25% LLM · 5% handed off):');
  const lines = costLines(mixed, prices);
  for (const [name, cost, quantity] of lines)
    console.log(`  ${name.padEnd(24)} ${usd(cost)}   (${quantity})`);
  const total = sum(lines);
  console.log(`  ${'TOTAL'.padEnd(24)} ${usd(total)}`);
  console.log(
    `cost per conversation: ${usd(total)} (target ≤ $${TARGET_PER_CONVERSATION}: ${total <= TARGET_PER_CONVERSATION ? 'met' : 'NOT met'}; ` +
      `a per-resolution AI agent at ~$${AI_AGENT_PER_RESOLUTION} is ${Math.round(AI_AGENT_PER_RESOLUTION / total)}× more)`,
  );
  console.log(
    `assumed waits in AWS: ${ASSUMPTIONS.dynamoCallMs} ms per DynamoDB call, ${ASSUMPTIONS.llmRoundMs} ms per LLM round, ` +
      `${ASSUMPTIONS.platformCallMs} ms per platform API call, ${ASSUMPTIONS.sqsSendMs} ms per SQS send; memory ingest ` +
      `${ASSUMPTIONS.ingestMemoryMb} MB, worker ${ASSUMPTIONS.workerMemoryMb} MB, agent API ${ASSUMPTIONS.agentApiMemoryMb} MB`,
  );
  printPlatformTable(
    runs,
    loadPlatformRates(),
    (run) => sum(costLines(quantities(run), prices)),
    process.env.BENCH_PLATFORM_RATES ?? 'scripts/bench/platform-rates.json',
  );
  return total;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCost();
