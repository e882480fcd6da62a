// Alerts from insights, told to the merchant through the notifiers' `alert` (core/ports.ts AlertNotice):
//   defect_spike     one product's complaints of one defect category today are far above its baseline
//                    (the average day of the 28 days before);
//   sentiment_surge  the negative shopper messages of the last 6 hours are far above the usual 6 hours
//                    (the 7 days before).
// Counted on the hot path with the Counters port (one atomic add per defect complaint, two per negative
// message, nothing for the rest), read back only when a count passes its minimum, and told once per
// episode: the alert's own counter (limit 1) holds for the cooldown, so a sustained spike is one notice.
// The report runs the same rule over stored events (`isSpike`) to flag products on the dashboard.
import type { MessageInsight } from '../core/insights';
import type { AlertNotice, Counters } from '../core/ports';

export interface SpikeRule {
  /** Fewest complaints (or negative messages) in the window before it can be a spike at all. */
  minCount: number;
  /** How many times the baseline the window must reach. */
  factor: number;
  /** The baseline never counts as less than this (a product nobody complained about is not infinitely spiked). */
  floor: number;
}

export interface AlertRules {
  defect: SpikeRule & { baselineDays: number };
  sentiment: SpikeRule & { windowHours: number; baselineDays: number; negativeBelow: number };
  /** How long one episode lasts: no second alert of the same kind and subject within it. */
  cooldownHours: number;
}

export const DEFAULT_ALERT_RULES: AlertRules = {
  defect: { minCount: 3, factor: 3, floor: 0.5, baselineDays: 28 },
  sentiment: { minCount: 8, factor: 3, floor: 1, windowHours: 6, baselineDays: 7, negativeBelow: -0.4 },
  cooldownHours: 72,
};

/** The one rule both the live alerts and the report use. */
export const isSpike = (count: number, baseline: number, rule: SpikeRule): boolean =>
  count >= rule.minCount && count >= rule.factor * Math.max(rule.floor, baseline);

