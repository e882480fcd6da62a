// The Slack notifier: one Block Kit card per handoff, POSTed to a Slack incoming webhook (the URL itself is
// the credential, so it is a secret and never appears in an error message).
//
// Shopper text reaches a channel full of agents, so it is made inert: `&`, `<` and `>` are escaped (Slack
// mrkdwn builds links and mentions such as `<!channel>` or `<https://evil|your bank>` from those three
// only), and every text object that carries outside text is `verbatim`, so Slack does not turn bare URLs,
// `#channel` or `@here` into live links or mentions either. Link unfurling is off: a shopper's URL must
// not make Slack fetch it and paint a preview.
//
// Slack rejects the whole message (400 `invalid_blocks`) when one block breaks a limit, and a notice that
// does not arrive is worse than a shortened one: every text is cut to its limit, with `…`.
import type { AlertNotice, HandoffNotice, Notifier } from '../../core/ports';
import { NotifyError } from './webhook';

/** Block Kit limits (docs.slack.dev, "Reference: blocks" and "Composition objects"). */
export const SLACK_LIMITS = {
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  contextText: 2000,
  buttonText: 75,
  buttonUrl: 3000,
  blocks: 50,
  /** The top-level `text` is only the notification fallback once blocks are present; keep it short. */
  fallbackText: 3000,
} as const;

export interface SlackNotifierOptions {
  /** The incoming-webhook URL (https://hooks.slack.com/services/…): a secret. */
  webhookUrl: string;
  /** Per attempt; a Slack that hangs must not hold the worker. @default 3000 */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Makes outside text inert in Slack mrkdwn: the only three characters Slack asks to be escaped. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes `text` and cuts it so the escaped form has at most `limit` UTF-16 units (what Slack counts),
 * ending in `…` when cut. Cutting the raw text, not the escaped one, never leaves half an `&amp;`; walking
 * by code points never splits an emoji's surrogate pair.
 */
export function escapeAndTruncate(text: string, limit: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= limit) return escaped;
  let kept = '';
  for (const char of text) {
    const piece = escapeMrkdwn(char);
    if (kept.length + piece.length + 1 > limit) break;
    kept += piece;
  }
  return `${kept}…`;
}

/** Cuts plain text (no escaping: plain_text objects show it literally) to `limit` UTF-16 units. */
function truncatePlain(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length + 1 > limit) break;
    kept += char;
  }
  return `${kept}…`;
}

/** `shopper_request` → `Shopper request`: reasons are code enums, agents read words. */
export function reasonLabel(reason: string): string {
  const words = reason.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The shopper's language named in the agents' language ("Thai (th)"); the tag alone when ICU lacks it. */
export function languageLabel(language: string, agentLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([agentLanguage, 'en'], { type: 'language' }).of(language);
    return name && name !== language ? `${name} (${language})` : language;
  } catch {
    return language;
  }
}

const CHANNEL_LABELS: Record<HandoffNotice['channel'], string> = {
  whatsapp: 'WhatsApp',
  line: 'LINE',
  telegram: 'Telegram',
};

type TextObject = { type: 'mrkdwn'; text: string; verbatim: true } | { type: 'plain_text'; text: string };
type Block = Record<string, unknown> & { type: string };

const mrkdwn = (text: string): TextObject => ({ type: 'mrkdwn', text, verbatim: true });

/** A section with a bold title of ours over outside text, the whole within the section limit. */
function titledSection(title: string, body: string): Block {
  const head = `*${title}*\n`;
  return {
    type: 'section',
    text: mrkdwn(head + escapeAndTruncate(body, SLACK_LIMITS.sectionText - head.length)),
  };
}

function orderFields(notice: HandoffNotice): TextObject[] {
  const order = notice.order;
  const field = (title: string, value: string) => {
    const head = `*${title}*\n`;
    return mrkdwn(head + escapeAndTruncate(value || '—', SLACK_LIMITS.fieldText - head.length));
  };
  if (!order) return notice.orderId ? [field('Order', notice.orderId)] : [];
  return [
    field('Order', order.id),
    field('Status', order.status),
    field('Total', order.total),
    field('Tracking', order.tracking.join('\n')),
    field('Items', order.items.map((item) => `• ${item}`).join('\n')),
  ].slice(0, SLACK_LIMITS.fields);
}

