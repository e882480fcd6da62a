// The insights report: pure aggregation of stored events (core/insights.ts) into every figure the
// dashboard, `GET /insights` and `npm run insights` show — the same function for all three. How each
// figure is computed is written down in docs/insights.md; the comments here say only why.
//
// A "conversation" here is a contact: one chat's events with no pause longer than SESSION_GAP_HOURS (a chat
// id lives for years; a shopper who comes back next month with a new question is a new conversation).
import type { InsightEvent, MessageInsight, ResolvedBy } from '../core/insights';
import type { ChannelName, Language } from '../core/types';
import { type AlertRules, DEFAULT_ALERT_RULES, isSpike } from './alerts';
import {
  type CostRates,
  createLocalClock,
  DEFAULT_COST_RATES,
  isoMs,
  percentile,
  ranked,
  type StaffingDay,
  share,
  suggestStaffing,
  type Timing,
  timing,
} from './report-parts';

export { DEFAULT_COST_RATES } from './report-parts';

export const SESSION_GAP_HOURS = 24;
/** A shopper's message this soon after a proactive one answers it. */
const ANSWER_WINDOW_MS = 48 * 3_600_000;
/** A cancel or refund request this soon after a delay notice means the notice did not avoid it. */
const CANCEL_WINDOW_MS = 7 * 86_400_000;
/** A shopper back this soon after a resolved contact means the first contact did not settle it. */
const REPEAT_WINDOW_MS = 7 * 86_400_000;
const EXAMPLES = 3;
/** Bot replies that settle what was asked (a clarifying question or a verification prompt does not). */
const SETTLING = new Set(['answer', 'rating', 'request', 'resume']);
const CANCEL_INTENTS = new Set(['cancel_order']);
const CANCEL_REASONS = new Set(['delay_refund', 'cancel_processing']);

export interface ReportOptions {
  from: Date;
  to: Date;
  /** The merchant's time zone, for the weekly heatmap. */
  timezone: string;
  channel?: ChannelName;
  language?: Language;
  rates?: CostRates;
  rules?: AlertRules;
}

export interface DefectExample {
  language: Language;
  text: string;
  at: string;
  /** The text in the agent language (filled in by `enrichReport`, when a translator is configured). */
  translation?: string;
}

export interface ProductDefects {
  productId: string;
  name?: string;
  complaints: number;
  categories: {
    category: string;
    count: number;
    languages: Language[];
    /** Complaints on the range's last day vs the average day before it: the alert's rule. */
    lastDay: number;
    baselinePerDay: number;
    spike: boolean;
    examples: DefectExample[];
  }[];
}

export interface InsightsReport {
  range: { from: string; to: string; timezone: string; channel?: ChannelName; language?: Language };
  conversations: {
    total: number;
    resolved: { bot: number; agent: number; unresolved: number };
    resolutionRate: number;
    botResolutionRate: number;
    agentResolutionRate: number;
    firstContactResolution: number;
    deflection: number;
    handedOff: number;
  };
  messages: { shopper: number; bot: number; agent: number };
  handoffReasons: { reason: string; count: number; share: number }[];
  topIntents: { intent: string; count: number; share: number }[];
  sentiment: {
    average: number;
    negativeShare: number;
    byDay: { day: string; average: number; messages: number; negative: number }[];
  };
  volume: {
    /** [weekday 0 = Monday][local hour] → shopper messages. */
    heatmap: number[][];
    handoffHeatmap: number[][];
    peak?: { weekday: number; hour: number; messages: number };
    suggestedStaffing: StaffingDay[];
  };
  timings: { firstResponse: Timing; resolution: Timing; agentWait: Timing };
  csat: { ratings: number; average?: number; satisfied: number; distribution: number[] };
  languages: { language: string; count: number; share: number }[];
  channels: { channel: string; count: number; share: number }[];
  products: ProductDefects[];
  proactive: {
    sent: number;
    answered: number;
    optedOut: number;
    cancellationsAvoided: number;
    answerRate: number;
  };
  cost: {
    total: number;
    perConversation: number;
    perResolved: number;
    llmTokens: number;
    translatedChars: number;
    messages: number;
    breakdown: { llm: number; translation: number; messages: number; infrastructure: number };
    aiAgentPerResolution: number;
    aiAgentTotal: number;
    savings: number;
  };
  alerts: {
    kind: 'defect_spike';
    productId: string;
    category: string;
    lastDay: number;
    baselinePerDay: number;
  }[];
}

interface Session {
  events: InsightEvent[];
  /** Each event's time (epoch ms), parsed once. */
  times: number[];
  start: number;
  end: number;
}

