// The agent API's media route with memory stores and a real local media store on disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Conversation } from '../../../functions/core/types';
import { type AgentApiDeps, createAgentApiHandler } from '../../../functions/handlers/agent-api';
import { parseMediaKeyParam } from '../../../functions/handlers/agent-api-media';
import { createMediaStore, type MediaStore } from '../../../functions/services/media-store';
import { createMemoryStores } from '../../../functions/stores/memory';
import { merchant } from '../tools/fixtures';

const MARIA = 'whatsapp:1000:34600111222';
const JAMES = 'whatsapp:1000:447700900123';
const PHOTO = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0x10]);

const conversation = (id: string, recipient: string): Conversation => ({
  id,
  channel: 'whatsapp',
  recipient,
  mode: 'human',
  identity: { kind: 'phone', phone: recipient },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 0,
});

const TOKEN = 'test-agent-token';
const deskDeps = { auth: { mode: 'token', token: TOKEN } as const, merchant };

const request = (rawPath: string, method = 'GET') =>
  ({
    rawPath,
    requestContext: { http: { method } },
    headers: { authorization: `Bearer ${TOKEN}` },
    isBase64Encoded: false,
  }) as unknown as APIGatewayProxyEventV2;

const mediaUrl = (conversationId: string, key: string, encodeKey = true) =>
  `/agent/conversations/${encodeURIComponent(conversationId)}/media/${encodeKey ? encodeURIComponent(key) : key}`;

