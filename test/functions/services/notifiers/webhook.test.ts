// The signed agent webhook over real HTTP: what a receiver gets, how it checks it, and retries.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffNotice, Notifier } from '../../../../functions/core/ports';
import { notifyAll } from '../../../../functions/services/notifiers/notify-all';
import {
  createWebhookNotifier,
  NotifyError,
  SIGNATURE_HEADER,
  signWebhook,
  TIMESTAMP_HEADER,
} from '../../../../functions/services/notifiers/webhook';
import { alert } from './alert-fixture';

const notice: HandoffNotice = {
  conversationId: 'line:Udest:Ushopper',
  handoffId: 'hk3j9x2m1q',
  channel: 'line',
  agentLanguage: 'en',
  summary: 'Shopper asked for a person.',
  reason: 'shopper_request',
  language: 'th',
  lastMessage: 'ขอคุยกับเจ้าหน้าที่ค่ะ',
  orderId: '51409',
  at: '2026-12-03T10:00:00.000Z',
};

type Received = { headers: IncomingMessage['headers']; body: string };

async function receiver(statuses: number[], delayMs = 0) {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
    await new Promise((done) => setTimeout(done, delayMs));
    res.writeHead(statuses.shift() ?? 200).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, close: () => new Promise<void>((done) => server.close(() => done())) };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('signed agent webhook', () => {
  it('POSTs the notice as JSON with a signature over timestamp and body that the receiver can recompute', async () => {
    const hook = await receiver([200]);
    close = hook.close;
    const now = Date.parse('2026-12-03T10:00:05Z');
    await createWebhookNotifier({ url: hook.url, secret: 's3cret', now: () => now }).notify(notice);

    expect(hook.received).toHaveLength(1);
    const [{ headers, body }] = hook.received as [Received];
    expect(JSON.parse(body)).toEqual({ type: 'handoff', ...notice });
    expect(headers[TIMESTAMP_HEADER]).toBe(String(now / 1000));
    expect(headers[SIGNATURE_HEADER]).toBe(signWebhook('s3cret', String(now / 1000), body));
    // Another secret, or the same body at another time, gives another signature.
    expect(headers[SIGNATURE_HEADER]).not.toBe(signWebhook('other', String(now / 1000), body));
    expect(headers[SIGNATURE_HEADER]).not.toBe(signWebhook('s3cret', String(now / 1000 + 1), body));
  });

  it('throws NotifyError on a non-2xx answer and on a receiver that hangs past the timeout', async () => {
    const failing = await receiver([500]);
    close = failing.close;
    await expect(createWebhookNotifier({ url: failing.url, secret: 's' }).notify(notice)).rejects.toThrow(
      NotifyError,
    );
    await failing.close();
    const slow = await receiver([200], 500);
    close = slow.close;
    await expect(
      createWebhookNotifier({ url: slow.url, secret: 's', timeoutMs: 50 }).notify(notice),
    ).rejects.toThrow(/timed out|unreachable/);
  });
});

describe('notifyAll', () => {
  it('retries a failing receiver until it takes the notice, and reports nothing failed', async () => {
    const hook = await receiver([503, 500, 200]);
    close = hook.close;
    const failed = await notifyAll([createWebhookNotifier({ url: hook.url, secret: 's' })], notice, {
      sleep: async () => undefined,
    });
    expect(failed).toEqual([]);
    expect(hook.received).toHaveLength(3);
  });

  it('reports a notifier that failed every attempt without holding back the others', async () => {
    const delivered: string[] = [];
    const broken: Notifier = {
      name: 'broken',
      notify: async () => {
        throw new NotifyError('down');
      },
    };
    const working: Notifier = { name: 'working', notify: async (n) => void delivered.push(n.reason) };
    const failed = await notifyAll([broken, working], notice, { attempts: 2, sleep: async () => undefined });
    expect(failed.map((f) => f.name)).toEqual(['broken']);
    expect(delivered).toEqual(['shopper_request']);
  });

  it('POSTs an alert the same signed way, typed "alert"', async () => {
    const hook = await receiver([200]);
    close = hook.close;
    const now = Date.parse('2026-12-07T10:00:05Z');
    await createWebhookNotifier({ url: hook.url, secret: 's3cret', now: () => now }).alert?.(alert);
    const [{ headers, body }] = hook.received as [Received];
    expect(JSON.parse(body)).toEqual({ type: 'alert', ...alert });
    expect(headers[SIGNATURE_HEADER]).toBe(signWebhook('s3cret', String(now / 1000), body));
  });
});
