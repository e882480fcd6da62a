// The simulator's transcript: the conversation's message log (both sides, kept in DynamoDB, so it
// survives a reload and a restart), with the bot's lines shown as the platform fakes received them (the
// raw WhatsApp / LINE / Telegram payloads: reply buttons, list rows with their descriptions, CTA URLs,
// templates, quick replies, inline keyboards), plus what the simulator just sent that ingest has not
// logged yet. Pure functions: GET /dev/transcript (routes.ts) feeds them.
import type { MessageLogEntry } from '../../../functions/core/ports';
import type { ChannelName, OutboundMessage } from '../../../functions/core/types';
import type { OutboxEntry } from '../fakes/state';
import type { SharedLocation } from './webhook-builders';

/** How tapping a button reaches the bot: the webhook the page asks /dev/simulate to send. */
export type ButtonAction =
  /** WhatsApp interactive reply button → `button_reply`. */
  | 'reply'
  /** WhatsApp list row → `list_reply`. */
  | 'list'
  /** WhatsApp template quick reply → `type: "button"`. */
  | 'template'
  /** LINE postback action → postback event. */
  | 'postback'
  /** LINE message action → a text message the shopper "typed". */
  | 'message'
  /** Telegram inline keyboard callback_data → callback_query. */
  | 'callback'
  /** Opens a page (CTA URL, URI action, url button). */
  | 'url';

export interface BubbleButton {
  id: string;
  title: string;
  action: ButtonAction;
  url?: string;
  /** LINE: what the chat shows as the shopper's line when tapped. */
  displayText?: string;
  /** Telegram: the keyboard row. */
  row?: number;
  /** LINE: a quick reply (shown under the latest message only), not an action inside the bubble. */
  quick?: boolean;
}

export interface Bubble {
  /** Stable across polls (the page diffs on it). */
  key: string;
  who: 'shopper' | 'bot' | 'agent';
  at: string;
  /** text, image, audio, location, sticker, button, interactive, list, cta, template, flex, … */
  kind: string;
  text?: string;
  header?: string;
  footer?: string;
  imageUrl?: string;
  buttons?: BubbleButton[];
  /** A WhatsApp list message: the button that opens it and its rows (titles and descriptions). */
  list?: {
    label: string;
    sections: { title?: string; rows: { id: string; title: string; description?: string }[] }[];
  };
  /** A WhatsApp template (outside the 24-hour window): its name, language and parameters. */
  template?: { name: string; language?: string; parameters: string[] };
  location?: SharedLocation;
  /** The agent's name on an agent line. */
  agent?: string;
  /** Small print: push vs reply, proactive, "from the log". */
  notes?: string[];
  /** Simulator-side lines not (yet) in the log. */
  state?: 'sending' | 'failed';
  error?: string;
}

/** What /dev/simulate sent, kept in memory until (and after) ingest logs it. */
export interface SentRecord {
  eventId: string;
  at: string;
  kind: string;
  text?: string;
  /** The title of a tapped button, as the shopper's chat shows it. */
  title?: string;
  payload?: string;
  location?: SharedLocation;
  /** The webhook route's HTTP status (undefined while in flight). */
  status?: number;
  error?: string;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const maybeJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
};

