// The report for a terminal (`npm run insights`) and as CSV (`--csv`, `GET /insights?format=csv`): the
// same object the dashboard draws, flattened. One `section,name,value` row per figure.

import { csvCell } from '../core/csv';
import type { InsightsReport } from './report';

type Row = [section: string, name: string, value: string | number];

/** Every figure of the report as rows (the CSV and the terminal table both print these). */
export function reportRows(r: InsightsReport): Row[] {
  const rows: Row[] = [];
  const c = r.conversations;
  rows.push(
    ['range', 'from', r.range.from],
    ['range', 'to', r.range.to],
    ['range', 'timezone', r.range.timezone],
    ['conversations', 'total', c.total],
    ['conversations', 'resolved_by_bot', c.resolved.bot],
    ['conversations', 'resolved_by_agent', c.resolved.agent],
    ['conversations', 'unresolved', c.resolved.unresolved],
    ['conversations', 'resolution_rate', c.resolutionRate],
    ['conversations', 'first_contact_resolution', c.firstContactResolution],
    ['conversations', 'deflection', c.deflection],
    ['conversations', 'handed_off', c.handedOff],
    ['messages', 'shopper', r.messages.shopper],
    ['messages', 'bot', r.messages.bot],
    ['messages', 'agent', r.messages.agent],
  );
  for (const x of r.handoffReasons) rows.push(['handoff_reason', x.reason, x.count]);
  for (const x of r.topIntents) rows.push(['intent', x.intent, x.count]);
  rows.push(
    ['sentiment', 'average', r.sentiment.average],
    ['sentiment', 'negative_share', r.sentiment.negativeShare],
  );
  for (const d of r.sentiment.byDay) rows.push(['sentiment_by_day', d.day, d.average]);
  for (const [name, t] of Object.entries(r.timings)) {
    rows.push(['timing', `${name}_p50_s`, t.p50 ?? ''], ['timing', `${name}_p90_s`, t.p90 ?? '']);
  }
  rows.push(
    ['csat', 'ratings', r.csat.ratings],
    ['csat', 'average', r.csat.average ?? ''],
    ['csat', 'satisfied', r.csat.satisfied],
  );
  for (const x of r.languages) rows.push(['language', x.language, x.count]);
  for (const x of r.channels) rows.push(['channel', x.channel, x.count]);
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  r.volume.heatmap.forEach((hours, weekday) => {
    hours.forEach((n, hour) => {
      if (n) rows.push(['volume', `${days[weekday]} ${String(hour).padStart(2, '0')}h`, n]);
    });
  });
  for (const s of r.volume.suggestedStaffing) rows.push(['staffing', s.weekday, s.hours.join(' ')]);
  for (const p of r.products)
    for (const d of p.categories)
      rows.push(['defect', `${p.name ?? p.productId} / ${d.category}${d.spike ? ' (spike)' : ''}`, d.count]);
  for (const [name, n] of Object.entries(r.proactive)) rows.push(['proactive', name, n]);
  rows.push(
    ['cost', 'total_usd', r.cost.total],
    ['cost', 'per_resolved_usd', r.cost.perResolved],
    ['cost', 'ai_agent_per_resolution_usd', r.cost.aiAgentPerResolution],
    ['cost', 'savings_usd', r.cost.savings],
    ['cost', 'llm_tokens', r.cost.llmTokens],
    ['cost', 'translated_chars', r.cost.translatedChars],
    ['cost', 'messages', r.cost.messages],
  );
  for (const a of r.alerts) rows.push(['alert', `${a.kind} ${a.productId} ${a.category}`, a.lastDay]);
  return rows;
}

export function reportCsv(r: InsightsReport): string {
  return `${[['section', 'name', 'value'], ...reportRows(r)].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

/** Aligned columns, one blank line between sections, examples under their defect. */
export function reportText(r: InsightsReport): string {
  const rows = reportRows(r);
  const width = Math.max(...rows.map(([s, n]) => s.length + n.length + 2));
  const out: string[] = [];
  let section = '';
  for (const [s, n, v] of rows) {
    if (s !== section && section) out.push('');
    section = s;
    out.push(`${`${s}  ${n}`.padEnd(width)}  ${v}`);
  }
  const examples = r.products.flatMap((p) =>
    p.categories.flatMap((c) =>
      c.examples.map(
        (e) =>
          `  ${p.name ?? p.productId} / ${c.category} [${e.language}] "${e.text}"${e.translation ? ` → "${e.translation}"` : ''}`,
      ),
    ),
  );
  if (examples.length) out.push('', 'examples', ...examples);
  return `${out.join('\n')}\n`;
}
