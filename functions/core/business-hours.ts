// When the merchant's human team is at work, in the merchant's time zone: what a waiting shopper is told
// ("usually within 15 minutes" or "back Monday 09:00") and what agent silence counts (only open hours:
// a handoff on Friday night is not "ignored" until the team is back on Monday).
import type { MerchantConfig } from './merchant-config';
import { INTL_LOCALE } from './messages/format';
import type { Language } from './types';

type Hours = NonNullable<MerchantConfig['agents']['businessHours']>;

interface LocalTime {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  minutes: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function localTime(at: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    weekday: WEEKDAYS[part('weekday')] ?? 1,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

function isOpenAt(hours: Hours, local: LocalTime): boolean {
  return (
    hours.days.includes(local.weekday) &&
    local.minutes >= toMinutes(hours.open) &&
    local.minutes < toMinutes(hours.close)
  );
}

/** True when agents are at work now (always, when the merchant set no hours). */
export function teamIsOpen(merchant: MerchantConfig, at: Date): boolean {
  const hours = merchant.agents.businessHours;
  return !hours || isOpenAt(hours, localTime(at, merchant.timezone));
}

/**
 * The next moment the team opens after `at` (undefined when it is open now or has no hours). Walks in
 * minute steps over at most eight days: time zones with DST make arithmetic on local times error-prone,
 * and a few thousand Intl calls happen only when a handoff lands outside hours.
 */
export function nextOpening(merchant: MerchantConfig, at: Date): Date | undefined {
  const hours = merchant.agents.businessHours;
  if (!hours || teamIsOpen(merchant, at)) return undefined;
  const step = 15 * 60_000;
  // Start on the next quarter hour, so "back 09:00" is not "back 08:59".
  let t = Math.ceil(at.getTime() / step) * step;
  for (let i = 0; i < (8 * 24 * 60) / 15; i++, t += step) {
    if (isOpenAt(hours, localTime(new Date(t), merchant.timezone))) return new Date(t);
  }
  return undefined;
}

/**
 * Open-hours milliseconds between `from` and `to` (all of it for a team without hours), in 5-minute
 * steps: enough precision for "an hour of agent silence".
 */
export function openMillisBetween(merchant: MerchantConfig, from: Date, to: Date): number {
  const span = to.getTime() - from.getTime();
  if (span <= 0) return 0;
  const hours = merchant.agents.businessHours;
  if (!hours) return span;
  const step = 5 * 60_000;
  let open = 0;
  // Bounded: past two weeks the answer no longer matters to a silence threshold.
  const end = Math.min(to.getTime(), from.getTime() + 14 * 24 * 3_600_000);
  for (let t = from.getTime(); t < end; t += step) {
    if (isOpenAt(hours, localTime(new Date(t), merchant.timezone))) open += Math.min(step, end - t);
  }
  return open;
}

/** "Monday 09:00" in the shopper's language and the merchant's time zone ("lundi 09:00", "月曜日 9:00"). */
export function formatOpening(language: Language, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language] ?? 'en', {
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(at);
}