function whatsAppBubble(raw: Json, base: Bubble): Bubble {
  const type = str(raw.type) ?? 'text';
  const part = obj(raw[type]);
  if (type === 'text') return { ...base, kind: 'text', text: str(part.body) ?? base.text };
  if (type === 'image')
    return { ...base, kind: 'image', imageUrl: str(part.link) ?? str(part.id), text: str(part.caption) };
  if (type === 'template') {
    const components = arr(part.components).map(obj);
    const parameters = components
      .filter((c) => c.type === 'body')
      .flatMap((c) => arr(c.parameters).map((p) => str(obj(p).text) ?? ''));
    const buttons: BubbleButton[] = components
      .filter((c) => c.type === 'button')
      .flatMap((c) =>
        arr(c.parameters).flatMap((p) => {
          const payload = str(obj(p).payload);
          return payload ? [{ id: payload, title: payload, action: 'template' as const }] : [];
        }),
      );
    return {
      ...base,
      kind: 'template',
      text: parameters.join(' '),
      template: { name: str(part.name) ?? '?', language: str(obj(part.language).code), parameters },
      ...(buttons.length ? { buttons } : {}),
      notes: [...(base.notes ?? []), 'template: outside the 24-hour window'],
    };
  }
  if (type === 'interactive') {
    const action = obj(part.action);
    const header = obj(part.header);
    const common = {
      ...base,
      text: str(obj(part.body).text) ?? base.text,
      ...(str(header.text) ? { header: str(header.text) } : {}),
      ...(str(obj(part.footer).text) ? { footer: str(obj(part.footer).text) } : {}),
    };
    if (part.type === 'list' || arr(action.sections).length) {
      const sections = arr(action.sections).map((raw) => {
        const section = obj(raw);
        return {
          ...(str(section.title) ? { title: str(section.title) } : {}),
          rows: arr(section.rows).map((r) => {
            const row = obj(r);
            const description = str(row.description);
            return {
              id: str(row.id) ?? '',
              title: str(row.title) ?? '',
              ...(description ? { description } : {}),
            };
          }),
        };
      });
      return { ...common, kind: 'list', list: { label: str(action.button) ?? 'Choose', sections } };
    }
    if (action.name === 'cta_url') {
      const p = obj(action.parameters);
      const url = str(p.url) ?? '';
      return {
        ...common,
        kind: 'cta',
        buttons: [{ id: url, title: str(p.display_text) ?? url, action: 'url', url }],
      };
    }
    const buttons = arr(action.buttons).flatMap((b) => {
      const reply = obj(obj(b).reply);
      const id = str(reply.id);
      return id !== undefined ? [{ id, title: str(reply.title) ?? id, action: 'reply' as const }] : [];
    });
    return { ...common, kind: 'interactive', buttons };
  }
  return { ...base, kind: type };
}

/** LINE actions (quick reply items, template and flex buttons) → buttons. */
function lineAction(action: Json): BubbleButton | undefined {
  const label = str(action.label) ?? str(action.displayText) ?? str(action.text) ?? '';
  if (action.type === 'postback') {
    const displayText = str(action.displayText) ?? str(action.text);
    return {
      id: str(action.data) ?? '',
      title: label,
      action: 'postback',
      ...(displayText ? { displayText } : {}),
    };
  }
  if (action.type === 'message') return { id: str(action.text) ?? label, title: label, action: 'message' };
  if (action.type === 'uri') {
    const url = str(action.uri) ?? '';
    return { id: url, title: label, action: 'url', url };
  }
  return undefined;
}

/** Texts and actions of a flex message, depth first (what a reader sees, as plain lines). */
function walkFlex(node: unknown, texts: string[], buttons: BubbleButton[], images: string[]): void {
  const n = obj(node);
  if (n.type === 'text' && str(n.text)) texts.push(str(n.text) as string);
  if (n.type === 'image' && str(n.url)) images.push(str(n.url) as string);
  if (n.type === 'button') {
    const button = lineAction(obj(n.action));
    if (button) buttons.push(button);
  }
  for (const key of ['header', 'hero', 'body', 'footer'])
    if (n[key]) walkFlex(n[key], texts, buttons, images);
  for (const child of arr(n.contents)) walkFlex(child, texts, buttons, images);
}

function lineBubble(raw: Json, base: Bubble): Bubble {
  const message = obj(raw.message);
  const type = str(message.type) ?? 'text';
  const notes = [...(base.notes ?? [])];
  if (raw.endpoint === 'push') notes.push('push message (counts against the monthly quota)');
  const quick = arr(obj(message.quickReply).items).flatMap((item) => {
    const button = lineAction(obj(obj(item).action));
    return button ? [{ ...button, quick: true }] : [];
  });
  let bubble: Bubble = { ...base, kind: type, ...(notes.length ? { notes } : {}) };
  if (type === 'text') bubble = { ...bubble, text: str(message.text) ?? base.text };
  else if (type === 'image')
    bubble = { ...bubble, imageUrl: str(message.originalContentUrl), text: undefined };
  else if (type === 'template') {
    const template = obj(message.template);
    const actions = arr(template.actions).flatMap((a) => {
      const button = lineAction(obj(a));
      return button ? [button] : [];
    });
    bubble = {
      ...bubble,
      text: str(template.text) ?? str(message.altText),
      ...(str(template.title) ? { header: str(template.title) } : {}),
      ...(str(template.thumbnailImageUrl) ? { imageUrl: str(template.thumbnailImageUrl) } : {}),
      buttons: actions,
    };
  } else if (type === 'flex') {
    const texts: string[] = [];
    const buttons: BubbleButton[] = [];
    const images: string[] = [];
    walkFlex(message.contents, texts, buttons, images);
    bubble = {
      ...bubble,
      text: texts.join('\n') || str(message.altText),
      ...(images[0] ? { imageUrl: images[0] } : {}),
      buttons,
    };
  }
  // Quick replies hang under the chat, not inside the bubble; the page shows them as chips.
  if (quick.length) bubble = { ...bubble, buttons: [...(bubble.buttons ?? []), ...quick] };
  return bubble;
}

