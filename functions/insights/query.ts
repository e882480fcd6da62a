// The report's filters as the API's query string and the CLI's flags spell them, checked once for both.
import * as z from 'zod';
import { CHANNELS, type ChannelName, LANGUAGES, type Language } from '../core/types';

/** The longest range one report reads (the insights retention): past it, use the Athena path. */
export const MAX_RANGE_DAYS = 400;
const DAY_MS = 86_400_000;

const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'a date (YYYY-MM-DD) or an ISO time')
  .refine((s) => Number.isFinite(Date.parse(s)), 'not a real date');

const filters = z.object({
  from: instant.optional(),
  to: instant.optional(),
  channel: z.enum(CHANNELS).optional(),
  language: z.enum(LANGUAGES).optional(),
});

export interface InsightsQuery {
  from: Date;
  to: Date;
  channel?: ChannelName;
  language?: Language;
}

export type QueryResult = { ok: true; query: InsightsQuery } | { ok: false; error: string };

/**
 * Reads `from`, `to` (a date means its UTC midnight; `to` is exclusive; default: the 30 days up to now),
 * `channel` and `language`.
 * @example
 * parseInsightsQuery({ from: '2026-11-01', to: '2026-12-01' }, new Date());
 */
export function parseInsightsQuery(raw: Record<string, string | undefined>, now: Date): QueryResult {
  const checked = filters.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!checked.success)
    return {
      ok: false,
      error: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  const { from, to, channel, language } = checked.data;
  const end = to ? new Date(to) : now;
  const start = from ? new Date(from) : new Date(end.getTime() - 30 * DAY_MS);
  if (start >= end) return { ok: false, error: 'from must be before to' };
  if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * DAY_MS)
    return { ok: false, error: `a report covers at most ${MAX_RANGE_DAYS} days` };
  return {
    ok: true,
    query: { from: start, to: end, ...(channel ? { channel } : {}), ...(language ? { language } : {}) },
  };
}
