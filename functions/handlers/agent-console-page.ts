// The agent console: one self-contained HTML page (CSS and vanilla JS inline, no build step, nothing
// fetched from anywhere but the API it is served from). The agent API's Lambda serves it at GET /console,
// locally and in AWS, so the page and the API share an origin and the CSP can stay `'self'`.
//
// This file is long on purpose: it is the whole page. Splitting the markup, styles and script into modules
// would only spread one document over several files that are always read together.
//
// Security shape: shopper text is hostile, so the script builds every node with createElement/textContent
// (never innerHTML; Trusted Types in the CSP make any HTML sink throw); the inline script and style are
// allowed by their SHA-256 hashes, not 'unsafe-inline'; the configuration travels as a JSON data block
// whose `<`, `>` and `&` are \u-escaped, so no value can close the element it sits in.
import { createHash } from 'node:crypto';

export interface ConsolePageOptions {
  /** 'token': the agent pastes a bearer token (local stack); 'cognito': hosted-UI sign-in with PKCE (AWS). */
  readonly auth: 'token' | 'cognito';
  /** Cognito hosted UI base URL (`https://{prefix}.auth.{region}.amazoncognito.com`); required for 'cognito'. */
  readonly cognitoDomainUrl?: string;
  /** The console's public app client id; required for 'cognito'. */
  readonly clientId?: string;
  /** Where Cognito sends the agent back. @default the page's own `<base>/console` URL */
  readonly redirectUri?: string;
}

export interface ConsolePage {
  /** The whole HTML document. */
  readonly html: string;
  /** The Content-Security-Policy header value this document needs (and no more). */
  readonly csp: string;
  /** Every response header the page should be served with, CSP included. */
  readonly headers: Readonly<Record<string, string>>;
}

export class ConsolePageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConsolePageError';
  }
}

const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #f3f4f7; --panel: #ffffff; --text: #1b2130; --muted: #596275; --line: #d8dce4;
  --accent: #2b55d9; --accent-text: #ffffff; --accent-soft: #e7edff;
  --shopper: #eef3ff; --bot: #f2f3f5; --agent: #e7f6ec;
  --shopper-edge: #4a74e8; --bot-edge: #8a93a3; --agent-edge: #1f9d55;
  --danger: #b3261e; --danger-soft: #fde8e6; --ok: #1f7a45; --warn: #8a5300; --warn-soft: #fff3dc;
  --wa: #0b6b38; --wa-bg: #dcf7e6; --ln: #06672f; --ln-bg: #d7f5e2; --tg: #0e5f8c; --tg-bg: #dcf0fb;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Thai", "Noto Sans Arabic", "Noto Sans CJK JP", sans-serif;
  font-size: 15px; line-height: 1.45;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #11141a; --panel: #1a1e26; --text: #e6e8ee; --muted: #a2a9b7; --line: #2f3542;
    --accent: #7d9bff; --accent-text: #0b1020; --accent-soft: #243056;
    --shopper: #1d2740; --bot: #23272f; --agent: #173325;
    --danger: #ff8a80; --danger-soft: #3b1d1b; --ok: #6fd39b; --warn: #ffc46b; --warn-soft: #3a2c12;
    --wa: #8ee7b0; --wa-bg: #173325; --ln: #8ee7b0; --ln-bg: #143222; --tg: #9fd6f5; --tg-bg: #15303f;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html, body { margin: 0; background: var(--bg); color: var(--text); }
body { min-height: 100vh; overflow-wrap: anywhere; }
button, input, select, textarea { font: inherit; color: inherit; }
button, select { min-height: 40px; border-radius: 8px; border: 1px solid var(--line); background: var(--panel); padding: 6px 12px; cursor: pointer; }
button:hover:not(:disabled) { border-color: var(--accent); }
button:disabled { opacity: 0.55; cursor: not-allowed; }
button.primary { background: var(--accent); color: var(--accent-text); border-color: var(--accent); font-weight: 600; }
button.danger { color: var(--danger); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.muted { color: var(--muted); }
.notice { margin: 8px 0 0; padding: 8px 12px; border-radius: 8px; background: var(--accent-soft); }
.notice.error { background: var(--danger-soft); color: var(--danger); }
.notice.warn { background: var(--warn-soft); color: var(--warn); }

/* Sign-in */
.signin { min-height: 100vh; display: grid; place-items: center; padding: 16px; }
.signin-card { width: min(420px, 100%); background: var(--panel); border: 1px solid var(--line); border-radius: 14px; padding: 24px; }
.signin-card h1 { font-size: 22px; margin: 0 0 4px; }
.signin-card form { display: grid; gap: 6px; margin-top: 16px; }
.signin-card label { font-weight: 600; margin-top: 8px; }
.signin-card input { min-height: 44px; padding: 8px 12px; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); }
.signin-card button { margin-top: 14px; min-height: 44px; }
.hint { font-weight: 400; color: var(--muted); font-size: 13px; }

/* Shell */
.app { display: grid; grid-template-columns: minmax(260px, 340px) minmax(0, 1fr); grid-template-rows: auto minmax(0, 1fr); height: 100vh; height: 100dvh; }
.topbar { grid-column: 1 / -1; display: flex; align-items: center; gap: 12px; padding: 8px 16px; background: var(--panel); border-bottom: 1px solid var(--line); flex-wrap: wrap; }
.brand { font-weight: 700; font-size: 17px; margin: 0 auto 0 0; }
.live { font-size: 13px; color: var(--muted); display: inline-flex; align-items: center; gap: 6px; }
.live::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: var(--ok); }
.live.down::before { background: var(--danger); }
.who { font-size: 14px; }

/* Queue */
.queue { background: var(--panel); border-right: 1px solid var(--line); display: flex; flex-direction: column; min-height: 0; }
.queue-toggle { display: none; }
.queue-body { display: flex; flex-direction: column; min-height: 0; flex: 1; }
.tabs { display: flex; gap: 4px; padding: 8px; border-bottom: 1px solid var(--line); }
.tabs button { flex: 1 1 0; min-width: 0; padding: 6px 4px; border: none; background: none; border-radius: 8px; font-weight: 600; color: var(--muted); }
.tabs button[aria-selected="true"] { background: var(--accent-soft); color: var(--text); }
.count { display: inline-block; min-width: 20px; margin-left: 4px; padding: 0 6px; border-radius: 10px; background: var(--accent); color: var(--accent-text); font-size: 12px; }
.queue-list { list-style: none; margin: 0; padding: 0; overflow-y: auto; flex: 0 1 auto; }
.queue-list li { border-bottom: 1px solid var(--line); }
.q-row { display: grid; gap: 4px; padding: 10px 14px; min-height: 56px; color: inherit; text-decoration: none; }
.q-row:hover { background: var(--bg); }
.q-row[aria-current="true"] { background: var(--accent-soft); box-shadow: inset 3px 0 0 var(--accent); }
.q-top, .q-meta, .chips { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; min-width: 0; }
.q-reason { font-weight: 600; }
.q-summary { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.q-meta { font-size: 13px; color: var(--muted); }
.q-meta .since { color: var(--warn); font-weight: 600; }
.queue-empty { padding: 16px; color: var(--muted); }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 700; background: var(--bot); }
.ch-whatsapp { background: var(--wa-bg); color: var(--wa); }
.ch-line { background: var(--ln-bg); color: var(--ln); }
.ch-telegram { background: var(--tg-bg); color: var(--tg); }
.chip { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; border: 1px solid var(--line); }