function telegramBubble(raw: Json, base: Bubble): Bubble {
  const markup = obj(maybeJson(raw.reply_markup));
  const buttons: BubbleButton[] = [];
  arr(markup.inline_keyboard).forEach((row, index) => {
    for (const b of arr(row)) {
      const button = obj(b);
      const title = str(button.text) ?? '';
      const data = str(button.callback_data);
      const url = str(button.url);
      if (data !== undefined) buttons.push({ id: data, title, action: 'callback', row: index });
      else if (url) buttons.push({ id: url, title, action: 'url', url, row: index });
    }
  });
  const photo = str(raw.photo);
  return {
    ...base,
    kind: photo ? 'image' : 'text',
    ...(photo ? { imageUrl: photo } : {}),
    ...(buttons.length ? { buttons } : {}),
  };
}

/** One outbox entry (what a platform fake received) as the bubble the shopper's app shows. */
export function bubbleFromOutbox(entry: OutboxEntry, who: 'bot' | 'agent' = 'bot'): Bubble {
  const base: Bubble = {
    key: `o:${entry.at}:${entry.text.slice(0, 16)}`,
    who,
    at: entry.at,
    kind: entry.kind,
    text: entry.text,
  };
  const raw = obj(entry.raw);
  if (entry.channel === 'whatsapp') return whatsAppBubble(raw, base);
  if (entry.channel === 'line') return lineBubble(raw, base);
  if (entry.channel === 'telegram') return telegramBubble(raw, base);
  return base;
}

/** A bot or agent line from the log alone (the fakes' outbox is gone after a restart). */
function bubbleFromLog(
  entry: MessageLogEntry,
  channel: ChannelName,
  lastTurn?: { eventId: string; replies: OutboundMessage[] },
): Bubble {
  const data = obj(entry.data);
  const who = entry.direction === 'agent' ? 'agent' : 'bot';
  const bubble: Bubble = {
    key: `l:${entry.at}:${entry.id}`,
    who,
    at: entry.at,
    kind: 'text',
    text: entry.text ?? '',
    notes: ['from the message log'],
  };
  // The latest turn's replies are kept whole on the conversation: their buttons have titles too.
  const n = lastTurn && entry.id.startsWith(`${lastTurn.eventId}:`) ? Number(entry.id.split(':').pop()) : -1;
  const reply = n >= 0 ? lastTurn?.replies[n] : undefined;
  const ids = arr(data.buttons).filter((b): b is string => typeof b === 'string');
  const action: ButtonAction =
    channel === 'whatsapp' ? 'reply' : channel === 'line' ? 'postback' : 'callback';
  const buttons: BubbleButton[] = reply?.buttons?.length
    ? reply.buttons.map((b) => ({ id: b.id, title: b.title, action }))
    : ids.map((id) => ({ id, title: id, action }));
  // LINE options are always quick replies (functions/channels/line/render.ts).
  if (channel === 'line') for (const b of buttons) Object.assign(b, { displayText: b.title, quick: true });
  if (buttons.length) bubble.buttons = buttons;
  const links = (reply?.links ?? []).map((link) => ({
    id: link.url,
    title: link.title,
    action: 'url' as const,
    url: link.url,
  }));
  if (links.length) bubble.buttons = [...(bubble.buttons ?? []), ...links];
  return bubble;
}

function shopperBubble(entry: MessageLogEntry, record: SentRecord | undefined): Bubble {
  const data = obj(entry.data);
  const kind = str(data.kind) ?? record?.kind ?? 'text';
  const text =
    record?.title ?? entry.text ?? record?.text ?? (kind === 'button' ? str(data.payload) : undefined);
  return {
    key: `l:${entry.at}:${entry.id}`,
    who: 'shopper',
    // Platforms stamp whole seconds; what the simulator sent knows the millisecond (keeps the order right).
    at: record?.at ?? entry.at,
    kind,
    ...(text !== undefined ? { text } : {}),
    ...(record?.location ? { location: record.location } : {}),
  };
}

