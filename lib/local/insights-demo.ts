// Demo insights for the local stack (never in AWS): four weeks of conversations in several languages on
// all three channels — bot answers, handoffs, agent replies, ratings, delay notices — and a planted spike:
// shoppers in Spanish, Japanese and German complaining today that the cotton tee's colour faded, which the
// dashboard ranks first and which fires one `defect_spike` alert. The planted texts go through the real
// extractor (functions/insights/extract.ts), the alert through the real counters and notifiers.
// The same generator feeds the bench (scripts/bench/insights.ts) with 100,000 conversations.
import type { InsightEvent, InsightsLog, MessageInsight } from '../../functions/core/insights';
import type { ChannelName, Intent, Language } from '../../functions/core/types';
import type { InsightAlerts } from '../../functions/insights/alerts';
import { extractInsights } from '../../functions/insights/extract';

/** The planted product and its complaints (product id of the demo catalog). */
export const PLANTED_PRODUCT = 'P-COTTON-TEE';
export const PLANTED_COMPLAINTS: { language: Language; channel: ChannelName; text: string }[] = [
  {
    language: 'es',
    channel: 'whatsapp',
    text: 'La camiseta perdió el color en el primer lavado, está toda desteñida 😡',
  },
  { language: 'es', channel: 'whatsapp', text: 'Mi camiseta nueva se destiñó después de lavarla una vez' },
  { language: 'ja', channel: 'line', text: 'Tシャツを一回洗っただけで色落ちしました。ひどいです' },
  { language: 'ja', channel: 'line', text: '二回目の洗濯で色落ちしました' },
  {
    language: 'de',
    channel: 'telegram',
    text: 'Das T-Shirt hat nach einer Wäsche die Farbe verloren, total verblasst',
  },
  {
    language: 'de',
    channel: 'telegram',
    text: 'Die Farbe ist nach dem ersten Waschen ausgewaschen und verblasst',
  },
];

const LANGS: [Language, ChannelName][] = [
  ['en', 'whatsapp'],
  ['es', 'whatsapp'],
  ['pt-BR', 'whatsapp'],
  ['ja', 'line'],
  ['th', 'line'],
  ['zh-Hant', 'line'],
  ['id', 'telegram'],
  ['de', 'telegram'],
  ['fr', 'whatsapp'],
];
const INTENTS: Intent[] = [
  'track_order',
  'track_order',
  'track_order',
  'delivery_delay',
  'return_item',
  'size_help',
  'damaged_item',
  'change_address',
  'cancel_order',
  'product_question',
];
const REASONS = [
  'shopper_request',
  'anger',
  'compensation_demand',
  'return_outside_window',
  'llm_handoff',
  'delay_refund',
];
const PRODUCTS = [
  'P-LINEN-SHIRT',
  'P-COTTON-TEE',
  'P-WRAP-DRESS',
  'P-STRAIGHT-JEANS',
  'P-CANVAS-SNEAKER',
  'P-CERAMIC-MUG',
  'P-MERINO-CARDIGAN',
];
const BASE_DEFECTS = ['broken_damaged', 'wrong_size', 'stitching', 'poor_quality', 'colour_fading'];
const DAY_MS = 86_400_000;

/** A small deterministic PRNG (mulberry32): the same demo on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Background conversations spread over the `days` before `now` (busier in local daytime and on Mondays),
 * ending the day before `now` so "today" holds only what is planted or really happened.
 * @example
 * const events = demoInsightEvents({ conversations: 400, now: new Date() });
 */