/* Conversation */
.conversation { display: flex; flex-direction: column; min-height: 0; min-width: 0; }
.empty-state { margin: auto; padding: 24px; color: var(--muted); text-align: center; }
.conversation-view { display: flex; flex-direction: column; min-height: 0; flex: 1; }
.conv-header { padding: 10px 16px; background: var(--panel); border-bottom: 1px solid var(--line); }
.conv-header h2 { margin: 0 0 4px; font-size: 18px; }
.conv-header h2:focus { outline: none; }
.conv-id { font-size: 12px; color: var(--muted); margin: 2px 0 0; }
.conv-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; align-items: center; }
.close-group { display: inline-flex; gap: 4px; align-items: center; }
.conv-body { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1fr) minmax(260px, 320px); }
.thread { display: flex; flex-direction: column; min-height: 0; min-width: 0; position: relative; grid-column: 1; grid-row: 1; }
.card { grid-column: 2; grid-row: 1; overflow-y: auto; background: var(--panel); border-left: 1px solid var(--line); padding: 12px 16px; min-width: 0; }
.card-toggle { display: none; }
.card h3 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 14px 0 4px; }
.card h3:first-child { margin-top: 0; }
.card p { margin: 0; }
.order { border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; margin-top: 6px; }
.order dl { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 2px 10px; margin: 6px 0 0; }
.order dt { color: var(--muted); }
.order dd { margin: 0; }
.order ul { margin: 0; padding-left: 18px; }
.photos { display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: 8px; }
.photos figure, .msg figure { margin: 0; }
.photos img, .msg img { max-width: 100%; max-height: 240px; min-width: 64px; min-height: 64px; object-fit: contain; border-radius: 8px; display: block; background: var(--bg); border: 1px solid var(--line); }
figcaption { font-size: 12px; color: var(--muted); }
.transcript-head { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; padding: 6px 16px; font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; border-bottom: 1px solid var(--line); }
.transcript { list-style: none; margin: 0; padding: 12px 16px; overflow-y: auto; flex: 1; display: flex; flex-direction: column; gap: 10px; }
.msg { border-radius: 10px; padding: 8px 12px; border-left: 4px solid var(--bot-edge); background: var(--bot); }
.msg-shopper { background: var(--shopper); border-left-color: var(--shopper-edge); }
.msg-agent { background: var(--agent); border-left-color: var(--agent-edge); }
.msg-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; font-size: 13px; margin-bottom: 4px; }
.author { font-weight: 700; }
.msg-shopper .author { color: var(--shopper-edge); }
.msg-agent .author { color: var(--agent-edge); }
.msg-head time, .intent { color: var(--muted); font-size: 12px; }
.msg-body { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.msg-body.single { grid-template-columns: 1fr; }
.cell { min-width: 0; }
.cell-translated, .cell-sent { border-left: 1px dashed var(--line); padding-left: 12px; }
.lang-tag { display: inline-block; font-size: 11px; font-weight: 700; color: var(--muted); letter-spacing: 0.04em; }
.text { margin: 0; white-space: pre-wrap; }
.jump { position: absolute; bottom: 200px; left: 50%; transform: translateX(-50%); border-radius: 18px; box-shadow: 0 2px 8px #0003; }
.composer { border-top: 1px solid var(--line); background: var(--panel); padding: 10px 16px; display: grid; gap: 6px; }
.composer label { font-weight: 600; font-size: 14px; }
.composer textarea { width: 100%; min-height: 64px; max-height: 200px; resize: vertical; padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); }
.preview { font-size: 14px; background: var(--bg); border-radius: 8px; padding: 6px 10px; }
.preview.pending { opacity: 0.6; }
.preview-label { font-size: 12px; color: var(--muted); display: block; }
.composer-actions { display: flex; justify-content: space-between; align-items: center; gap: 8px; flex-wrap: wrap; }
.composer-actions button { min-width: 96px; }
.gate { border-top: 1px solid var(--line); background: var(--panel); padding: 12px 16px; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.gate p { margin: 0; flex: 1 1 200px; }

/* Medium: the handoff card goes above the thread and can be folded away. */
@media (max-width: 1099px) {
  .conv-body { display: flex; flex-direction: column; }
  .card { border-left: none; border-bottom: 1px solid var(--line); max-height: 40vh; padding: 0 16px 12px; }
  .card-toggle { display: flex; width: 100%; justify-content: space-between; border: none; background: none; padding: 10px 0; font-weight: 700; }
  .card.folded { max-height: none; padding-bottom: 0; }
  .card.folded .card-body { display: none; }
}
/* Phone: one column, the page scrolls as a whole; the queue folds above the open conversation. */
@media (max-width: 759px) {
  .app { display: block; height: auto; }
  .topbar { padding: 8px 12px; }
  .who { display: none; }
  .queue { border-right: none; border-bottom: 1px solid var(--line); }
  .queue-list { max-height: 60vh; }
  .queue-toggle { display: flex; width: 100%; min-height: 48px; justify-content: space-between; align-items: center; border: none; border-radius: 0; font-weight: 700; background: var(--panel); }
  .app.has-conversation .queue:not(.expanded) .queue-body { display: none; }
  .app:not(.has-conversation) .queue-toggle { display: none; }
  .conversation, .conversation-view, .conv-body, .thread { display: block; min-height: 0; }
  .card { max-height: none; }
  .transcript { overflow: visible; padding: 10px 12px; }
  .transcript-head { display: none; }
  .msg-body { grid-template-columns: 1fr; gap: 6px; }
  .cell-translated, .cell-sent { border-left: none; padding-left: 0; border-top: 1px dashed var(--line); padding-top: 4px; }
  .composer, .gate { position: sticky; bottom: 0; z-index: 1; }
  .jump { position: fixed; bottom: 180px; }
  button, select { min-height: 44px; }
  .tabs button { min-height: 44px; }
}
`;

const SCRIPT = String.raw`
(() => {
  'use strict';
  const configNode = document.getElementById('console-config');
  const config = JSON.parse((configNode && configNode.textContent) || '{}');
  const cognito = config.auth === 'cognito';
  // The page lives at <base>/console; the API at <base>/agent (a stage path, if any, is kept).
  const BASE = location.pathname.replace(/\/console(?:\/.*)?$/, '');
  const POLL_MS = 1500;
  const PREVIEW_DELAY_MS = 400;
  const KEY = { token: 'crossdesk.agentToken', name: 'crossdesk.agentName', idToken: 'crossdesk.idToken', pkce: 'crossdesk.pkce' };
  const REASONS = {
    shopper_request: 'Asked for a person',
    legal_threat: 'Legal threat',
    reputation_threat: 'Threatens a public complaint',
    billing_error: 'Billing error',
    compensation_demand: 'Wants compensation',
    anger: 'Upset shopper',
    garbled: 'Message could not be understood',
    repeated_confusion: 'Bot kept misunderstanding',
    data_protection: 'Privacy or data request',
    cancel_processing: 'Cancel an order already in fulfilment',
    address_change_processing: 'Address change on an order in fulfilment',
    return_outside_window: 'Return outside the return window',
    tool_error: 'A system error stopped the bot',
    llm_handoff: 'AI assistant handed over',
    low_llm_confidence: 'AI assistant was unsure',
    high_value: 'High-value order',
    agent_initiated: 'An agent stepped in',
    delay_refund: 'Delayed parcel: cancel and refund',
    delay_question: 'Delayed parcel: asks for a person',
  };
  const CHANNELS = { whatsapp: 'WhatsApp', line: 'LINE', telegram: 'Telegram' };
  const TABS = {
    handoff: 'Nobody is waiting. New handoffs appear here within seconds.',
    human: 'No conversation is with an agent right now.',
    bot: 'The bot has no open conversations.',
    closed: 'Nothing has been closed yet.',
  };
  const RESOLUTIONS = { resolved: 'Resolved', refunded: 'Refunded', replaced: 'Replaced', no_action: 'No action needed', other: 'Other' };
  const names = (() => { try { return new Intl.DisplayNames(['en'], { type: 'language' }); } catch { return null; } })();

  const $ = (id) => document.getElementById(id);
  // The only way this script makes nodes: attributes via setAttribute, text via text nodes. Never HTML.
  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) for (const key of Object.keys(props)) {
      const value = props[key];
      if (value === undefined || value === null || value === false) continue;
      if (key === 'text') node.textContent = String(value);
      else if (key === 'class') node.className = String(value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    if (children) for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  }
  // replaceChildren would print a null child as the text "null".
  const fill = (node, children) => node.replaceChildren(...children.filter((c) => c !== null && c !== undefined && c !== false));
  function store(kind) { try { return kind === 'local' ? window.localStorage : window.sessionStorage; } catch { return null; } }
  function getItem(kind, key) { try { const s = store(kind); return s ? s.getItem(key) : null; } catch { return null; } }
  function setItem(kind, key, value) { try { const s = store(kind); if (s) s.setItem(key, value); } catch { /* private mode: the session simply does not persist */ } }
  function removeItem(kind, key) { try { const s = store(kind); if (s) s.removeItem(key); } catch { /* nothing stored */ } }
  const validLang = (code) => typeof code === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(code);
  function languageName(code) {
    if (!validLang(code)) return 'unknown language';
    try { return (names && names.of(code)) || code; } catch { return code; }
  }
  const reasonText = (code) => REASONS[code] || String(code || 'unknown').replace(/_/g, ' ');
  function safeUrl(raw) {
    try { const url = new URL(String(raw), location.href); return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null; } catch { return null; }
  }
  function duration(seconds) {
    if (seconds < 60) return seconds + ' s';
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return minutes + ' min';
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return hours + ' h ' + (minutes % 60) + ' min';
    return Math.floor(hours / 24) + ' days';
  }
  function sinceText(iso, format, now) {
    const at = Date.parse(iso);
    if (!Number.isFinite(at)) return '';
    const text = duration(Math.max(0, Math.round((now - at) / 1000)));
    return format === 'waiting' ? 'waiting ' + text : 'updated ' + text + ' ago';
  }
  function sinceNode(iso, format) {
    if (!iso) return null;
    const at = Date.parse(iso);
    return el('span', { class: 'since', 'data-since': iso, 'data-format': format, title: Number.isFinite(at) ? new Date(at).toLocaleString() : null, text: sinceText(iso, format, Date.now()) });
  }
  function timeNode(iso) {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return null;
    const today = at.toDateString() === new Date().toDateString();
    const text = today ? at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : at.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
    return el('time', { datetime: at.toISOString(), title: at.toLocaleString(), text });
  }
  const channelBadge = (channel) => el('span', { class: 'badge ch-' + (CHANNELS[channel] ? channel : 'other'), text: CHANNELS[channel] || String(channel || '?') });
  const langChip = (code) => el('span', { class: 'chip', title: languageName(code), text: validLang(code) ? code : '?' });

  // ---------------------------------------------------------------- state
  const state = {
    token: null, name: '', aliases: [],
    running: false, polling: false, again: false, timer: 0,
    tab: 'handoff', rows: new Map(), waiting: 0,
    currentId: null, conversation: null, stateSig: '', shown: new Map(), firstPaint: true,
    blobs: new Map(), video: null, drafts: new Map(),
    previewSeq: 0, previewTimer: 0, sending: false, focusReply: false, takeover: null,
  };
  const isMine = (claimedBy) => !!claimedBy && state.aliases.some((alias) => alias.toLowerCase() === String(claimedBy).toLowerCase());

  // ---------------------------------------------------------------- API
  class ApiError extends Error {
    constructor(status, body) {
      super((body && typeof body.error === 'string' && body.error) || 'request failed (' + status + ')');
      this.status = status;
      this.body = body || {};
    }
  }
  const apiUrl = (path) => (/^https?:/i.test(path) || (BASE && path.startsWith(BASE + '/')) ? path : BASE + path);
  const convPath = (id, rest) => '/agent/conversations/' + encodeURIComponent(id) + (rest || '');
  // Header values must be ISO-8859-1: a name outside printable ASCII travels percent-encoded (UTF-8).
  const headerName = (name) => (/^[\x20-\x7e]*$/.test(name) ? name : encodeURIComponent(name));
  function authHeaders() {
    const headers = { authorization: 'Bearer ' + state.token };
    if (!cognito) headers['x-agent-name'] = headerName(state.name);
    return headers;
  }
  async function api(method, path, body) {
    const token = state.token;
    const headers = authHeaders();
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response;
    try {
      response = await fetch(apiUrl(path), { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', credentials: 'omit' });
    } catch (cause) {
      throw new ApiError(0, { error: 'the agent API cannot be reached' });
    }
    let data = null;
    try { data = await response.json(); } catch { data = null; }
    if (response.status === 401) {
      if (token === state.token) signOut('Your session has ended or the token was not accepted. Please sign in again.');
      throw new ApiError(401, data);
    }
    if (!response.ok) throw new ApiError(response.status, data);
    return data || {};
  }
  // <img src> cannot send the bearer header: photos are fetched here and shown from blob: URLs.
  function blobUrl(url) {
    let pending = state.blobs.get(url);
    if (!pending) {
      pending = fetch(apiUrl(url), { headers: authHeaders(), credentials: 'omit', cache: 'no-store' })
        .then((response) => { if (!response.ok) throw new Error('HTTP ' + response.status); return response.blob(); })
        .then((blob) => URL.createObjectURL(blob));
      pending.catch(() => state.blobs.delete(url));
      state.blobs.set(url, pending);
    }
    return pending;
  }
  function dropBlobs() {
    for (const pending of state.blobs.values()) pending.then((url) => URL.revokeObjectURL(url), () => {});
    state.blobs.clear();
  }
  function mediaNode(media, fallbackAlt) {
    if (!media || typeof media.url !== 'string') return null;
    const type = String(media.mimeType || 'image/');
    const caption = media.description ? el('figcaption', { dir: 'auto', text: media.description }) : null;
    if (type.startsWith('image/')) {
      const img = el('img', { alt: media.description || fallbackAlt, loading: 'lazy' });
      const figure = el('figure', null, [img, caption]);
      blobUrl(media.url).then((src) => { img.src = src; }, () => { img.replaceWith(el('span', { class: 'muted', text: 'Photo unavailable' })); });
      return figure;
    }
    if (type.startsWith('audio/') || type.startsWith('video/')) {
      const player = el(type.startsWith('audio/') ? 'audio' : 'video', { controls: true, preload: 'metadata' });
      blobUrl(media.url).then((src) => { player.src = src; }, () => player.replaceWith(el('span', { class: 'muted', text: 'Recording unavailable' })));
      return el('figure', null, [player, caption]);
    }
    const link = el('a', { download: '', text: 'Attachment (' + type + ')' });
    blobUrl(media.url).then((src) => link.setAttribute('href', src), () => { link.textContent = 'Attachment unavailable'; });
    return el('figure', null, [link, caption]);
  }

  // ---------------------------------------------------------------- sign-in
  function decodeJwt(token) {
    try {
      const part = String(token).split('.')[1] || '';
      const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
      return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    } catch { return null; }
  }
  function loadSession() {
    if (cognito) {
      const token = getItem('session', KEY.idToken);
      const claims = token ? decodeJwt(token) : null;
      if (!token || !claims || (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now())) {
        removeItem('session', KEY.idToken);
        return false;
      }
      state.token = token;
      state.name = String(claims.name || claims.email || claims['cognito:username'] || 'Agent');
      state.aliases = [claims.name, claims.email, claims['cognito:username'], claims.preferred_username, claims.sub].filter(Boolean).map(String);
      return true;
    }
    const token = getItem('local', KEY.token);
    const name = getItem('local', KEY.name);
    if (!token || !name) return false;
    state.token = token;
    state.name = name;
    state.aliases = [name];
    return true;
  }
  function showSignIn(message) {
    stop();
    $('app').hidden = true;
    $('signin').hidden = false;
    $('signin-token').hidden = cognito;
    $('signin-cognito').hidden = !cognito;
    const note = $('signin-message');
    note.textContent = message || '';
    note.hidden = !message;
    if (cognito) $('cognito-signin').focus();
    else {
      $('agent-name').value = $('agent-name').value || getItem('local', KEY.name) || '';
      ($('agent-name').value ? $('agent-token') : $('agent-name')).focus();
    }
  }
  function signOut(message) {
    state.token = null;
    if (cognito) removeItem('session', KEY.idToken);
    else removeItem('local', KEY.token);
    showSignIn(message);
  }
  $('signin-token').addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = $('agent-token').value.trim();
    const name = $('agent-name').value.trim();
    if (!token || !name) { showSignIn('Enter your name and your agent token.'); return; }
    state.token = token;
    state.name = name;
    state.aliases = [name];
    $('signin-submit').disabled = true;
    try {
      // Checked before it is kept: a mistyped token ends here, not on the first poll.
      await api('GET', '/agent/conversations?status=handoff');
      setItem('local', KEY.token, token);
      setItem('local', KEY.name, name);
      $('agent-token').value = '';
      startApp();
    } catch (error) {
      if (error.status !== 401) { state.token = null; showSignIn('Could not sign in: ' + error.message + '.'); }
    } finally {
      $('signin-submit').disabled = false;
    }
  });

  // Cognito hosted UI, authorization code + PKCE (S256): the verifier never leaves this tab's sessionStorage.
  const cognitoBase = () => String(config.cognitoDomainUrl || '').replace(/\/+$/, '');
  const redirectUri = () => config.redirectUri || location.origin + BASE + '/console';
  function base64url(bytes) {
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  const randomText = (size) => base64url(crypto.getRandomValues(new Uint8Array(size)));
  async function startCognito() {
    const verifier = randomText(48);
    const oauthState = randomText(24);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    setItem('session', KEY.pkce, JSON.stringify({ verifier, state: oauthState, returnTo: state.currentId }));
    const url = new URL(cognitoBase() + '/oauth2/authorize');
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', config.clientId);
    url.searchParams.set('redirect_uri', redirectUri());
    url.searchParams.set('scope', 'openid email profile');
    url.searchParams.set('state', oauthState);
    url.searchParams.set('code_challenge', base64url(new Uint8Array(digest)));
    url.searchParams.set('code_challenge_method', 'S256');
    location.assign(url.href);
  }
  async function finishCognito(params) {
    let saved = null;
    try { saved = JSON.parse(getItem('session', KEY.pkce) || 'null'); } catch { saved = null; }
    removeItem('session', KEY.pkce);
    const returnTo = saved && saved.returnTo;
    // The code is single use and must not stay in the address bar, history or a copied link.
    history.replaceState(null, '', location.pathname + (returnTo ? '?c=' + encodeURIComponent(returnTo) : ''));
    if (params.get('error')) return 'Sign-in failed: ' + (params.get('error_description') || params.get('error')) + '.';
    if (!saved || !saved.state || saved.state !== params.get('state')) return 'Sign-in could not be verified (state mismatch). Please try again.';
    try {
      const response = await fetch(cognitoBase() + '/oauth2/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', client_id: config.clientId, code: params.get('code') || '', redirect_uri: redirectUri(), code_verifier: saved.verifier }),
        credentials: 'omit',
      });
      const data = await response.json().catch(() => ({}));
      if (!response.ok || typeof data.id_token !== 'string') return 'Sign-in failed: ' + (data.error_description || data.error || 'no token') + '.';
      setItem('session', KEY.idToken, data.id_token);
      return null;
    } catch {
      return 'Sign-in failed: the sign-in service cannot be reached.';
    }
  }
  $('cognito-signin').addEventListener('click', () => { startCognito().catch(() => showSignIn('Sign-in could not start in this browser.')); });
  $('signout').addEventListener('click', () => {
    stop();
    state.token = null;
    if (cognito) {
      removeItem('session', KEY.idToken);
      const url = new URL(cognitoBase() + '/logout');
      url.searchParams.set('client_id', config.clientId);
      url.searchParams.set('logout_uri', redirectUri());
      location.assign(url.href);
      return;
    }
    removeItem('local', KEY.token);
    removeItem('local', KEY.name);
    $('agent-name').value = '';
    showSignIn('You are signed out.');
  });

  // ---------------------------------------------------------------- polling
  // One cycle at a time (the next is scheduled when the last ends), paused while the tab is hidden.
  function schedule(delay) {
    clearTimeout(state.timer);
    if (state.running && !document.hidden) state.timer = setTimeout(poll, delay);
  }
  function refreshNow() {
    if (state.polling) state.again = true;
    else schedule(0);
  }
  async function poll() {
    if (!state.running || document.hidden) return;
    state.polling = true;
    state.again = false;
    try {
      const results = await Promise.allSettled([refreshQueue(), refreshConversation()]);
      const failed = results.find((r) => r.status === 'rejected' && r.reason && r.reason.status !== 401);
      setLive(!failed, failed && failed.reason);
    } finally {
      state.polling = false;
      schedule(state.again ? 0 : POLL_MS);
    }
  }
  function stop() {
    state.running = false;
    clearTimeout(state.timer);
  }
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) clearTimeout(state.timer);
    else if (state.running) refreshNow();
  });
  function setLive(ok, error) {
    const live = $('live');
    const text = ok ? 'Live' : 'Reconnecting… (' + (error ? error.message : 'error') + ')';
    live.classList.toggle('down', !ok);
    // A status region re-announces on every write: only changes are written.
    if (live.textContent !== text) live.textContent = text;
  }
  setInterval(() => {
    const now = Date.now();
    for (const node of document.querySelectorAll('[data-since]')) node.textContent = sinceText(node.dataset.since, node.dataset.format, now);
  }, 1000);

  // ---------------------------------------------------------------- queue
  const tabButtons = () => Array.from(document.querySelectorAll('#tabs [role="tab"]'));
  function selectTab(status, focus) {
    if (!TABS[status]) return;
    state.tab = status;
    for (const button of tabButtons()) {
      const selected = button.dataset.status === status;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      if (selected && focus) button.focus();
    }
    $('queue-list').replaceChildren();
    state.rows.clear();
    $('queue-empty').hidden = true;
    refreshNow();
  }
  $('tabs').addEventListener('click', (event) => {
    const button = event.target.closest('[role="tab"]');
    if (button) selectTab(button.dataset.status, false);
  });
  $('tabs').addEventListener('keydown', (event) => {
    const buttons = tabButtons();
    const index = buttons.findIndex((b) => b.dataset.status === state.tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    selectTab(buttons[(next + buttons.length) % buttons.length].dataset.status, true);
  });
  async function refreshQueue() {
    const tab = state.tab;
    const data = await api('GET', '/agent/conversations?status=' + tab);
    if (tab !== state.tab || !state.running) return;
    const list = Array.isArray(data.conversations) ? data.conversations : [];
    renderQueue(list);
    if (tab === 'handoff') setWaiting(list.length);
    else {
      const waiting = await api('GET', '/agent/conversations?status=handoff');
      setWaiting(Array.isArray(waiting.conversations) ? waiting.conversations.length : 0);
    }
  }
  function setWaiting(count) {
    state.waiting = count;
    const badge = $('waiting-count');
    badge.textContent = String(count);
    badge.hidden = count === 0;
    $('queue-toggle-label').textContent = 'Queue · ' + count + ' waiting';
    document.title = (count ? '(' + count + ') ' : '') + 'Crossdesk agent console';
  }
  function renderQueue(list) {
    const ul = $('queue-list');
    const seen = new Set();
    list.forEach((conversation, index) => {
      if (!conversation || typeof conversation.id !== 'string') return;
      seen.add(conversation.id);
      let row = state.rows.get(conversation.id);
      if (!row) {
        const link = el('a', { class: 'q-row', href: '?c=' + encodeURIComponent(conversation.id), 'data-id': conversation.id });
        link.addEventListener('click', onQueueClick);
        row = { li: el('li', null, [link]), link, sig: '' };
        state.rows.set(conversation.id, row);
      }
      // Rows are updated in place, so keyboard focus on a row survives every poll.
      const sig = JSON.stringify(conversation);
      if (row.sig !== sig) {
        row.sig = sig;
        fill(row.link, queueRow(conversation));
      }
      if (ul.children[index] !== row.li) ul.insertBefore(row.li, ul.children[index] || null);
    });
    for (const [id, row] of state.rows) if (!seen.has(id)) { row.li.remove(); state.rows.delete(id); }
    $('queue-empty').textContent = TABS[state.tab];
    $('queue-empty').hidden = seen.size > 0;
    markCurrent();
  }
  function queueRow(conversation) {
    const handoff = conversation.handoff;
    const summary = (handoff && handoff.summary) || (conversation.lastMessage && conversation.lastMessage.text) || 'No messages yet';
    const waiting = conversation.status === 'handoff' && handoff && handoff.requestedAt;
    return [
      el('span', { class: 'q-top' }, [
        channelBadge(conversation.channel),
        langChip(conversation.language),
        handoff ? el('span', { class: 'q-reason', text: reasonText(handoff.reason) }) : el('span', { class: 'q-reason', text: statusText(conversation) }),
      ]),
      el('span', { class: 'q-summary', dir: 'auto', text: summary }),
      el('span', { class: 'q-meta' }, [
        waiting ? sinceNode(handoff.requestedAt, 'waiting') : sinceNode(conversation.updatedAt, 'ago'),
        handoff && handoff.claimedBy ? el('span', { class: 'claimed', text: 'claimed by ' + (isMine(handoff.claimedBy) ? 'you' : handoff.claimedBy) }) : null,
      ]),
    ];
  }
  function onQueueClick(event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openConversation(event.currentTarget.dataset.id, { push: true, focus: true });
  }
  function markCurrent() {
    for (const [id, row] of state.rows) {
      if (id === state.currentId) row.link.setAttribute('aria-current', 'true');
      else row.link.removeAttribute('aria-current');
    }
  }
  $('queue-toggle').addEventListener('click', () => {
    const open = !$('queue').classList.contains('expanded');
    $('queue').classList.toggle('expanded', open);
    $('queue-toggle').setAttribute('aria-expanded', String(open));
  });

  // ---------------------------------------------------------------- conversation
  function openConversation(id, options) {
    const opts = options || {};
    if (id !== state.currentId) {
      saveDraft();
      resetConversation();
      state.currentId = id || null;
    }
    if (opts.push) history.pushState(null, '', id ? '?c=' + encodeURIComponent(id) : location.pathname);
    $('app').classList.toggle('has-conversation', !!state.currentId);
    $('empty-state').hidden = !!state.currentId;
    $('conversation-view').hidden = !state.currentId;
    $('queue').classList.remove('expanded');
    $('queue-toggle').setAttribute('aria-expanded', 'false');
    markCurrent();
    if (!state.currentId) return;
    $('conv-title').textContent = 'Loading conversation…';
    $('reply').value = state.drafts.get(state.currentId) || '';
    if (opts.focus) $('conv-title').focus();
    // On a phone the transcript matters most: the handoff card starts folded (one tap opens it).
    const phone = window.matchMedia('(max-width: 759px)').matches;
    $('handoff-card').classList.toggle('folded', phone);
    $('card-toggle').setAttribute('aria-expanded', String(!phone));
    if (phone) $('conversation').scrollIntoView({ block: 'start' });
    refreshNow();
  }
  window.addEventListener('popstate', () => openConversation(new URLSearchParams(location.search).get('c'), {}));
  function saveDraft() {
    if (!state.currentId) return;
    const text = $('reply').value;
    if (text.trim()) state.drafts.set(state.currentId, text);
    else state.drafts.delete(state.currentId);
  }
  function resetConversation() {
    state.conversation = null;
    state.stateSig = '';
    state.shown.clear();
    state.firstPaint = true;
    state.video = null;
    state.focusReply = false;
    state.takeover = null;
    state.previewSeq++;
    clearTimeout(state.previewTimer);
    dropBlobs();
    $('transcript').replaceChildren();
    $('conv-meta').replaceChildren();
    $('card-body').replaceChildren();
    $('conv-id').textContent = '';
    $('video-link').hidden = true;
    $('jump').hidden = true;
    hideNotice();
    setPreview(null);
  }
  async function refreshConversation() {
    const id = state.currentId;
    if (!id) return;
    let data;
    try {
      data = await api('GET', convPath(id));
    } catch (error) {
      if (error.status === 404 && id === state.currentId) {
        $('conv-title').textContent = 'Conversation not found';
        showNotice('There is no conversation ' + id + ' (it may have been deleted).', 'error');
        return;
      }
      throw error;
    }
    if (id !== state.currentId || !data.conversation) return;
    renderState(data.conversation);
    renderMessages(Array.isArray(data.messages) ? data.messages : []);
  }
  function statusText(conversation) {
    const handoff = conversation.handoff;
    if (conversation.status === 'closed') return 'Closed' + (handoff && handoff.resolution ? ' · ' + (RESOLUTIONS[handoff.resolution] || handoff.resolution) : '');
    if (conversation.status === 'handoff') return 'Waiting for an agent';
    if (conversation.status === 'human') return handoff && handoff.claimedBy ? 'With ' + (isMine(handoff.claimedBy) ? 'you' : handoff.claimedBy) : 'With an agent';
    return 'Bot is answering';
  }
  function mine(conversation) {
    const handoff = conversation && conversation.handoff;
    return !!handoff && handoff.status === 'claimed' && conversation.status !== 'closed' && isMine(handoff.claimedBy);
  }
  // Rebuilt only when the state changed (waitSeconds aside), so focus and selections survive polling.
  function renderState(conversation) {
    state.conversation = conversation;
    const handoff = conversation.handoff || null;
    const sig = JSON.stringify(Object.assign({}, conversation, { handoff: handoff && Object.assign({}, handoff, { waitSeconds: undefined }) }));
    const changed = sig !== state.stateSig;
    state.stateSig = sig;
    const yours = mine(conversation);
    const waiting = !!handoff && handoff.status === 'waiting' && conversation.status !== 'closed';
    const withBot = conversation.status === 'bot' || conversation.status === 'closed';
    const writable = canWrite();
    $('claim').hidden = !waiting;
    for (const id of ['video', 'release', 'close-group']) $(id).hidden = !yours;
    // A shopper's "delete my data": the agent who claimed it confirms and erases (docs/security.md).
    $('erase').hidden = !yours || !handoff || handoff.reason !== 'data_protection';
    $('composer').hidden = !writable;
    $('reply').disabled = !writable;
    $('send').disabled = !writable || state.sending;
    $('gate').hidden = writable;
    $('claim-inline').hidden = !waiting;
    $('takeover').hidden = !withBot;
    $('takeover-hint').hidden = yours || !writable;
    $('gate-text').textContent = waiting ? 'Claim this conversation to reply.'
      : withBot ? (conversation.status === 'closed' ? 'This conversation was closed; the bot answers the shopper.' : 'The bot is handling this conversation.')
      : handoff && handoff.status === 'claimed' && !yours ? (handoff.claimedBy || 'Another agent') + ' is handling this conversation.'
      : 'Only the agent who claimed this conversation can reply.';
    focusReplyWhenMine();
    if (!changed) return;
    $('conv-title').textContent = (CHANNELS[conversation.channel] || conversation.channel) + ' shopper · ' + languageName(conversation.language);
    $('conv-id').textContent = conversation.id;
    const waitSince = waiting && typeof handoff.waitSeconds === 'number' ? new Date(Date.now() - handoff.waitSeconds * 1000).toISOString() : waiting ? handoff.requestedAt : null;
    fill($('conv-meta'), [
      channelBadge(conversation.channel),
      langChip(conversation.language),
      el('span', { class: 'chip', text: 'mode: ' + (conversation.mode || '?') }),
      el('span', { class: 'chip', text: statusText(conversation) }),
      waitSince ? sinceNode(waitSince, 'waiting') : null,
      handoff && handoff.claimedBy ? el('span', { class: 'chip', text: (handoff.status === 'claimed' ? 'claimed by ' : 'handled by ') + handoff.claimedBy }) : null,
    ]);
    $('reply-label').textContent = 'Your reply (' + languageName(conversation.agentLanguage) + ')';
    if (validLang(conversation.agentLanguage)) $('reply').setAttribute('lang', conversation.agentLanguage);
    renderCard(conversation);
    renderVideo();
  }
  // An agent may step into a bot conversation: their first message opens a handoff claimed by them.
  function canWrite() {
    const conversation = state.conversation;
    if (!conversation) return false;
    if (mine(conversation)) return true;
    return state.takeover === conversation.id && (conversation.status === 'bot' || conversation.status === 'closed');
  }
  function focusReplyWhenMine() {
    if (!state.focusReply || !canWrite()) return;
    state.focusReply = false;
    $('reply').focus();
  }
  function renderCard(conversation) {
    const handoff = conversation.handoff;
    const body = $('card-body');
    if (!handoff) { body.replaceChildren(el('p', { class: 'muted', text: 'This conversation was never handed to a person.' })); return; }
    const parts = [
      el('h3', { text: 'Why the bot handed over' }),
      el('p', { class: 'q-reason', text: reasonText(handoff.reason) }),
      el('h3', { text: 'Summary' }),
      el('p', { id: 'summary', dir: 'auto', text: handoff.summary || 'No summary.' }),
    ];
    const order = handoff.order;
    if (order && order.id) {
      const list = (items) => (Array.isArray(items) && items.length ? el('ul', null, items.map((item) => el('li', { dir: 'auto', text: String(item) }))) : el('span', { class: 'muted', text: 'none' }));
      parts.push(el('h3', { text: 'Order' }), el('section', { class: 'order', id: 'order-card', 'aria-label': 'Order ' + order.id }, [
        el('strong', { text: '#' + order.id }),
        el('dl', null, [
          el('dt', { text: 'Status' }), el('dd', { text: String(order.status || '?') }),
          el('dt', { text: 'Total' }), el('dd', { text: money(order.total) }),
          el('dt', { text: 'Items' }), el('dd', null, [list(order.items)]),
          el('dt', { text: 'Tracking' }), el('dd', null, [list(order.tracking)]),
        ]),
      ]));
    }
    const photos = Array.isArray(handoff.photos) ? handoff.photos : [];
    if (photos.length) parts.push(el('h3', { text: 'Photos' }), el('div', { class: 'photos' }, photos.map((photo, i) => mediaNode(photo, 'Photo ' + (i + 1) + ' from the shopper'))));
    if (handoff.resolution) parts.push(el('h3', { text: 'Resolution' }), el('p', { text: RESOLUTIONS[handoff.resolution] || String(handoff.resolution) }));
    // The desk sends the score as a number; a record with a score is read the same way.
    const score = typeof handoff.rating === 'number' ? handoff.rating : handoff.rating && handoff.rating.score;
    if (score) parts.push(el('h3', { text: 'Shopper rating' }), el('p', { text: score + ' / 5' }));
    fill(body, parts);
  }
  function money(total) {
    if (total && typeof total === 'object' && typeof total.amount === 'number') {
      try { return new Intl.NumberFormat(undefined, { style: 'currency', currency: total.currency }).format(total.amount); } catch { return total.amount + ' ' + (total.currency || ''); }
    }
    return total === undefined || total === null ? '?' : String(total);
  }
  function renderVideo() {
    const conversation = state.conversation;
    const video = state.video || (conversation && conversation.handoff && conversation.handoff.video);
    const box = $('video-link');
    const href = video && safeUrl(video.agentUrl || video.url);
    const open = conversation && conversation.handoff && (conversation.handoff.status === 'waiting' || conversation.handoff.status === 'claimed');
    if (!href || !open) { box.hidden = true; return; }
    const expires = Date.parse(video.expiresAt);
    fill(box, [
      'Video room ready: ',
      el('a', { id: 'video-join', href, target: '_blank', rel: 'noopener noreferrer', text: 'Join the video call' }),
      Number.isFinite(expires) ? el('span', { class: 'muted', text: ' (link expires ' + new Date(expires).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) + ')' }) : null,
    ]);
    box.hidden = false;
  }

  // ---------------------------------------------------------------- transcript
  function scroller() {
    const transcript = $('transcript');
    const overflow = getComputedStyle(transcript).overflowY;
    return overflow === 'auto' || overflow === 'scroll' ? transcript : document.scrollingElement;
  }
  const atBottom = (box) => box.scrollHeight - box.scrollTop - box.clientHeight < 48;
  function renderMessages(messages) {
    const list = $('transcript');
    const box = scroller();
    const wasAtBottom = atBottom(box);
    const conversation = state.conversation || {};
    const seen = new Set();
    const added = [];
    let index = 0;
    for (const message of messages) {
      if (!message || message.id === undefined) continue;
      const key = String(message.id);
      seen.add(key);
      const sig = JSON.stringify(message);
      let shown = state.shown.get(key);
      if (!shown || shown.sig !== sig) {
        const node = messageNode(message, conversation);
        if (shown) shown.node.replaceWith(node);
        else added.push(message);
        shown = { node, sig };
        state.shown.set(key, shown);
      }
      if (list.children[index] !== shown.node) list.insertBefore(shown.node, list.children[index] || null);
      index++;
    }
    for (const [key, shown] of state.shown) if (!seen.has(key)) { shown.node.remove(); state.shown.delete(key); }
    if (state.firstPaint) {
      state.firstPaint = false;
      if (box === list) list.scrollTop = list.scrollHeight;
      return;
    }
    if (!added.length) return;
    if (wasAtBottom) box.scrollTop = box.scrollHeight;
    else $('jump').hidden = false;
    const last = added[added.length - 1];
    const words = (last.translation && last.translation.text) || last.text || 'attachment';
    $('announcer').textContent = 'New message from ' + authorName(last) + ': ' + words;
  }
  $('jump').addEventListener('click', () => {
    const box = scroller();
    box.scrollTop = box.scrollHeight;
    $('jump').hidden = true;
  });
  $('transcript').addEventListener('scroll', () => { if (atBottom($('transcript'))) $('jump').hidden = true; });
  const authorKind = (message) => (message.author === 'shopper' || message.author === 'agent' ? message.author : 'bot');
  const authorName = (message) => {
    const kind = authorKind(message);
    return kind === 'shopper' ? 'Shopper' : kind === 'agent' ? (message.agent ? String(message.agent) : 'Agent') : 'Bot';
  };
  function cell(text, language, kind) {
    const tag = (validLang(language) ? language.toUpperCase() : '?') + (kind === 'sent' ? ' · sent to the shopper' : kind === 'translated' ? ' · translation' : '');
    return el('div', { class: 'cell cell-' + kind }, [
      el('span', { class: 'lang-tag', title: languageName(language), text: tag }),
      el('p', { class: 'text', dir: 'auto', lang: validLang(language) ? language : null, text }),
    ]);
  }
  function messageNode(message, conversation) {
    const kind = authorKind(message);
    const ownLanguage = message.language || (kind === 'agent' ? conversation.agentLanguage : conversation.language);
    const translation = message.translation && message.translation.text && message.translation.text !== message.text ? message.translation : null;
    const hasText = typeof message.text === 'string' && message.text !== '';
    const confidence = typeof message.confidence === 'number' ? ' · ' + Math.round(message.confidence <= 1 ? message.confidence * 100 : message.confidence) + '%' : '';
    return el('li', { class: 'msg msg-' + kind, 'data-id': String(message.id), 'data-author': kind }, [
      el('div', { class: 'msg-head' }, [
        el('span', { class: 'author', text: authorName(message) }),
        timeNode(message.at),
        kind === 'shopper' && message.intent ? el('span', { class: 'intent', text: 'intent: ' + message.intent + confidence }) : null,
      ]),
      hasText ? el('div', { class: 'msg-body' + (translation ? '' : ' single') }, [
        cell(message.text, ownLanguage, kind === 'agent' ? 'written' : 'original'),
        translation ? cell(translation.text, translation.language, kind === 'agent' ? 'sent' : 'translated') : null,
      ]) : null,
      mediaNode(message.media, 'Photo from the shopper'),
    ]);
  }

  // ---------------------------------------------------------------- notices and actions
  function showNotice(text, tone) {
    const notice = $('notice');
    notice.textContent = text;
    notice.className = 'notice' + (tone ? ' ' + tone : '');
    notice.hidden = false;
  }
  function hideNotice() { $('notice').hidden = true; }
  async function act(button, run) {
    const id = state.currentId;
    if (!id) return;
    button.disabled = true;
    hideNotice();
    try {
      await run(id);
    } catch (error) {
      if (error.status !== 401 && id === state.currentId) showNotice(error.message.charAt(0).toUpperCase() + error.message.slice(1) + '.', 'error');
    } finally {
      button.disabled = false;
      refreshNow();
    }
  }
  // Action answers may carry the conversation without its handoff record: only a full one replaces what is
  // shown; otherwise the refresh that follows every action brings it.
  const adopt = (id, data) => {
    if (id === state.currentId && data && data.conversation && data.conversation.handoff) renderState(data.conversation);
  };
  async function claim(id) {
    try {
      adopt(id, await api('POST', convPath(id, '/claim')));
      state.focusReply = true;
      focusReplyWhenMine();
    } catch (error) {
      if (error.status !== 409) throw error;
      showNotice('Already claimed by ' + (error.body.claimedBy || 'another agent') + '.', 'warn');
    }
  }
  $('claim').addEventListener('click', (event) => act(event.currentTarget, claim));
  $('claim-inline').addEventListener('click', (event) => act(event.currentTarget, claim));
  $('takeover').addEventListener('click', () => {
    if (!state.conversation) return;
    state.takeover = state.conversation.id;
    state.focusReply = true;
    renderState(state.conversation);
  });
  $('video').addEventListener('click', (event) => act(event.currentTarget, async (id) => {
    const data = await api('POST', convPath(id, '/video'));
    if (id !== state.currentId) return;
    state.video = data.video || null;
    renderVideo();
    showNotice('The shopper has been sent a link to the video call.');
  }));
  $('release').addEventListener('click', (event) => act(event.currentTarget, async (id) => {
    adopt(id, await api('POST', convPath(id, '/release')));
    showNotice('Handed back to the bot. The shopper is asked to rate the help they got.');
  }));
  $('erase').addEventListener('click', (event) => act(event.currentTarget, async (id) => {
    if (!window.confirm('Erase everything stored about this shopper (conversations, messages, cases, photos)? Orders stay. This cannot be undone.')) return;
    const report = await api('POST', convPath(id, '/privacy/delete'));
    const counts = report.counts || {};
    showNotice('Erased: ' + Object.keys(counts).map((k) => k + ' ' + counts[k]).join(', ') + '. Orders kept: ' + report.keptOrders + '.');
  }));
  $('close').addEventListener('click', (event) => act(event.currentTarget, async (id) => {
    adopt(id, await api('POST', convPath(id, '/close'), { resolution: $('resolution').value }));
    showNotice('Closed as ' + (RESOLUTIONS[$('resolution').value] || $('resolution').value).toLowerCase() + '.');
  }));
  $('card-toggle').addEventListener('click', () => {
    const folded = !$('handoff-card').classList.contains('folded');
    $('handoff-card').classList.toggle('folded', folded);
    $('card-toggle').setAttribute('aria-expanded', String(!folded));
  });

  // ---------------------------------------------------------------- composer
  const reply = $('reply');
  function setPreview(data, text) {
    const preview = $('preview');
    preview.classList.remove('pending');
    if (!data) { preview.hidden = true; $('preview-text').textContent = ''; return; }
    const conversation = state.conversation || {};
    const same = data.text === text && (!data.language || data.language === conversation.agentLanguage);
    $('preview-label').textContent = same ? 'Sent as written (no translation needed):' : 'The shopper will receive (' + languageName(data.language) + '):';
    $('preview-text').textContent = data.text;
    if (validLang(data.language)) $('preview-text').setAttribute('lang', data.language);
    else $('preview-text').removeAttribute('lang');
    preview.hidden = false;
  }
  function schedulePreview() {
    clearTimeout(state.previewTimer);
    const seq = ++state.previewSeq;
    const text = reply.value.trim();
    if (!text || !canWrite()) { setPreview(null); return; }
    $('preview').classList.add('pending');
    state.previewTimer = setTimeout(async () => {
      const id = state.currentId;
      try {
        const data = await api('POST', convPath(id, '/translate'), { text });
        if (seq === state.previewSeq && id === state.currentId && typeof data.text === 'string') setPreview(data, text);
      } catch (error) {
        if (seq !== state.previewSeq || error.status === 401) return;
        $('preview-label').textContent = 'Preview unavailable: ' + error.message;
        $('preview-text').textContent = '';
        $('preview').classList.remove('pending');
        $('preview').hidden = false;
      }
    }, PREVIEW_DELAY_MS);
  }
  async function send() {
    const text = reply.value.trim();
    const id = state.currentId;
    if (!text || !id || state.sending || !canWrite()) return;
    state.sending = true;
    $('send').disabled = true;
    hideNotice();
    try {
      await api('POST', convPath(id, '/messages'), { text });
      state.drafts.delete(id);
      if (id === state.currentId && reply.value.trim() === text) {
        reply.value = '';
        state.previewSeq++;
        clearTimeout(state.previewTimer);
        setPreview(null);
      }
      $('announcer').textContent = 'Reply sent.';
      refreshNow();
    } catch (error) {
      if (error.status !== 401) showNotice('Not sent: ' + error.message + '. Your text is still in the box.', 'error');
    } finally {
      state.sending = false;
      $('send').disabled = !canWrite();
    }
  }
  reply.addEventListener('input', schedulePreview);
  reply.addEventListener('keydown', (event) => {
    // Enter sends, Shift+Enter breaks the line; Enter that confirms an IME composition (Thai, Japanese…) does neither.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    send();
  });
  $('composer').addEventListener('submit', (event) => { event.preventDefault(); send(); });

  // ---------------------------------------------------------------- start
  function startApp() {
    $('signin').hidden = true;
    $('app').hidden = false;
    $('who').textContent = 'Signed in as ' + state.name;
    state.running = true;
    openConversation(state.currentId, {});
    refreshNow();
  }
  async function boot() {
    const params = new URLSearchParams(location.search);
    let problem = null;
    if (cognito && (params.has('code') || params.has('error'))) problem = await finishCognito(params);
    state.currentId = new URLSearchParams(location.search).get('c');
    if (!problem && loadSession()) startApp();
    else showSignIn(problem);
  }
  boot();
})();
`;

const BODY = `
<main id="signin" class="signin" hidden>
  <div class="signin-card">
    <h1>Crossdesk agent console</h1>
    <p class="muted">Help shoppers the bot handed over, in your own language.</p>
    <p id="signin-message" class="notice error" role="alert" hidden></p>
    <form id="signin-token" novalidate hidden>
      <label for="agent-name">Your name <span class="hint">(shown on the conversations you claim)</span></label>
      <input id="agent-name" name="name" autocomplete="name" maxlength="80" required>
      <label for="agent-token">Agent token</label>
      <input id="agent-token" name="token" type="password" autocomplete="current-password" required>
      <button id="signin-submit" class="primary" type="submit">Sign in</button>
    </form>
    <div id="signin-cognito" hidden>
      <button id="cognito-signin" class="primary" type="button">Sign in with your agent account</button>
    </div>
  </div>
