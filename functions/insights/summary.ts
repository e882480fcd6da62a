// A day of insight events folded into what the report needs and nothing more, so a month's dashboard reads
// 30 small items instead of half a million events (the report over 100,000 conversations must build in
// ≤ 2 s end to end, and reading the raw events alone takes far longer).
//
// Two halves, because the report has two kinds of figure:
//   segments   everything that is a plain sum over events (messages, intents, sentiment, heatmap hours,
//              handoff reasons, ratings, cost, agent waits, defect complaints), kept per channel and
//              language so the report's filters still apply;
//   rows       one small tuple per event with only what contacts are made of (which chat, when, which
//              kind, the few flags the resolution, first-response, first-contact and proactive rules
//              read). Contacts span midnight and the "back within a week" rule looks days ahead, so they
//              cannot be summed per day; the report rebuilds them from the rows of the whole range.
// Every figure built from summaries is the figure built from the raw events (the report tests compare the
// two on demo data with filters, time zones and ranges that cut days).
import { gunzipSync, gzipSync } from 'node:zlib';
import type { InsightEvent } from '../core/insights';
import type { ChannelName, Language } from '../core/types';
import { isoMs } from './report-parts';

export const SUMMARY_VERSION = 1;

/** Bot replies that settle what was asked (a clarifying question or a verification prompt does not). */
export const SETTLING_ACTIONS = new Set(['answer', 'rating', 'request', 'resume']);
/** Intents that mean the shopper wants out of the order. */
export const CANCEL_INTENTS = new Set(['cancel_order']);
/** Handoff reasons that mean the same. */
export const CANCEL_REASONS = new Set(['delay_refund', 'cancel_processing']);
/** Example texts kept per product, defect category and language in one day (the report shows three). */
const EXAMPLES_KEPT = 3;

/** A row's kind, in its low bits. */
export const ROW = {
  message: 0,
  reply: 1,
  agentReply: 2,
  handoff: 3,
  resolution: 4,
  proactive: 5,
  rating: 6,
  kindMask: 7,
  /** message: the shopper asked for no more proactive messages. */
  optOut: 8,
  /** message: a cancel intent; handoff: a cancel reason. */
  cancel: 16,
  /** reply: an action that settles what was asked. */
  settling: 32,
  /** resolution: settled by an agent. */
  byAgent: 64,
  /** proactive: news for an update subscriber, not a delay notice. */
  update: 128,
} as const;

/**
 * One entry per event in each column, grouped by chat (in order of first appearance) and in time order
 * within a chat: the report then finds each chat once per day, and flat number arrays parse fast.
 */
export interface SummaryRows {
  chat: number[];
  /** Ms since the day's start. */
  t: number[];
  language: number[];
  /** Kind and flags (`ROW`). */
  code: number[];
  /** A reply's responseMs; 0 for every other kind. */
  responseMs: number[];
}

/** A defect complaint: `[ms since the day's start, product ids, categories, the words when kept]`. */
export type SummaryComplaint = [t: number, productIds: string[], defects: string[], text?: string];

export interface SummarySegment {
  channel: ChannelName;
  language: Language;
  shopper: number;
  /** Bot messages sent (a reply's platform messages, 1 when not counted). */
  bot: number;
  agent: number;
  intents: Record<string, number>;
  /** Shopper messages per UTC hour of the day. */
  heat: number[];
  /** Handoffs per UTC hour of the day. */
  handoffHeat: number[];
  reasons: Record<string, number>;
  sentimentSum: number;
  /** Messages per sentiment value (the extractor rounds to 3 places): any "negative below" rule applies. */
  sentiments: Record<string, number>;
  /** Ratings 1…5. */
  ratings: number[];
  proactiveSent: number;
  llmTokens: number;
  translatedChars: number;
  /** Platform messages of replies (priced per reply) and of proactive messages (priced per template/push). */
  replyMessages: number;
  proactiveMessages: number;
  agentWaitMs: number[];
  complaints: SummaryComplaint[];
}

