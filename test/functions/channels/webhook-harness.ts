// Shared by the inbound tests: real APIGatewayProxyEventV2 events, signed the way each platform signs,
// and recording fakes of the ports the ingest handler writes to.
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { inboundChannels } from '../../../functions/channels/registry';
import type { TurnQueue } from '../../../functions/core/ports';
import type { ChannelName, QueuedTurn } from '../../../functions/core/types';
import { createWebhookHandler, type WebhookDeps } from '../../../functions/handlers/webhook';
import { createMemoryStores } from '../../../functions/stores/memory';
import { createLambdaContext } from '../../../lib/local/lambda-context';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const conformanceDir = path.resolve(projectRoot, '../shared/conformance');
export const hasConformance = existsSync(conformanceDir);

export const SECRETS = {
  WHATSAPP_APP_SECRET: 'test-app-secret',
  WHATSAPP_VERIFY_TOKEN: 'test-verify-token',
  LINE_CHANNEL_SECRET: 'test-line-secret',
  TELEGRAM_BOT_TOKEN: '123456789:TEST-token',
  TELEGRAM_WEBHOOK_SECRET: 'test-telegram-secret',
} as const;

export function signatureHeaders(channel: ChannelName, body: Buffer): Record<string, string> {
  switch (channel) {
    case 'whatsapp':
      return {
        'x-hub-signature-256': `sha256=${createHmac('sha256', SECRETS.WHATSAPP_APP_SECRET).update(body).digest('hex')}`,
      };
    case 'line':
      return {
        'x-line-signature': createHmac('sha256', SECRETS.LINE_CHANNEL_SECRET).update(body).digest('base64'),
      };
    case 'telegram':
      return { 'x-telegram-bot-api-secret-token': SECRETS.TELEGRAM_WEBHOOK_SECRET };
  }
}

export interface EventOptions {
  channel: string;
  method?: string;
  body?: Buffer;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  base64?: boolean;
}

/** An HTTP API (payload v2) event as API Gateway builds it for `POST /webhooks/{channel}`. */
export function apiEvent(options: EventOptions): APIGatewayProxyEventV2 {
  const method = options.method ?? 'POST';
  const rawPath = `/webhooks/${options.channel}`;
  const rawQueryString = new URLSearchParams(options.query ?? {}).toString();
  const body = options.body;
  return {
    version: '2.0',
    routeKey: `${method} /webhooks/{channel}`,
    rawPath,
    rawQueryString,
    headers: {
      'content-type': 'application/json',
      host: 'abc123.execute-api.us-east-1.amazonaws.com',
      ...(body ? { 'content-length': String(body.length) } : {}),
      ...options.headers,
    },
    ...(options.query ? { queryStringParameters: options.query } : {}),
    pathParameters: { channel: options.channel },
    requestContext: {
      accountId: '000000000000',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
      requestId: 'req-1',
      routeKey: `${method} /webhooks/{channel}`,
      stage: '$default',
      time: '21/Nov/2026:12:00:00 +0000',
      timeEpoch: 1_795_000_000_000,
    },
    ...(body !== undefined
      ? {
          body: options.base64 ? body.toString('base64') : body.toString('utf8'),
          isBase64Encoded: !!options.base64,
        }
      : { isBase64Encoded: false }),
  };
}

/** A signed POST, as the platform would send it. */
export function signedEvent(channel: ChannelName, body: Buffer, base64 = false): APIGatewayProxyEventV2 {
  return apiEvent({ channel, body, headers: signatureHeaders(channel, body), base64 });
}

export interface Enqueued {
  groupId: string;
  dedupId: string;
  turn: QueuedTurn;
}

/** Memory stores + a queue that records, with one shared journal of the order things happened in. */
export function createHarness(overrides: Partial<WebhookDeps> = {}) {
  const stores = createMemoryStores();
  const journal: string[] = [];
  const enqueued: Enqueued[] = [];
  const queue: TurnQueue = {
    async enqueue(groupId, dedupId, body) {
      journal.push(`enqueue ${dedupId}`);
      enqueued.push({ groupId, dedupId, turn: JSON.parse(body) as QueuedTurn });
    },
  };
  const messages: WebhookDeps['messages'] = {
    async append(entry) {
      journal.push(`append ${entry.id}`);
      await stores.messages.append(entry);
    },
    list: (id, limit) => stores.messages.list(id, limit),
    annotate: (entry, data) => stores.messages.annotate(entry, data),
  };
  const logs: { level: string; message: string; extra?: Record<string, unknown> }[] = [];
  const record = (level: string) => (message: string, extra?: Record<string, unknown>) => {
    logs.push({ level, message, ...(extra ? { extra } : {}) });
  };
  const deps: WebhookDeps = {
    channels: inboundChannels(SECRETS),
    claims: stores.claims,
    messages,
    statuses: stores.statuses,
    queue,
    logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') },
    ...overrides,
  };
  const handler = createWebhookHandler(deps);
  const invoke = async (event: APIGatewayProxyEventV2) =>
    (await handler(
      event,
      createLambdaContext({ functionName: 'webhook' }),
    )) as APIGatewayProxyStructuredResultV2;
  return { stores, journal, enqueued, logs, deps, invoke };
}
