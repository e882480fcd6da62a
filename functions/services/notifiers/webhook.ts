// The signed JSON webhook notifier: POSTs each handoff notice to the merchant's URL with an HMAC-SHA256
// signature over `<timestamp>.<body>`, so the receiver can check both who sent it and that it is fresh
// (the timestamp is signed too: a captured request cannot be replayed later with a new date).
//
//   POST <AGENT_WEBHOOK_URL>
//   content-type: application/json
//   x-crossdesk-timestamp: <unix seconds>
//   x-crossdesk-signature: sha256=<hex HMAC-SHA256(secret, `${timestamp}.${rawBody}`)>
//   { "type": "handoff", "conversationId", "channel", "reason", "language", "lastMessage", "orderId"?, "at" }
//   { "type": "alert", "kind": "lane_delay", "alertId", "title", "lines", "consoleUrl"?, "at" }
import { createHmac } from 'node:crypto';
import type { Notifier } from '../../core/ports';

export class NotifyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NotifyError';
  }
}

export const SIGNATURE_HEADER = 'x-crossdesk-signature';
export const TIMESTAMP_HEADER = 'x-crossdesk-timestamp';

/** The signature a receiver recomputes: `sha256=` + hex HMAC-SHA256 over `${timestamp}.${body}`. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface WebhookNotifierOptions {
  url: string;
  secret: string;
  /** Per attempt; a receiver that hangs must not hold the worker. @default 3000 */
  timeoutMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
}

/**
 * Creates the signed-webhook notifier.
 * @example
 * const notifier = createWebhookNotifier({ url: 'https://ops.example.com/crossdesk', secret });
 * await notifier.notify(notice);
 */
export function createWebhookNotifier(options: WebhookNotifierOptions): Notifier {
  const timeoutMs = options.timeoutMs ?? 3000;
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? fetch;
  return {
    name: 'webhook',
    notify: (notice) => post(JSON.stringify({ type: 'handoff', ...notice })),
    alert: (notice) => post(JSON.stringify({ type: 'alert', ...notice })),
  };

  async function post(body: string): Promise<void> {
    const timestamp = String(Math.floor(now() / 1000));
    let response: Response;
    try {
      response = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signWebhook(options.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new NotifyError('agent webhook unreachable or timed out', { cause: error });
    }
    // Drain the body so the connection is reused; its content is the receiver's business.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new NotifyError(`agent webhook answered ${response.status}`);
  }
}