/** Slack's date token shows the time in each reader's own time zone; the ISO text is its fallback. */
function slackDate(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  if (!Number.isFinite(seconds)) return escapeMrkdwn(iso);
  return `<!date^${seconds}^{date_short_pretty} {time}|${escapeMrkdwn(iso)}>`;
}

function linkButton(text: string, url: string | undefined, actionId: string, primary = false) {
  // A cut URL is a broken link: a button whose URL Slack would refuse is left out instead.
  if (!url || url.length > SLACK_LIMITS.buttonUrl || !/^https?:\/\//.test(url)) return undefined;
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncatePlain(text, SLACK_LIMITS.buttonText) },
    url,
    action_id: actionId,
    ...(primary ? { style: 'primary' } : {}),
  };
}

/** The incoming-webhook payload for one notice: Block Kit card plus a plain fallback for notifications. */
export function slackHandoffMessage(notice: HandoffNotice): {
  text: string;
  blocks: Block[];
  unfurl_links: false;
  unfurl_media: false;
} {
  const language = languageLabel(notice.language, notice.agentLanguage);
  const channel = CHANNEL_LABELS[notice.channel] ?? notice.channel;
  const blocks: Block[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: truncatePlain(
          `🙋 ${reasonLabel(notice.reason)} · ${channel} · ${language}`,
          SLACK_LIMITS.headerText,
        ),
        emoji: true,
      },
    },
    titledSection('Summary', notice.summary || '—'),
    titledSection(`Last message (${language})`, notice.lastMessage || '—'),
  ];
  if (notice.lastMessageTranslated)
    blocks.push(
      titledSection(
        `Translation (${languageLabel(notice.agentLanguage, notice.agentLanguage)})`,
        notice.lastMessageTranslated,
      ),
    );
  const fields = orderFields(notice);
  if (fields.length) blocks.push({ type: 'section', fields });
  blocks.push({
    type: 'context',
    elements: [
      mrkdwn(`Handoff ${escapeAndTruncate(notice.handoffId, 64)} · waiting since ${slackDate(notice.at)}`),
    ],
  });
  const buttons = [
    linkButton('Open in console', notice.consoleUrl, 'open_console', true),
    linkButton('Join video', notice.videoUrl, 'join_video'),
  ].filter((button) => button !== undefined);
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });

  const fallback = `Handoff (${reasonLabel(notice.reason)}) on ${channel}, ${language}: ${notice.summary}`;
  return {
    text: escapeAndTruncate(fallback, SLACK_LIMITS.fallbackText),
    blocks,
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** An alert (many delays on one lane): a header, its lines, the console button. */
export function slackAlertMessage(notice: AlertNotice) {
  const blocks: Block[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: truncatePlain(`⚠️ ${notice.title}`, SLACK_LIMITS.headerText),
        emoji: true,
      },
    },
    ...notice.lines.slice(0, 10).map((line) => ({
      type: 'section',
      text: mrkdwn(escapeAndTruncate(line, SLACK_LIMITS.sectionText)),
    })),
  ];
  const open = linkButton('Open console', notice.consoleUrl, 'open_console', true);
  if (open) blocks.push({ type: 'actions', elements: [open] });
  return {
    text: escapeAndTruncate(notice.title, SLACK_LIMITS.fallbackText),
    blocks,
    unfurl_links: false as const,
    unfurl_media: false as const,
  };
}

/**
 * Creates the Slack incoming-webhook notifier.
 * @example
 * const slack = createSlackNotifier({ webhookUrl: env.SLACK_WEBHOOK_URL });
 * await slack.notify(notice);
 */
export function createSlackNotifier(options: SlackNotifierOptions): Notifier {
  const timeoutMs = options.timeoutMs ?? 3000;
  const doFetch = options.fetch ?? fetch;
  return {
    name: 'slack',
    notify: (notice) => post(slackHandoffMessage(notice)),
    alert: (notice) => post(slackAlertMessage(notice)),
  };

  async function post(payload: unknown): Promise<void> {
    let response: Response;
    try {
      response = await doFetch(options.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new NotifyError('Slack webhook unreachable or timed out', { cause: error });
    }
    const answer = await response.text().catch(() => '');
    // Slack takes a message with exactly 200 "ok"; its refusals are short codes such as invalid_blocks.
    if (response.status !== 200 || answer.trim() !== 'ok')
      throw new NotifyError(`Slack webhook answered ${response.status} ${answer.slice(0, 100)}`.trim());
  }
}
