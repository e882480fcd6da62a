// Cost per conversation for a scripted mix of 6-turn conversations, from COUNTED quantities:
// - LLM tokens: the `usage` the local fake OpenAI server reports for each request it actually received
//   (estimated from the serialized request: ASCII chars / 4 + 1 per other char, see lib/local/fake-openai.ts);
// - DynamoDB: every store call is counted through a wrapper, in request units sized from the real item JSON
//   (writes: ceil(bytes / 1 KB); reads: ceil(bytes / 4 KB), strongly consistent, at least 1);
// - translated characters: the agent side of handed-off conversations (shopper → agent and agent → shopper);
// - Lambda: measured compute ms of each modelled turn plus an assumed wait per DynamoDB call and per LLM
//   round (the local fakes answer in microseconds; AWS does not), × configured memory; requests counted.
// The real worker turn (functions/core/turn.ts) is not wired here yet: each turn is modelled as the worker's
// documented operations (ingest: claim + log + enqueue; worker: load conversation, understand, tools, log
// reply, save conversation), with the real offline classifier, the real tools and the real LLM responder.
// Run alone: `npx tsx scripts/bench/cost.ts`.
import OpenAI from 'openai';
import { parseMerchantConfig } from '../../functions/core/merchant-config';
import type { Conversation, Language, Order, Shipment } from '../../functions/core/types';
import { createMemoryStores, type Stores } from '../../functions/stores/memory';
import { toolSet, tools } from '../../functions/tools/index';
import type { Tool, ToolContext } from '../../functions/tools/tool';
import { createLlmResponder } from '../../functions/understanding/llm';
import { updateSummary } from '../../functions/understanding/llm-memory';
import { createFakeOpenAi } from '../../lib/local/fake-openai';
import { ruleBrain } from '../../lib/local/fake-openai-brain';

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
  /** SQS requests per turn: send (ingest), receive and delete (the event source mapping). */
  sqsRequestsPerTurn: 3,
};

export const TARGET_PER_CONVERSATION = 0.002;
export const AI_AGENT_PER_RESOLUTION = 0.99;

type Path = 'offline' | 'llm' | 'human';
interface ScriptTurn {
  text: string;
  path: Path;
  /** The tool the offline path would call for this turn. */
  tool?: [keyof typeof toolSet, Record<string, unknown>];
  /** Human mode: the agent's reply (translated back to the shopper). */
  agentReply?: string;
}
interface Script {
  kind: 'offline' | 'llm' | 'handoff';
  language: Language;
  turns: ScriptTurn[];
}

const T = (
  text: string,
  path: Path = 'offline',
  tool?: ScriptTurn['tool'],
  agentReply?: string,
): ScriptTurn => ({
  text,
  path,
  tool,
  agentReply,
});

// The mix: 70 % answered offline, 25 % need the LLM for 1–2 turns, 5 % handed off with agent translation.
const SCRIPTS: Script[] = [
  {
    kind: 'offline',
    language: 'es',
    turns: [
      T('hola'),
      T('¿dónde está mi pedido 48213?', 'offline', ['track_shipment', { orderId: '48213' }]),
      T('¿y cuándo llega?', 'offline', ['track_shipment', { orderId: '48213' }]),
      T('¿qué talla de camisa para 178 cm y 72 kg?', 'offline', [
        'recommend_size',
        { productId: 'linen-shirt', heightCm: 178, weightKg: 72 },
      ]),
      T('vale, gracias'),
      T('adiós'),
    ],
  },
  {
    kind: 'llm',
    language: 'ja',
    turns: [
      T('こんにちは'),
      T('注文48213はどこですか？', 'offline', ['track_shipment', { orderId: '48213' }]),
      T('48213のシャツ、色違いの青に交換できますか？それとも返品して買い直すべき？', 'llm'),
      T('わかりました'),
      T('48213の配送先を会社に変えられますか、もう発送済みだと思いますが', 'llm'),
      T('ありがとう'),
    ],
  },
  {
    kind: 'handoff',
    language: 'pt-BR',
    turns: [
      T('oi'),
      T('meu pedido 48213 chegou rasgado', 'offline', ['lookup_order', { orderId: '48213' }]),
      T('quero falar com um humano, isso é um absurdo, vou abrir disputa no cartão', 'llm'),
      T(
        'a camisa veio com a costura aberta na manga',
        'human',
        undefined,
        'Sorry about that! I have opened a claim and will send a free return label today.',
      ),
      T(
        'ok, e o reembolso?',
        'human',
        undefined,
        'The refund goes back to your card within 5 business days after we receive it.',
      ),
      T('obrigada', 'human', undefined, 'You are welcome, have a nice day!'),
    ],
  },
];
const MIX: Record<Script['kind'], number> = { offline: 0.7, llm: 0.25, handoff: 0.05 };

