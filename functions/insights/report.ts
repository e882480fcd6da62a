// The insights report: pure aggregation of stored events (core/insights.ts) into every figure the
// dashboard, `GET /insights` and `npm run insights` show — the same function for all three. How each
// figure is computed is written down in docs/insights.md; the comments here say only why.
//
// A "conversation" here is a contact: one chat's events with no pause longer than SESSION_GAP_HOURS (a chat
// id lives for years; a shopper who comes back next month with a new question is a new conversation).
import type { InsightEvent } from '../core/insights';
import type { ChannelName, Language } from '../core/types';
import { type AlertRules, DEFAULT_ALERT_RULES, isSpike } from './alerts';
import {
  type CostRates,
  createLocalClock,
  DEFAULT_COST_RATES,
  percentile,
  ranked,
  type StaffingDay,
  share,
  suggestStaffing,
  type Timing,
  timing,
} from './report-parts';
import { type DaySummary, ROW, summarizeEvents } from './summary';

export { DEFAULT_COST_RATES } from './report-parts';

export const SESSION_GAP_HOURS = 24;
/** A shopper's message this soon after a proactive one answers it. */
const ANSWER_WINDOW_MS = 48 * 3_600_000;
/** A cancel or refund request this soon after a delay notice means the notice did not avoid it. */
const CANCEL_WINDOW_MS = 7 * 86_400_000;
/** A shopper back this soon after a resolved contact means the first contact did not settle it. */
const REPEAT_WINDOW_MS = 7 * 86_400_000;
const EXAMPLES = 3;

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

/**
 * Where one chat's rows of the range are: `[summary, first row, end row, …]` (rows come grouped by chat in
 * each summary). Only these small arrays are kept per chat; the rows themselves are copied into one reused
 * scratch buffer while the chat is counted (a month of a busy shop is 100,000 chats and 500,000 rows, and
 * an array per chat and column is most of a second of garbage collection).
 */
interface ChatRuns {
  channel: ChannelName;
  runs: number[];
}

/** One chat's rows, oldest first, in the scratch buffer: valid up to `length`. */
interface ChatRows {
  length: number;
  times: number[];
  codes: number[];
  languages: Language[];
  responseMs: number[];
}

/** A defect complaint of the range, with its time and language back in place. */
interface Complaint {
  t: number;
  productIds: string[];
  defects: string[];
  language: Language;
  text?: string;
}

const money = (n: number) => Math.round(n * 10_000) / 10_000;
const grid = () => Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
const inc = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/**
 * Builds the report from the events of the range (as `InsightsLog.list` returns them, oldest first): they
 * are folded into day summaries first, so this and the stored-summary path are one computation.
 * @example
 * const report = buildInsightsReport(await insights.list({ from, to }), { from, to, timezone: merchant.timezone });
 */
export function buildInsightsReport(all: readonly InsightEvent[], options: ReportOptions): InsightsReport {
  return buildReportFromSummaries(summarizeEvents(all), options);
}

/**
 * Builds the report from day summaries (functions/insights/summary.ts) covering the range, each holding
 * only that day's events of the range.
 * @example
 * const report = buildReportFromSummaries(await readSummaries(log, { from, to }), { from, to, timezone });
 */
