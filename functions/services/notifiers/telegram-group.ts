// The Telegram agents-group notifier: one message per handoff in the agents' own group, sent by the same
// bot the shoppers talk to (grammY's `Api` alone: sending needs none of the Bot machinery).
//
// The message is HTML (parse_mode) so our labels can be bold; shopper text is escaped, so a shopper
// cannot open a tag, fake a link or break the parse (Telegram refuses the whole message then).
//
// How the group talks back (handled elsewhere, with the two parsers exported here):
// - [Claim] sends callback_data `cd:claim:<handoffId>`; `parseAgentGroupCallback` reads it.
// - An agent answers the shopper by *replying* to this message in the group. The update then carries this
//   message as `reply_to_message`, whose `text` is what we sent minus the HTML; its LAST line is the tag
//   `#h<handoffId>`, and `handoffIdFromNotification` reads it back. Only the last line counts, so a
//   shopper who types `#hSomeoneElse` inside the quoted message cannot redirect the reply.
import { Api, GrammyError, HttpError } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import type { AlertNotice, HandoffNotice, Notifier } from '../../core/ports';
// Labels are shared with the Slack card so both desks name reasons and languages alike.
import { languageLabel, reasonLabel } from './slack';
import { NotifyError } from './webhook';

/** Handoff ids as the desk issues them: short, URL- and callback-safe. */
export const HANDOFF_ID = /^[A-Za-z0-9_-]{6,32}$/;
const CLAIM_PREFIX = 'cd:claim:';
/** Telegram refuses an inline button whose callback_data is longer (BUTTON_DATA_INVALID). */
export const CALLBACK_DATA_MAX_BYTES = 64;
/** Telegram's limit on a message's text, counted after the HTML is parsed away. */
export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Caps per part of the message (characters as the agent sees them). Their sum plus our labels stays well
 * under 4096, so no arrangement of long shopper text makes Telegram refuse the notice.
 */
const CAPS = {
  summary: 800,
  lastMessage: 1000,
  translation: 1000,
  orderValue: 64,
  itemCount: 8,
  item: 60,
  trackingCount: 4,
  tracking: 40,
} as const;

export interface TelegramGroupNotifierOptions {
  botToken: string;
  /** The agents' group, e.g. `-1001234567890` (the bot must be a member). */
  chatId: string;
  /** @default 'https://api.telegram.org' */
  apiRoot?: string;
  /** Per attempt. @default 3000 */
  timeoutMs?: number;
}

/** The callback_data of the Claim button for one handoff. */
export function claimCallbackData(handoffId: string): string {
  return `${CLAIM_PREFIX}${handoffId}`;
}

/** Reads a button tap from the agents' group; undefined for anything that is not ours or is malformed. */
export function parseAgentGroupCallback(data: string): { action: 'claim'; handoffId: string } | undefined {
  if (!data.startsWith(CLAIM_PREFIX)) return undefined;
  const handoffId = data.slice(CLAIM_PREFIX.length);
  return HANDOFF_ID.test(handoffId) ? { action: 'claim', handoffId } : undefined;
}

/**
 * The handoff a group message belongs to, from the `#h<handoffId>` tag on the last line of a
 * notification (pass `reply_to_message.text`); undefined when the message is not one of ours.
 */
export function handoffIdFromNotification(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const lastLine = text.trimEnd().split('\n').at(-1)?.trim() ?? '';
  const tag = /^#h([A-Za-z0-9_-]{6,32})$/.exec(lastLine);
  return tag?.[1];
}

/** Escapes text for Telegram's HTML parse mode (the three characters it asks to be escaped). */
export function escapeTelegramHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to `limit` UTF-16 units (what Telegram counts) by code points, ending in `…`, then escapes. */
function clip(text: string, limit: number): string {
  if (text.length <= limit) return escapeTelegramHtml(text);
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length + 1 > limit) break;
    kept += char;
  }
  return escapeTelegramHtml(`${kept}…`);
}

const CHANNEL_LABELS: Record<HandoffNotice['channel'], string> = {
  whatsapp: 'WhatsApp',
  line: 'LINE',
  telegram: 'Telegram',
};

function orderLines(notice: HandoffNotice): string[] {
  const order = notice.order;
  if (!order) return notice.orderId ? [`<b>Order</b> ${clip(notice.orderId, CAPS.orderValue)}`] : [];
  const list = (values: string[], count: number, each: number) =>
    values.length
      ? values
          .slice(0, count)
          .map((value) => clip(value, each))
          .join(', ') + (values.length > count ? ` (+${values.length - count})` : '')
      : '—';
  return [
    `<b>Order</b> ${clip(order.id, CAPS.orderValue)} · ${clip(order.status, CAPS.orderValue)} · ${clip(order.total, CAPS.orderValue)}`,
    `<b>Items</b> ${list(order.items, CAPS.itemCount, CAPS.item)}`,
    `<b>Tracking</b> ${list(order.tracking, CAPS.trackingCount, CAPS.tracking)}`,
  ];
}