const dayOf = (at: string) => at.slice(0, 10);
const money = (n: number) => Math.round(n * 10_000) / 10_000;
const grid = () => Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
const inc = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Splits one chat's time-sorted events at pauses longer than the session gap. */
function sessionsOf(events: InsightEvent[]): Session[] {
  const sessions: Session[] = [];
  const gap = SESSION_GAP_HOURS * 3_600_000;
  let current: Session | undefined;
  for (const event of events) {
    const t = isoMs(event.at);
    if (!current || t - current.end > gap) {
      current = { events: [], times: [], start: t, end: t };
      sessions.push(current);
    }
    current.events.push(event);
    current.times.push(t);
    current.end = t;
  }
  return sessions;
}

function resolvedBy(session: Session): ResolvedBy {
  let handedOff = false;
  let lastReply: string | undefined;
  for (const e of session.events) {
    if (e.kind === 'resolution' && e.by === 'agent') return 'agent';
    if (e.kind === 'handoff') handedOff = true;
    if (e.kind === 'reply') lastReply = e.action;
  }
  if (handedOff) return 'nobody';
  return lastReply && SETTLING.has(lastReply) ? 'bot' : 'nobody';
}

/**
 * Builds the report from the events of the range (as `InsightsLog.list` returns them, oldest first).
 * @example
 * const report = buildInsightsReport(await insights.list({ from, to }), { from, to, timezone: merchant.timezone });
 */
