// The merchant's after-sales insights: one small event per shopper message, bot reply, handoff, agent
// reply, resolution, proactive message and rating. Written on the hot path (best effort, never failing a
// turn), read back by time range to build the report (functions/insights/report.ts) that the console's
// dashboard, `GET /insights` and `npm run insights` all show.
//
// Events name a conversation by its log id (a keyed hash, functions/log-id.ts), never by the platform ids
// a conversation id carries; only a complaint about a defect keeps a short excerpt of the shopper's words
// (the dashboard's example messages), and every event expires after the insights retention.
import type { HandoffRecord } from './types';
import type { ChannelName, Intent, Language } from './vocabulary';

/** Who settled a conversation: the bot, an agent, or nobody (handed back by agent silence, abandoned). */
export type ResolvedBy = 'bot' | 'agent' | 'nobody';

/** What one event cost: LLM tokens, machine-translated characters, platform messages sent. */
export interface InsightCost {
  llmTokens?: number;
  translatedChars?: number;
  messages?: number;
}

interface InsightBase {
  /** Unique and stable per happening (a redelivered turn writes the same ids: overwrites, never doubles). */
  id: string;
  at: string;
  /** The conversation's log id (`c_…`), not its platform ids. */
  conversation: string;
  channel: ChannelName;
  language: Language;
  cost?: InsightCost;
}

export interface MessageInsight extends InsightBase {
  kind: 'message';
  intent?: Intent;
  confidence?: number;
  /** −1 (angry) … 1 (delighted). */
  sentiment: number;
  /** Canonical defect categories (functions/insights/extract.ts `DEFECT_CATEGORIES`), whatever the language. */
  defects: string[];
  orderId?: string;
  /** The products of the order in focus (defect complaints only: that look-up is not free). */
  productIds?: string[];
  /** The shopper's words as written, ≤ 280 characters, kept only when they name a defect. */
  text?: string;
  /** The shopper asked for no more proactive messages. */
  optOut?: true;
}

export interface ReplyInsight extends InsightBase {
  kind: 'reply';
  action: string;
  source?: 'offline' | 'llm';
  intent?: Intent;
  /** From the shopper's message to the reply going out. */
  responseMs: number;
}

export interface HandoffInsight extends InsightBase {
  kind: 'handoff';
  handoffId: string;
  reason: string;
  orderId?: string;
}

export interface AgentReplyInsight extends InsightBase {
  kind: 'agent_reply';
  handoffId: string;
  /** On the first agent message of a handoff: how long the shopper waited for a person. */
  waitMs?: number;
}

export interface ResolutionInsight extends InsightBase {
  kind: 'resolution';
  by: ResolvedBy;
  handoffId?: string;
  resolution?: string;
}

export interface ProactiveInsight extends InsightBase {
  kind: 'proactive';
  /** The delay's reason (`customs_hold`, `no_news`…) or `update` for an update subscriber's news. */
  reason: string;
  orderId?: string;
}

export interface RatingInsight extends InsightBase {
  kind: 'rating';
  handoffId: string;
  score: 1 | 2 | 3 | 4 | 5;
}

export type InsightEvent =
  | MessageInsight
  | ReplyInsight
  | HandoffInsight
  | AgentReplyInsight
  | ResolutionInsight
  | ProactiveInsight
  | RatingInsight;

export type InsightKind = InsightEvent['kind'];

/**
 * Where insight events are kept: DynamoDB items under one partition per day (and shard) with time-sorted
 * sort keys, so a range read is a few queries, never a scan; an in-memory twin for tests.
 */
export interface InsightsLog {
  /**
   * Writes the events (batched where the store can); each expires after the insights retention. An event of
   * a day that is already over also voids that day's stored summary (it no longer holds every event).
   */
  record(events: readonly InsightEvent[]): Promise<void>;
  /** Events with `from <= at < to`, oldest first. */
  list(range: { from: Date; to: Date }): Promise<InsightEvent[]>;
  /** Where finished days' summaries are kept (functions/insights/summary.ts); absent: always from events. */
  readonly summaries?: InsightSummaryStore;
}

/**
 * Finished days folded into one small item each, so the dashboard reads a month as 30 items instead of
 * every event. The store keeps the bytes opaque; only functions/insights knows their shape.
 */
export interface InsightSummaryStore {
  /** The stored summaries of these UTC days (`YYYY-MM-DD`) that no later write or erasure has voided. */
  read(days: readonly string[]): Promise<Map<string, Uint8Array>>;
  /**
   * Keeps a day's summary built from events read at `builtFrom` (epoch ms) or later: dropped (false) when an
   * event of that day was written or erased since, so a summary never misses an event it claims to hold.
   * `keepsText`: it holds shoppers' words, so it expires with the message retention, not the insights one.
   */
  write(
    day: string,
    summary: Uint8Array,
    builtFrom: number,
    options: { keepsText: boolean },
  ): Promise<boolean>;
}

/** How long insight events are kept by default: a year and a month, so a year-on-year month compares. */
export const INSIGHTS_RETENTION_DAYS = 400;

/** The events an agent-desk operation produced, built from the handoff before and after it. */
export function deskInsights(
  base: Omit<InsightBase, 'id'>,
  before: HandoffRecord | undefined,
  after: HandoffRecord | undefined,
  kind: 'agent_reply' | 'resolution',
): InsightEvent[] {
  const handoffId = after?.id ?? before?.id;
  if (!handoffId) return [];
  const stamp = Date.parse(base.at).toString(36);
  if (kind === 'agent_reply') {
    const first = before?.lastAgentAt === undefined;
    return [
      {
        ...base,
        id: `agent:${handoffId}:${stamp}`,
        kind: 'agent_reply',
        handoffId,
        ...(first && before
          ? { waitMs: Math.max(0, Date.parse(base.at) - Date.parse(before.requestedAt)) }
          : {}),
      },
    ];
  }
  const by: ResolvedBy = after?.endedBy === 'timeout' ? 'nobody' : 'agent';
  return [
    {
      ...base,
      id: `resolution:${handoffId}`,
      kind: 'resolution',
      by,
      handoffId,
      ...(after?.resolution ? { resolution: after.resolution } : {}),
    },
  ];
}

/**
 * What the desk, the proactive path and the worker record through: the log, and how a conversation is
 * named in it (the handlers inject `logId`, so core never hashes platform ids itself).
 */
export interface InsightsRecorder {
  log: InsightsLog;
  conversationKey(conversationId: string): string;
  /** Told when a write failed (it is dropped: insights never fail the work they describe). */
  onError?(error: unknown): void;
}

/** Best effort: a failed write is reported and dropped, never thrown. */
export async function recordInsights(
  recorder: InsightsRecorder | undefined,
  events: readonly InsightEvent[],
): Promise<void> {
  if (!recorder || events.length === 0) return;
  try {
    await recorder.log.record(events);
  } catch (error) {
    recorder.onError?.(error);
  }
}