export function demoInsightEvents(options: {
  conversations: number;
  now: Date;
  days?: number;
  seed?: number;
}): InsightEvent[] {
  const rnd = random(options.seed ?? 42);
  const days = options.days ?? 28;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const end = Math.floor(options.now.getTime() / DAY_MS) * DAY_MS;
  const events: InsightEvent[] = [];
  for (let i = 0; i < options.conversations; i++) {
    const [language, channel] = pick(LANGS);
    const conversation = `c_demo${i.toString(16).padStart(8, '0')}`;
    const dayStart = end - (1 + Math.floor(rnd() * days)) * DAY_MS;
    // Two humps: late morning and evening (UTC; the heatmap shifts them into the merchant's zone).
    const hour = rnd() < 0.55 ? 8 + rnd() * 6 : 17 + rnd() * 5;
    let t = dayStart + hour * 3_600_000;
    const base = { conversation, channel, language };
    const at = () => new Date(t).toISOString();
    const intent = pick(INTENTS);
    const complaint = intent === 'damaged_item' || (intent === 'return_item' && rnd() < 0.4);
    const defects = complaint ? [pick(BASE_DEFECTS)] : [];
    const product = pick(PRODUCTS);
    const sentiment = complaint
      ? -0.3 - rnd() * 0.6
      : intent === 'delivery_delay'
        ? -0.2 - rnd() * 0.4
        : rnd() * 0.6 - 0.1;
    const proactive = intent === 'delivery_delay' && rnd() < 0.6;
    if (proactive) {
      events.push({
        ...base,
        id: `d${i}:p`,
        at: at(),
        kind: 'proactive',
        reason: pick(['customs_hold', 'no_news', 'past_estimate']),
        cost: { messages: 1 },
      });
      t += (20 + rnd() * 600) * 60_000;
    }
    const turns = 1 + Math.floor(rnd() * 3);
    const handoff = complaint ? rnd() < 0.5 : rnd() < 0.08;
    const llm = rnd() < 0.25;
    for (let turn = 0; turn < turns; turn++) {
      const message: MessageInsight = {
        ...base,
        id: `d${i}:m${turn}`,
        at: at(),
        kind: 'message',
        intent,
        confidence: Math.round((0.6 + rnd() * 0.4) * 100) / 100,
        sentiment: Math.round(sentiment * 100) / 100,
        defects: turn === 0 ? defects : [],
        ...(turn === 0 && defects.length
          ? { productIds: [product], text: `(demo) ${defects[0]!.replace(/_/g, ' ')} on ${product}` }
          : {}),
        ...(proactive && turn === 0 && rnd() < 0.08 ? { optOut: true as const } : {}),
      };
      events.push(message);
      const responseMs = Math.round(400 + rnd() * (llm ? 4000 : 1200));
      t += responseMs;
      const last = turn === turns - 1;
      events.push({
        ...base,
        id: `d${i}:r${turn}`,
        at: at(),
        kind: 'reply',
        action: last && handoff ? 'handoff' : last && rnd() < 0.12 ? 'clarify' : 'answer',
        ...(llm ? { source: 'llm' as const } : { source: 'offline' as const }),
        intent,
        responseMs,
        cost: { messages: 1, ...(llm ? { llmTokens: 1500 + Math.floor(rnd() * 2500) } : {}) },
      });
      t += (1 + rnd() * 4) * 60_000;
    }
    if (handoff) {
      const handoffId = `hd${i}`;
      events.push({
        ...base,
        id: `d${i}:h`,
        at: at(),
        kind: 'handoff',
        handoffId,
        reason: complaint ? 'compensation_demand' : pick(REASONS),
      });
      const waitMs = (2 + rnd() * 90) * 60_000;
      if (rnd() < 0.85) {
        t += waitMs;
        events.push({
          ...base,
          id: `d${i}:a`,
          at: at(),
          kind: 'agent_reply',
          handoffId,
          waitMs: Math.round(waitMs),
          cost: { messages: 1, translatedChars: language === 'en' ? 0 : 120 + Math.floor(rnd() * 300) },
        });
        t += (5 + rnd() * 40) * 60_000;
        events.push({
          ...base,
          id: `d${i}:x`,
          at: at(),
          kind: 'resolution',
          by: 'agent',
          handoffId,
          resolution: 'solved',
          cost: { messages: 2 },
        });
        if (rnd() < 0.6)
          events.push({
            ...base,
            id: `d${i}:s`,
            at: new Date(t + 60_000).toISOString(),
            kind: 'rating',
            handoffId,
            score: (rnd() < 0.75 ? 4 + Math.round(rnd()) : 1 + Math.floor(rnd() * 3)) as 1 | 2 | 3 | 4 | 5,
          });
      } else {
        t += 3 * 3_600_000;
        events.push({
          ...base,
          id: `d${i}:x`,
          at: at(),
          kind: 'resolution',
          by: 'nobody',
          handoffId,
          cost: { messages: 1 },
        });
      }
    }
  }
  return events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/**
 * Today's planted complaints, read by the real extractor, each about the planted product: seven minutes
 * apart, closer together just after midnight, so that all of them fall on today (UTC) — the day the
 * report reads as the spike's.
 */
export function plantedComplaints(now: Date): MessageInsight[] {
  const sinceMidnight = now.getTime() % DAY_MS;
  const gap = Math.min(7 * 60_000, Math.floor(sinceMidnight / (PLANTED_COMPLAINTS.length + 1)));
  return PLANTED_COMPLAINTS.map((c, i) => {
    const read = extractInsights(c.text, c.language);
    return {
      id: `planted:${i}`,
      at: new Date(now.getTime() - (PLANTED_COMPLAINTS.length - i) * gap).toISOString(),
      conversation: `c_planted${i}`,
      channel: c.channel,
      language: c.language,
      kind: 'message',
      intent: 'damaged_item',
      confidence: 0.9,
      sentiment: read.sentiment,
      defects: read.defects,
      productIds: [PLANTED_PRODUCT],
      orderId: `4${String(8000 + i)}`,
      text: c.text,
    };
  });
}

/**
 * Writes the demo history and today's planted complaints, then shows the complaints to the alerts the way
 * the worker does after a turn.
 * @returns how many events were written and the alerts that fired
 */
export async function plantInsightsDemo(deps: {
  log: InsightsLog;
  alerts?: Pick<InsightAlerts, 'observe'>;
  now?: Date;
  conversations?: number;
}): Promise<{ events: number; alerts: number }> {
  const now = deps.now ?? new Date();
  const history = demoInsightEvents({ conversations: deps.conversations ?? 400, now });
  const planted = plantedComplaints(now);
  await deps.log.record(history);
  await deps.log.record(planted);
  let alerts = 0;
  if (deps.alerts) {
    // The baseline days' complaints were counted when they happened; the planted ones are counted now.
    alerts = (await deps.alerts.observe(planted)).length;
  }
  return { events: history.length + planted.length, alerts };
}

/**
 * The local stack's wiring of the demo: the stack's table, counters and agent notifiers (whose alerts show
 * in /dev/outbox as agent:*), exactly as the worker has them.
 */
export async function plantLocalInsightsDemo(options: {
  tableName: string;
  stores: import('../../functions/stores/stores').Stores;
  now?: Date;
}): Promise<{ events: number; alerts: number }> {
  const { readEnv } = await import('../../functions/config');
  const { agentNotifiersFromEnv } = await import('../../functions/handlers/worker-wiring');
  const { alertAll } = await import('../../functions/services/notifiers/notify-all');
  const { createInsightAlerts } = await import('../../functions/insights/alerts');
  const { insightsRecorder } = await import('../../functions/handlers/insights-wiring');
  const { DEFAULT_RETENTION } = await import('../../functions/core/merchant-config');
  const env = readEnv();
  const notifiers = agentNotifiersFromEnv(env);
  const recorder = insightsRecorder({
    tableName: options.tableName,
    merchant: { retention: DEFAULT_RETENTION },
  });
  return plantInsightsDemo({
    log: recorder.log,
    ...(options.now ? { now: options.now } : {}),
    alerts: createInsightAlerts({
      counters: options.stores.counters,
      alert: async (notice) => {
        await alertAll(notifiers, notice);
      },
      productName: async (id) => (await options.stores.orders.getProduct(id))?.name,
      ...(env.CONSOLE_URL ? { consoleUrl: env.CONSOLE_URL } : {}),
      ...(options.now ? { now: () => options.now! } : {}),
    }),
  });
}