</main>
<div id="app" class="app" hidden>
  <header class="topbar">
    <p class="brand">Crossdesk</p>
    <span id="live" class="live" role="status">Connecting…</span>
    <span id="who" class="who"></span>
    <a id="insights-link" href="/console/insights">Insights</a>
    <button id="signout" type="button">Sign out</button>
  </header>
  <nav id="queue" class="queue" aria-label="Conversation queue">
    <button id="queue-toggle" class="queue-toggle" type="button" aria-expanded="false" aria-controls="queue-body"><span id="queue-toggle-label">Queue</span><span aria-hidden="true">▾</span></button>
    <div id="queue-body" class="queue-body">
      <div id="tabs" class="tabs" role="tablist" aria-label="Queues">
        <button type="button" role="tab" data-status="handoff" aria-selected="true" aria-controls="queue-list" tabindex="0">Waiting<span id="waiting-count" class="count" hidden>0</span></button>
        <button type="button" role="tab" data-status="human" aria-selected="false" aria-controls="queue-list" tabindex="-1">Claimed</button>
        <button type="button" role="tab" data-status="bot" aria-selected="false" aria-controls="queue-list" tabindex="-1">Bot</button>
        <button type="button" role="tab" data-status="closed" aria-selected="false" aria-controls="queue-list" tabindex="-1">Closed</button>
      </div>
      <ul id="queue-list" class="queue-list" role="tabpanel" aria-label="Conversations"></ul>
      <p id="queue-empty" class="queue-empty" hidden></p>
    </div>
  </nav>
  <main id="conversation" class="conversation" aria-labelledby="conv-title">
    <p id="empty-state" class="empty-state">Pick a conversation from the queue.</p>
    <div id="conversation-view" class="conversation-view" hidden>
      <header class="conv-header">
        <h2 id="conv-title" tabindex="-1"></h2>
        <p id="conv-meta" class="chips"></p>
        <p id="conv-id" class="conv-id"></p>
        <div class="conv-actions" role="group" aria-label="Conversation actions">
          <button id="claim" class="primary" type="button" hidden>Claim</button>
          <button id="video" type="button" hidden>Video call</button>
          <button id="release" type="button" hidden>Release to bot</button>
          <button id="erase" class="danger" type="button" hidden>Erase shopper data</button>
          <span id="close-group" class="close-group" hidden>
            <label for="resolution" class="sr-only">Resolution</label>
            <select id="resolution">
              <option value="resolved">Resolved</option>
              <option value="refunded">Refunded</option>
              <option value="replaced">Replaced</option>
              <option value="no_action">No action needed</option>
              <option value="other">Other</option>
            </select>
            <button id="close" class="danger" type="button">Close</button>
          </span>
        </div>
        <p id="notice" class="notice" role="status" hidden></p>
        <p id="video-link" class="notice" hidden></p>
      </header>
      <div class="conv-body">
        <aside id="handoff-card" class="card" aria-label="Handoff details">
          <button id="card-toggle" class="card-toggle" type="button" aria-expanded="true" aria-controls="card-body">Handoff details<span aria-hidden="true">▾</span></button>
          <div id="card-body" class="card-body"></div>
        </aside>
        <section class="thread" aria-label="Transcript and reply">
          <div class="transcript-head" aria-hidden="true"><span>Original</span><span>Translation</span></div>
          <ol id="transcript" class="transcript" aria-label="Transcript"></ol>
          <button id="jump" class="jump" type="button" hidden>New messages ↓</button>
          <form id="composer" class="composer" novalidate hidden>
            <label id="reply-label" for="reply">Your reply</label>
            <textarea id="reply" rows="3" dir="auto" aria-describedby="reply-hint" disabled></textarea>
            <div id="preview" class="preview" aria-live="polite" hidden>
              <span id="preview-label" class="preview-label"></span>
              <p id="preview-text" class="text" dir="auto"></p>
            </div>
            <div class="composer-actions">
              <span id="reply-hint" class="hint">Enter sends · Shift+Enter adds a line<span id="takeover-hint" hidden> · sending takes this conversation over from the bot</span></span>
              <button id="send" class="primary" type="submit" disabled>Send</button>
            </div>
          </form>
          <div id="gate" class="gate">
            <p id="gate-text"></p>
            <button id="claim-inline" class="primary" type="button" hidden>Claim</button>
            <button id="takeover" type="button" hidden>Write to the shopper</button>
          </div>
        </section>
      </div>
    </div>
  </main>