const norm = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Both sides of the conversation, oldest first: the log's lines (shopper, bot, agent), each bot/agent line
 * drawn from the outbox entries the fakes received for it when they are still there, outbox entries the log
 * does not have (a stack without a message log), and the simulator's sends ingest has not logged yet.
 * Outbox entries before `since` (a reset) are left out.
 */
export function buildTranscript(input: {
  channel: ChannelName;
  log: MessageLogEntry[];
  outbox: OutboxEntry[];
  sent: SentRecord[];
  since?: string;
  lastTurn?: { eventId: string; replies: OutboundMessage[] };
}): Bubble[] {
  const since = input.since ?? '';
  const outbox = input.outbox.filter((e) => e.at > since).sort((a, b) => a.at.localeCompare(b.at));
  const used = new Set<OutboxEntry>();
  const sentById = new Map(input.sent.map((r) => [r.eventId, r]));
  const logged = new Set<string>();
  const bubbles: Bubble[] = [];

  for (const entry of input.log) {
    if (entry.direction === 'status') continue;
    if (entry.direction === 'in') {
      logged.add(entry.id);
      bubbles.push(shopperBubble(entry, sentById.get(entry.id)));
      continue;
    }
    const data = obj(entry.data);
    const count = Math.max(1, arr(data.platformMessageIds).length);
    const at = Date.parse(entry.at);
    // The fake records a message as it arrives; the log line is written right after the send returns
    // (proactive lines carry the time the scan decided, just before). So: the oldest unused entries
    // shortly before (or just after) the line, the one whose text matches first.
    const candidates = outbox.filter((o) => {
      if (used.has(o)) return false;
      const delta = Date.parse(o.at) - at;
      return delta <= 5_000 && delta >= -30_000;
    });
    const matching = candidates.find((o) => {
      const a = norm(o.text);
      const b = norm(entry.text);
      return a !== '' && b !== '' && (b.includes(a.slice(0, 24)) || a.includes(b.slice(0, 24)));
    });
    const start = matching ? candidates.indexOf(matching) : 0;
    const mine = matching || candidates.length ? candidates.slice(start, start + count) : [];
    const who = entry.direction === 'agent' ? 'agent' : 'bot';
    const agent = str(data.agent);
    const notes = [
      ...(data.proactive ? [`proactive ${String(data.proactive)} message: the bot spoke first`] : []),
    ];
    if (mine.length === 0) {
      const bubble = bubbleFromLog(entry, input.channel, input.lastTurn);
      bubbles.push({ ...bubble, ...(agent ? { agent } : {}), notes: [...notes, ...(bubble.notes ?? [])] });
      continue;
    }
    mine.forEach((o, i) => {
      used.add(o);
      const bubble = bubbleFromOutbox(o, who);
      bubbles.push({
        ...bubble,
        key: `l:${entry.at}:${entry.id}:${i}`,
        ...(agent ? { agent } : {}),
        ...(notes.length || bubble.notes?.length ? { notes: [...notes, ...(bubble.notes ?? [])] } : {}),
      });
    });
  }
  for (const o of outbox) if (!used.has(o)) bubbles.push(bubbleFromOutbox(o));
  for (const record of input.sent) {
    if (logged.has(record.eventId)) continue;
    const failed = record.status !== undefined && record.status !== 200;
    bubbles.push({
      key: `s:${record.eventId}`,
      who: 'shopper',
      at: record.at,
      kind: record.kind,
      ...((record.title ?? record.text) ? { text: record.title ?? record.text } : {}),
      ...(record.location ? { location: record.location } : {}),
      state: failed || record.error ? 'failed' : 'sending',
      ...(record.error || failed ? { error: record.error ?? `webhook answered ${record.status}` } : {}),
    });
  }
  // Stable: log order first, then by time (an outbox-only or pending line slots in where it happened).
  return bubbles
    .map((b, i) => ({ b, i }))
    .sort((x, y) => x.b.at.localeCompare(y.b.at) || x.i - y.i)
    .map(({ b }) => b);
}