export interface DaySummary {
  v: typeof SUMMARY_VERSION;
  /** The UTC day, `YYYY-MM-DD`. */
  day: string;
  /** Epoch ms of the day's start (rows and complaints count from it). */
  start: number;
  /** Conversation log ids with events in the day, and each one's channel. */
  chats: string[];
  chatChannels: ChannelName[];
  languages: Language[];
  rows: SummaryRows;
  segments: SummarySegment[];
}

const DAY_MS = 86_400_000;

const emptySegment = (channel: ChannelName, language: Language): SummarySegment => ({
  channel,
  language,
  shopper: 0,
  bot: 0,
  agent: 0,
  intents: {},
  heat: new Array<number>(24).fill(0),
  handoffHeat: new Array<number>(24).fill(0),
  reasons: {},
  sentimentSum: 0,
  sentiments: {},
  ratings: [0, 0, 0, 0, 0],
  proactiveSent: 0,
  llmTokens: 0,
  translatedChars: 0,
  replyMessages: 0,
  proactiveMessages: 0,
  agentWaitMs: [],
  complaints: [],
});

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

function rowCode(e: InsightEvent): number {
  switch (e.kind) {
    case 'message':
      return (
        ROW.message |
        (e.optOut ? ROW.optOut : 0) |
        (e.intent && CANCEL_INTENTS.has(e.intent) ? ROW.cancel : 0)
      );
    case 'reply':
      return ROW.reply | (SETTLING_ACTIONS.has(e.action) ? ROW.settling : 0);
    case 'agent_reply':
      return ROW.agentReply;
    case 'handoff':
      return ROW.handoff | (CANCEL_REASONS.has(e.reason) ? ROW.cancel : 0);
    case 'resolution':
      return ROW.resolution | (e.by === 'agent' ? ROW.byAgent : 0);
    case 'proactive':
      return ROW.proactive | (e.reason === 'update' ? ROW.update : 0);
    case 'rating':
      return ROW.rating;
  }
}

/**
 * Folds one UTC day's events (any order; events of other days are an error) into its summary.
 * @example
 * const summary = summarizeDay('2026-12-01', await insights.list({ from: dayStart, to: dayEnd }));
 */
export function summarizeDay(day: string, events: readonly InsightEvent[]): DaySummary {
  const start = Date.parse(`${day}T00:00:00.000Z`);
  const sorted = inEventOrder(events);
  const chatIndex = new Map<string, number>();
  const languageIndex = new Map<Language, number>();
  const segmentIndex = new Map<string, SummarySegment>();
  const summary: DaySummary = {
    v: SUMMARY_VERSION,
    day,
    start,
    chats: [],
    chatChannels: [],
    languages: [],
    rows: { chat: [], t: [], language: [], code: [], responseMs: [] },
    segments: [],
  };
  // Row indexes per chat, so the columns can be written grouped by chat in one pass at the end.
  const byChat: number[][] = [];
  const times: number[] = [];
  const languages: number[] = [];
  const codes: number[] = [];
  const responses: number[] = [];
  for (const e of sorted) {
    const t = isoMs(e.at) - start;
    if (!(t >= 0 && t < DAY_MS)) throw new Error(`an event of ${e.at} is not in ${day}`);
    let chat = chatIndex.get(e.conversation);
    if (chat === undefined) {
      chat = summary.chats.push(e.conversation) - 1;
      summary.chatChannels.push(e.channel);
      chatIndex.set(e.conversation, chat);
      byChat.push([]);
    }
    let language = languageIndex.get(e.language);
    if (language === undefined) {
      language = summary.languages.push(e.language) - 1;
      languageIndex.set(e.language, language);
    }
    byChat[chat]!.push(times.length);
    times.push(t);
    languages.push(language);
    codes.push(rowCode(e));
    responses.push(e.kind === 'reply' ? e.responseMs : 0);

    const key = `${e.channel} ${e.language}`;
    let s = segmentIndex.get(key);
    if (!s) {
      s = emptySegment(e.channel, e.language);
      segmentIndex.set(key, s);
      summary.segments.push(s);
    }
    const hour = Math.floor(t / 3_600_000);
    if (e.cost) {
      s.llmTokens += e.cost.llmTokens ?? 0;
      s.translatedChars += e.cost.translatedChars ?? 0;
      if (e.kind === 'proactive') s.proactiveMessages += e.cost.messages ?? 0;
      else s.replyMessages += e.cost.messages ?? 0;
    }
    switch (e.kind) {
      case 'message':
        s.shopper++;
        s.heat[hour]!++;
        if (e.intent) bump(s.intents, e.intent);
        s.sentimentSum += e.sentiment;
        bump(s.sentiments, String(e.sentiment));
        if (e.defects.length > 0 && e.productIds?.length)
          s.complaints.push([t, e.productIds, e.defects, ...(e.text ? [e.text] : [])] as SummaryComplaint);
        break;
      case 'reply':
        s.bot += e.cost?.messages ?? 1;
        break;
      case 'agent_reply':
        s.agent++;
        if (e.waitMs !== undefined) s.agentWaitMs.push(e.waitMs);
        break;
      case 'handoff':
        bump(s.reasons, e.reason);
        s.handoffHeat[hour]!++;
        break;
      case 'rating':
        s.ratings[e.score - 1]!++;
        break;
      case 'proactive':
        s.proactiveSent++;
        break;
      case 'resolution':
        break;
    }
  }
  const rows = summary.rows;
  byChat.forEach((list, chat) => {
    for (const i of list) {
      rows.chat.push(chat);
      rows.t.push(times[i]!);
      rows.language.push(languages[i]!);
      rows.code.push(codes[i]!);
      rows.responseMs.push(responses[i]!);
    }
  });
  for (const s of summary.segments) keepNewestExamples(s.complaints);
  return summary;
}