</div>
<div id="announcer" class="sr-only" aria-live="polite"></div>
<noscript><p>The agent console needs JavaScript.</p></noscript>
`;

/** A CSP source for an inline block: its SHA-256, so the policy allows exactly this text and nothing else. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const SCRIPT_HASH = hashSource(SCRIPT);
const STYLE_HASH = hashSource(STYLE);

function buildCsp(connectOrigins: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${SCRIPT_HASH}`,
    `style-src ${STYLE_HASH}`,
    "img-src 'self' blob: data:",
    // Voice notes and videos shoppers sent play from blob: URLs, like photos.
    "media-src 'self' blob:",
    ['connect-src', "'self'", ...connectOrigins].join(' '),
    "base-uri 'none'",
    // The forms are handled in script; should one ever submit natively, the token must not land in a URL.
    "form-action 'none'",
    "frame-ancestors 'none'",
    // No HTML sinks at all: an accidental innerHTML with shopper text throws instead of rendering.
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/** The console's CSP in token mode (no sign-in service to talk to). Cognito mode adds its domain: see renderConsolePage. */
export const CONSOLE_CSP = buildCsp([]);

/**
 * JSON that is safe inside a `<script type="application/json">` element: `<`, `>`, `&` and the two JS
 * line separators become \u escapes, which JSON.parse reads back unchanged.
 * @example
 * jsonForScript({ clientId: '</script>' }); // '{"clientId":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function parseUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new ConsolePageError(`${what} is not a URL: ${raw}`, { cause });
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    throw new ConsolePageError(`${what} must be https (http only on localhost): ${raw}`);
  }
  return url;
}

/**
 * The whole console document and the CSP to serve it with. Throws ConsolePageError when Cognito mode lacks
 * its domain or client id, or a URL is not https: better a failed deploy check than a sign-in loop.
 * @example
 * const page = renderConsolePage({ auth: 'token' });
 * return { statusCode: 200, headers: page.headers, body: page.html };
 */
