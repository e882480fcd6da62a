// Fake LINE Messaging API under /fake/line (api.line.me) and /fake/line-data (api-data.line.me).
// Reply tokens behave like LINE's: single use, expiring after about a minute. The fake reads who a token
// belongs to and when it was issued from the token itself (see `fakeReplyToken`), so the simulator, the
// tests and the benchmark can mint tokens without talking to it.
import type { ServerResponse } from 'node:http';
import { hmacSha256 } from '../../../functions/channels/hmac';
import type { LocalRoute } from '../routes';
import { bearer, isLocalHttpUrl, isString, type Json, randomId, readParams, reply, replyBytes } from './http';
import { type FailureScript, type MediaShelf, type Outbox, retryAfterHeaders } from './state';

const REPLY_TOKEN_TTL_MS = 60_000;

/** Mints a reply token the fake accepts once, for `to`, until a minute after `issuedAt`. */
export function fakeReplyToken(to: string, issuedAt: number = Date.now()): string {
  return `rt_${issuedAt.toString(36)}_${to}_${randomId(10)}`;
}

function readReplyToken(token: string): { to: string; issuedAt: number } | undefined {
  const match = /^rt_([0-9a-z]+)_([A-Za-z0-9]+)_[A-Za-z0-9]+$/.exec(token);
  if (!match) return undefined;
  return { issuedAt: Number.parseInt(match[1]!, 36), to: match[2]! };
}

export interface FakeLineOptions {
  channelAccessToken: string;
  channelSecret: string;
  outbox: Outbox;
  failures: FailureScript;
  media: MediaShelf;
  now: () => number;
  profiles?: Record<string, { displayName: string; language?: string }>;
}

export interface FakeLineState {
  webhookEndpoint?: string;
  loading: { chatId: string; loadingSeconds: number }[];
  usedReplyTokens: Set<string>;
  retryKeys: Map<string, string>;
  /** Pushes accepted per UTC month (`YYYY-MM`), as LINE counts them: one per push request. Tests may set it. */
  pushesByMonth: Map<string, number>;
  /**
   * The account's monthly message limit, set by tests as a plan would (LINE's free plan sends 200 pushes a
   * month in Japan). Unset: no limit (`type: none`). At the limit a push gets LINE's 429 "monthly limit".
   */
  monthlyLimit?: number;
}

const lineError = (
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) => reply(res, status, { message }, headers);

function invalidMessages(messages: unknown): string | undefined {
  if (!Array.isArray(messages) || messages.length < 1 || messages.length > 5)
    return 'messages: must be 1-5 items';
  for (const message of messages as Json[]) {
    if (message.type === 'text' && (!isString(message.text) || message.text.length > 5000))
      return 'text: 1-5000 chars';
    if (message.type === 'image' && !String(message.originalContentUrl ?? '').startsWith('https://')) {
      return 'originalContentUrl: must be HTTPS';
    }
    const items = ((message.quickReply as Json | undefined)?.items ?? []) as {
      action?: { label?: string };
    }[];
    if (items.length > 13) return 'quickReply.items: at most 13';
    if (items.some((item) => (item.action?.label ?? '').length > 20))
      return 'quickReply label: at most 20 chars';
  }
  return undefined;
}

