// The insights dashboard (`GET /console/insights`): a static shell like the console — no data until the
// agent's own credentials (the console's stored token or Cognito id token) fetch `/agent/insights`.
// Charts are Chart.js, served from this same API (`/console/insights/chart.js`), never a CDN; the heatmap
// is a table. Inline script and style are allowed by their hashes; no HTML sinks (textContent only).
import { createHash } from 'node:crypto';

const STYLE = `
:root{font:14px/1.45 system-ui,sans-serif;color:#1d2330;background:#f4f6fa}
body{margin:0}header{display:flex;gap:1rem;align-items:center;padding:.6rem 1rem;background:#1d2330;color:#fff}
header a{color:#cfe0ff}header h1{font-size:1.05rem;margin:0}main{padding:1rem;max-width:1280px;margin:auto}
form{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end;margin-bottom:1rem}label{display:grid;font-size:.8rem;gap:.2rem}
input,select,button{font:inherit;padding:.3rem .5rem}button{cursor:pointer}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:.6rem;margin-bottom:1rem}
.kpi{background:#fff;border-radius:8px;padding:.6rem .8rem;box-shadow:0 1px 2px #0002}.kpi b{display:block;font-size:1.4rem}
.kpi span{color:#556;font-size:.8rem}.panels{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:.8rem}
section{background:#fff;border-radius:8px;padding:.8rem;box-shadow:0 1px 2px #0002;min-width:0}section h2{font-size:.95rem;margin:.1rem 0 .6rem}
.wide{grid-column:1/-1}canvas{max-height:260px}table{border-collapse:collapse;width:100%;font-size:.82rem}
td,th{padding:.2rem .35rem;border-bottom:1px solid #eef;text-align:left;vertical-align:top}.heat td{text-align:center;min-width:1.4rem;border:1px solid #fff}
.alert{background:#fff1f0;border:1px solid #f5a39b;border-radius:8px;padding:.6rem .8rem;margin-bottom:1rem}.muted{color:#667}
.ex{margin:.15rem 0}.ex q{font-style:italic}.err{color:#b00020}[hidden]{display:none!important}`;

const BODY = `<header><h1>Crossdesk · Insights</h1><a href="/console">← Console</a><span id="who" class="muted"></span></header>
<main>
<form id="signin" hidden><label>Your name<input id="name" autocomplete="name"></label><label>Agent token<input id="token" type="password"></label><button>Sign in</button></form>
<form id="filters"><label>From<input id="from" type="date"></label><label>To<input id="to" type="date"></label>
<label>Channel<select id="channel"><option value="">All</option><option>whatsapp</option><option>line</option><option>telegram</option></select></label>
<label>Language<input id="language" placeholder="all" size="6"></label><button>Show</button><span id="status" class="muted" role="status"></span></form>
<div id="alerts"></div><div id="kpis" class="grid"></div>
<div class="panels">
<section><h2>Resolution (bot / agent / unresolved)</h2><canvas id="c-resolution"></canvas></section>
<section><h2>Handoff reasons</h2><canvas id="c-reasons"></canvas></section>
<section><h2>Top intents</h2><canvas id="c-intents"></canvas></section>
<section><h2>Sentiment over time</h2><canvas id="c-sentiment"></canvas></section>
<section><h2>First response and resolution (p50 / p90, seconds)</h2><canvas id="c-timings"></canvas></section>
<section><h2>CSAT</h2><canvas id="c-csat"></canvas></section>
<section><h2>Languages</h2><canvas id="c-languages"></canvas></section>
<section><h2>Proactive outreach</h2><canvas id="c-proactive"></canvas></section>
<section class="wide"><h2>Volume by weekday and hour (<span id="tz"></span>)</h2><table id="heat" class="heat"></table><p id="staffing"></p></section>
<section class="wide"><h2>Products by defect category</h2><table id="products"></table></section>
<section class="wide"><h2>Cost per resolved conversation</h2><canvas id="c-cost"></canvas><p id="cost-note" class="muted"></p></section>
</div></main>`;