export function buildReportFromSummaries(
  summaries: readonly DaySummary[],
  options: ReportOptions,
): InsightsReport {
  const rates = options.rates ?? DEFAULT_COST_RATES;
  const rules = options.rules ?? DEFAULT_ALERT_RULES;
  const local = createLocalClock(options.timezone);
  const wanted = (channel: ChannelName, language: Language) =>
    (!options.channel || channel === options.channel) && (!options.language || language === options.language);

  const messages = { shopper: 0, bot: 0, agent: 0 };
  const reasons = new Map<string, number>();
  const intents = new Map<string, number>();
  const heatmap = grid();
  const handoffHeatmap = grid();
  const agentWait: number[] = [];
  const ratings = [0, 0, 0, 0, 0];
  const days = new Map<string, { sum: number; messages: number; negative: number }>();
  let sentimentSum = 0;
  let negative = 0;
  const proactive = { sent: 0, answered: 0, optedOut: 0, cancellationsAvoided: 0 };
  const cost = { llmTokens: 0, translatedChars: 0, messages: 0, messageUsd: 0, turns: 0 };
  const complaints: Complaint[] = [];
  const byChat = new Map<string, ChatRuns>();
  const sorted = [...summaries].sort((a, b) => a.start - b.start);

  sorted.forEach((summary, summaryIndex) => {
    for (const s of summary.segments) {
      if (!wanted(s.channel, s.language)) continue;
      messages.shopper += s.shopper;
      messages.bot += s.bot;
      messages.agent += s.agent;
      for (const [intent, n] of Object.entries(s.intents)) inc(intents, intent, n);
      for (const [reason, n] of Object.entries(s.reasons)) inc(reasons, reason, n);
      for (let h = 0; h < 24; h++) {
        if (!s.heat[h] && !s.handoffHeat[h]) continue;
        const { weekday, hour } = local(summary.start + h * 3_600_000);
        heatmap[weekday]![hour]! += s.heat[h] ?? 0;
        handoffHeatmap[weekday]![hour]! += s.handoffHeat[h] ?? 0;
      }
      if (s.shopper > 0) {
        const day = days.get(summary.day) ?? { sum: 0, messages: 0, negative: 0 };
        day.sum += s.sentimentSum;
        day.messages += s.shopper;
        for (const [value, n] of Object.entries(s.sentiments))
          if (Number(value) <= rules.sentiment.negativeBelow) {
            negative += n;
            day.negative += n;
          }
        days.set(summary.day, day);
      }
      sentimentSum += s.sentimentSum;
      s.ratings.forEach((n, i) => {
        ratings[i]! += n;
      });
      proactive.sent += s.proactiveSent;
      cost.llmTokens += s.llmTokens;
      cost.translatedChars += s.translatedChars;
      cost.messages += s.replyMessages + s.proactiveMessages;
      cost.messageUsd +=
        s.replyMessages * rates.replyPerMessage[s.channel] +
        s.proactiveMessages * rates.proactivePerMessage[s.channel];
      cost.turns += s.shopper;
      for (const ms of s.agentWaitMs) agentWait.push(ms);
      for (const [t, productIds, defects, text] of s.complaints)
        complaints.push({
          t: summary.start + t,
          productIds,
          defects,
          language: s.language,
          ...(text !== undefined ? { text } : {}),
        });
    }
    const { rows } = summary;
    for (let i = 0; i < rows.chat.length; ) {
      const chatIndex = rows.chat[i]!;
      let end = i + 1;
      while (end < rows.chat.length && rows.chat[end] === chatIndex) end++;
      const channel = summary.chatChannels[chatIndex]!;
      if (!options.channel || channel === options.channel) {
        const key = summary.chats[chatIndex]!;
        const chat = byChat.get(key);
        if (chat) chat.runs.push(summaryIndex, i, end);
        else byChat.set(key, { channel, runs: [summaryIndex, i, end] });
      }
      i = end;
    }
  });
  complaints.sort((a, b) => a.t - b.t);

  const contacts = countContacts(byChat, sorted, options.language, proactive);
  const { total, resolved, handedOff, fcr } = contacts;
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
      firstResponse: timing(contacts.firstResponse),
      resolution: timing(contacts.resolution),
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
    languages: ranked(contacts.languages, total, 'language') as InsightsReport['languages'],
    channels: ranked(contacts.channels, total, 'channel') as InsightsReport['channels'],
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

/**
 * Splits each chat into contacts at pauses longer than the session gap and reads each contact's outcome:
 * who resolved it, first response and resolution times, whether the shopper came back within a week, and
 * what followed each proactive message.
 */
function countContacts(
  byChat: Map<string, ChatRuns>,
  summaries: readonly DaySummary[],
  onlyLanguage: Language | undefined,
  proactive: { answered: number; optedOut: number; cancellationsAvoided: number },
) {
  const gap = SESSION_GAP_HOURS * 3_600_000;
  const out = {
    total: 0,
    resolved: { bot: 0, agent: 0, unresolved: 0 },
    handedOff: 0,
    fcr: 0,
    firstResponse: [] as number[],
    resolution: [] as number[],
    languages: new Map<string, number>(),
    channels: new Map<string, number>(),
  };
  const chat: ChatRows = { length: 0, times: [], codes: [], languages: [], responseMs: [] };
  const bounds: [number, number][] = [];
  for (const { channel, runs } of byChat.values()) {
    let n = 0;
    for (let r = 0; r < runs.length; r += 3) {
      const summary = summaries[runs[r]!]!;
      const rows = summary.rows;
      for (let i = runs[r + 1]!; i < runs[r + 2]!; i++) {
        const language = summary.languages[rows.language[i]!]!;
        if (onlyLanguage && language !== onlyLanguage) continue;
        chat.times[n] = summary.start + rows.t[i]!;
        chat.codes[n] = rows.code[i]!;
        chat.languages[n] = language;
        chat.responseMs[n] = rows.responseMs[i]!;
        n++;
      }
    }
    chat.length = n;
    if (n === 0) continue;
    const { times, codes } = chat;
    bounds.length = 0;
    let begin = 0;
    for (let i = 1; i <= n; i++)
      if (i === n || times[i]! - times[i - 1]! > gap) {
        bounds.push([begin, i]);
        begin = i;
      }
    bounds.forEach(([a, b], index) => {
      let first: number | undefined;
      let language: Language | undefined;
      let responded = false;
      let handoff = false;
      let agentResolvedAt: number | undefined;
      let lastReplyAt: number | undefined;
      let lastReplySettles = false;
      for (let i = a; i < b; i++) {
        const code = codes[i]!;
        const t = times[i]!;
        switch (code & ROW.kindMask) {
          case ROW.message:
            if (first === undefined) {
              first = t;
              language = chat.languages[i];
            }
            break;
          case ROW.reply:
            if (first !== undefined && !responded) {
              responded = true;
              out.firstResponse.push(chat.responseMs[i]!);
            }
            lastReplyAt = t;
            lastReplySettles = (code & ROW.settling) !== 0;
            break;
          case ROW.agentReply:
            if (first !== undefined && !responded) {
              responded = true;
              out.firstResponse.push(Math.max(0, t - first));
            }
            break;
          case ROW.handoff:
            handoff = true;
            break;
          case ROW.resolution:
            if (code & ROW.byAgent && agentResolvedAt === undefined) agentResolvedAt = t;
            break;
          case ROW.proactive:
            proactiveOutcome(chat, i, proactive);
            break;
        }
      }
      if (first === undefined) return;
      out.total++;
      inc(out.languages, language!);
      inc(out.channels, channel);
      if (handoff) out.handedOff++;
      const settledAt = agentResolvedAt ?? (!handoff && lastReplySettles ? lastReplyAt : undefined);
      if (agentResolvedAt !== undefined) out.resolved.agent++;
      else if (settledAt !== undefined) out.resolved.bot++;
      else out.resolved.unresolved++;
      if (settledAt !== undefined) {
        out.resolution.push(Math.max(0, settledAt - first));
        const next = bounds[index + 1];
        if (!next || times[next[0]]! - times[b - 1]! > REPEAT_WINDOW_MS) out.fcr++;
      }
    });
  }
  return out;
}

/** Whether the proactive message at `sent` was answered, opted out of, or followed by a cancellation. */
function proactiveOutcome(
  chat: ChatRows,
  sent: number,
  out: { answered: number; optedOut: number; cancellationsAvoided: number },
): void {
  const t = chat.times[sent]!;
  let answered = false;
  let optedOut = false;
  let cancelled = false;
  for (let i = sent + 1; i < chat.length; i++) {
    const dt = chat.times[i]! - t;
    if (dt <= 0) continue;
    if (dt > CANCEL_WINDOW_MS) break;
    const code = chat.codes[i]!;
    const kind = code & ROW.kindMask;
    if (kind === ROW.message) {
      if (dt <= ANSWER_WINDOW_MS) answered = true;
      if (dt <= ANSWER_WINDOW_MS && code & ROW.optOut) optedOut = true;
      if (code & ROW.cancel) cancelled = true;
    }
    if (kind === ROW.handoff && code & ROW.cancel) cancelled = true;
  }
  if (answered) out.answered++;
  if (optedOut) out.optedOut++;
  if (!(chat.codes[sent]! & ROW.update) && !cancelled) out.cancellationsAvoided++;
}

/** Products ranked by defect complaints, with the alert rule run on the range's last day. */
function productDefects(
  complaints: Complaint[],
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
      { count: number; lastDay: number; before: number; languages: Set<Language>; examples: Complaint[] }
    >
  >();
  for (const e of complaints) {
    const t = e.t;
    for (const productId of e.productIds) {
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
function pickExamples(events: Complaint[]): DefectExample[] {
  const newest = [...events].reverse();
  const picked: Complaint[] = [];
  const seen = new Set<Language>();
  for (const e of newest)
    if (!seen.has(e.language) && picked.length < EXAMPLES) {
      seen.add(e.language);
      picked.push(e);
    }
  for (const e of newest) if (picked.length < EXAMPLES && !picked.includes(e)) picked.push(e);
  return picked.map((e) => ({ language: e.language, text: e.text!, at: new Date(e.t).toISOString() }));
}

export { percentile };