/** The HTML text of a notification; its last line is always the `#h<handoffId>` tag. */
export function telegramHandoffText(notice: HandoffNotice): string {
  const language = languageLabel(notice.language, notice.agentLanguage);
  const lines = [
    `<b>🙋 ${escapeTelegramHtml(reasonLabel(notice.reason))}</b>`,
    `${CHANNEL_LABELS[notice.channel] ?? escapeTelegramHtml(notice.channel)} · ${escapeTelegramHtml(language)}`,
    '',
    '<b>Summary</b>',
    clip(notice.summary || '—', CAPS.summary),
    '',
    `<b>Last message</b> (${escapeTelegramHtml(language)})`,
    `<blockquote>${clip(notice.lastMessage || '—', CAPS.lastMessage)}</blockquote>`,
  ];
  if (notice.lastMessageTranslated)
    lines.push(
      `<b>Translation</b> (${escapeTelegramHtml(languageLabel(notice.agentLanguage, notice.agentLanguage))})`,
      `<blockquote>${clip(notice.lastMessageTranslated, CAPS.translation)}</blockquote>`,
    );
  const order = orderLines(notice);
  if (order.length) lines.push('', ...order);
  lines.push('', `Waiting since ${escapeTelegramHtml(formatUtc(notice.at))}`, `#h${notice.handoffId}`);
  return lines.join('\n');
}

/** The HTML text of an alert: its title in bold, its lines, when. */
export function telegramAlertText(notice: AlertNotice): string {
  return [
    `<b>⚠️ ${clip(notice.title, 200)}</b>`,
    '',
    ...notice.lines.slice(0, 10).map((line) => clip(line, 600)),
    '',
    escapeTelegramHtml(formatUtc(notice.at)),
  ].join('\n');
}

/** `2026-12-03 10:00 UTC`: a group has members in many zones, so say which one. */
function formatUtc(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function keyboard(notice: HandoffNotice): InlineKeyboardButton[][] {
  const links: InlineKeyboardButton[] = [];
  if (notice.consoleUrl) links.push({ text: 'Open console', url: notice.consoleUrl });
  if (notice.videoUrl) links.push({ text: 'Join video', url: notice.videoUrl });
  const rows: InlineKeyboardButton[][] = [
    [{ text: 'Claim', callback_data: claimCallbackData(notice.handoffId) }],
  ];
  if (links.length) rows.push(links);
  return rows;
}

/**
 * Telegram's refusals carry the payload we sent (the shopper's words); the cause keeps only what explains
 * the failure, so logging a NotifyError never logs a shopper's message.
 */
function failureCause(error: unknown): unknown {
  if (error instanceof GrammyError)
    return { method: error.method, errorCode: error.error_code, description: error.description };
  if (error instanceof HttpError) return { message: error.message, error: error.error };
  return error;
}

/**
 * Creates the agents-group notifier.
 * @example
 * const group = createTelegramGroupNotifier({ botToken, chatId: env.TELEGRAM_AGENTS_CHAT_ID, apiRoot: env.TELEGRAM_API_ROOT });
 * await group.notify(notice);
 */
export function createTelegramGroupNotifier(options: TelegramGroupNotifierOptions): Notifier {
  const timeoutMs = options.timeoutMs ?? 3000;
  const apiRoot = (options.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const api = new Api(options.botToken, { apiRoot });
  return {
    name: 'telegram-group',
    async notify(notice) {
      // An id that does not fit would make a Claim button Telegram refuses and a tag nobody can read
      // back: a bug upstream, so it fails loudly instead of sending a notice agents cannot act on.
      if (!HANDOFF_ID.test(notice.handoffId))
        throw new NotifyError(`handoff id ${JSON.stringify(notice.handoffId)} is not [A-Za-z0-9_-]{6,32}`);
      try {
        await api.sendMessage(
          options.chatId,
          telegramHandoffText(notice),
          {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            reply_markup: { inline_keyboard: keyboard(notice) },
          },
          // grammY types its signal with the abort-controller polyfill's class; Node's own is what it gets.
          AbortSignal.timeout(timeoutMs) as unknown as Parameters<Api['sendMessage']>[3],
        );
      } catch (error) {
        const what =
          error instanceof GrammyError ? `answered ${error.error_code}` : 'unreachable or timed out';
        throw new NotifyError(`Telegram agents group ${what}`, { cause: failureCause(error) });
      }
    },
    async alert(notice) {
      try {
        await api.sendMessage(
          options.chatId,
          telegramAlertText(notice),
          {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            ...(notice.consoleUrl
              ? { reply_markup: { inline_keyboard: [[{ text: 'Open console', url: notice.consoleUrl }]] } }
              : {}),
          },
          AbortSignal.timeout(timeoutMs) as unknown as Parameters<Api['sendMessage']>[3],
        );
      } catch (error) {
        const what =
          error instanceof GrammyError ? `answered ${error.error_code}` : 'unreachable or timed out';
        throw new NotifyError(`Telegram agents group ${what}`, { cause: failureCause(error) });
      }
    },
  };
}