export function renderConsolePage(options: ConsolePageOptions): ConsolePage {
  const connect: string[] = [];
  const config: Record<string, string> = { auth: options.auth };
  if (options.auth === 'cognito') {
    if (!options.cognitoDomainUrl || !options.clientId) {
      throw new ConsolePageError('cognito auth needs cognitoDomainUrl and clientId');
    }
    const domain = parseUrl(options.cognitoDomainUrl, 'cognitoDomainUrl');
    // The origin, not the raw string, goes into the policy: nothing in a URL can add a directive.
    connect.push(domain.origin);
    config.cognitoDomainUrl = `${domain.origin}${domain.pathname.replace(/\/+$/, '')}`;
    config.clientId = options.clientId;
  } else if (options.auth !== 'token') {
    throw new ConsolePageError(`unknown auth mode: ${String(options.auth)}`);
  }
  if (options.redirectUri) config.redirectUri = parseUrl(options.redirectUri, 'redirectUri').href;

  const csp = buildCsp(connect);
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>Crossdesk agent console</title>',
    '<link rel="icon" href="data:,">',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    BODY,
    `<script type="application/json" id="console-config">${jsonForScript(config)}</script>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
  return {
    html,
    csp,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
      // The sign-in code and conversation ids in the URL must not travel to other sites.
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  };
}
