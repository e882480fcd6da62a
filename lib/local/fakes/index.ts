// The three platforms' send APIs as local fakes, plus the outbox the shopper simulator and the tests read.
// Mounted by the local stack's server; the senders reach them because the local stack points
// WHATSAPP_GRAPH_URL at `{origin}/fake/whatsapp`, TELEGRAM_API_ROOT at `{origin}/fake/telegram`, and
// LINE_API_BASE_URL / LINE_DATA_API_BASE_URL at the bare `{origin}` (the LINE SDK drops any base path, so
// the LINE fake also answers `/v2/bot/…` at the root; `/fake/line/v2/bot/…` works for plain HTTP clients).
import { CHANNELS, type ChannelName } from '../../../functions/core/types';
import { localSecrets } from '../defaults';
import type { LocalRoute } from '../routes';
import { createFakeAgentWebhook } from './agent-webhook';
import { createFakeChime, type FakeChimeState } from './chime';
import { readParams, reply } from './http';
import { createFakeLine, type FakeLineState } from './line';
import { createFakeSes } from './ses';
import { createFakeSlack } from './slack';
import {
  AGENT_FAKE_NAMES,
  createFailureScript,
  createMediaShelf,
  createOutbox,
  type FakeMedia,
  type FakeName,
  type Outbox,
  type ScriptedFailure,
} from './state';
import { createFakeTelegram, type FakeTelegramState } from './telegram';
import { createFakeTranslate } from './translate';
import { createFakeWhatsApp, type FakeWhatsAppState } from './whatsapp';

export { fakeReplyToken } from './line';
export type { OutboxEntry } from './state';
export { SAMPLE_PNG } from './state';

export interface FakeRoutesOptions {
  /** Tokens the fakes accept; default: the local secrets (overridable by env). */
  secrets?: Partial<ReturnType<typeof localSecrets>>;
  /** Clock for reply-token expiry and outbox timestamps (tests inject one). */
  now?: () => number;
  lineProfiles?: Record<string, { displayName: string; language?: string }>;
}

export interface FakePlatforms {
  /** Mount these on the local server, in order. */
  routes: LocalRoute[];
  /** All routes as one. */
  handle: LocalRoute;
  outbox: Outbox;
  /** The next `count` calls to that platform's fake answer `status` (429 with Retry-After, 500…). */
  failNext(channel: FakeName, count: number, failure: ScriptedFailure): void;
  /** Makes a media object downloadable (WhatsApp media id, LINE message id, Telegram file_id). */
  addMedia(channel: ChannelName, id: string, media: FakeMedia): void;
  whatsapp: FakeWhatsAppState;
  line: FakeLineState;
  telegram: FakeTelegramState;
  /** Amazon Chime SDK Meetings (`/fake/chime`, for VIDEO_ROOM=chime): its meetings and scripted failures. */
  chime: FakeChimeState;
}

/**
 * Creates the platform fakes and the `/dev/outbox` routes.
 * @example
 * const fakes = createFakeRoutes();
 * http.createServer(async (req, res) => { const url = new URL(req.url!, 'http://x'); await fakes.handle(req, res, url) || notFound(res); });
 */
export function createFakeRoutes(options: FakeRoutesOptions = {}): FakePlatforms {
  const secrets = { ...localSecrets(), ...options.secrets };
  const now = options.now ?? Date.now;
  const outbox = createOutbox(now);
  const failures = createFailureScript();
  const media = createMediaShelf();
  const shared = { outbox, failures, media };

  const whatsapp = createFakeWhatsApp({
    ...shared,
    accessToken: secrets.WHATSAPP_ACCESS_TOKEN,
    phoneNumberId: secrets.WHATSAPP_PHONE_NUMBER_ID,
  });
  const line = createFakeLine({
    ...shared,
    now,
    channelAccessToken: secrets.LINE_CHANNEL_ACCESS_TOKEN,
    channelSecret: secrets.LINE_CHANNEL_SECRET,
    profiles: options.lineProfiles,
  });
  const telegram = createFakeTelegram({ ...shared, now, botToken: secrets.TELEGRAM_BOT_TOKEN });
  const agentWebhook = createFakeAgentWebhook({
    outbox,
    failures,
    now,
    secret: secrets.AGENT_WEBHOOK_SECRET,
  });
  const translate = createFakeTranslate();
  const slack = createFakeSlack({ outbox, failures });
  const ses = createFakeSes({ outbox, failures });
  const chime = createFakeChime();

  const outboxRoute: LocalRoute = async (req, res, url) => {
    if (url.pathname !== '/dev/outbox') return false;
    if (req.method === 'GET') {
      const filter = {
        channel: url.searchParams.get('channel') ?? undefined,
        to: url.searchParams.get('to') ?? undefined,
      };
      return reply(res, 200, outbox.list(filter));
    }
    if (req.method === 'DELETE') {
      outbox.clear();
      res.writeHead(204).end();
      return true;
    }
    return reply(res, 405, { error: 'GET or DELETE' });
  };

  // Local-only test hook so end-to-end tests can script platform failures over HTTP too.
  const failRoute: LocalRoute = async (req, res, url) => {
    if (url.pathname !== '/dev/fakes/fail' || req.method !== 'POST') return false;
    const body = await readParams(req, url);
    const channel = String(body?.channel ?? '') as FakeName;
    const known: readonly string[] = [...CHANNELS, ...AGENT_FAKE_NAMES];
    if (!known.includes(channel)) return reply(res, 400, { error: 'channel?' });
    const failure: ScriptedFailure = { status: Number(body?.status ?? 500) };
    if (body?.retryAfter !== undefined) failure.retryAfter = Number(body.retryAfter);
    failures.failNext(channel, Number(body?.count ?? 1), failure);
    return reply(res, 200, { ok: true });
  };

  const routes = [
    outboxRoute,
    failRoute,
    whatsapp.route,
    line.route,
    telegram.route,
    agentWebhook.route,
    translate,
    slack.route,
    ses.route,
    chime.route,
  ];
  const handle: LocalRoute = async (req, res, url) => {
    for (const route of routes) if (await route(req, res, url)) return true;
    return false;
  };

  return {
    routes,
    handle,
    outbox,
    failNext: (channel, count, failure) => failures.failNext(channel, count, failure),
    addMedia: (channel, id, item) => media.put(channel, id, item),
    whatsapp: whatsapp.state,
    line: line.state,
    telegram: telegram.state,
    chime: chime.state,
  };
}