const SCRIPT = `(() => {
const $ = (id) => document.getElementById(id);
const el = (tag, text, attrs) => { const n = document.createElement(tag); if (text !== undefined) n.textContent = String(text); for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v); return n; };
const pct = (x) => (Math.round(x * 1000) / 10) + ' %';
const secs = (s) => s === undefined ? '–' : s < 90 ? s + ' s' : s < 5400 ? Math.round(s / 60) + ' min' : Math.round(s / 360) / 10 + ' h';
const usd = (x) => '$' + (x < 1 ? x.toFixed(4) : x.toFixed(2));
const token = () => { try { return sessionStorage.getItem('crossdesk.idToken') || localStorage.getItem('crossdesk.agentToken'); } catch { return null; } };
const charts = {};
function chart(id, type, labels, datasets, options) {
  if (charts[id]) charts[id].destroy();
  charts[id] = new Chart($(id), { type, data: { labels, datasets }, options: Object.assign({ animation: false, responsive: true, plugins: { legend: { display: datasets.length > 1 || type === 'doughnut' } } }, options || {}) });
}
const day = (d) => d.toISOString().slice(0, 10);
const now = new Date();
$('to').value = day(now); $('from').value = day(new Date(now.getTime() - 29 * 864e5));
function kpi(figure, label, value) { const k = el('div', undefined, { class: 'kpi', 'data-figure': figure }); k.append(el('b', value), el('span', label)); return k; }
async function load() {
  const t = token();
  if (!t) { $('signin').hidden = false; $('status').textContent = 'Sign in to see the insights.'; return; }
  const q = new URLSearchParams({ from: $('from').value, to: day(new Date(Date.parse($('to').value) + 864e5)) });
  if ($('channel').value) q.set('channel', $('channel').value);
  if ($('language').value.trim()) q.set('language', $('language').value.trim());
  $('status').textContent = 'Loading…';
  let r;
  try { r = await fetch('/agent/insights?' + q, { headers: { authorization: 'Bearer ' + t }, cache: 'no-store', credentials: 'omit' }); } catch { $('status').textContent = 'The agent API cannot be reached.'; return; }
  if (r.status === 401) { $('signin').hidden = false; $('status').textContent = 'Please sign in again.'; return; }
  const data = await r.json();
  if (!r.ok) { $('status').textContent = data.error || 'Failed'; $('status').className = 'err'; return; }
  render(data.report); $('status').textContent = 'Updated ' + new Date().toLocaleTimeString(); $('status').className = 'muted';
  document.body.dataset.ready = 'true';
}
function render(R) {
  const C = R.conversations;
  $('alerts').replaceChildren(...R.alerts.map((a) => { const d = el('div', '⚠ Defect spike: ' + (R.products.find((p) => p.productId === a.productId)?.name || a.productId) + ' — ' + a.category.replace(/_/g, ' ') + ': ' + a.lastDay + ' complaints on the last day (usually ' + a.baselinePerDay + ' a day)', { class: 'alert', 'data-alert': a.productId + ':' + a.category }); return d; }));
  $('kpis').replaceChildren(
    kpi('conversations', 'conversations', C.total), kpi('resolution-rate', 'resolution rate', pct(C.resolutionRate)),
    kpi('bot-resolution', 'resolved by the bot', pct(C.botResolutionRate)), kpi('agent-resolution', 'resolved by agents', pct(C.agentResolutionRate)),
    kpi('fcr', 'first-contact resolution', pct(C.firstContactResolution)), kpi('deflection', 'deflection (no person needed)', pct(C.deflection)),
    kpi('first-response', 'first response p50 / p90', secs(R.timings.firstResponse.p50) + ' / ' + secs(R.timings.firstResponse.p90)),
    kpi('resolution-time', 'time to resolution p50 / p90', secs(R.timings.resolution.p50) + ' / ' + secs(R.timings.resolution.p90)),
    kpi('agent-wait', 'agent wait p50 / p90', secs(R.timings.agentWait.p50) + ' / ' + secs(R.timings.agentWait.p90)),
    kpi('csat', 'CSAT (4–5 ★) · ' + R.csat.ratings + ' ratings', R.csat.ratings ? pct(R.csat.satisfied) + ' · ' + R.csat.average.toFixed(1) + ' ★' : '–'),
    kpi('sentiment', 'average sentiment (−1…1)', R.sentiment.average.toFixed(2)),
    kpi('cost-per-resolved', 'cost per resolved (AI agent: ' + usd(R.cost.aiAgentPerResolution) + ')', usd(R.cost.perResolved)),
  );
  chart('c-resolution', 'doughnut', ['bot', 'agent', 'unresolved'], [{ data: [C.resolved.bot, C.resolved.agent, C.resolved.unresolved], backgroundColor: ['#2f80ed', '#27ae60', '#d0d4dc'] }]);
  chart('c-reasons', 'bar', R.handoffReasons.map((x) => x.reason.replace(/_/g, ' ')), [{ label: 'handoffs', data: R.handoffReasons.map((x) => x.count), backgroundColor: '#f2994a' }], { indexAxis: 'y' });
  chart('c-intents', 'bar', R.topIntents.map((x) => x.intent.replace(/_/g, ' ')), [{ label: 'messages', data: R.topIntents.map((x) => x.count), backgroundColor: '#2f80ed' }], { indexAxis: 'y' });
  chart('c-sentiment', 'line', R.sentiment.byDay.map((x) => x.day), [{ label: 'average', data: R.sentiment.byDay.map((x) => x.average), borderColor: '#9b51e0', yAxisID: 'y' }, { label: 'negative messages', data: R.sentiment.byDay.map((x) => x.negative), borderColor: '#eb5757', yAxisID: 'n' }], { scales: { y: { min: -1, max: 1 }, n: { position: 'right', beginAtZero: true } } });
  const T = R.timings;
  chart('c-timings', 'bar', ['first response', 'resolution', 'agent wait'], [{ label: 'p50', data: [T.firstResponse.p50, T.resolution.p50, T.agentWait.p50], backgroundColor: '#56ccf2' }, { label: 'p90', data: [T.firstResponse.p90, T.resolution.p90, T.agentWait.p90], backgroundColor: '#2d9cdb' }]);
  chart('c-csat', 'bar', ['1 ★', '2 ★', '3 ★', '4 ★', '5 ★'], [{ label: 'ratings', data: R.csat.distribution, backgroundColor: '#f2c94c' }]);
  chart('c-languages', 'bar', R.languages.map((x) => x.language), [{ label: 'conversations', data: R.languages.map((x) => x.count), backgroundColor: '#6fcf97' }]);
  const P = R.proactive;
  chart('c-proactive', 'bar', ['sent', 'answered', 'opted out', 'cancellations avoided'], [{ label: 'messages', data: [P.sent, P.answered, P.optedOut, P.cancellationsAvoided], backgroundColor: ['#2f80ed', '#27ae60', '#eb5757', '#9b51e0'] }]);
  $('tz').textContent = R.range.timezone;
  const peak = Math.max(1, ...R.volume.heatmap.flat());
  const head = el('tr'); head.append(el('th', ''));
  for (let h = 0; h < 24; h++) head.append(el('th', h));
  const rows = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d, w) => { const tr = el('tr'); tr.append(el('th', d)); R.volume.heatmap[w].forEach((n) => { const td = el('td', n || ''); td.style.backgroundColor = 'rgba(47,128,237,' + (n / peak).toFixed(2) + ')'; if (n / peak > 0.55) td.style.color = '#fff'; tr.append(td); }); return tr; });
  $('heat').replaceChildren(head, ...rows);
  $('staffing').textContent = R.volume.suggestedStaffing.length ? 'Suggested staffing: ' + R.volume.suggestedStaffing.map((s) => s.weekday + ' ' + s.hours.join(', ')).join(' · ') : 'No staffing suggestion yet.';
  $('staffing').dataset.figure = 'staffing';
  const ph = el('tr'); for (const h of ['Product', 'Defect', 'Complaints', 'Languages', 'Examples (original → translation)']) ph.append(el('th', h));
  const prows = R.products.flatMap((p) => p.categories.map((c) => { const tr = el('tr', undefined, { 'data-product': p.productId }); tr.append(el('td', (p.name || p.productId) + (c.spike ? ' ⚠' : '')), el('td', c.category.replace(/_/g, ' ')), el('td', c.count), el('td', c.languages.join(', '))); const ex = el('td'); for (const e of c.examples) { const d = el('div', undefined, { class: 'ex' }); d.append(el('q', e.text), el('span', ' [' + e.language + ']' + (e.translation ? ' → ' + e.translation : ''), { class: 'muted' })); ex.append(d); } tr.append(ex); return tr; }));
  $('products').replaceChildren(ph, ...prows);
  chart('c-cost', 'bar', ['Crossdesk', 'per-resolution AI agent'], [{ label: 'USD per resolved conversation', data: [R.cost.perResolved, R.cost.aiAgentPerResolution], backgroundColor: ['#27ae60', '#bdbdbd'] }], { indexAxis: 'y' });
  $('cost-note').textContent = 'Total ' + usd(R.cost.total) + ' for ' + (C.resolved.bot + C.resolved.agent) + ' resolved conversations (LLM ' + usd(R.cost.breakdown.llm) + ', translation ' + usd(R.cost.breakdown.translation) + ', messages ' + usd(R.cost.breakdown.messages) + ', AWS ' + usd(R.cost.breakdown.infrastructure) + '): ' + usd(R.cost.savings) + ' less than ' + usd(R.cost.aiAgentTotal) + ' at ' + usd(R.cost.aiAgentPerResolution) + ' a resolution.';
}
$('filters').addEventListener('submit', (e) => { e.preventDefault(); load(); });
$('signin').addEventListener('submit', (e) => { e.preventDefault(); try { localStorage.setItem('crossdesk.agentToken', $('token').value.trim()); localStorage.setItem('crossdesk.agentName', $('name').value.trim() || 'Agent'); } catch {} $('signin').hidden = true; load(); });
load();
})();`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The dashboard document and its headers (CSP: the inline script and style by hash, Chart.js from self). */
export function renderInsightsPage(): { html: string; headers: Record<string, string> } {
  const csp = [
    "default-src 'none'",
    `script-src ${hash(SCRIPT)} 'self'`,
    `style-src ${hash(STYLE)}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>Crossdesk insights</title><link rel="icon" href="data:,"><style>${STYLE}</style></head><body>${BODY}<script src="/console/insights/chart.js"></script><script>${SCRIPT}</script></body></html>`;
  return {
    html,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
  };
}