// ---------------------------------------------------------------------------------------------------------

interface Tally {
  readUnits: number;
  writeUnits: number;
  dynamoCalls: number;
}

const READ = /^(get|list|orders|shipments|cases)/;
const WRITE = /^(put|save|append|claim|record|release)/;
const size = (value: unknown): number => Buffer.byteLength(JSON.stringify(value ?? null) ?? '', 'utf8');

/** Wraps every store so each call is counted in request units sized from what it really reads or writes. */
function countingStores(stores: Stores, tally: Tally): Stores {
  const wrap = <S extends object>(store: S): S =>
    new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function' || typeof key !== 'string') return value;
        return async (...args: unknown[]) => {
          const result = await value.apply(target, args);
          tally.dynamoCalls += 1;
          if (WRITE.test(key)) tally.writeUnits += Math.max(1, Math.ceil(size(args[0]) / 1024));
          else if (READ.test(key)) tally.readUnits += Math.max(1, Math.ceil(size(result) / 4096));
          return result;
        };
      },
    });
  return {
    claims: wrap(stores.claims),
    messages: wrap(stores.messages),
    conversations: wrap(stores.conversations),
    orders: wrap(stores.orders),
    statuses: wrap(stores.statuses),
    cases: wrap(stores.cases),
  };
}

const PHONE = '34600000001';
function seedOrder(): Order {
  return {
    id: '48213',
    customer: { id: 'C-1', name: 'Ana', email: 'ana@example.com', phone: PHONE, language: 'es' },
    status: 'shipped',
    placedAt: '2026-03-01T10:00:00Z',
    fulfilledAt: '2026-03-02T08:00:00Z',
    lines: [
      {
        sku: 'LS-M-BLUE',
        productId: 'linen-shirt',
        name: 'Linen shirt',
        size: 'M',
        colour: 'blue',
        quantity: 1,
        price: { amount: 49, currency: 'EUR' },
      },
    ],
    total: { amount: 49, currency: 'EUR' },
    shippingAddress: {
      name: 'Ana',
      line1: 'Calle Mayor 1',
      city: 'Madrid',
      postcode: '28001',
      country: 'ES',
    },
    trackingNumbers: ['LX123456789CN'],
  };
}
const SHIPMENT: Shipment = {
  trackingNumber: 'LX123456789CN',
  orderId: '48213',
  carrier: 'China Post',
  service: 'ePacket',
  origin: 'CN',
  destination: 'ES',
  estimatedDelivery: '2026-03-14T00:00:00Z',
  events: [
    { at: '2026-03-02T08:00:00Z', code: 'picked_up', location: 'Shenzhen', description: 'Picked up' },
    { at: '2026-03-08T08:00:00Z', code: 'in_transit', location: 'Madrid', description: 'Arrived in Spain' },
  ],
};

interface Counted {
  promptTokens: number;
  completionTokens: number;
  llmRounds: number;
  translatedChars: number;
  readUnits: number;
  writeUnits: number;
  dynamoCalls: number;
  computeMs: number;
  lambdaGbSeconds: number;
  lambdaInvocations: number;
  apiRequests: number;
  sqsRequests: number;
  modelled: string[];
}

type Classify = ((text: string, language: Language) => Promise<unknown>) | undefined;

async function loadClassifier(notes: string[]): Promise<Classify> {
  try {
    const { createIntentClassifier } = await import('../../functions/understanding/intent-model');
    const classifier = createIntentClassifier();
    return (text, language) => classifier.classify(text, language);
  } catch (error) {
    notes.push(
      `offline classifier unavailable (${(error as Error).message}); its compute time is not counted`,
    );
    return undefined;
  }
}

