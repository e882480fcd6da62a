// The agent API handler over memory stores and a recording channel, driven with API Gateway v2 events:
// who may call (bearer token + x-agent-name locally, Cognito claims in AWS), what bodies it accepts, the
// queues, and how desk refusals come back (404 / 409 / 501).
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { t } from '../../../functions/core/messages/index';
import type { ChannelOutbound, Translator } from '../../../functions/core/ports';
import type { Conversation, HandoffRecord } from '../../../functions/core/types';
import { type AgentAuth, agentFrom, createAgentApiHandler } from '../../../functions/handlers/agent-api';
import { createMemoryStores } from '../../../functions/stores/memory';
import { merchant, NOW } from '../tools/fixtures';

const TOKEN = 'test-agent-token';
const MARIA = 'whatsapp:1000:34600111222';
const JAMES = 'whatsapp:1000:447700900123';
const PRIYA = 'whatsapp:1000:919800000001';
const OMAR = 'whatsapp:1000:971500000001';

const handoff = (overrides: Partial<HandoffRecord> = {}): HandoffRecord => ({
  id: 'hmaria00001',
  reason: 'shopper_request',
  status: 'waiting',
  requestedAt: '2026-03-20T09:30:00.000Z',
  language: 'es',
  trigger: 'Quiero hablar con una persona',
  ...overrides,
});

const conversation = (id: string, overrides: Partial<Conversation> = {}): Conversation => {
  const recipient = id.split(':')[2]!;
  return {
    id,
    channel: 'whatsapp',
    recipient,
    language: 'es',
    mode: 'human',
    identity: { kind: 'phone', phone: recipient },
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    version: 0,
    handoff: handoff(),
    ...overrides,
  };
};

/** The fields of the API's JSON answers the tests read. */
interface Body {
  error?: string;
  claimedBy?: string;
  issues?: { path: string; message: string }[];
  conversations?: { id: string }[];
  conversation?: Record<string, unknown>;
  messages?: Record<string, unknown>[];
}

interface Call {
  method?: string;
  body?: unknown;
  /** A raw body string (sent as is, e.g. broken JSON). */
  raw?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  claims?: Record<string, unknown>;
  token?: string | null;
  agent?: string;
}

