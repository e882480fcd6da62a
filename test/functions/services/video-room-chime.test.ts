// The Amazon Chime SDK video room through the wire: the real @aws-sdk/client-chime-sdk-meetings client, built
// by the adapter itself (endpoint, timeouts), talks over HTTP to the local fake; the agent API handler serves
// `/video/{token}` behind the local API Gateway emulator on the same server. Then the join page in headless
// Chromium gets as far as starting the Chime meeting session (no Chime media exists offline).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { ConsoleMessage } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelOutbound } from '../../../functions/core/ports';
import type { Conversation } from '../../../functions/core/types';
import { createAgentApiHandler } from '../../../functions/handlers/agent-api';
import { createJitsiVideoRoom } from '../../../functions/services/video-room';
import {
  ChimeVideoError,
  createChimeVideoRoom,
  readChimeToken,
} from '../../../functions/services/video-room-chime';
import { loadChimeSdkScript } from '../../../functions/services/video-room-chime-sdk';
import { createMemoryStores } from '../../../functions/stores/memory';
import { createApiGateway } from '../../../lib/local/api-gateway';
import { createFakeChime } from '../../../lib/local/fakes/chime';
import type { LambdaHandler } from '../../../lib/local/lambda-context';
import { CHROMIUM_PATH, hasChromium } from '../../helpers/chromium';
import { merchant, NOW } from '../tools/fixtures';

const SECRET = 'test-video-link-secret';
const AGENT_TOKEN = 'test-agent-token';
const MARIA = 'whatsapp:1000:34600111222';
const MINUTE = 60_000;
// biome-ignore lint/suspicious/noExplicitAny: the tests read deep into JSON answers they just asserted the shape of
type Answer = Record<string, any>;

const servers: Server[] = [];
beforeEach(() => {
  // The adapter builds its own client: it signs with these (the fake wants SigV4, checks no signature).
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
  vi.stubEnv('AWS_SESSION_TOKEN', '');
  vi.stubEnv('AWS_PROFILE', '');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
});

const maria = (): Conversation => ({
  id: MARIA,
  channel: 'whatsapp',
  recipient: '34600111222',
  language: 'es',
  mode: 'human',
  identity: { kind: 'phone', phone: '34600111222' },
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  version: 0,
  handoff: {
    id: 'hmaria00001',
    reason: 'shopper_request',
    status: 'waiting',
    requestedAt: NOW.toISOString(),
    language: 'es',
    trigger: 'Quiero hablar con una persona',
  },
});

