// Runs one scripted conversation through the real handlers, in process, and counts what each step did:
// signed platform webhooks → the real ingest handler (verify, parse, claim, persist, enqueue) → the queued
// body as an SQS record → the real worker handler (conversation get/save, log appends, reply claims, the
// real turn with the offline understanding + policy and the LLM responder pointed at the fake OpenAI
// server) → the real senders against the platform fakes (platforms.ts); handed-off turns are answered by an
// agent through the real agent API. Stores are the in-memory twins wrapped to count DynamoDB-equivalent
// request units; platform calls and messages are counted where the fakes receive them.
import { TranslateClient } from '@aws-sdk/client-translate';
import OpenAI from 'openai';
import { inboundChannels } from '../../functions/channels/registry';
import type { MerchantConfig } from '../../functions/core/merchant-config';
import type { TurnQueue } from '../../functions/core/ports';
import { createTurn, type TurnResult } from '../../functions/core/turn';
import type { QueuedTurn } from '../../functions/core/types';
import { createAgentApiHandler } from '../../functions/handlers/agent-api';
import { createWebhookHandler } from '../../functions/handlers/webhook';
import { createWorkerHandler } from '../../functions/handlers/worker';
import { offlineTurnDeps } from '../../functions/handlers/worker-wiring';
import { createAwsTranslator } from '../../functions/services/translators/aws-translate';
import { createCachedTranslator } from '../../functions/services/translators/cached';
import { createMemoryStores } from '../../functions/stores/memory';
import { toolSet, tools } from '../../functions/tools/index';
import { createLlmResponder } from '../../functions/understanding/llm';
import { localSecrets } from '../../lib/local/defaults';
import type { FakeOpenAi } from '../../lib/local/fake-openai';
import { createLambdaContext } from '../../lib/local/lambda-context';
import { DEMO_SHOPPERS, demoSimulatorShoppers } from '../../lib/local/seed';
import type { DemoData } from '../../lib/local/seed-data/generate';
import { signedWebhook } from '../../lib/local/simulator/webhook-builders';
import type { ScriptedConversation } from './conversations';
import { apiEvent, countingLogger, countingStores, logLine, sqsEvent, type Tally } from './counting';
import { type BenchPlatforms, emptyTally, type PlatformTally, startBenchPlatforms } from './platforms';
import { shopperWebhook } from './shopper-webhook';

// The bench's agent signs in like a local agent: a bearer token, a name.
const BENCH_AGENT_TOKEN = 'bench-agent-token';
// As the console sends them (the agent API takes JSON bodies only).
const AGENT_HEADERS = {
  authorization: `Bearer ${BENCH_AGENT_TOKEN}`,
  'x-agent-name': 'Bench agent',
  'content-type': 'application/json',
};

/** Per-invocation counts; Lambda GB-seconds are priced from these in cost.ts. */
export interface Invocation {
  fn: 'ingest' | 'worker' | 'agent-api';
  computeMs: number;
  dynamoCalls: number;
  llmRounds: number;
  platformCalls: number;
  /** What the senders waited in this call (Telegram's per-chat spacing): billed, counted not slept. */
  platformWaitMs: number;
  sqsSends: number;
}

export interface TurnRecord {
  text: string;
  log: TurnResult['log'];
  replies: string[];
  handoff?: string;
  /** The real turn alone (createTurn's function). */
  turnMs: number;
  /** The worker handler call for this record: store calls, turn, reply claims, sends. */
  workerMs: number;
}

export interface ConversationRun {
  script: ScriptedConversation;
  /** What the turns actually did: handed off > needed the LLM > offline only. */
  kind: 'offline' | 'llm' | 'handoff';
  turns: TurnRecord[];
  invocations: Invocation[];
  readUnits: number;
  writeUnits: number;
  dynamoCalls: number;
  promptTokens: number;
  completionTokens: number;
  llmRounds: number;
  llmTurns: number;
  /**
   * Characters sent to Translate (the fake AWS endpoint, through the real SDK) for the agent: the transcript
   * into the agent's language and the agent's replies into the shopper's. Cache hits cost nothing.
   */
  translatedChars: number;
  /** Translation cache lookups that were served from the cache / went to Translate. */
  translateHits: number;
  translateMisses: number;
  /** Bytes the handlers logged (what CloudWatch Logs would ingest, before Lambda's own lines). */
  logBytes: number;
  /** What reached the platforms: messages, LINE replies vs pushes, WhatsApp templates, calls. */
  platform: PlatformTally;
}

