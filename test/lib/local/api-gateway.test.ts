import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ApiRoute,
  createApiGateway,
  fromHandlerResult,
  matchRoute,
  toApiGatewayEvent,
} from '../../../lib/local/api-gateway';

const noop = async () => undefined;
const routes: ApiRoute[] = [
  { routeKey: 'POST /webhooks/{channel}', functionName: 'webhook', handler: noop },
  { routeKey: 'GET /webhooks/whatsapp', functionName: 'webhook', handler: noop },
  { routeKey: 'ANY /agent/{proxy+}', functionName: 'agent-api', handler: noop },
];

describe('route matching', () => {
  it('picks routes as API Gateway does', () => {
    expect(matchRoute(routes, 'POST', '/webhooks/line')).toMatchObject({
      route: { routeKey: 'POST /webhooks/{channel}' },
      pathParameters: { channel: 'line' },
    });
    expect(matchRoute(routes, 'GET', '/webhooks/whatsapp')?.route.routeKey).toBe('GET /webhooks/whatsapp');
    expect(matchRoute(routes, 'GET', '/webhooks/line')).toBeUndefined();
    expect(matchRoute(routes, 'DELETE', '/agent/conversations/a%3Ab/notes')).toMatchObject({
      pathParameters: { proxy: 'conversations/a:b/notes' },
    });
    expect(matchRoute(routes, 'GET', '/agent')).toBeUndefined();
  });
});

describe('toApiGatewayEvent', () => {
  it('lower-cases and comma-joins headers, splits cookies and query strings', () => {
    const event = toApiGatewayEvent({
      method: 'post',
      url: '/webhooks/telegram?a=1&b=x%20y&a=2',
      rawHeaders: [
        'Content-Type',
        'application/json',
        'X-Multi',
        'one',
        'x-multi',
        'two',
        'Cookie',
        's=1; t=2',
        'Host',
        'localhost:3000',
      ],
      body: Buffer.from('{"update_id":1}'),
      routeKey: 'POST /webhooks/{channel}',
      pathParameters: { channel: 'telegram' },
      now: new Date('2026-03-12T19:03:58Z'),
    });
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /webhooks/{channel}',
      rawPath: '/webhooks/telegram',
      rawQueryString: 'a=1&b=x%20y&a=2',
      queryStringParameters: { a: '1,2', b: 'x y' },
      pathParameters: { channel: 'telegram' },
      cookies: ['s=1', 't=2'],
      body: '{"update_id":1}',
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'POST', path: '/webhooks/telegram', sourceIp: '127.0.0.1' },
        time: '12/Mar/2026:19:03:58 +0000',
        timeEpoch: Date.parse('2026-03-12T19:03:58Z'),
        stage: '$default',
      },
    });
    expect(event.headers).toEqual({
      'content-type': 'application/json',
      'x-multi': 'one,two',
      host: 'localhost:3000',
    });
  });

  it('base64-encodes binary bodies and omits an empty body', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]);
    const event = toApiGatewayEvent({
      method: 'POST',
      url: '/x',
      rawHeaders: ['content-type', 'image/png'],
      body: bytes,
      routeKey: '$default',
    });
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? '', 'base64')).toEqual(bytes);
    const empty = toApiGatewayEvent({
      method: 'GET',
      url: '/x',
      rawHeaders: [],
      body: Buffer.alloc(0),
      routeKey: '$default',
    });
    expect(empty.body).toBeUndefined();
    expect(empty.queryStringParameters).toBeUndefined();
    expect(empty.pathParameters).toBeUndefined();
  });
});

describe('fromHandlerResult', () => {
  it('maps structured results, cookies and base64 bodies; plain values become JSON 200s', () => {
    const structured = fromHandlerResult({
      statusCode: 201,
      headers: { 'X-Thing': 'a' },
      cookies: ['a=1', 'b=2'],
      body: Buffer.from('hi').toString('base64'),
      isBase64Encoded: true,
    });
    expect(structured.statusCode).toBe(201);
    expect(structured.headers).toMatchObject({ 'x-thing': 'a', 'set-cookie': ['a=1', 'b=2'] });
    expect(structured.body.toString()).toBe('hi');
    const plain = fromHandlerResult({ ok: true });
    expect(plain).toMatchObject({ statusCode: 200, headers: { 'content-type': 'application/json' } });
    expect(plain.body.toString()).toBe('{"ok":true}');
  });
});

describe('createApiGateway over real HTTP', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('invokes the handler with a v2 event and a Lambda context, and turns a throw into a 500', async () => {
    const received: { event?: APIGatewayProxyEventV2; requestId?: string; remaining?: number } = {};
    const api = createApiGateway({
      routes: [
        {
          routeKey: 'POST /webhooks/{channel}',
          functionName: 'webhook',
          handler: async (event: APIGatewayProxyEventV2, context) => {
            received.event = event;
            received.requestId = context.awsRequestId;
            received.remaining = context.getRemainingTimeInMillis();
            return {
              statusCode: 202,
              headers: { 'content-type': 'text/plain' },
              body: `got ${event.pathParameters?.channel}`,
            };
          },
        },
        { routeKey: 'GET /boom', functionName: 'boom', handler: async () => Promise.reject(new Error('x')) },
      ],
    });
    server = createServer((req, res) => {
      void api.handle(req, res).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const res = await fetch(`${base}/webhooks/line?x=1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Line-Signature': 'abc' },
      body: '{"events":[]}',
    });
    expect(res.status).toBe(202);
    expect(await res.text()).toBe('got line');
    expect(received.event?.headers['x-line-signature']).toBe('abc');
    expect(received.event?.body).toBe('{"events":[]}');
    expect(received.event?.requestContext.http.userAgent).toBeTruthy();
    expect(received.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(received.remaining).toBeGreaterThan(0);

    const boom = await fetch(`${base}/boom`);
    expect(boom.status).toBe(500);
    expect(await boom.json()).toEqual({ message: 'Internal Server Error' });
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
  });
});