function event(rawPath: string, call: Call = {}): APIGatewayProxyEventV2 {
  // As the console sends them: a body is JSON and says so (the API refuses anything else with a body).
  const headers: Record<string, string> = {
    ...(call.body !== undefined || call.raw !== undefined ? { 'content-type': 'application/json' } : {}),
    ...call.headers,
  };
  const token = call.token === undefined ? TOKEN : call.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (call.agent) headers['x-agent-name'] = call.agent;
  return {
    rawPath,
    requestContext: {
      http: { method: call.method ?? 'GET' },
      ...(call.claims ? { authorizer: { jwt: { claims: call.claims } } } : {}),
    },
    headers,
    ...(call.query ? { queryStringParameters: call.query } : {}),
    ...(call.raw !== undefined
      ? { body: call.raw }
      : call.body !== undefined
        ? { body: JSON.stringify(call.body) }
        : {}),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

const path = (id?: string, action?: string) =>
  `/agent/conversations${id ? `/${encodeURIComponent(id)}` : ''}${action ? `/${action}` : ''}`;

const translator: Translator = {
  translate: async ({ text, from, to }) =>
    from === 'en' && to === 'es' && text === 'On it!' ? '¡Me encargo!' : `[${from}→${to}] ${text}`,
};

async function setup(auth: AgentAuth = { mode: 'token', token: TOKEN }) {
  const stores = createMemoryStores();
  const sent: { to: string; text: string }[] = [];
  const channel: ChannelOutbound = {
    name: 'whatsapp',
    capabilities: { maxButtons: 3, images: true, typingIndicator: false, markRead: true },
    async send(ctx, message) {
      sent.push({ to: ctx.conversation.recipient, text: message.text });
      return { platformMessageIds: [`wamid.${sent.length}`], via: 'message' };
    },
  };
  const handle = createAgentApiHandler({
    auth,
    merchant,
    conversations: stores.conversations,
    messages: stores.messages,
    channelFor: () => channel,
    translator,
    now: () => NOW,
  });
  const call = async (rawPath: string, c: Call = {}) => {
    const response = (await handle(event(rawPath, c))) as APIGatewayProxyStructuredResultV2;
    return { status: response.statusCode, body: JSON.parse(response.body ?? 'null') as Body };
  };
  return { stores, sent, handle, call, get: async (id: string) => (await stores.conversations.get(id))! };
}

describe('who may call /agent', () => {
  it('no Authorization header, a wrong token, a token for a stack with none set: 401, nothing read', async () => {
    const s = await setup();
    await s.stores.conversations.save(conversation(MARIA));
    for (const token of [null, 'wrong-token', `${TOKEN}x`, '']) {
      const response = await s.call(path(), { token });
      expect(response.status).toBe(401);
      expect(response.body.error).toMatch(/sign in as an agent/);
    }
    expect((await s.call(path(MARIA, 'claim'), { method: 'POST', token: 'wrong' })).status).toBe(401);
    expect((await s.get(MARIA)).handoff?.status).toBe('waiting');

    const open = await setup({ mode: 'token' });
    expect((await open.call(path(), { token: 'undefined' })).status).toBe(401);
  });

  it('the right token (any case of “Bearer”) is let in', async () => {
    const s = await setup();
    expect((await s.call(path())).status).toBe(200);
    const lower = await s.call(path(), { token: null, headers: { Authorization: `bearer ${TOKEN}` } });
    expect(lower.status).toBe(200);
  });

  it('x-agent-name is who acts: Anna claims Maria; without a name the agent is “Agent”; the name is cleaned', async () => {
    const s = await setup();
    await s.stores.conversations.save(conversation(MARIA));
    await s.stores.conversations.save(conversation(JAMES, { handoff: handoff({ id: 'hjames00001' }) }));
    await s.stores.conversations.save(conversation(PRIYA, { handoff: handoff({ id: 'hpriya00001' }) }));

    const claimed = await s.call(path(MARIA, 'claim'), { method: 'POST', agent: 'Anna' });
    expect(claimed).toMatchObject({ status: 200, body: { conversation: { id: MARIA, status: 'human' } } });
    expect((await s.get(MARIA)).handoff?.claimedBy).toBe('Anna');

    await s.call(path(JAMES, 'claim'), { method: 'POST' });
    expect((await s.get(JAMES)).handoff?.claimedBy).toBe('Agent');

    await s.call(path(PRIYA, 'claim'), { method: 'POST', agent: '\u0007Ben <Support>\u0000' });
    expect((await s.get(PRIYA)).handoff?.claimedBy).toBe('Ben Support');
  });
});

describe('bodies', () => {
  it('edges a sender controls: a 3 KB id is 400, a 5 MB body 413, a cross-site text/plain POST 415', async () => {
    const s = await setup();
    expect((await s.call(`/agent/conversations/${'x'.repeat(3000)}`)).status).toBe(400);
    expect((await s.call('/agent/conversations/%E0%A4%A')).status).toBe(400);
    const huge = await s.call(path(MARIA, 'messages'), {
      method: 'POST',
      raw: JSON.stringify({ text: 'a'.repeat(5 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    const crossSite = await s.call(path(MARIA, 'messages'), {
      method: 'POST',
      raw: 'text=hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(crossSite.status).toBe(415);
  });

  it('unknown queue status: 400 naming the valid ones', async () => {
    const s = await setup();
    const response = await s.call(path(), { query: { status: 'pending' } });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('status must be one of handoff, human, bot, closed');
  });

  it('a reply that is not JSON, empty, or blank: 400, and Maria receives nothing', async () => {
    const s = await setup();
    await s.stores.conversations.save(conversation(MARIA));
    const url = path(MARIA, 'messages');
    const broken = await s.call(url, { method: 'POST', raw: '{"text": "hola' });
    expect(broken).toEqual({ status: 400, body: { error: 'body must be JSON' } });
    expect((await s.call(url, { method: 'POST' })).status).toBe(400); // no body at all
    const blank = await s.call(url, { method: 'POST', body: { text: '   ' } });
    expect(blank.status).toBe(400);
    expect(blank.body).toMatchObject({ error: 'invalid body', issues: [{ path: 'text' }] });
    expect((await s.call(url, { method: 'POST', body: { message: 'hi' } })).status).toBe(400);
    expect((await s.call(url, { method: 'POST', body: { text: 42 } })).status).toBe(400);
    expect(s.sent).toEqual([]);
  });

  it('a reply longer than 4096 characters is refused; exactly 4096 goes out', async () => {
    const s = await setup();
    await s.stores.conversations.save(conversation(MARIA));
    const url = path(MARIA, 'messages');
    const tooLong = await s.call(url, { method: 'POST', body: { text: 'a'.repeat(4097) } });
    expect(tooLong.status).toBe(400);
    expect(s.sent).toEqual([]);
    const fits = await s.call(url, { method: 'POST', agent: 'Anna', body: { text: 'a'.repeat(4096) } });
    expect(fits.status).toBe(200);
    expect(s.sent.at(-1)?.text).toBe(`[en→es] ${'a'.repeat(4096)}`);
  });

  it('closing needs a resolution: missing or blank is 400 and the handoff stays open', async () => {
    const s = await setup();
    await s.stores.conversations.save(conversation(MARIA));
    const url = path(MARIA, 'close');
    for (const body of [{}, { resolution: '  ' }, { resolution: 'x'.repeat(201) }]) {
      const response = await s.call(url, { method: 'POST', agent: 'Anna', body });
      expect(response.status).toBe(400);
      expect(response.body.issues?.[0]?.path).toBe('resolution');
    }
    expect((await s.get(MARIA)).mode).toBe('human');
    const closed = await s.call(url, {
      method: 'POST',
      agent: 'Anna',
      body: { resolution: '  refund issued ' },
    });
    expect(closed).toMatchObject({ status: 200, body: { conversation: { status: 'closed', mode: 'bot' } } });
    expect((await s.get(MARIA)).handoff).toMatchObject({ resolution: 'refund issued', endedBy: 'Anna' });
  });

  it('a base64-encoded body is read like a plain one', async () => {
    const s = await setup();
    await s.stores.conversations.save(conversation(MARIA));
    const e = event(path(MARIA, 'translate'), { method: 'POST', body: { text: 'On it!' } });
    e.body = Buffer.from(e.body!).toString('base64');
    e.isBase64Encoded = true;
    const response = (await s.handle(e)) as APIGatewayProxyStructuredResultV2;
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body!)).toEqual({ text: '¡Me encargo!', language: 'es' });
    expect(s.sent).toEqual([]);
  });
});

describe('desk refusals over HTTP', () => {
  it('an unknown conversation is 404 for reading, claiming and writing', async () => {
    const s = await setup();
    const ghost = 'whatsapp:1000:000000';
    expect(await s.call(path(ghost))).toEqual({ status: 404, body: { error: 'unknown conversation' } });
    expect((await s.call(path(ghost, 'claim'), { method: 'POST' })).status).toBe(404);
    expect((await s.call(path(ghost, 'messages'), { method: 'POST', body: { text: 'hi' } })).status).toBe(
      404,
    );
    expect((await s.call(path(ghost, 'close'), { method: 'POST', body: { resolution: 'x' } })).status).toBe(
      404,
    );
  });

  it('Anna and Ben claim Maria at the same moment: one 200, one 409 naming who has her', async () => {
    const s = await setup();
    await s.stores.conversations.save(conversation(MARIA));
    const [a, b] = await Promise.all([
      s.call(path(MARIA, 'claim'), { method: 'POST', agent: 'Anna' }),
      s.call(path(MARIA, 'claim'), { method: 'POST', agent: 'Ben' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const holder = (await s.get(MARIA)).handoff?.claimedBy;
    const loser = a.status === 409 ? a : b;
    expect(loser.body).toEqual({ error: `already claimed by ${holder}`, claimedBy: holder });
    expect(s.sent).toEqual([{ to: '34600111222', text: t('es', 'agent_joined') }]);
    // …and Ben writing to her afterwards is a 409 too.
    const other = holder === 'Anna' ? 'Ben' : 'Anna';
    const write = await s.call(path(MARIA, 'messages'), {
      method: 'POST',
      agent: other,
      body: { text: 'hi' },
    });
    expect(write).toMatchObject({ status: 409, body: { claimedBy: holder } });
  });

  it('claiming or handing back a conversation nobody handed off: 409; a video without a room service: 501', async () => {
    const s = await setup();
    await s.stores.conversations.save(conversation(OMAR, { mode: 'bot', handoff: undefined }));
    await s.stores.conversations.save(conversation(MARIA));
    expect((await s.call(path(OMAR, 'claim'), { method: 'POST' })).status).toBe(409);
    expect((await s.call(path(OMAR, 'handback'), { method: 'POST' })).status).toBe(409);
    const video = await s.call(path(MARIA, 'video'), { method: 'POST', agent: 'Anna' });
    expect(video).toEqual({ status: 501, body: { error: 'no video room service is configured' } });
  });

  it('wrong methods and unknown actions', async () => {
    const s = await setup();
    await s.stores.conversations.save(conversation(MARIA));
    expect((await s.call(path(), { method: 'POST' })).status).toBe(405);
    expect((await s.call(path(MARIA), { method: 'DELETE' })).status).toBe(405);
    expect((await s.call(path(MARIA, 'claim'))).status).toBe(405);
    expect((await s.call(path(MARIA, 'delete'), { method: 'POST' })).status).toBe(404);
    expect((await s.get(MARIA)).handoff?.status).toBe('waiting');
  });
});

describe('a whole handoff through the API', () => {
  it('Anna writes (translated for Maria), reads the transcript, and hands her back', async () => {
    const s = await setup();
    await s.stores.conversations.save(conversation(MARIA));
    const reply = await s.call(path(MARIA, 'messages'), {
      method: 'POST',
      agent: 'Anna',
      body: { text: 'On it!' },
    });
    expect(reply).toMatchObject({
      status: 200,
      body: { sent: ['wamid.2'], translation: { text: '¡Me encargo!', language: 'es' } },
    });
    expect(s.sent.map((m) => m.text)).toEqual([t('es', 'agent_joined'), '¡Me encargo!']);

    const detail = await s.call(path(MARIA));
    expect(detail.status).toBe(200);
    expect(detail.body.conversation).toMatchObject({
      id: MARIA,
      status: 'human',
      handoff: { claimedBy: 'Anna' },
    });
    expect(detail.body.messages?.find((m) => m.author === 'agent')).toMatchObject({
      author: 'agent',
      text: 'On it!',
      translation: { text: '¡Me encargo!', language: 'es' },
    });

    const back = await s.call(path(MARIA, 'release'), { method: 'POST', agent: 'Anna' });
    expect(back).toMatchObject({ status: 200, body: { conversation: { status: 'bot', mode: 'bot' } } });
    expect(s.sent.slice(-2).map((m) => m.text)).toEqual([t('es', 'back_to_bot'), t('es', 'rating_ask')]);
  });
});

describe('the queues', () => {
  it('lists each status: waiting (the default, oldest first), held by an agent, back with the bot, closed', async () => {
    const s = await setup();
    const save = (c: Conversation) => s.stores.conversations.save(c);
    await save(conversation(MARIA, { handoff: handoff({ requestedAt: '2026-03-20T09:40:00.000Z' }) }));
    await save(
      conversation(PRIYA, {
        handoff: handoff({ id: 'hpriya00001', requestedAt: '2026-03-20T09:20:00.000Z' }),
      }),
    );
    await save(
      conversation(JAMES, { handoff: handoff({ id: 'hjames00001', status: 'claimed', claimedBy: 'Anna' }) }),
    );
    await save(
      conversation(OMAR, {
        mode: 'bot',
        handoff: handoff({
          id: 'homar000001',
          status: 'closed',
          resolution: 'refund',
          endedAt: NOW.toISOString(),
        }),
      }),
    );
    await save(
      conversation('whatsapp:1000:111', {
        mode: 'bot',
        handoff: handoff({ id: 'hback000001', status: 'released', endedAt: NOW.toISOString() }),
      }),
    );
    await save(conversation('whatsapp:1000:222', { mode: 'bot', handoff: undefined })); // never handed off

    const ids = async (query?: Record<string, string>) => {
      const response = await s.call(path(), query ? { query } : {});
      expect(response.status).toBe(200);
      return (response.body.conversations ?? []).map((c) => c.id);
    };
    expect(await ids()).toEqual([PRIYA, MARIA]);
    expect(await ids({ status: 'handoff' })).toEqual([PRIYA, MARIA]);
    expect(await ids({ status: 'human' })).toEqual([JAMES]);
    expect(await ids({ status: 'bot' })).toEqual(['whatsapp:1000:111']);
    expect(await ids({ status: 'closed' })).toEqual([OMAR]);
  });
});

describe('Cognito mode', () => {
  it('the agent is read from the verified JWT claims: name, else email, else username, else sub', async () => {
    const s = await setup({ mode: 'cognito' });
    await s.stores.conversations.save(conversation(MARIA));
    const claimed = await s.call(path(MARIA, 'claim'), {
      method: 'POST',
      token: null,
      claims: { sub: 'c0ffee', email: 'anna@shop.example', name: 'Anna Lopez' },
    });
    expect(claimed.status).toBe(200);
    expect((await s.get(MARIA)).handoff?.claimedBy).toBe('Anna Lopez');

    const auth = { mode: 'cognito' } as const;
    const who = (claims: Record<string, unknown>) => agentFrom(event(path(), { token: null, claims }), auth);
    expect(who({ sub: 'c0ffee', email: 'anna@shop.example' })).toBe('anna@shop.example');
    expect(who({ sub: 'c0ffee', 'cognito:username': 'anna' })).toBe('anna');
    expect(who({ sub: 'c0ffee', name: '' })).toBe('c0ffee');
  });

  it('refuses without claims, or with claims that carry no subject; a bearer token does not help', async () => {
    const s = await setup({ mode: 'cognito' });
    await s.stores.conversations.save(conversation(MARIA));
    expect((await s.call(path())).status).toBe(401); // the right TOKEN, but no claims
    expect((await s.call(path(), { claims: { email: 'anna@shop.example' } })).status).toBe(401);
    expect((await s.call(path(MARIA, 'claim'), { method: 'POST', claims: { sub: 42 } })).status).toBe(401);
    expect((await s.get(MARIA)).handoff?.status).toBe('waiting');
  });
});