export interface HarnessOptions {
  merchant: MerchantConfig;
  data: DemoData;
  fake: FakeOpenAi;
  /** The platform fakes the real senders talk to; started (and stopped) for this one run when absent. */
  platforms?: BenchPlatforms;
}

/** Runs one scripted conversation end to end on fresh stores and returns what was counted. */
export async function runConversation(
  script: ScriptedConversation,
  options: HarnessOptions,
): Promise<ConversationRun> {
  if (options.platforms) return runOnPlatforms(script, options, options.platforms);
  const platforms = await startBenchPlatforms();
  try {
    return await runOnPlatforms(script, options, platforms);
  } finally {
    await platforms.close();
  }
}

async function runOnPlatforms(
  script: ScriptedConversation,
  options: HarnessOptions,
  platforms: BenchPlatforms,
): Promise<ConversationRun> {
  const secrets = localSecrets({});
  const shopper = DEMO_SHOPPERS.find((s) => s.key === script.shopper);
  const ids = demoSimulatorShoppers().find((s) => s.id === script.shopper);
  if (!shopper || !ids) throw new Error(`unknown demo shopper ${script.shopper}`);

  const tally: Tally = { readUnits: 0, writeUnits: 0, dynamoCalls: 0 };
  const raw = createMemoryStores();
  const stores = countingStores(raw, tally);
  // The merchant's catalog and orders exist before any conversation: not part of its cost.
  for (const p of options.data.products) await raw.orders.putProduct(p);
  for (const o of options.data.orders) await raw.orders.putOrder(o);
  for (const s of options.data.shipments) await raw.orders.putShipment(s);

  const logs = { bytes: 0 };
  const logger = countingLogger(logs);
  const platform = emptyTally();
  const sendLogger = {
    info: logLine(logs, 'INFO'),
    warn: logLine(logs, 'WARN'),
    error: logLine(logs, 'ERROR'),
  };
  const senders = platforms.senders(options.merchant, sendLogger, platform);
  const channelFor = senders.channelFor;
  // The agent's senders are the agent API Lambda's own, on a clock that can run late (a next-day answer).
  const agentSenders = platforms.senders(options.merchant, sendLogger, platform);
  const untrack = platforms.track(platform);
  const queued: { groupId: string; dedupId: string; body: string }[] = [];
  const queue: TurnQueue = {
    async enqueue(groupId, dedupId, body) {
      queued.push({ groupId, dedupId, body });
    },
  };
  const ingest = createWebhookHandler({
    channels: inboundChannels(secrets),
    claims: stores.claims,
    messages: stores.messages,
    statuses: stores.statuses,
    queue,
    logger: {
      debug: () => {},
      info: logLine(logs, 'INFO'),
      warn: logLine(logs, 'WARN'),
      error: logLine(logs, 'ERROR'),
    },
  });

  const llm = createLlmResponder({
    client: new OpenAI({ apiKey: 'local-bench', baseURL: options.fake.baseURL, maxRetries: 0 }),
    model: 'gpt-4o-mini',
    tools,
    merchant: options.merchant,
  });
  const turnFn = createTurn({
    merchant: options.merchant,
    orders: stores.orders,
    cases: stores.cases,
    tools: toolSet,
    ...offlineTurnDeps(true),
    llm,
  });
  let lastTurn: { result: TurnResult; ms: number } | undefined;
  const worker = createWorkerHandler({
    conversations: stores.conversations,
    messages: stores.messages,
    claims: stores.claims,
    cases: stores.cases,
    channelFor,
    logger,
    async runTurn(input) {
      const started = performance.now();
      const result = await turnFn(input);
      lastTurn = { result, ms: performance.now() - started };
      return result;
    },
  });
  // The agent API's translator as deployed (TRANSLATOR=aws): the AWS adapter through the real SDK client,
  // over HTTP to the fake Translate endpoint, behind the DynamoDB-shaped translation cache.
  const translator = createCachedTranslator(
    createAwsTranslator({
      client: new TranslateClient({
        region: 'us-east-1',
        endpoint: `${platforms.origin}/fake/translate`,
        credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
      }),
    }),
    stores.translations,
    { namespace: 'bench' },
  );
  const agentApi = createAgentApiHandler({
    conversations: stores.conversations,
    messages: stores.messages,
    orders: stores.orders,
    merchant: options.merchant,
    translator,
    auth: { mode: 'token', token: BENCH_AGENT_TOKEN },
    channelFor: (name) => agentSenders.channelFor(name),
  });

  const invocations: Invocation[] = [];
  const tokensBefore = { ...options.fake.totals };
  /** Runs one handler call and records what it cost. */
  async function invoke<T>(fn: Invocation['fn'], call: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const before = {
      calls: tally.dynamoCalls,
      llm: options.fake.totals.requests,
      platform: platforms.requestCount(),
      wait: platform.waitMs,
    };
    const sends = queued.length;
    const started = performance.now();
    const value = await call();
    const ms = performance.now() - started;
    invocations.push({
      fn,
      computeMs: ms,
      dynamoCalls: tally.dynamoCalls - before.calls,
      llmRounds: options.fake.totals.requests - before.llm,
      platformCalls: platforms.requestCount() - before.platform,
      platformWaitMs: platform.waitMs - before.wait,
      sqsSends: queued.length - sends,
    });
    return { value, ms };
  }

  const turns: TurnRecord[] = [];
  let conversationId: string | undefined;
  let agentOpened = false;
  // Counting stops with the last turn, also when a turn throws (the fakes are shared between runs).
  try {
    for (const [index, turn] of script.turns.entries()) {
      senders.nextTurn();
      const to =
        script.channel === 'whatsapp' ? shopper.phone : script.channel === 'line' ? ids.line : ids.telegram;
      const payload = shopperWebhook(
        script.channel,
        { to, text: turn.text, name: shopper.name, languageCode: shopper.language.toLowerCase() },
        secrets,
      );
      const { body, headers } = signedWebhook(script.channel, payload, secrets);
      const context = createLambdaContext({ functionName: 'ingest' });
      const path = `/webhooks/${script.channel}`;
      const { value: response } = await invoke('ingest', () =>
        ingest(apiEvent('POST', path, body, headers), context),
      );
      if (response.statusCode !== 200)
        throw new Error(`ingest answered ${response.statusCode} on turn ${index}`);
      const message = queued.at(-1);
      if (!message) throw new Error(`turn ${index} was not enqueued`);
      conversationId = (JSON.parse(message.body) as QueuedTurn).message.conversationId;
      const event = sqsEvent(index, message);
      lastTurn = undefined;
      const { value: batch, ms: workerMs } = await invoke('worker', () => worker(event));
      if (batch.batchItemFailures.length > 0 || !lastTurn) throw new Error(`worker failed turn ${index}`);
      const { result, ms: turnMs } = lastTurn as { result: TurnResult; ms: number };
      turns.push({
        text: turn.text,
        log: result.log,
        replies: result.replies.map((r) => r.text),
        handoff: result.handoff?.reason,
        turnMs,
        workerMs,
      });

      if (turn.agentReply) {
        const agentPath = `/agent/conversations/${encodeURIComponent(conversationId)}`;
        // The console re-reads the conversation before each answer (it polls): the transcript's earlier
        // lines come from the translation cache, only the new ones go to Translate.
        await invoke('agent-api', () => agentApi(apiEvent('GET', agentPath, '', AGENT_HEADERS)));
        agentOpened = true;
        agentSenders.actLater((turn.agentReplyAfterHours ?? 0) * 3_600_000);
        const sent = await invoke('agent-api', () =>
          agentApi(
            apiEvent(
              'POST',
              `${agentPath}/messages`,
              JSON.stringify({ text: turn.agentReply }),
              AGENT_HEADERS,
            ),
          ),
        );
        if (sent.value.statusCode !== 200) throw new Error(`agent API answered ${sent.value.statusCode}`);
      }
    }
  } finally {
    untrack();
  }

  // Translation is needed only where a person is on one side: what the translator actually sent.
  const translated = translator.stats();

  const llmTurns = turns.filter((t) => t.log.source === 'llm').length;
  const handedOff = turns.some((t) => t.handoff) || agentOpened;
  return {
    script,
    kind: handedOff ? 'handoff' : llmTurns > 0 ? 'llm' : 'offline',
    turns,
    invocations,
    readUnits: tally.readUnits,
    writeUnits: tally.writeUnits,
    dynamoCalls: tally.dynamoCalls,
    promptTokens: options.fake.totals.promptTokens - tokensBefore.promptTokens,
    completionTokens: options.fake.totals.completionTokens - tokensBefore.completionTokens,
    llmRounds: options.fake.totals.requests - tokensBefore.requests,
    llmTurns,
    translatedChars: translated.translatedChars,
    translateHits: translated.hits,
    translateMisses: translated.misses,
    logBytes: logs.bytes,
    platform,
  };
}
