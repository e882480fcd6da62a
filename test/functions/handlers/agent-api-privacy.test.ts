// The agent API's privacy requests over memory stores: export and delete by any shopper reference, the
// conversation route an agent uses for a `data_protection` handoff, auth and body checks, and media keys
// without personal data.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import type { ShopperExport } from '../../../functions/core/privacy';
import { createAgentApiHandler } from '../../../functions/handlers/agent-api';
import { createPrivacyFrom } from '../../../functions/handlers/agent-api-privacy';
import { logId } from '../../../functions/log-id';
import { createMediaStore } from '../../../functions/services/media-store';
import { createMemoryStores } from '../../../functions/stores/memory';
import {
  JAMES_WA,
  MARIA_EMAIL,
  MARIA_LINE,
  MARIA_PHONE,
  MARIA_WA,
  PHONE_NUMBER_ID,
  seedShoppers,
} from '../stores/privacy-fixtures';
import { merchant, NOW } from '../tools/fixtures';

const TOKEN = 'privacy-token';
const dir = mkdtempSync(path.join(tmpdir(), 'crossdesk-privacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function event(rawPath: string, body?: unknown, token: string | null = TOKEN): APIGatewayProxyEventV2 {
  return {
    rawPath,
    requestContext: { http: { method: 'POST' } },
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}`, 'x-agent-name': 'Ana' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

async function setUp() {
  const stores = createMemoryStores();
  await seedShoppers(stores);
  const media = createMediaStore({ MEDIA_DIR: dir });
  // Real media objects this time: Maria's photo is saved under her hashed conversation, as the worker does.
  const photo = await media.save({
    conversationId: MARIA_WA,
    mediaId: 'wamid.P1',
    bytes: Buffer.from('jpeg'),
    mimeType: 'image/jpeg',
  });
  const jamesPhoto = await media.save({
    conversationId: JAMES_WA,
    mediaId: 'wamid.P2',
    bytes: Buffer.from('jpeg'),
    mimeType: 'image/jpeg',
  });
  await stores.messages.append({
    conversationId: MARIA_WA,
    direction: 'in',
    at: '2026-01-05T00:00:05.000Z',
    id: 'whatsapp:m5',
    data: { kind: 'image', media: photo },
  });
  const handle = createAgentApiHandler({
    auth: { mode: 'token', token: TOKEN },
    merchant,
    conversations: stores.conversations,
    messages: stores.messages,
    channelFor: () => {
      throw new Error('no sends in these tests');
    },
    now: () => NOW,
    media,
    shopperPrivacy: createPrivacyFrom({
      store: stores.privacy,
      orders: stores.orders,
      cases: stores.cases,
      customerConversations: stores.customerConversations,
      media,
      whatsappPhoneNumberIds: [PHONE_NUMBER_ID],
      agentLanguage: 'en',
    }),
  });
  const call = async (rawPath: string, body?: unknown, token?: string | null) => {
    const response = (await handle(event(rawPath, body, token))) as APIGatewayProxyStructuredResultV2;
    return { status: response.statusCode, body: JSON.parse(response.body ?? 'null') };
  };
  return { stores, call, photo, jamesPhoto };
}

describe('POST /agent/privacy/export and /delete', () => {
  it('exports a shopper found by e-mail as one JSON document, media keys without her phone', async () => {
    const { call, photo } = await setUp();
    expect(photo).toBe(`media/${logId(MARIA_WA)}/wamid.P1.jpg`);
    // No digit run of the phone (nor the conversation id) in the object key.
    expect(photo).not.toMatch(new RegExp(MARIA_PHONE.slice(-7)));
    const { status, body } = await call('/agent/privacy/export', { shopper: MARIA_EMAIL });
    expect(status).toBe(200);
    const doc = body as ShopperExport;
    expect(doc.kind).toBe('crossdesk-shopper-export');
    expect(doc.conversations.map((c) => c.id).sort()).toEqual([MARIA_LINE, MARIA_WA].sort());
    expect(doc.media).toContain(photo);
    expect(doc.orders.map((o) => o.id)).toEqual(['48213']);
  });

  it('deletes a shopper by phone: her conversations, cases and photo go, James’s stay', async () => {
    const { stores, call, photo, jamesPhoto } = await setUp();
    const { status, body } = await call('/agent/privacy/delete', { shopper: `+${MARIA_PHONE}` });
    expect(status).toBe(200);
    expect(body.counts).toMatchObject({ conversations: 2, cases: 1, customerLinks: 1, media: 1 });
    expect(body.keptOrders).toBe(1);
    expect(JSON.stringify(body)).not.toContain(MARIA_PHONE);
    expect(await stores.conversations.get(MARIA_WA)).toBeUndefined();
    expect(await stores.messages.list(MARIA_LINE)).toEqual([]);
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(files.some((f) => f.endsWith(path.basename(photo)))).toBe(false);
    expect(files.some((f) => f.endsWith(path.basename(jamesPhoto)))).toBe(true);
    expect(await stores.conversations.get(JAMES_WA)).toBeDefined();
  });

  it('refuses callers without the agent token, bodies without a shopper, and unknown shapes', async () => {
    const { call } = await setUp();
    expect((await call('/agent/privacy/export', { shopper: MARIA_EMAIL }, null)).status).toBe(401);
    expect((await call('/agent/privacy/delete', {})).status).toBe(400);
    expect((await call('/agent/privacy/delete', { shopper: 'not a shopper' })).status).toBe(400);
    expect((await call('/agent/privacy/forget', { shopper: MARIA_EMAIL })).status).toBe(404);
  });
});

describe('POST /agent/conversations/{id}/privacy/delete', () => {
  it('erases the shopper of a data_protection handoff, and 404s once she is gone', async () => {
    const { stores, call } = await setUp();
    expect((await stores.conversations.get(MARIA_WA))?.handoff?.reason).toBe('data_protection');
    const route = `/agent/conversations/${encodeURIComponent(MARIA_WA)}/privacy/delete`;
    const { status, body } = await call(route);
    expect(status).toBe(200);
    expect(body.counts.conversations).toBe(2);
    expect(await stores.conversations.get(MARIA_WA)).toBeUndefined();
    expect((await call(route)).status).toBe(404);
    expect(await stores.conversations.get(JAMES_WA)).toBeDefined();
  });
});
