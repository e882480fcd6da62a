// The report's small pure helpers: percentiles, the merchant's local weekday and hour of an instant,
// staffing suggestions from the weekly heatmap, and the cost rates.
import type { ChannelName } from '../core/types';

/** Nearest-rank percentile of unsorted numbers (undefined for none). */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Timing {
  count: number;
  /** Seconds. */
  p50?: number;
  p90?: number;
}

export const timing = (ms: number[]): Timing => {
  const p50 = percentile(ms, 50);
  const p90 = percentile(ms, 90);
  return {
    count: ms.length,
    ...(p50 !== undefined ? { p50: Math.round(p50 / 100) / 10 } : {}),
    ...(p90 !== undefined ? { p90: Math.round(p90 / 100) / 10 } : {}),
  };
};

/**
 * The local ISO weekday (0 = Monday … 6 = Sunday) and hour of an instant in `timeZone`. Offsets change at
 * most on the hour, so one Intl lookup per UTC hour serves every event in it (a report reads 100,000s).
 */
export function createLocalClock(timeZone: string): (ms: number) => { weekday: number; hour: number } {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
  });
  const cache = new Map<number, { weekday: number; hour: number }>();
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return (ms) => {
    const hourStart = Math.floor(ms / 3_600_000);
    let found = cache.get(hourStart);
    if (!found) {
      const parts = format.formatToParts(new Date(hourStart * 3_600_000 + 1_800_000));
      const weekday = days.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? 'Mon');
      const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
      found = { weekday, hour };
      cache.set(hourStart, found);
    }
    // Half-hour zones (India, Newfoundland): the minutes past the UTC hour may cross the local hour.
    return found;
  };
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export interface StaffingDay {
  weekday: (typeof WEEKDAYS)[number];
  /** Local hour ranges worth staffing, e.g. `09:00–13:00`. */
  hours: string[];
}

/**
 * Hours worth a person: where handoffs (else shopper messages) reach half of the week's busiest hour.
 * Contiguous hours join into ranges; a day without such an hour is left out.
 */
export function suggestStaffing(heatmap: number[][]): StaffingDay[] {
  const peak = Math.max(0, ...heatmap.flat());
  if (peak === 0) return [];
  const out: StaffingDay[] = [];
  heatmap.forEach((hours, weekday) => {
    const ranges: string[] = [];
    let start: number | undefined;
    for (let h = 0; h <= 24; h++) {
      const busy = h < 24 && (hours[h] ?? 0) >= peak / 2;
      if (busy && start === undefined) start = h;
      if (!busy && start !== undefined) {
        ranges.push(`${String(start).padStart(2, '0')}:00–${String(h).padStart(2, '0')}:00`);
        start = undefined;
      }
    }
    if (ranges.length) out.push({ weekday: WEEKDAYS[weekday]!, hours: ranges });
  });
  return out;
}

/**
 * What one unit of each cost line costs, in USD. Example rates (docs/insights.md): a small LLM, AWS
 * Translate's standard rate, a WhatsApp utility template when the bot speaks first outside the 24-hour
 * window, a LINE push past the free quota, and the AWS requests of one turn.
 */
export interface CostRates {
  llmPerMTokens: number;
  translatePerMChars: number;
  /** Replies inside a conversation (WhatsApp service messages are free; LINE replies with a token too). */
  replyPerMessage: Record<ChannelName, number>;
  /** Messages we send first (a template on WhatsApp, a push on LINE). */
  proactivePerMessage: Record<ChannelName, number>;
  /** Lambda, SQS and DynamoDB requests of one shopper turn. */
  infraPerTurn: number;
  /** What a per-resolution AI agent charges for each conversation it resolves. */
  aiAgentPerResolution: number;
}

export const DEFAULT_COST_RATES: CostRates = {
  llmPerMTokens: 0.3,
  translatePerMChars: 15,
  replyPerMessage: { whatsapp: 0, line: 0, telegram: 0 },
  proactivePerMessage: { whatsapp: 0.01, line: 0.003, telegram: 0 },
  infraPerTurn: 0.00002,
  aiAgentPerResolution: 0.99,
};

/**
 * The merchant's rates over the defaults (crossdesk.config.json `insightsCosts`: any rate left out keeps
 * its default).
 * @example
 * costRates({ aiAgentPerResolution: 1.5, proactivePerMessage: { whatsapp: 0.0248 } });
 */
export function costRates(overrides: {
  llmPerMTokens?: number | undefined;
  translatePerMChars?: number | undefined;
  replyPerMessage?: Partial<Record<ChannelName, number>> | undefined;
  proactivePerMessage?: Partial<Record<ChannelName, number>> | undefined;
  infraPerTurn?: number | undefined;
  aiAgentPerResolution?: number | undefined;
}): CostRates {
  const d = DEFAULT_COST_RATES;
  return {
    llmPerMTokens: overrides.llmPerMTokens ?? d.llmPerMTokens,
    translatePerMChars: overrides.translatePerMChars ?? d.translatePerMChars,
    replyPerMessage: { ...d.replyPerMessage, ...overrides.replyPerMessage },
    proactivePerMessage: { ...d.proactivePerMessage, ...overrides.proactivePerMessage },
    infraPerTurn: overrides.infraPerTurn ?? d.infraPerTurn,
    aiAgentPerResolution: overrides.aiAgentPerResolution ?? d.aiAgentPerResolution,
  };
}

/** Count → share of a total, rounded to 3 places (0 of nothing). */
export const share = (count: number, total: number): number =>
  total === 0 ? 0 : Math.round((count / total) * 1000) / 1000;

/** The counts of a map as `{ key, count, share }`, largest first. */
export function ranked<K extends string>(counts: Map<K, number>, total: number, key: string, limit = 20) {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([k, count]) => ({ [key]: k, count, share: share(count, total) }));
}

const dayStarts = new Map<string, number>();
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Epoch ms of an ISO time as `toISOString` writes it (`2026-12-07T09:30:00.000Z`), without `Date.parse`:
 * a report reads every event's time several times, and parsing 600,000 of them is most of a second.
 * Anything else falls back to `Date.parse`.
 */
export function isoMs(at: string): number {
  if (at.length !== 24 || at.charCodeAt(23) !== 90 /* Z */) return Date.parse(at);
  const day = at.slice(0, 10);
  let start = dayStarts.get(day);
  if (start === undefined) {
    start = Date.parse(`${day}T00:00:00.000Z`);
    if (dayStarts.size > 5_000) dayStarts.clear();
    dayStarts.set(day, start);
  }
  return (
    start +
    (digit(at, 11) * 10 + digit(at, 12)) * 3_600_000 +
    (digit(at, 14) * 10 + digit(at, 15)) * 60_000 +
    (digit(at, 17) * 10 + digit(at, 18)) * 1000 +
    digit(at, 20) * 100 +
    digit(at, 21) * 10 +
    digit(at, 22)
  );
}