export interface InsightAlertsDeps {
  counters: Counters;
  alert(notice: AlertNotice): Promise<void>;
  /** A product's name for the notice (the id otherwise). */
  productName?(productId: string): Promise<string | undefined>;
  consoleUrl?: string;
  rules?: AlertRules;
  now?: () => Date;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const hour = (t: number) => new Date(t).toISOString().slice(0, 13);
const words = (category: string) => category.replace(/_/g, ' ');

/**
 * @example
 * const alerts = createInsightAlerts({ counters: stores.counters, alert: alertAgents });
 * await alerts.observe(messageEvents);
 */
export function createInsightAlerts(deps: InsightAlertsDeps) {
  const rules = deps.rules ?? DEFAULT_ALERT_RULES;
  const now = deps.now ?? (() => new Date());
  const sum = async (keys: string[]) =>
    (await Promise.all(keys.map((k) => deps.counters.count(k)))).reduce((a, b) => a + b, 0);

  /** True exactly once per episode (atomic: of two workers seeing the spike, one tells). */
  async function firstOfEpisode(key: string, at: number): Promise<boolean> {
    if ((await deps.counters.count(key)) > 0) return false;
    const added = await deps.counters.add(key, {
      limit: 1,
      expiresAt: new Date(at + rules.cooldownHours * HOUR_MS),
    });
    return added === 1;
  }

  async function defect(
    productId: string,
    category: string,
    event: MessageInsight,
    at: number,
  ): Promise<AlertNotice | undefined> {
    const subject = `${productId}:${category}`;
    const today = await deps.counters.add(`insight:defect:${subject}:${day(at)}`, {
      expiresAt: new Date(at + (rules.defect.baselineDays + 2) * DAY_MS),
    });
    if (today === undefined || today < rules.defect.minCount) return undefined;
    const past = Array.from(
      { length: rules.defect.baselineDays },
      (_, i) => `insight:defect:${subject}:${day(at - (i + 1) * DAY_MS)}`,
    );
    const baseline = (await sum(past)) / rules.defect.baselineDays;
    if (!isSpike(today, baseline, rules.defect)) return undefined;
    if (!(await firstOfEpisode(`insight-alert:defect:${subject}`, at))) return undefined;
    const name = (await deps.productName?.(productId).catch(() => undefined)) ?? productId;
    // A complaint is counted on the day it was written: one written before midnight and read after it
    // (a redelivery, a queue backlog) makes a spike of that day, which is then not "today".
    const when = day(at) === day(now().getTime()) ? 'today' : `on ${day(at)}`;
    return {
      kind: 'defect_spike',
      alertId: `defect:${subject}:${day(at)}`,
      title: `${name}: ${today} "${words(category)}" complaints ${when} (usually ${baseline.toFixed(1)} a day)`,
      lines: [
        `Shoppers reported ${words(category)} on ${name} (${productId}) ${today} times ${when}, against ${baseline.toFixed(1)} a day over the last ${rules.defect.baselineDays} days.`,
        `Latest, in ${event.language}: "${event.text ?? ''}"`,
        'See Insights → products by defect for every message, in the original language and translated.',
      ],
      ...(deps.consoleUrl ? { consoleUrl: `${deps.consoleUrl}/insights` } : {}),
      at: new Date(at).toISOString(),
    };
  }

  async function sentiment(at: number): Promise<AlertNotice | undefined> {
    const rule = rules.sentiment;
    await Promise.all([
      deps.counters.add(`insight:neg:${hour(at)}`, { expiresAt: new Date(at + 2 * DAY_MS) }),
      deps.counters.add(`insight:neg-day:${day(at)}`, {
        expiresAt: new Date(at + (rule.baselineDays + 2) * DAY_MS),
      }),
    ]);
    const window = await sum(
      Array.from({ length: rule.windowHours }, (_, i) => `insight:neg:${hour(at - i * HOUR_MS)}`),
    );
    if (window < rule.minCount) return undefined;
    const days = await sum(
      Array.from({ length: rule.baselineDays }, (_, i) => `insight:neg-day:${day(at - (i + 1) * DAY_MS)}`),
    );
    const baseline = (days / rule.baselineDays) * (rule.windowHours / 24);
    if (!isSpike(window, baseline, rule)) return undefined;
    if (!(await firstOfEpisode('insight-alert:sentiment', at))) return undefined;
    return {
      kind: 'sentiment_surge',
      alertId: `sentiment:${hour(at)}`,
      title: `${window} unhappy shoppers in the last ${rule.windowHours} hours (usually ${baseline.toFixed(1)})`,
      lines: [
        `${window} shopper messages read as negative in the last ${rule.windowHours} hours, against ${baseline.toFixed(1)} in a usual ${rule.windowHours} hours of the last ${rule.baselineDays} days.`,
        'A delayed lane, a faulty batch or an outage often shows here first: see Insights for the reasons and products.',
      ],
      ...(deps.consoleUrl ? { consoleUrl: `${deps.consoleUrl}/insights` } : {}),
      at: new Date(at).toISOString(),
    };
  }

  return {
    /**
     * Counts the shopper messages' defects and negative sentiment and tells the merchant of a new spike.
     * @returns the alerts sent
     */
    async observe(events: readonly MessageInsight[]): Promise<AlertNotice[]> {
      const sent: AlertNotice[] = [];
      for (const event of events) {
        const at = Date.parse(event.at) || now().getTime();
        for (const productId of event.productIds ?? [])
          for (const category of event.defects) {
            const notice = await defect(productId, category, event, at);
            if (notice) sent.push(notice);
          }
        if (event.sentiment <= rules.sentiment.negativeBelow) {
          const notice = await sentiment(at);
          if (notice) sent.push(notice);
        }
      }
      for (const notice of sent) await deps.alert(notice);
      return sent;
    },
  };
}

export type InsightAlerts = ReturnType<typeof createInsightAlerts>;
