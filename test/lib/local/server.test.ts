// Boots the whole local stack in-process on a random port with a temp data dir, with small test
// handlers in place of the real ones (a smoke test against the real modules is in server-real.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  GetQueueAttributesCommand,
  QueueDoesNotExist,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, ScheduledEvent, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { DEMO_SHOPPERS } from '../../../lib/local/seed';
import { type LocalStack, startLocalStack } from '../../../lib/local/server';

describe('local stack', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'crossdesk-stack-'));
  const webhookEvents: APIGatewayProxyEventV2[] = [];
  const workerEvents: SQSEvent[] = [];
  const scheduled: ScheduledEvent[] = [];
  const handlers = {
    webhook: async (event: APIGatewayProxyEventV2) => {
      webhookEvents.push(event);
      // Like ingest: enqueue through the ordinary SDK, configured only by the environment.
      const sqs = new SQSClient({});
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: process.env.QUEUE_URL,
          MessageBody: event.body ?? '',
          MessageGroupId: event.pathParameters?.channel ?? 'x',
          MessageDeduplicationId: event.requestContext.requestId,
        }),
      );
      return { statusCode: 200, body: 'ok' };
    },
    worker: async (event: SQSEvent) => {
      workerEvents.push(event);
    },
    agentApi: async () => ({ statusCode: 200, body: '{"agent":true}' }),
    delayScan: async (event: ScheduledEvent) => {
      scheduled.push(event);
      return { scanned: 0 };
    },
  };
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ port: 0, dataDir, handlers, loadPlugins: false, schedules: false });
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves health and sets the environment the handlers read', async () => {
    const health = await fetch(`${stack.url}/dev/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true });
    expect(process.env.AWS_ENDPOINT_URL_DYNAMODB).toBe(stack.dynamo.endpoint);
    expect(process.env.QUEUE_URL).toBe(`${stack.url}/000000000000/crossdesk-turns.fifo`);
    expect(process.env.TELEGRAM_API_ROOT).toBe(`${stack.url}/fake/telegram`);
    expect(JSON.parse(process.env.MERCHANT_CONFIG ?? '{}').brandName).toBeTruthy();
  });

  it('runs a webhook through API Gateway, the real SQS wire protocol and the FIFO queue to the worker', async () => {
    const res = await fetch(`${stack.url}/webhooks/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 's' },
      body: '{"update_id":5}',
    });
    expect(res.status).toBe(200);
    await stack.queue.drain();
    expect(webhookEvents.at(-1)?.headers['x-telegram-bot-api-secret-token']).toBe('s');
    const record = workerEvents.flatMap((e) => e.Records).find((r) => r.body === '{"update_id":5}');
    expect(record?.attributes.MessageGroupId).toBe('telegram');
  });

  it('speaks SendMessageBatch and GetQueueAttributes to the ordinary SQSClient', async () => {
    const sqs = new SQSClient({});
    const out = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: process.env.QUEUE_URL,
        Entries: [
          { Id: 'a', MessageBody: 'b1', MessageGroupId: 'batch', MessageDeduplicationId: 'b1' },
          { Id: 'b', MessageBody: 'b2', MessageGroupId: 'batch', MessageDeduplicationId: 'b2' },
        ],
      }),
    );
    expect(out.Successful?.map((s) => s.Id)).toEqual(['a', 'b']);
    await stack.queue.drain();
    const bodies = workerEvents.flatMap((e) => e.Records.map((r) => r.body));
    expect(bodies.indexOf('b1')).toBeLessThan(bodies.indexOf('b2'));
    const attrs = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: process.env.QUEUE_URL, AttributeNames: ['All'] }),
    );
    expect(attrs.Attributes?.FifoQueue).toBe('true');
    await expect(
      sqs.send(
        new SendMessageCommand({
          QueueUrl: `${stack.url}/000000000000/missing.fifo`,
          MessageBody: 'x',
          MessageGroupId: 'g',
        }),
      ),
    ).rejects.toBeInstanceOf(QueueDoesNotExist);
  });

  it('routes the agent API and runs a schedule on demand with a ScheduledEvent', async () => {
    expect(await (await fetch(`${stack.url}/agent/conversations`)).json()).toEqual({ agent: true });
    const run = await fetch(`${stack.url}/dev/schedules/delay-scan/run`, { method: 'POST' });
    expect(await run.json()).toEqual({ ran: 'delay-scan', result: { scanned: 0 } });
    expect(scheduled.at(-1)).toMatchObject({ source: 'aws.events', 'detail-type': 'Scheduled Event' });
    expect((await fetch(`${stack.url}/dev/schedules/nope/run`, { method: 'POST' })).status).toBe(404);
  });

  it('refuses a foreign Host (DNS rebinding) and cross-site browser requests to the dev and agent routes', async () => {
    const { request } = await import('node:http');
    const raw = (path: string, headers: Record<string, string>, method = 'POST') =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${stack.url}${path}`, { method, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await raw('/dev/health', { host: 'evil.example:3000' }, 'GET')).toBe(403);
    expect(await raw('/dev/schedules/delay-scan/run', { origin: 'https://evil.example' })).toBe(403);
    expect(await raw('/agent/conversations', { origin: 'https://evil.example' }, 'GET')).toBe(403);
    // The simulator and console pages are same-origin; curl and the platforms send no Origin at all.
    expect(await raw('/dev/health', { origin: stack.url }, 'GET')).toBe(200);
    expect(await raw('/dev/health', {}, 'GET')).toBe(200);
  });

  it('takes a turn queue batch (SendMessageBatch) in order, chunk after chunk', async () => {
    const { createSqsTurnQueue } = await import('../../../functions/services/sqs-turn-queue');
    const queue = createSqsTurnQueue({ queueUrl: process.env.QUEUE_URL ?? '' });
    const before = workerEvents.length;
    const entries = Array.from({ length: 10 }, (_, i) => ({
      groupId: 'line:Ubatch',
      dedupId: `batch-${i}`,
      body: JSON.stringify({ n: i }),
    }));
    await queue.enqueueBatch?.(entries.slice(0, 10));
    await stack.queue.drain();
    const bodies = workerEvents
      .slice(before)
      .flatMap((event) => event.Records.map((r) => (JSON.parse(r.body) as { n: number }).n));
    expect(bodies).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('round-trips an item through dynalite with the ordinary SDK and seeds the demo data', async () => {
    const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
    const TableName = process.env.TABLE_NAME;
    await doc.send(new PutCommand({ TableName, Item: { PK: 'TEST#1', SK: 'X', note: 'héllo ✓' } }));
    const got = await doc.send(new GetCommand({ TableName, Key: { PK: 'TEST#1', SK: 'X' } }));
    expect(got.Item?.note).toBe('héllo ✓');
    expect(stack.seeded).toBe(true);
    const stores = createDynamoStores({ tableName: TableName ?? '' });
    const maria = DEMO_SHOPPERS.find((s) => s.key === 'maria-whatsapp');
    const orders = await stores.orders.ordersForPhone(maria?.phone ?? '');
    expect(orders.map((o) => o.id).sort()).toEqual(maria?.orders.map((o) => o.id).sort());
    expect((await stores.orders.listProducts()).length).toBeGreaterThanOrEqual(12);
  });

  it('survives a restart with data intact and does not seed twice', async () => {
    const before = await createDynamoStores({ tableName: process.env.TABLE_NAME ?? '' }).orders.getOrder(
      '50731',
    );
    await stack.stop();
    stack = await startLocalStack({ port: 0, dataDir, handlers, loadPlugins: false, schedules: false });
    expect(stack.seeded).toBe(false);
    const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
    const got = await doc.send(
      new GetCommand({ TableName: process.env.TABLE_NAME, Key: { PK: 'TEST#1', SK: 'X' } }),
    );
    expect(got.Item?.note).toBe('héllo ✓');
    const after = await createDynamoStores({ tableName: process.env.TABLE_NAME ?? '' }).orders.getOrder(
      '50731',
    );
    expect(after).toEqual(before);
  });
});
