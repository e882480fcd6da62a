// The email notifier: one message per handoff to the agents' addresses through Amazon SES (API v2,
// SendEmail with Simple content: SES builds the MIME, we give a subject, a text body and an HTML body).
//
// Shopper text is HTML-escaped in the HTML body (a mail client renders whatever tags it is given) and
// carries `dir="auto"`, so Arabic reads right-to-left while the labels around it stay left-to-right. The
// subject is built from our own fields only: shopper text in a subject line is what spam filters and
// header-injection attempts are made of.
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { AlertNotice, HandoffNotice, Notifier } from '../../core/ports';
// Labels are shared with the Slack card so every desk names reasons and languages alike.
import { languageLabel, reasonLabel } from './slack';
import { NotifyError } from './webhook';

/** SES refuses a message with more recipients than this (To + Cc + Bcc). */
export const SES_MAX_RECIPIENTS = 50;

export interface SesEmailNotifierOptions {
  /** A verified SES identity (address or one in a verified domain). */
  from: string;
  /** The agents' addresses, 1–50. */
  to: string[];
  /** @default the SDK's own resolution (AWS_REGION in Lambda) */
  region?: string;
  /** The SES v2 endpoint; the local stack points it at its fake. @default the regional endpoint */
  endpoint?: string;
  /** Per attempt. @default 3000 */
  timeoutMs?: number;
  /** A ready client (tests); `region` and `endpoint` are then ignored. */
  client?: SESv2Client;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Anything that could end a header line or hide in one goes; the SDK encodes the rest. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

const CHANNEL_LABELS: Record<HandoffNotice['channel'], string> = {
  whatsapp: 'WhatsApp',
  line: 'LINE',
  telegram: 'Telegram',
};

export function handoffEmailSubject(notice: HandoffNotice): string {
  const order = notice.order?.id ?? notice.orderId;
  return oneLine(
    `[Crossdesk] ${reasonLabel(notice.reason)} · ${CHANNEL_LABELS[notice.channel] ?? notice.channel} · ` +
      `${languageLabel(notice.language, notice.agentLanguage)}${order ? ` · order ${order}` : ''} (#${notice.handoffId})`,
  );
}

export function handoffEmailText(notice: HandoffNotice): string {
  const language = languageLabel(notice.language, notice.agentLanguage);
  const lines = [
    `${reasonLabel(notice.reason)} on ${CHANNEL_LABELS[notice.channel] ?? notice.channel}, ${language}`,
    `Waiting since ${notice.at}`,
    '',
    'Summary:',
    notice.summary || '—',
    '',
    `Last message (${language}):`,
    notice.lastMessage || '—',
  ];
  if (notice.lastMessageTranslated)
    lines.push(
      '',
      `Translation (${languageLabel(notice.agentLanguage, notice.agentLanguage)}):`,
      notice.lastMessageTranslated,
    );
  const order = notice.order;
  if (order)
    lines.push(
      '',
      `Order ${order.id}: ${order.status}, ${order.total}`,
      ...order.items.map((item) => `- ${item}`),
      ...(order.tracking.length ? [`Tracking: ${order.tracking.join(', ')}`] : []),
    );
  else if (notice.orderId) lines.push('', `Order ${notice.orderId}`);
  if (notice.consoleUrl) lines.push('', `Open in console: ${notice.consoleUrl}`);
  if (notice.videoUrl) lines.push(`Join video: ${notice.videoUrl}`);
  lines.push('', `Handoff ${notice.handoffId}`);
  return lines.join('\n');
}

const LABEL = 'style="margin:16px 0 4px;font-size:12px;color:#666;text-transform:uppercase"';
const QUOTE = 'style="margin:0;padding:8px 12px;border-left:3px solid #ccc;white-space:pre-wrap"';
const BUTTON =
  'style="display:inline-block;padding:8px 14px;margin-right:8px;border-radius:4px;background:#1d4ed8;color:#fff;text-decoration:none"';

/** Only http(s) links become buttons: a `javascript:` URL in an href is a script. */
const safeHref = (url: string | undefined) =>
  url && /^https?:\/\//i.test(url) ? escapeHtml(url) : undefined;

export function handoffEmailHtml(notice: HandoffNotice): string {
  const language = escapeHtml(languageLabel(notice.language, notice.agentLanguage));
  const shopper = (text: string) => `<p dir="auto" ${QUOTE}>${escapeHtml(text || '—')}</p>`;
  const parts = [
    `<h2 style="margin:0 0 4px;font-size:18px">${escapeHtml(reasonLabel(notice.reason))}</h2>`,
    `<p style="margin:0;color:#444">${escapeHtml(CHANNEL_LABELS[notice.channel] ?? notice.channel)} · ${language} · waiting since ${escapeHtml(notice.at)}</p>`,
    `<p ${LABEL}>Summary</p>`,
    shopper(notice.summary),
    `<p ${LABEL}>Last message (${language})</p>`,
    shopper(notice.lastMessage),
  ];
  if (notice.lastMessageTranslated)
    parts.push(
      `<p ${LABEL}>Translation (${escapeHtml(languageLabel(notice.agentLanguage, notice.agentLanguage))})</p>`,
      shopper(notice.lastMessageTranslated),
    );
  const order = notice.order;
  if (order) {
    const row = (name: string, value: string) =>
      `<tr><td style="padding:2px 12px 2px 0;color:#666">${name}</td><td dir="auto">${value}</td></tr>`;
    parts.push(
      `<p ${LABEL}>Order</p>`,
      '<table style="border-collapse:collapse;font-size:14px">',
      row('Order', escapeHtml(order.id)),
      row('Status', escapeHtml(order.status)),
      row('Total', escapeHtml(order.total)),
      row('Items', order.items.map(escapeHtml).join('<br>') || '—'),
      row('Tracking', order.tracking.map(escapeHtml).join('<br>') || '—'),
      '</table>',
    );
  } else if (notice.orderId) parts.push(`<p ${LABEL}>Order</p>`, `<p>${escapeHtml(notice.orderId)}</p>`);
  const buttons = [
    safeHref(notice.consoleUrl) && `<a href="${safeHref(notice.consoleUrl)}" ${BUTTON}>Open in console</a>`,
    safeHref(notice.videoUrl) && `<a href="${safeHref(notice.videoUrl)}" ${BUTTON}>Join video</a>`,
  ].filter(Boolean);
  if (buttons.length) parts.push(`<p style="margin-top:20px">${buttons.join('')}</p>`);
  parts.push(
    `<p style="margin-top:20px;font-size:12px;color:#888">Handoff ${escapeHtml(notice.handoffId)}</p>`,
  );
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:14px;color:#111">${parts.join('')}</body></html>`;
}

/**
 * Creates the SES email notifier.
 * @example
 * const email = createSesEmailNotifier({ from: env.SES_FROM_ADDRESS, to: ['agents@shop.example'] });
 * await email.notify(notice);
 */
export function createSesEmailNotifier(options: SesEmailNotifierOptions): Notifier {
  if (options.to.length === 0 || options.to.length > SES_MAX_RECIPIENTS)
    throw new RangeError(`an SES handoff email needs 1–${SES_MAX_RECIPIENTS} recipients`);
  const timeoutMs = options.timeoutMs ?? 3000;
  // One attempt per call: notifyAll already retries each notifier, and SDK retries inside it would
  // multiply the attempts and outlast the timeout.
  const client =
    options.client ??
    new SESv2Client({
      maxAttempts: 1,
      ...(options.region ? { region: options.region } : {}),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    });
  const utf8 = (data: string) => ({ Data: data, Charset: 'UTF-8' });
  return {
    name: 'email',
    notify: (notice) => send(handoffEmailSubject(notice), handoffEmailText(notice), handoffEmailHtml(notice)),
    alert: (notice) => send(`[Crossdesk] ${notice.title}`, alertEmailText(notice), alertEmailHtml(notice)),
  };

  async function send(subject: string, text: string, html: string): Promise<void> {
    const command = new SendEmailCommand({
      FromEmailAddress: options.from,
      Destination: { ToAddresses: options.to },
      Content: {
        Simple: { Subject: utf8(subject), Body: { Text: utf8(text), Html: utf8(html) } },
      },
    });
    try {
      await client.send(command, { abortSignal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      throw new NotifyError(
        status ? `SES answered ${status}` : 'SES unreachable or timed out',
        // SDK errors carry no request body, so the cause holds no shopper text.
        { cause: error },
      );
    }
  }
}

export function alertEmailText(notice: AlertNotice): string {
  return [notice.title, '', ...notice.lines, ...(notice.consoleUrl ? ['', notice.consoleUrl] : [])].join(
    '\n',
  );
}

export function alertEmailHtml(notice: AlertNotice): string {
  const href = safeHref(notice.consoleUrl);
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:14px;color:#111"><h2 style="margin:0 0 8px;font-size:18px">${escapeHtml(notice.title)}</h2>${notice.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}${href ? `<p style="margin-top:20px"><a href="${href}" ${BUTTON}>Open console</a></p>` : ''}</body></html>`;
}