/** Fake Chime + the agent API on one local server, as the local stack mounts them. */
async function setup(options: { timeoutMs?: number } = {}) {
  const chime = createFakeChime();
  let clock = NOW;
  const stores = createMemoryStores();
  await stores.conversations.save(maria());
  const sent: { text: string; links?: unknown }[] = [];
  const channel: ChannelOutbound = {
    name: 'whatsapp',
    capabilities: { maxButtons: 3, images: true, typingIndicator: false, markRead: true },
    async send(_ctx, message) {
      sent.push({ text: message.text, links: message.links });
      return { platformMessageIds: [`wamid.${sent.length}`], via: 'message' };
    },
  };

  let handler: LambdaHandler = async () => ({ statusCode: 503 });
  const api = createApiGateway({
    routes: [
      { routeKey: 'GET /video/{token}', functionName: 'agent-api', handler: (e, c) => handler(e, c) },
      { routeKey: 'ANY /agent/{proxy+}', functionName: 'agent-api', handler: (e, c) => handler(e, c) },
    ],
  });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (await chime.route(req, res, url)) return;
    if (await api.handle(req, res)) return;
    res.writeHead(404).end();
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const room = createChimeVideoRoom({
    publicBaseUrl: origin,
    secret: SECRET,
    mediaRegion: 'eu-central-1',
    region: 'us-east-1',
    endpoint: `${origin}/fake/chime`,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const handle = createAgentApiHandler({
    auth: { mode: 'token', token: AGENT_TOKEN },
    merchant,
    conversations: stores.conversations,
    messages: stores.messages,
    channelFor: () => channel,
    videoRoom: room,
    videoJoin: { ...room, sdkScript: loadChimeSdkScript },
    now: () => clock,
  });
  handler = handle as LambdaHandler;

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { headers, redirect: 'manual' });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const join = async (url: string, tab = '') => {
    const response = await get(`${url}?join${tab ? `=${tab}` : ''}`);
    return { status: response.status, body: JSON.parse(response.text) as Answer };
  };
  const openByAgent = async () => {
    const response = await fetch(`${origin}/agent/conversations/${encodeURIComponent(MARIA)}/video`, {
      method: 'POST',
      headers: { authorization: `Bearer ${AGENT_TOKEN}`, 'x-agent-name': 'Anna' },
    });
    return { status: response.status, body: (await response.json()) as Answer };
  };
  return {
    chime: chime.state,
    room,
    origin,
    sent,
    get,
    join,
    openByAgent,
    advance: (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    },
  };
}

const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

describe('Chime video room: open()', () => {
  it('the agent opens a room: one CreateMeeting, an attendee each for shopper and agent, Maria gets the link', async () => {
    const s = await setup();
    const opened = await s.openByAgent();
    expect(opened.status).toBe(200);
    const { url, agentUrl, expiresAt } = opened.body.video as {
      url: string;
      agentUrl: string;
      expiresAt: string;
    };
    expect(url).toMatch(new RegExp(`^${s.origin}/video/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`));
    expect(agentUrl).toMatch(new RegExp(`^${s.origin}/video/`));
    expect(agentUrl).not.toBe(url);
    expect(expiresAt).toBe(new Date(NOW.getTime() + 120 * MINUTE).toISOString());

    expect(
      s.chime.requests.map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/, '{MeetingId}')}`),
    ).toEqual([
      'POST /meetings',
      'POST /meetings/{MeetingId}/attendees',
      'POST /meetings/{MeetingId}/attendees',
    ]);
    const create = s.chime.requests[0]!.body!;
    expect(create).toMatchObject({ MediaRegion: 'eu-central-1' });
    expect(create.ClientRequestToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // A pseudonym of the conversation: stable, and no phone number or platform id in it.
    expect(create.ExternalMeetingId).toMatch(/^cd-[A-Za-z0-9_-]{22}$/);
    expect(JSON.stringify(s.chime.requests)).not.toContain('34600111222');

    const [meeting] = [...s.chime.meetings.values()];
    expect([...meeting!.attendees.keys()].map((id) => id.split('-')[0])).toEqual(['shopper', 'agent']);
    // The shopper's message carries our link as a button, never the meeting or a join token.
    expect(s.sent.at(-1)).toMatchObject({ links: [{ url }] });
    expect(JSON.stringify(s.sent)).not.toContain(meeting!.MeetingId);

    const again = await s.room.open({ conversationId: MARIA, now: NOW });
    expect(s.chime.requests.at(-3)!.body!.ExternalMeetingId).toBe(create.ExternalMeetingId);
    expect(s.chime.requests.at(-3)!.body!.ClientRequestToken).not.toBe(create.ClientRequestToken);
    expect(again.url).not.toBe(url);
  });

  it('links are signed and expiring: the token says whom and until when, and nothing else verifies', async () => {
    const s = await setup();
    const link = await s.room.open({ conversationId: MARIA, now: NOW });
    const read = readChimeToken(tokenOf(link.url), SECRET, NOW);
    expect(read).toMatchObject({
      ok: true,
      claims: { role: 'shopper', expiresAt: new Date(link.expiresAt) },
    });
    expect(readChimeToken(tokenOf(link.agentUrl), SECRET, NOW)).toMatchObject({ claims: { role: 'agent' } });
    expect(readChimeToken(tokenOf(link.url), 'another-secret', NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(readChimeToken(tokenOf(link.url), SECRET, new Date(NOW.getTime() + 121 * MINUTE))).toEqual({
      ok: false,
      reason: 'expired',
    });
    // A Jitsi token signed with the same secret is not a Chime token (and the other way round).
    const jitsi = createJitsiVideoRoom({ publicBaseUrl: s.origin, secret: SECRET }).linkFor(NOW);
    expect(readChimeToken(tokenOf(jitsi.url), SECRET, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('every Chime call has a timeout: a Chime that does not answer fails open() quickly with ChimeVideoError', async () => {
    const s = await setup({ timeoutMs: 300 });
    s.chime.delayNext(5, 2_000);
    const started = Date.now();
    const error = await s.room.open({ conversationId: MARIA, now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChimeVideoError);
    expect((error as Error).message).toMatch(/CreateMeeting failed \(TimeoutError\)/);
    // Two attempts (maxAttempts 2) of 300 ms each, plus a retry back-off: well under the fake's 2 s.
    expect(Date.now() - started).toBeLessThan(1_900);
    // In the console this is the desk's error; the agent API answers 500 rather than hang.
  });

  it('Chime refusing (throttled) surfaces as ChimeVideoError naming the exception', async () => {
    const s = await setup();
    s.chime.failNext(2, 429);
    await expect(s.room.open({ conversationId: MARIA, now: NOW })).rejects.toThrow(
      /Chime CreateMeeting failed \(ThrottlingException\)/,
    );
  });
});

describe('Chime video room: /video/{token}', () => {
  it('?join gives each side its own attendee in the same meeting; asking again gives the same answer', async () => {
    const s = await setup();
    const link = await s.room.open({ conversationId: MARIA, now: NOW });
    const [meeting] = [...s.chime.meetings.values()];
    const shopper = await s.join(link.url);
    expect(shopper.status).toBe(200);
    expect(shopper.body).toMatchObject({
      role: 'shopper',
      expiresAt: link.expiresAt,
      Meeting: {
        MeetingId: meeting!.MeetingId,
        MediaRegion: 'eu-central-1',
        MediaPlacement: {
          SignalingUrl: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/fake\/chime\/media\//),
        },
      },
      Attendee: meeting!.attendees.get(`shopper-${meeting!.clientRequestToken}`),
    });
    const agent = await s.join(link.agentUrl);
    expect(agent.body.Meeting.MeetingId).toBe(meeting!.MeetingId);
    expect(agent.body.Attendee.ExternalUserId).toMatch(/^agent-/);
    expect(agent.body.Attendee.AttendeeId).not.toBe(shopper.body.Attendee.AttendeeId);
    expect((await s.join(link.url)).body).toEqual(shopper.body);
    expect(s.chime.meetings.size).toBe(1);
  });

  it("each browser tab gets its own attendee: an agent opening the shopper's link does not take her seat", async () => {
    const s = await setup();
    const link = await s.room.open({ conversationId: MARIA, now: NOW });
    const shopperTab = await s.join(link.url, 'tabshopper01');
    const agentTab = await s.join(link.url, 'tabagent0001');
    expect(shopperTab.body.Meeting.MeetingId).toBe(agentTab.body.Meeting.MeetingId);
    expect(shopperTab.body.Attendee.AttendeeId).not.toBe(agentTab.body.Attendee.AttendeeId);
    expect(shopperTab.body.Attendee.ExternalUserId).toMatch(/^shopper-[A-Za-z0-9_-]{22}-tabshopper01$/);
    // A reload of the same tab is the same attendee; an id that is no tab id is ignored.
    expect((await s.join(link.url, 'tabshopper01')).body.Attendee).toEqual(shopperTab.body.Attendee);
    const odd = await s.join(link.url, encodeURIComponent('../x'));
    expect(odd.body.Attendee.ExternalUserId).toMatch(/^shopper-[A-Za-z0-9_-]{22}$/);
  });

  it('an expired link: ?join 401 and the page 410; a forged one: 404; Chime is not even asked', async () => {
    const s = await setup();
    const link = await s.room.open({ conversationId: MARIA, now: NOW });
    const calls = s.chime.requests.length;
    const token = tokenOf(link.url);
    const [payload, signature] = token.split('.') as [string, string];
    const agentPayload = tokenOf(link.agentUrl).split('.')[0]!;
    const jitsi = createJitsiVideoRoom({ publicBaseUrl: s.origin, secret: SECRET }).linkFor(NOW).url;
    const forged = [
      `${payload}.${signature.slice(0, -2)}xx`,
      `${agentPayload}.${signature}`,
      `${payload}x.${signature}`,
      payload,
      tokenOf(jitsi),
    ];
    for (const bad of forged) {
      expect((await s.join(`${s.origin}/video/${bad}`)).status).toBe(404);
      expect((await s.get(`${s.origin}/video/${bad}`)).status).toBe(404);
      expect((await s.get(`${s.origin}/video/${bad}?sdk`)).status).toBe(404);
    }
    s.advance(121 * MINUTE);
    const expired = await s.join(link.url);
    expect(expired).toEqual({ status: 401, body: { error: 'this video link has expired' } });
    const page = await s.get(link.url);
    expect(page.status).toBe(410);
    expect(page.text).toContain('expired');
    expect(s.chime.requests.length).toBe(calls);
  });

  it('a meeting Chime ended (nobody came for five minutes): both sides move on to the same fresh meeting', async () => {
    const s = await setup();
    const link = await s.room.open({ conversationId: MARIA, now: NOW });
    const [first] = [...s.chime.meetings.values()];
    s.chime.endMeeting(first!.MeetingId);
    const shopper = await s.join(link.url);
    const agent = await s.join(link.agentUrl);
    expect(shopper.status).toBe(200);
    expect(shopper.body.Meeting.MeetingId).not.toBe(first!.MeetingId);
    expect(agent.body.Meeting.MeetingId).toBe(shopper.body.Meeting.MeetingId);
    expect(s.chime.meetings.get(shopper.body.Meeting.MeetingId)!.clientRequestToken).toBe(
      `${first!.clientRequestToken}-1`,
    );
  });

  it('Chime down or slow at join time: 503 with nothing about Chime in the body', async () => {
    const s = await setup({ timeoutMs: 300 });
    const link = await s.room.open({ conversationId: MARIA, now: NOW });
    s.chime.failNext(2, 503);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await s.join(link.url)).toEqual({
      status: 503,
      body: { error: 'the video service is not available right now' },
    });
    s.chime.delayNext(4, 2_000);
    expect((await s.join(link.url)).status).toBe(503);
    expect(spy).toHaveBeenCalledWith('video join failed', expect.stringMatching(/ChimeVideoError/));
    spy.mockRestore();
  });

  it('a link minted without calling Chime (the turn offers one while it replies) creates the meeting on first join', async () => {
    const s = await setup();
    const link = s.room.linkFor(NOW, MARIA);
    expect(s.chime.requests).toEqual([]);
    const joined = await s.join(link.url);
    expect(joined.status).toBe(200);
    expect(s.chime.meetings.size).toBe(1);
    expect((await s.join(link.agentUrl)).body.Meeting.MeetingId).toBe(joined.body.Meeting.MeetingId);
  });

  it('the page is small, locked down, and reveals nothing; ?sdk serves the Chime SDK bundle, gzipped', async () => {
    const s = await setup();
    const link = await s.room.open({ conversationId: MARIA, now: NOW });
    const page = await s.get(link.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toMatch(
      /default-src 'none'; script-src 'self' 'nonce-/,
    );
    expect(page.text.length).toBeLessThan(8_000);
    expect(page.text).toContain('<script src="?sdk"></script>');
    const [meeting] = [...s.chime.meetings.values()];
    expect(page.text).not.toContain(meeting!.MeetingId);

    const sdk = await fetch(`${link.url}?sdk`, { headers: { 'accept-encoding': 'identity' } });
    expect(sdk.headers.get('content-type')).toMatch(/^text\/javascript/);
    const plain = await sdk.text();
    expect(plain).toContain('ChimeSDK');
    expect(plain.length).toBeGreaterThan(500_000);
    const zipped = await s.get(`${link.url}?sdk`, { 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    // fetch decompresses: the same script arrives either way.
    expect(zipped.text).toBe(plain);
    expect(gunzipSync((await loadChimeSdkScript()).gzip).toString('utf8')).toBe(plain);
  });
});

const SUITE = hasChromium
  ? 'Chime join page (headless Chromium)'
  : `Chime join page — SKIPPED: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(SUITE, () => {
  it('loads, reads its join info and starts the Chime meeting session; the only errors are the media connection', async () => {
    const s = await setup();
    const link = await s.room.open({ conversationId: MARIA, now: NOW });
    const [meeting] = [...s.chime.meetings.values()];
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // A camera and a microphone that need no hardware and ask no one.
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        '--autoplay-policy=no-user-gesture-required',
        // Nothing leaves this machine, whatever the SDK tries.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const consoleErrors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      if (process.env.DEBUG_CHIME_PAGE) {
        page.on('pageerror', (error) => console.log('pageerror', error.message));
        page.on('response', (r) => console.log('response', r.status(), r.url().slice(-40)));
      }
      page.on('console', (message: ConsoleMessage) => {
        if (process.env.DEBUG_CHIME_PAGE) console.log(`[${message.type()}] ${message.text()}`);
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      const requested: string[] = [];
      page.on('request', (request) =>
        requested.push(new URL(request.url()).search || new URL(request.url()).pathname),
      );

      await page.goto(link.url);
      await page.waitForSelector('body[data-state="connecting"]', { state: 'attached', timeout: 20_000 });
      const session = await page.evaluate(() => {
        const video = (
          globalThis as unknown as { crossdeskVideo?: { meetingId: string; attendeeId: string } }
        ).crossdeskVideo;
        return video ? { meetingId: video.meetingId, attendeeId: video.attendeeId } : undefined;
      });
      // The SDK's MeetingSession was built from the join info of this meeting and this shopper.
      // This tab's own shopper attendee (`shopper-{token}-{tab}`), not the one open() made.
      const tabAttendee = [...meeting!.attendees.values()].find((a) =>
        a.ExternalUserId.startsWith(`shopper-${meeting!.clientRequestToken}-`),
      );
      expect(session).toEqual({ meetingId: meeting!.MeetingId, attendeeId: tabAttendee?.AttendeeId });
      expect(requested).toContain('?sdk');
      expect(requested.filter((q) => /^\?join=[0-9a-f]{24}$/.test(q))).toHaveLength(1);
      expect(await page.textContent('#status')).toMatch(/Connecting to the video call|Reconnecting/);
      // Offline the signalling WebSocket cannot open (the fake serves none): that is the expected failure.
      await expect
        .poll(
          () =>
            consoleErrors.some((text) =>
              /WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/fake\/chime\/media\/[^']+\/signal/.test(
                text,
              ),
            ),
          {
            timeout: 20_000,
          },
        )
        .toBe(true);

      expect(errors).toEqual([]);
      // The browser's own line for the failed handshake and the SDK's log of it; nothing else.
      const expected = [
        /^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/fake\/chime\/media\/[^']+' failed/,
        /\[ERROR\] video - Signaling WebSocket received error while connecting$/,
      ];
      const unexpected = consoleErrors.filter((text) => !expected.some((pattern) => pattern.test(text)));
      expect(unexpected).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
