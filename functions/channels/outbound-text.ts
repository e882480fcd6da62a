// Text helpers the three senders share: platform limits are counted differently (WhatsApp and LINE in
// characters as JavaScript counts them, Telegram's callback_data in bytes), and every native rendering
// needs the same plain-text fallback so nothing the core asked to show is ever dropped.
import { Logger } from '@aws-lambda-powertools/logger';
import type { LogAttributes } from '@aws-lambda-powertools/logger/types';
import type { OutboundButton, OutboundMessage } from '../core/types';

/** The minimal logger senders need; Powertools' Logger and `console` both fit. */
export interface SendLogger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

const powertools = new Logger({ serviceName: 'crossdesk-channels' });

/** The senders' default: Powertools' structured JSON lines, like every other log line of the functions. */
export const jsonLogger: SendLogger = {
  info: (message, extra) => powertools.info(message, (extra ?? {}) as LogAttributes),
  warn: (message, extra) => powertools.warn(message, (extra ?? {}) as LogAttributes),
  error: (message, extra) => powertools.error(message, (extra ?? {}) as LogAttributes),
};

/** Shortens to at most `max` UTF-16 units (what the SDKs' `.length` checks count), never splitting a code point. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** Byte length as Telegram counts callback_data. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Splits long text on paragraph / line / word boundaries into pieces of at most `max` UTF-16 units. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' '));
    if (cut < max / 2) cut = max;
    // Never split a surrogate pair.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Title and description on one line: "#50731 · Nov 5, 2025 · Wrap dress". */
export function fullLabel(button: OutboundButton): string {
  return button.description ? `${button.title} · ${button.description}` : button.title;
}

/** The label for a platform that has no second line: the description folded in only when all of it fits. */
export function foldedLabel(button: OutboundButton, max: number): string {
  const full = fullLabel(button);
  return full.length <= max ? full : button.title;
}

/** "1. Track my order\n2. Talk to a person": how options read when they cannot be buttons. */
export function numberedOptions(buttons: readonly OutboundButton[]): string {
  return buttons.map((button, index) => `${index + 1}. ${fullLabel(button)}`).join('\n');
}

/** "Return label: https://…" lines. */
export function linkLines(links: NonNullable<OutboundMessage['links']>): string {
  return links.map((link) => `${link.title}: ${link.url}`).join('\n');
}

/** The whole message as plain text: text, then numbered options, then links. */
export function plainText(
  message: OutboundMessage,
  include: { buttons?: boolean; links?: boolean } = {},
): string {
  const parts = [message.text];
  if ((include.buttons ?? true) && message.buttons?.length) parts.push(numberedOptions(message.buttons));
  // A link the text already spells out (e.g. a return label in the message) is not repeated below it.
  const links = (message.links ?? []).filter((link) => !message.text.includes(link.url));
  if ((include.links ?? true) && links.length) parts.push(linkLines(links));
  return parts.filter((part) => part.length > 0).join('\n\n');
}

/**
 * Labels made unique after truncation (platforms reject duplicate titles); undefined if impossible. With
 * `fold`, a button's description joins its title when the whole of it fits.
 */
export function uniqueLabels(
  buttons: readonly OutboundButton[],
  max: number,
  options: { fold?: boolean } = {},
): string[] | undefined {
  const labels = buttons.map((button) => {
    const title = button.title.trim() || button.id;
    return truncate(options.fold ? foldedLabel({ ...button, title }, max) : title, max);
  });
  return new Set(labels).size === labels.length ? labels : undefined;
}