async function runConversation(script: Script, classify: Classify): Promise<Counted> {
  const fake = await createFakeOpenAi({ brain: ruleBrain });
  const tally: Tally = { readUnits: 0, writeUnits: 0, dynamoCalls: 0 };
  const stores = countingStores(createMemoryStores(), tally);
  // Seeding the demo order is not part of a conversation's cost: the tally is reset after it.
  await stores.orders.putOrder(seedOrder());
  await stores.orders.putShipment(SHIPMENT);

  const merchant = parseMerchantConfig({ brandName: 'Lumen & Loom' });
  const llm = createLlmResponder({
    client: new OpenAI({ apiKey: 'local-bench', baseURL: fake.baseURL, maxRetries: 0 }),
    model: 'gpt-4o-mini',
    tools,
    merchant,
  });
  const now = new Date('2026-03-10T09:00:00Z');
  const id = `whatsapp:100000000000001:${PHONE}`;
  await stores.conversations.save({
    id,
    channel: 'whatsapp',
    recipient: PHONE,
    language: script.language,
    mode: 'bot',
    identity: { kind: 'phone', phone: PHONE },
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 0,
  });
  Object.assign(tally, { readUnits: 0, writeUnits: 0, dynamoCalls: 0 });

  const c: Counted = {
    promptTokens: 0,
    completionTokens: 0,
    llmRounds: 0,
    translatedChars: 0,
    readUnits: 0,
    writeUnits: 0,
    dynamoCalls: 0,
    computeMs: 0,
    lambdaGbSeconds: 0,
    lambdaInvocations: 0,
    apiRequests: 0,
    sqsRequests: 0,
    modelled: [],
  };
  const gbSeconds = (ms: number, mb: number) => (Math.ceil(ms) / 1000) * (mb / 1024);

  for (const [index, turn] of script.turns.entries()) {
    const at = new Date(now.getTime() + index * 60_000).toISOString();
    // Ingest Lambda: claim the event id, persist the inbound message, enqueue.
    const ingestStart = performance.now();
    const callsBefore = tally.dynamoCalls;
    await stores.claims.claim(`whatsapp:wamid.${index}`, 86_400);
    await stores.messages.append({
      conversationId: id,
      direction: 'in',
      at,
      id: `in-${index}`,
      text: turn.text,
    });
    const ingestMs =
      performance.now() - ingestStart + (tally.dynamoCalls - callsBefore) * ASSUMPTIONS.dynamoCallMs;
    c.lambdaGbSeconds += gbSeconds(ingestMs, ASSUMPTIONS.ingestMemoryMb);

    // Worker Lambda: load, understand, act, reply, save.
    const workerStart = performance.now();
    const workerCalls = tally.dynamoCalls;
    let rounds = 0;
    let conversation = (await stores.conversations.get(id)) as Conversation;
    if (turn.path !== 'human') await classify?.(turn.text, script.language);
    const ctx: ToolContext = {
      identity: conversation.identity,
      conversation,
      orders: stores.orders,
      merchant,
      now,
    };
    let reply = '';
    if (turn.path === 'offline' && turn.tool) {
      const [name, input] = turn.tool;
      const tool: Tool = toolSet[name];
      const result = await tool.run(ctx, tool.input.parse(input));
      reply = JSON.stringify(result).slice(0, 200);
    } else if (turn.path === 'llm') {
      const answer = await llm.respond({
        conversation,
        message: { text: turn.text, language: script.language },
        toolContext: ctx,
      });
      rounds = answer.rounds;
      reply = answer.text ?? '';
      if (answer.handoff) conversation = { ...conversation, mode: 'human' };
    } else if (turn.path === 'human') {
      // The shopper's words are translated for the agent; the agent's reply arrives through the agent API
      // (API Gateway + Lambda) and is translated back.
      c.translatedChars += [...turn.text].length + [...(turn.agentReply ?? '')].length;
      c.apiRequests += 1;
      c.lambdaInvocations += 1;
      c.lambdaGbSeconds += gbSeconds(ASSUMPTIONS.dynamoCallMs * 3 + 150, ASSUMPTIONS.agentApiMemoryMb);
      reply = turn.agentReply ?? '';
    }
    await stores.messages.append({
      conversationId: id,
      direction: 'out',
      at,
      id: `out-${index}`,
      text: reply,
    });
    const memory = await updateSummary(conversation, { role: 'shopper', text: turn.text, at });
    const withBot = await updateSummary(memory, { role: 'bot', text: reply || '…', at });
    await stores.conversations.save({ ...conversation, ...withBot, updatedAt: at });
    const computeMs = performance.now() - workerStart;
    c.computeMs += performance.now() - ingestStart;
    const waitMs =
      (tally.dynamoCalls - workerCalls) * ASSUMPTIONS.dynamoCallMs + rounds * ASSUMPTIONS.llmRoundMs;
    c.lambdaGbSeconds += gbSeconds(computeMs + waitMs, ASSUMPTIONS.workerMemoryMb);
    c.llmRounds += rounds;
    c.apiRequests += 1; // the platform's webhook
    c.lambdaInvocations += 2; // ingest + worker
    c.sqsRequests += ASSUMPTIONS.sqsRequestsPerTurn;
  }
  c.promptTokens = fake.totals.promptTokens;
  c.completionTokens = fake.totals.completionTokens;
  c.readUnits = tally.readUnits;
  c.writeUnits = tally.writeUnits;
  c.dynamoCalls = tally.dynamoCalls;
  await fake.close();
  return c;
}