export function buildInsightsReport(all: readonly InsightEvent[], options: ReportOptions): InsightsReport {
  const rates = options.rates ?? DEFAULT_COST_RATES;
  const rules = options.rules ?? DEFAULT_ALERT_RULES;
  const local = createLocalClock(options.timezone);
  const byChat = new Map<string, InsightEvent[]>();
  for (const e of all) {
    if (options.channel && e.channel !== options.channel) continue;
    if (options.language && e.language !== options.language) continue;
    const list = byChat.get(e.conversation);
    if (list) list.push(e);
    else byChat.set(e.conversation, [e]);
  }

  const resolved = { bot: 0, agent: 0, unresolved: 0 };
  let total = 0;
  let handedOff = 0;
  let fcr = 0;
  const messages = { shopper: 0, bot: 0, agent: 0 };
  const reasons = new Map<string, number>();
  const intents = new Map<string, number>();
  const languages = new Map<string, number>();
  const channels = new Map<string, number>();
  const heatmap = grid();
  const handoffHeatmap = grid();
  const firstResponse: number[] = [];
  const resolution: number[] = [];
  const agentWait: number[] = [];
  const ratings = [0, 0, 0, 0, 0];
  const days = new Map<string, { sum: number; messages: number; negative: number }>();
  let sentimentSum = 0;
  let negative = 0;
  const proactive = { sent: 0, answered: 0, optedOut: 0, cancellationsAvoided: 0 };
  const cost = { llmTokens: 0, translatedChars: 0, messages: 0, messageUsd: 0, turns: 0 };
  const complaints: MessageInsight[] = [];

  for (const events of byChat.values()) {
    const sessions = sessionsOf(events);
    sessions.forEach((session, index) => {
      let shopperSeen = false;
      let first: string | undefined;
      let language: Language | undefined;
      let responded = false;
      for (let i = 0; i < session.events.length; i++) {
        const e = session.events[i]!;
        const t = session.times[i]!;
        if (e.cost) {
          cost.llmTokens += e.cost.llmTokens ?? 0;
          cost.translatedChars += e.cost.translatedChars ?? 0;
          const sent = e.cost.messages ?? 0;
          cost.messages += sent;
          cost.messageUsd +=
            sent * (e.kind === 'proactive' ? rates.proactivePerMessage : rates.replyPerMessage)[e.channel];
        }
        switch (e.kind) {
          case 'message': {
            messages.shopper++;
            cost.turns++;
            if (!shopperSeen) {
              shopperSeen = true;
              first = e.at;
              language = e.language;
            }
            const { weekday, hour } = local(t);
            heatmap[weekday]![hour]!++;
            if (e.intent) inc(intents, e.intent);
            sentimentSum += e.sentiment;
            const day = days.get(dayOf(e.at)) ?? { sum: 0, messages: 0, negative: 0 };
            day.sum += e.sentiment;
            day.messages++;
            if (e.sentiment <= rules.sentiment.negativeBelow) {
              negative++;
              day.negative++;
            }
            days.set(dayOf(e.at), day);
            if (e.defects.length > 0 && e.productIds?.length) complaints.push(e);
            break;
          }
          case 'reply':
            messages.bot += e.cost?.messages ?? 1;
            if (first && !responded) {
              responded = true;
              firstResponse.push(e.responseMs);
            }
            break;
          case 'agent_reply':
            messages.agent++;
            if (e.waitMs !== undefined) agentWait.push(e.waitMs);
            if (first && !responded) {
              responded = true;
              firstResponse.push(Math.max(0, t - isoMs(first)));
            }
            break;
          case 'handoff': {
            inc(reasons, e.reason);
            const { weekday, hour } = local(t);
            handoffHeatmap[weekday]![hour]!++;
            break;
          }
          case 'rating':
            ratings[e.score - 1]!++;
            break;
          case 'proactive':
            proactive.sent++;
            break;
          case 'resolution':
            break;
        }
      }
      proactiveOutcomes(events, session, proactive);
      if (!shopperSeen) return;
      total++;
      inc(languages, language!);
      inc(channels, session.events[0]!.channel);
      const hasHandoff = session.events.some((e) => e.kind === 'handoff');
      if (hasHandoff) handedOff++;
      const by = resolvedBy(session);
      if (by === 'bot') resolved.bot++;
      else if (by === 'agent') resolved.agent++;
      else resolved.unresolved++;
      if (by !== 'nobody') {
        const settledAt =
          by === 'agent'
            ? session.events.find((e) => e.kind === 'resolution' && e.by === 'agent')!.at
            : session.events.findLast((e) => e.kind === 'reply')!.at;
        resolution.push(Math.max(0, isoMs(settledAt) - isoMs(first!)));
        const next = sessions[index + 1];
        if (!next || next.start - session.end > REPEAT_WINDOW_MS) fcr++;
      }
    });
  }

  const resolvedCount = resolved.bot + resolved.agent;
  const llmUsd = (cost.llmTokens / 1e6) * rates.llmPerMTokens;
  const translationUsd = (cost.translatedChars / 1e6) * rates.translatePerMChars;
  const infraUsd = cost.turns * rates.infraPerTurn;
  const totalUsd = llmUsd + translationUsd + cost.messageUsd + infraUsd;
  const byDay = [...days.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([day, d]) => ({
      day,
      average: money(d.sum / d.messages),
      messages: d.messages,
      negative: d.negative,
    }));
  let peak: InsightsReport['volume']['peak'];
  heatmap.forEach((hours, weekday) => {
    hours.forEach((count, hour) => {
      if (count > (peak?.messages ?? 0)) peak = { weekday, hour, messages: count };
    });
  });
  const products = productDefects(complaints, options, rules);
  const ratingCount = ratings.reduce((a, b) => a + b, 0);

  return {
    range: {
      from: options.from.toISOString(),
      to: options.to.toISOString(),
      timezone: options.timezone,
      ...(options.channel ? { channel: options.channel } : {}),
      ...(options.language ? { language: options.language } : {}),
    },
    conversations: {
      total,
      resolved,
      resolutionRate: share(resolvedCount, total),
      botResolutionRate: share(resolved.bot, total),
      agentResolutionRate: share(resolved.agent, total),
      firstContactResolution: share(fcr, total),
      deflection: share(total - handedOff, total),
      handedOff,
    },
    messages,
    handoffReasons: ranked(reasons, handedOff, 'reason') as InsightsReport['handoffReasons'],
    topIntents: ranked(intents, messages.shopper, 'intent', 10) as InsightsReport['topIntents'],
    sentiment: {
      average: messages.shopper ? money(sentimentSum / messages.shopper) : 0,
      negativeShare: share(negative, messages.shopper),
      byDay,
    },
    volume: {
      heatmap,
      handoffHeatmap,
      ...(peak ? { peak } : {}),
      // Staff where people are needed: handoffs when there are any, else where the shoppers are.
      suggestedStaffing: suggestStaffing(handedOff > 0 ? handoffHeatmap : heatmap),
    },
    timings: {
      firstResponse: timing(firstResponse),
      resolution: timing(resolution),
      agentWait: timing(agentWait),
    },
    csat: {
      ratings: ratingCount,
      ...(ratingCount
        ? { average: money(ratings.reduce((sum, n, i) => sum + n * (i + 1), 0) / ratingCount) }
        : {}),
      satisfied: share(ratings[3]! + ratings[4]!, ratingCount),
      distribution: ratings,
    },
    languages: ranked(languages, total, 'language') as InsightsReport['languages'],
    channels: ranked(channels, total, 'channel') as InsightsReport['channels'],
    products,
    proactive: { ...proactive, answerRate: share(proactive.answered, proactive.sent) },
    cost: {
      total: money(totalUsd),
      perConversation: total ? money(totalUsd / total) : 0,
      perResolved: resolvedCount ? money(totalUsd / resolvedCount) : 0,
      llmTokens: cost.llmTokens,
      translatedChars: cost.translatedChars,
      messages: cost.messages,
      breakdown: {
        llm: money(llmUsd),
        translation: money(translationUsd),
        messages: money(cost.messageUsd),
        infrastructure: money(infraUsd),
      },
      aiAgentPerResolution: rates.aiAgentPerResolution,
      aiAgentTotal: money(resolvedCount * rates.aiAgentPerResolution),
      savings: money(resolvedCount * rates.aiAgentPerResolution - totalUsd),
    },
    alerts: products.flatMap((p) =>
      p.categories
        .filter((c) => c.spike)
        .map((c) => ({
          kind: 'defect_spike' as const,
          productId: p.productId,
          category: c.category,
          lastDay: c.lastDay,
          baselinePerDay: c.baselinePerDay,
        })),
    ),
  };
}

