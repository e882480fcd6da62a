// A platform that accepts the connection and never answers: every sender gives up after its per-call
// deadline with a retryable error (SQS retries the record), instead of holding the turn until the Lambda
// times out and the reply is lost.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLineSender } from '../../../functions/channels/line/send';
import { ChannelSendError } from '../../../functions/channels/retry';
import { createTelegramSender } from '../../../functions/channels/telegram/send';
import { createWhatsAppSender } from '../../../functions/channels/whatsapp/send';
import type { ChannelOutbound, SendContext } from '../../../functions/core/ports';
import { silentLogger } from '../../helpers/fake-platforms';

let server: Server;
let origin: string;
const hanging = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  server = createServer((_req, res) => {
    hanging.add(res); // never answered
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

const ctx: SendContext = {
  conversation: { id: 'x', recipient: '42', lastInboundAt: new Date().toISOString() },
  inReplyTo: { receivedAt: new Date().toISOString() },
};
const once = { attempts: 1 };

describe('senders against a platform that never answers', () => {
  const senders: [string, () => ChannelOutbound][] = [
    [
      'WhatsApp',
      () =>
        createWhatsAppSender({
          accessToken: 't',
          phoneNumberId: '1',
          graphUrl: origin,
          apiVersion: 'v23.0',
          logger: silentLogger,
          retry: once,
          timeoutMs: 300,
        }),
    ],
    [
      'LINE',
      () =>
        createLineSender({
          channelAccessToken: 't',
          apiBaseUrl: origin,
          logger: silentLogger,
          retry: once,
          timeoutMs: 300,
        }),
    ],
    [
      'Telegram',
      () =>
        createTelegramSender({
          botToken: '1:t',
          apiRoot: origin,
          logger: silentLogger,
          retry: once,
          timeoutMs: 1000,
        }),
    ],
  ];
  it.each(senders)('%s fails fast with a retryable error', async (_name, make) => {
    const started = Date.now();
    const error = await make()
      .send(ctx, { text: 'Order 48213 shipped.' })
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(ChannelSendError);
    expect((error as ChannelSendError).retryable).toBe(true);
  });
});