/**
 * Drops the words of all but the newest few complaints per product, category (and, the segment being one
 * language, language): the report shows the newest examples, one per language first, so older words are
 * never shown and would only make the summary heavier. The complaint itself still counts.
 */
function keepNewestExamples(complaints: SummaryComplaint[]): void {
  const kept = new Map<string, number>();
  for (let i = complaints.length - 1; i >= 0; i--) {
    const c = complaints[i]!;
    if (c[3] === undefined) continue;
    let useful = false;
    for (const product of c[1])
      for (const category of c[2]) {
        const key = `${product}\u0000${category}`;
        const n = kept.get(key) ?? 0;
        if (n < EXAMPLES_KEPT) {
          kept.set(key, n + 1);
          useful = true;
        }
      }
    if (!useful) c.length = 3;
  }
}

/** By time, then event id (the order `InsightsLog.list` returns): sorted only when not already. */
function inEventOrder(events: readonly InsightEvent[]): readonly InsightEvent[] {
  const before = (a: InsightEvent, b: InsightEvent) => a.at < b.at || (a.at === b.at && a.id < b.id);
  for (let i = 1; i < events.length; i++)
    if (before(events[i]!, events[i - 1]!))
      return [...events].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  return events;
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Events of any days, already cut to the report's range, folded day by day.
 * @example
 * summarizeEvents(await insights.list({ from, to })); // [DaySummary of each day with events]
 */
export function summarizeEvents(events: readonly InsightEvent[]): DaySummary[] {
  const byDay = new Map<string, InsightEvent[]>();
  for (const e of events) {
    const day = e.at.slice(0, 10);
    const list = byDay.get(day);
    if (list) list.push(e);
    else byDay.set(day, [e]);
  }
  return [...byDay.keys()].sort().map((day) => summarizeDay(day, byDay.get(day)!));
}

/** The stored form: gzip'd JSON (a busy day's summary is a few hundred KB of JSON, tens of KB gzip'd). */
export function encodeSummary(summary: DaySummary): Uint8Array {
  return gzipSync(JSON.stringify(summary), { level: 6 });
}

/** Undefined when the bytes are not a summary of this version (it is then rebuilt from the events). */
export function decodeSummary(bytes: Uint8Array): DaySummary | undefined {
  try {
    const parsed = JSON.parse(gunzipSync(bytes).toString('utf8')) as DaySummary;
    return parsed?.v === SUMMARY_VERSION && Array.isArray(parsed.rows?.chat) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