export function createFakeLine(options: FakeLineOptions): { route: LocalRoute; state: FakeLineState } {
  const state: FakeLineState = {
    loading: [],
    usedReplyTokens: new Set(),
    retryKeys: new Map(),
    pushesByMonth: new Map(),
  };
  const month = () => new Date(options.now()).toISOString().slice(0, 7);
  const pushedThisMonth = () => state.pushesByMonth.get(month()) ?? 0;

  function record(to: string, messages: Json[], endpoint: string): { id: string; quoteToken: string }[] {
    return messages.map((message) => {
      const items = ((message.quickReply as Json | undefined)?.items ?? []) as {
        action?: { type?: string; label?: string; data?: string; text?: string };
      }[];
      const buttons = items.flatMap((item) =>
        item.action?.label
          ? [{ id: item.action.data ?? item.action.text ?? item.action.label, title: item.action.label }]
          : [],
      );
      const kind = String(message.type);
      options.outbox.add({
        channel: 'line',
        to,
        text: String(message.text ?? message.altText ?? ''),
        raw: { endpoint, message },
        kind,
        ...(buttons.length ? { buttons } : {}),
        ...(kind === 'image' ? { imageUrl: String(message.originalContentUrl) } : {}),
      });
      return { id: String(Math.floor(Math.random() * 1e17)), quoteToken: randomId(40) };
    });
  }

  async function testWebhook(endpoint: string): Promise<Json> {
    // LINE's "Verify" button: a signed POST with no events; anything but 200 is reported as failure.
    const body = JSON.stringify({ destination: 'U0000000000000000000000000000local', events: [] });
    const signature = hmacSha256(options.channelSecret, Buffer.from(body, 'utf8')).toString('base64');
    const timestamp = new Date(options.now()).toISOString();
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-line-signature': signature },
        body,
      });
      const ok = response.status === 200;
      return {
        success: ok,
        timestamp,
        statusCode: response.status,
        reason: ok ? 'OK' : 'ERROR_STATUS_CODE',
        detail: String(response.status),
      };
    } catch (error) {
      return { success: false, timestamp, statusCode: 0, reason: 'COULD_NOT_CONNECT', detail: String(error) };
    }
  }

  const route: LocalRoute = async (req, res, url) => {
    // @line/bot-sdk resolves its paths with `new URL('/v2/…', baseURL)`, which drops any path in the base
    // URL: so besides /fake/line and /fake/line-data the fake also answers /v2/bot/… at the server root,
    // and the local stack sets LINE_API_BASE_URL / LINE_DATA_API_BASE_URL to the bare origin.
    const path = url.pathname.replace(/^\/fake\/line(-data)?(?=\/v2\/bot\/)/, '');
    if (!path.startsWith('/v2/bot/')) return false;
    const data = /^\/v2\/bot\/message\/([^/]+)\/content$/.exec(path);
    const api = data ? undefined : path;
    if (bearer(req) !== options.channelAccessToken) {
      return lineError(
        res,
        401,
        'Authentication failed. Confirm that the access token in the authorization header is valid.',
      );
    }
    const failure = options.failures.take('line');
    if (failure) {
      return lineError(
        res,
        failure.status,
        failure.status === 429 ? 'Too Many Requests' : 'Internal Server Error',
        retryAfterHeaders(failure),
      );
    }
    if (data) {
      const media = options.media.get('line', decodeURIComponent(data[1]!));
      return media ? replyBytes(res, media.bytes, media.mimeType) : lineError(res, 404, 'Not found');
    }
    const body = (await readParams(req, url)) ?? {};

    if (api === '/v2/bot/message/reply' && req.method === 'POST') {
      const token = String(body.replyToken ?? '');
      const parsed = readReplyToken(token);
      if (
        !parsed ||
        state.usedReplyTokens.has(token) ||
        options.now() - parsed.issuedAt > REPLY_TOKEN_TTL_MS
      ) {
        return lineError(res, 400, 'Invalid reply token');
      }
      const problem = invalidMessages(body.messages);
      if (problem) return lineError(res, 400, `The request body has 1 error(s): ${problem}`);
      state.usedReplyTokens.add(token);
      return reply(res, 200, { sentMessages: record(parsed.to, body.messages as Json[], 'reply') });
    }
    if (api === '/v2/bot/message/push' && req.method === 'POST') {
      if (!isString(body.to)) return lineError(res, 400, 'The request body has 1 error(s)');
      const problem = invalidMessages(body.messages);
      if (problem) return lineError(res, 400, `The request body has 1 error(s): ${problem}`);
      const retryKey = req.headers['x-line-retry-key'];
      if (typeof retryKey === 'string') {
        const accepted = state.retryKeys.get(retryKey);
        if (accepted) {
          return lineError(res, 409, 'The retry key is already accepted', {
            'x-line-accepted-request-id': accepted,
          });
        }
      }
      if (state.monthlyLimit !== undefined && pushedThisMonth() >= state.monthlyLimit)
        return lineError(res, 429, 'You have reached your monthly limit.');
      if (typeof retryKey === 'string') state.retryKeys.set(retryKey, randomId(32));
      state.pushesByMonth.set(month(), pushedThisMonth() + 1);
      return reply(res, 200, { sentMessages: record(body.to, body.messages as Json[], 'push') });
    }
    if (api === '/v2/bot/message/quota' && req.method === 'GET') {
      return reply(
        res,
        200,
        state.monthlyLimit === undefined ? { type: 'none' } : { type: 'limited', value: state.monthlyLimit },
      );
    }
    if (api === '/v2/bot/message/quota/consumption' && req.method === 'GET') {
      return reply(res, 200, { totalUsage: pushedThisMonth() });
    }
    if (api === '/v2/bot/chat/loading/start' && req.method === 'POST') {
      if (!isString(body.chatId)) return lineError(res, 400, 'chatId required');
      state.loading.push({ chatId: body.chatId, loadingSeconds: Number(body.loadingSeconds ?? 20) });
      return reply(res, 202, {});
    }
    if (api === '/v2/bot/channel/webhook/endpoint') {
      if (req.method === 'PUT') {
        const endpoint = String(body.endpoint ?? '');
        if (!endpoint.startsWith('https://') && !isLocalHttpUrl(endpoint))
          return lineError(res, 400, 'Invalid webhook endpoint URL');
        state.webhookEndpoint = endpoint;
        return reply(res, 200, {});
      }
      return reply(res, 200, {
        endpoint: state.webhookEndpoint ?? '',
        active: Boolean(state.webhookEndpoint),
      });
    }
    if (api === '/v2/bot/channel/webhook/test' && req.method === 'POST') {
      const endpoint = isString(body.endpoint) ? body.endpoint : state.webhookEndpoint;
      if (!endpoint) return lineError(res, 400, 'Webhook endpoint is not set');
      return reply(res, 200, await testWebhook(endpoint));
    }
    const profile = /^\/v2\/bot\/profile\/([^/]+)$/.exec(api ?? '');
    if (profile && req.method === 'GET') {
      const userId = decodeURIComponent(profile[1]!);
      const known = options.profiles?.[userId];
      return reply(res, 200, {
        userId,
        displayName: known?.displayName ?? 'LINE shopper',
        language: known?.language ?? 'en',
        pictureUrl: 'https://profile.line-scdn.net/local',
      });
    }
    return lineError(res, 404, 'Not found');
  };
  return { route, state };
}