function costLines(c: Counted, p: Prices): [string, number, string][] {
  return [
    ['LLM input tokens', (c.promptTokens / 1e6) * p.llmInputPerMTokens, `${c.promptTokens.toFixed(0)} tok`],
    [
      'LLM output tokens',
      (c.completionTokens / 1e6) * p.llmOutputPerMTokens,
      `${c.completionTokens.toFixed(0)} tok`,
    ],
    [
      'Translate (agent side)',
      (c.translatedChars / 1e6) * p.translatePerMChars,
      `${c.translatedChars.toFixed(0)} chars`,
    ],
    ['DynamoDB writes', (c.writeUnits / 1e6) * p.dynamoWritePerMUnits, `${c.writeUnits.toFixed(1)} WRU`],
    ['DynamoDB reads', (c.readUnits / 1e6) * p.dynamoReadPerMUnits, `${c.readUnits.toFixed(1)} RRU`],
    ['Lambda duration', c.lambdaGbSeconds * p.lambdaPerGbSecond, `${c.lambdaGbSeconds.toFixed(3)} GB-s`],
    [
      'Lambda requests',
      (c.lambdaInvocations / 1e6) * p.lambdaPerMRequests,
      `${c.lambdaInvocations.toFixed(1)} inv`,
    ],
    [
      'API Gateway (HTTP API)',
      (c.apiRequests / 1e6) * p.httpApiPerMRequests,
      `${c.apiRequests.toFixed(1)} req`,
    ],
    ['SQS FIFO', (c.sqsRequests / 1e6) * p.sqsFifoPerMRequests, `${c.sqsRequests.toFixed(1)} req`],
  ];
}

const usd = (n: number) => `$${n.toFixed(6)}`;

/** Runs the mix and prints the per-line breakdown; returns the total per conversation. */
export async function benchCost(options: { prices?: Partial<Prices> } = {}): Promise<number> {
  const fromEnv = process.env.BENCH_PRICES ? (JSON.parse(process.env.BENCH_PRICES) as Partial<Prices>) : {};
  const prices: Prices = { ...PRICES, ...fromEnv, ...options.prices };
  const notes: string[] = [
    'turns modelled from the worker’s documented store operations (functions/core/turn.ts not wired)',
  ];
  const classify = await loadClassifier(notes);
  const perKind = new Map<Script['kind'], Counted>();
  for (const script of SCRIPTS) perKind.set(script.kind, await runConversation(script, classify));

  const mixed = Object.fromEntries(
    Object.keys(perKind.get('offline')!)
      .filter((k) => k !== 'modelled')
      .map((key) => [
        key,
        SCRIPTS.reduce(
          (sum, s) => sum + MIX[s.kind] * (perKind.get(s.kind)![key as keyof Counted] as number),
          0,
        ),
      ]),
  ) as unknown as Counted;

  console.log('Mix: 70% offline · 25% LLM for 1–2 turns · 5% handed off (agent translation); 6 turns each');
  for (const s of SCRIPTS) {
    const k = perKind.get(s.kind)!;
    const total = costLines(k, prices).reduce((sum, [, cost]) => sum + cost, 0);
    console.log(
      `  ${s.kind.padEnd(8)} ${s.language.padEnd(5)} ${usd(total)}  tokens ${k.promptTokens}+${k.completionTokens} in ${k.llmRounds} rounds, ` +
        `${k.writeUnits} WRU / ${k.readUnits} RRU (${k.dynamoCalls} calls), ${k.translatedChars} chars translated, ` +
        `${k.computeMs.toFixed(1)} ms compute`,
    );
  }
  console.log('\nPer conversation (weighted mix):');
  const lines = costLines(mixed, prices);
  for (const [name, cost, quantity] of lines)
    console.log(`  ${name.padEnd(24)} ${usd(cost)}   (${quantity})`);
  const total = lines.reduce((sum, [, cost]) => sum + cost, 0);
  console.log(`  ${'TOTAL'.padEnd(24)} ${usd(total)}`);
  console.log(
    `cost per conversation: ${usd(total)} (target ≤ $${TARGET_PER_CONVERSATION}: ${total <= TARGET_PER_CONVERSATION ? 'met' : 'NOT met'}; ` +
      `a per-resolution AI agent at ~$${AI_AGENT_PER_RESOLUTION} is ${Math.round(AI_AGENT_PER_RESOLUTION / total)}× more)`,
  );
  console.log(
    `assumed waits in AWS: ${ASSUMPTIONS.dynamoCallMs} ms per DynamoDB call, ${ASSUMPTIONS.llmRoundMs} ms per LLM round; ` +
      `memory ingest ${ASSUMPTIONS.ingestMemoryMb} MB, worker ${ASSUMPTIONS.workerMemoryMb} MB`,
  );
  for (const note of notes) console.log(`note: ${note}`);
  return total;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCost();