describe('GET /agent/conversations/{id}/media/{key}', () => {
  let dir: string;
  let store: MediaStore;
  let loads: string[];
  let mariaKey: string;
  let jamesKey: string;
  let handle: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
  const withDeps = (deps: Partial<AgentApiDeps>) => {
    const stores = createMemoryStores();
    return createAgentApiHandler({
      ...deskDeps,
      conversations: stores.conversations,
      messages: stores.messages,
      channelFor: () => {
        throw new Error('no sending in media tests');
      },
      ...deps,
    });
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'agent-media-'));
    store = createMediaStore({ MEDIA_DIR: dir });
    mariaKey = await store.save({
      conversationId: MARIA,
      mediaId: 'wamid.M1',
      bytes: PHOTO,
      mimeType: 'image/png',
    });
    jamesKey = await store.save({
      conversationId: JAMES,
      mediaId: 'wamid.J1',
      bytes: Buffer.from('james'),
      mimeType: 'image/jpeg',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeEach(async () => {
    const stores = createMemoryStores();
    await stores.conversations.save(conversation(MARIA, '34600111222'));
    await stores.conversations.save(conversation(JAMES, '447700900123'));
    loads = [];
    handle = createAgentApiHandler({
      ...deskDeps,
      conversations: stores.conversations,
      messages: stores.messages,
      channelFor: () => {
        throw new Error('no sending in media tests');
      },
      media: {
        load: (key) => {
          loads.push(key);
          return store.load(key);
        },
      },
    });
  });

  it('serves the bytes base64-encoded with their type and a private cache header', async () => {
    const response = await handle(request(mediaUrl(MARIA, mariaKey)));
    expect(response).toMatchObject({
      statusCode: 200,
      isBase64Encoded: true,
      headers: {
        'content-type': 'image/png',
        'cache-control': 'private, max-age=300',
        'x-content-type-options': 'nosniff',
      },
    });
    expect(Buffer.from(response.body ?? '', 'base64')).toEqual(PHOTO);
    expect(loads).toEqual([mariaKey]);
  });

  it('takes the key as the rest of the path, too', async () => {
    // The conversation is named by its keyed hash: no digit run of Maria's phone in the key.
    expect(mariaKey).toMatch(/^media\/c_[0-9a-f]{16}\/wamid\.M1\.png$/);
    expect(mariaKey).not.toContain('34600111222');
    const response = await handle(request(mediaUrl(MARIA, mariaKey, false)));
    expect(response.statusCode).toBe(200);
    expect(Buffer.from(response.body ?? '', 'base64')).toEqual(PHOTO);
  });

  it("404s another conversation's key without reading it, though the object exists", async () => {
    const response = await handle(request(mediaUrl(MARIA, jamesKey)));
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body ?? '')).toEqual({ error: 'media not found' });
    expect(loads).toEqual([]);
    // …and James's own conversation does serve it.
    expect((await handle(request(mediaUrl(JAMES, jamesKey)))).statusCode).toBe(200);
  });

  it('404s an unknown conversation and a missing object', async () => {
    const ghost = 'whatsapp:1000:999';
    const ghostKey = await store.save({
      conversationId: ghost,
      mediaId: 'g',
      bytes: PHOTO,
      mimeType: 'image/png',
    });
    const unknown = await handle(request(mediaUrl(ghost, ghostKey)));
    expect(unknown.statusCode).toBe(404);
    expect(JSON.parse(unknown.body ?? '')).toEqual({ error: 'unknown conversation' });

    const missing = await handle(request(mediaUrl(MARIA, 'media/whatsapp_1000_34600111222/nope.png')));
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(missing.body ?? '')).toEqual({ error: 'media not found' });
  });

  it.each([
    ['traversal, encoded', encodeURIComponent('media/../../etc/passwd')],
    ['traversal, plain path', 'media/whatsapp_1000_34600111222/../../../etc/passwd'],
    ['dot segments, percent-encoded', 'media/%2e%2e/%2e%2e/secret.png'],
    [
      'double-encoded',
      encodeURIComponent(encodeURIComponent('media/whatsapp_1000_34600111222/wamid.M1.png')),
    ],
    ['absolute path', encodeURIComponent('/etc/passwd')],
    ['another prefix', encodeURIComponent('orders/whatsapp_1000_34600111222/x.png')],
    ['broken escape', 'media%E0%A4%A'],
    ['backslashes', encodeURIComponent('media\\..\\..\\secret.png')],
    ['NUL byte', encodeURIComponent('media/whatsapp_1000_34600111222/x.png\0')],
  ])('400s a malformed key (%s) before touching storage', async (_label, rawKey) => {
    const response = await handle(
      request(`/agent/conversations/${encodeURIComponent(MARIA)}/media/${rawKey}`),
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body ?? '')).toEqual({ error: 'malformed media key' });
    expect(loads).toEqual([]);
  });

  it('is read-only: other methods get 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      expect((await handle(request(mediaUrl(MARIA, mariaKey), method))).statusCode).toBe(405);
    }
    expect(loads).toEqual([]);
  });

  it('serves a file a platform labelled with a non-media type as a download, never inline', async () => {
    const html = Buffer.from('<script>alert(1)</script>');
    const stores = createMemoryStores();
    await stores.conversations.save(conversation(MARIA, '34600111222'));
    const handler = createAgentApiHandler({
      ...deskDeps,
      ...stores,
      channelFor: () => {
        throw new Error('unused');
      },
      media: { load: async () => ({ bytes: html, mimeType: 'text/html' }) },
    });
    const response = await handler(request(mediaUrl(MARIA, 'media/whatsapp_1000_34600111222/doc.bin')));
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-disposition': 'attachment; filename="doc.bin"',
    });
    expect(Buffer.from(response.body ?? '', 'base64')).toEqual(html);
  });

  it('404s every key when no media storage is configured', async () => {
    const stores = createMemoryStores();
    await stores.conversations.save(conversation(MARIA, '34600111222'));
    const handler = withDeps({ conversations: stores.conversations });
    expect((await handler(request(mediaUrl(MARIA, mariaKey)))).statusCode).toBe(404);
  });

  it('leaves the other routes as they were', async () => {
    const url = `/agent/conversations/${encodeURIComponent(MARIA)}`;
    for (const path of [url, `${url}/`]) {
      const response = await handle(request(path));
      expect(response.statusCode).toBe(200);
      expect(JSON.parse(response.body ?? '')).toMatchObject({ conversation: { id: MARIA }, messages: [] });
    }
    expect((await handle(request(`${url}/media`))).statusCode).toBe(404);
    expect((await handle(request(`${url}/media/`))).statusCode).toBe(404);
    expect((await handle(request(`${url}/handback/extra`))).statusCode).toBe(404);
    // Handing back a conversation nobody handed off is refused, not silently accepted.
    expect((await handle(request(`${url}/handback`, 'POST'))).statusCode).toBe(409);
  });
});

describe('parseMediaKeyParam', () => {
  it('decodes once and keeps only media keys', () => {
    expect(parseMediaKeyParam('media%2Fc%2Fm.png')).toBe('media/c/m.png');
    expect(parseMediaKeyParam('media/c/m.png')).toBe('media/c/m.png');
    expect(parseMediaKeyParam('media%252Fc%252Fm.png')).toBeUndefined();
    expect(parseMediaKeyParam('media/c/..')).toBeUndefined();
    expect(parseMediaKeyParam('%')).toBeUndefined();
  });
});
