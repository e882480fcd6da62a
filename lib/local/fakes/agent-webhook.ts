// The merchant's side of the agent webhook, locally: checks the signature exactly as a receiver must
// (HMAC over `timestamp.body`, constant-time, five-minute freshness) and records each accepted notice in the
// outbox as `agent:webhook`, so `GET /dev/outbox?channel=agent:webhook` shows what agents were told.
import { safeEqual } from '../../../functions/channels/hmac';
import {
  SIGNATURE_HEADER,
  signWebhook,
  TIMESTAMP_HEADER,
} from '../../../functions/services/notifiers/webhook';
import { readBody } from '../routes';
import { reply } from './http';
import type { FailureScript, Outbox } from './state';

const MAX_SKEW_SECONDS = 300;

export function createFakeAgentWebhook(options: {
  outbox: Outbox;
  secret: string;
  failures: FailureScript;
  now: () => number;
}) {
  const route = async (
    req: import('node:http').IncomingMessage,
    res: import('node:http').ServerResponse,
    url: URL,
  ): Promise<boolean> => {
    if (url.pathname !== '/fake/agent-webhook') return false;
    if (req.method !== 'POST') return reply(res, 405, { error: 'POST' });
    const raw = (await readBody(req)).toString('utf8');
    const timestamp = String(req.headers[TIMESTAMP_HEADER] ?? '');
    const signature = String(req.headers[SIGNATURE_HEADER] ?? '');
    const expected = signWebhook(options.secret, timestamp, raw);
    const fresh = Math.abs(options.now() / 1000 - Number(timestamp)) <= MAX_SKEW_SECONDS;
    if (!fresh || !safeEqual(Buffer.from(signature), Buffer.from(expected)))
      return reply(res, 401, { error: 'bad or stale signature' });
    const scripted = options.failures.take('agent:webhook');
    if (scripted) return reply(res, scripted.status, { error: 'scripted failure' });
    let notice: Record<string, unknown>;
    try {
      notice = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return reply(res, 400, { error: 'not JSON' });
    }
    options.outbox.add({
      channel: 'agent:webhook',
      to: 'agents',
      text: noticeText(notice),
      raw: notice,
      kind: 'notification',
    });
    return reply(res, 200, { ok: true });
  };
  return { route };
}

/** The outbox line for a notice, as a person reading `/dev/outbox` wants it: a handoff or an alert. */
function noticeText(notice: Record<string, unknown>): string {
  if (notice.type === 'alert')
    return `alert (${String(notice.kind)}) ${String(notice.title)}${Array.isArray(notice.lines) ? `: ${notice.lines.join(' ')}` : ''}`;
  return `handoff (${String(notice.reason)}) ${String(notice.conversationId)}: ${String(notice.lastMessage ?? '')}`;
}