/** Answers, opt-outs and avoided cancellations after each proactive message of a session. */
function proactiveOutcomes(
  chat: InsightEvent[],
  session: Session,
  out: { answered: number; optedOut: number; cancellationsAvoided: number },
): void {
  for (const sent of session.events) {
    if (sent.kind !== 'proactive') continue;
    const t = isoMs(sent.at);
    let answered = false;
    let optedOut = false;
    let cancelled = false;
    for (const e of chat) {
      const dt = isoMs(e.at) - t;
      if (dt <= 0) continue;
      if (dt > CANCEL_WINDOW_MS) break;
      if (e.kind === 'message') {
        if (dt <= ANSWER_WINDOW_MS) answered = true;
        if (dt <= ANSWER_WINDOW_MS && e.optOut) optedOut = true;
        if (e.intent && CANCEL_INTENTS.has(e.intent)) cancelled = true;
      }
      if (e.kind === 'handoff' && CANCEL_REASONS.has(e.reason)) cancelled = true;
    }
    if (answered) out.answered++;
    if (optedOut) out.optedOut++;
    if (sent.reason !== 'update' && !cancelled) out.cancellationsAvoided++;
  }
}

/** Products ranked by defect complaints, with the alert rule run on the range's last day. */
function productDefects(
  complaints: MessageInsight[],
  options: ReportOptions,
  rules: AlertRules,
): ProductDefects[] {
  const lastDayStart = options.to.getTime() - 86_400_000;
  const baselineDays = Math.max(
    1,
    Math.min(rules.defect.baselineDays, Math.floor((lastDayStart - options.from.getTime()) / 86_400_000)),
  );
  const baselineStart = lastDayStart - baselineDays * 86_400_000;
  const products = new Map<
    string,
    Map<
      string,
      { count: number; lastDay: number; before: number; languages: Set<Language>; examples: MessageInsight[] }
    >
  >();
  for (const e of complaints) {
    const t = isoMs(e.at);
    for (const productId of e.productIds ?? []) {
      const categories = products.get(productId) ?? new Map();
      products.set(productId, categories);
      for (const category of e.defects) {
        const c = categories.get(category) ?? {
          count: 0,
          lastDay: 0,
          before: 0,
          languages: new Set(),
          examples: [],
        };
        categories.set(category, c);
        c.count++;
        if (t >= lastDayStart) c.lastDay++;
        else if (t >= baselineStart) c.before++;
        c.languages.add(e.language);
        if (e.text) c.examples.push(e);
      }
    }
  }
  return (
    [...products.entries()]
      .map(([productId, categories]): ProductDefects => {
        const list = [...categories.entries()]
          .map(([category, c]) => {
            const baselinePerDay = money(c.before / baselineDays);
            return {
              category,
              count: c.count,
              languages: [...c.languages].sort(),
              lastDay: c.lastDay,
              baselinePerDay,
              spike: isSpike(c.lastDay, baselinePerDay, rules.defect),
              examples: pickExamples(c.examples),
            };
          })
          .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
        return { productId, complaints: list.reduce((n, c) => n + c.count, 0), categories: list };
      })
      // A product in a spike comes first: it is what the merchant must look at today.
      .sort(
        (a, b) =>
          Number(b.categories.some((c) => c.spike)) - Number(a.categories.some((c) => c.spike)) ||
          b.complaints - a.complaints ||
          a.productId.localeCompare(b.productId),
      )
      .slice(0, 12)
  );
}

/** The newest examples, one per language first (a merchant wants to see it is not one market's quirk). */
function pickExamples(events: MessageInsight[]): DefectExample[] {
  const newest = [...events].reverse();
  const picked: MessageInsight[] = [];
  const seen = new Set<Language>();
  for (const e of newest)
    if (!seen.has(e.language) && picked.length < EXAMPLES) {
      seen.add(e.language);
      picked.push(e);
    }
  for (const e of newest) if (picked.length < EXAMPLES && !picked.includes(e)) picked.push(e);
  return picked.map((e) => ({ language: e.language, text: e.text!, at: e.at }));
}

export { percentile };
