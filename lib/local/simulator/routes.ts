// The shopper simulator (local only): GET / serves the page; POST /dev/simulate builds a platform-exact
// webhook, signs it server-side with the local secrets (they never reach the browser) and posts it to the
// real /webhooks/{channel} route over HTTP, exactly as the platform would. GET /dev/conversation shows
// whether a person owns the shopper's chat; POST /dev/handback hands it back through the real agent API
// (the agent desk), so the shopper is told exactly as a console release tells them.
import { readFileSync } from 'node:fs';
import { createInboundChannel } from '../../../functions/channels/registry';
import type { ConversationStore } from '../../../functions/core/ports';
import { CHANNELS, type ChannelName, type Conversation } from '../../../functions/core/types';
import { localSecrets } from '../defaults';
import { SAMPLE_PNG } from '../fakes/state';
import { type LocalRoute, readBody, sendJson } from '../routes';
import {
  buildLineImageWebhook,
  buildLinePostbackWebhook,
  buildLineTextWebhook,
  buildTelegramCallbackUpdate,
  buildTelegramPhotoUpdate,
  buildTelegramUpdate,
  buildWhatsAppButtonWebhook,
  buildWhatsAppImageWebhook,
  buildWhatsAppTextWebhook,
  signedWebhook,
} from './webhook-builders';

export interface SimulatorShopper {
  id: string;
  name: string;
  language?: string;
  /** wa_id (digits); LINE userId; Telegram chat id. A channel without an id is not offered. */
  whatsapp?: string;
  line?: string;
  telegram?: string;
}

export const DEFAULT_SHOPPERS: SimulatorShopper[] = [
  {
    id: 'maria',
    name: 'María (es)',
    language: 'es',
    whatsapp: '34600111222',
    line: 'U1a2b3c4d5e6f708192a3b4c5d6e7f801',
    telegram: '811000001',
  },
  {
    id: 'yuki',
    name: 'Yuki (ja)',
    language: 'ja',
    whatsapp: '819011112222',
    line: 'U2b3c4d5e6f708192a3b4c5d6e7f80912',
    telegram: '811000002',
  },
  {
    id: 'budi',
    name: 'Budi (id)',
    language: 'id',
    whatsapp: '628111222333',
    line: 'U3c4d5e6f708192a3b4c5d6e7f8091a2',
    telegram: '811000003',
  },
  {
    id: 'emma',
    name: 'Emma (en)',
    language: 'en',
    whatsapp: '447700900123',
    line: 'U4d5e6f708192a3b4c5d6e7f8091a2b3',
    telegram: '811000004',
  },
];

export interface SimulatorOptions {
  shoppers?: SimulatorShopper[];
  secrets?: Partial<ReturnType<typeof localSecrets>>;
  /** Where the real webhook routes live; default: this same server (the request's own origin). */
  webhookBaseUrl?: string;
  /** LINE `destination` (the bot's user id) put in LINE bodies. */
  lineDestination?: string;
  /** Makes simulated photos downloadable from the platform fakes. */
  addMedia?: (channel: ChannelName, id: string, media: { bytes: Buffer; mimeType: string }) => void;
  /** Where GET /dev/conversation reads a shopper's conversation; without it that route answers 501. */
  conversations?: Pick<ConversationStore, 'get'>;
  /** Where the real agent API (/agent/…) lives, for POST /dev/handback; default: this same server. */
  agentApiBaseUrl?: string;
}

/** The name the simulator signs agent-desk actions with (the console shows it as the one who ended it). */
export const SIMULATOR_AGENT = 'Simulator';

/** What GET /dev/conversation and POST /dev/handback answer. */
export interface SimulatorConversation {
  id: string;
  channel: ChannelName;
  /** False until the shopper's first message reached the bot (the conversation does not exist yet). */
  started: boolean;
  mode: Conversation['mode'];
  handoff?: {
    id: string;
    status: NonNullable<Conversation['handoff']>['status'];
    reason: string;
    requestedAt: string;
    claimedBy?: string;
    claimedAt?: string;
    endedAt?: string;
  };
}

interface SimulateRequest {
  channel: ChannelName;
  shopperId: string;
  kind: 'text' | 'button' | 'image';
  text?: string;
  /** Button id / postback data / callback_data. */
  payload?: string;
  title?: string;
  /** WhatsApp: the tapped option came from a list. */
  list?: boolean;
}

const PAGE_URL = new URL('./page.html', import.meta.url);

const isChannel = (value: unknown): value is ChannelName =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);

function describeConversation(
  id: string,
  channel: ChannelName,
  conversation: Conversation | undefined,
): SimulatorConversation {
  if (!conversation) return { id, channel, started: false, mode: 'bot' };
  const h = conversation.handoff;
  return {
    id,
    channel,
    started: true,
    mode: conversation.mode,
    ...(h
      ? {
          handoff: {
            id: h.id,
            status: h.status,
            reason: h.reason,
            requestedAt: h.requestedAt,
            ...(h.claimedBy ? { claimedBy: h.claimedBy } : {}),
            ...(h.claimedAt ? { claimedAt: h.claimedAt } : {}),
            ...(h.endedAt ? { endedAt: h.endedAt } : {}),
          },
        }
      : {}),
  };
}

function buildBody(
  request: SimulateRequest,
  shopper: SimulatorShopper,
  recipient: string,
  options: Required<Pick<SimulatorOptions, 'lineDestination'>> & { phoneNumberId: string; mediaId: string },
) {
  const text = request.text ?? '';
  if (request.channel === 'whatsapp') {
    const base = { phoneNumberId: options.phoneNumberId, waId: recipient, name: shopper.name };
    if (request.kind === 'button')
      return buildWhatsAppButtonWebhook({
        ...base,
        buttonId: request.payload ?? '',
        title: request.title ?? '',
        list: request.list,
      });
    if (request.kind === 'image')
      return buildWhatsAppImageWebhook({
        ...base,
        mediaId: options.mediaId,
        mimeType: 'image/png',
        caption: text || undefined,
      });
    return buildWhatsAppTextWebhook({ ...base, text });
  }
  if (request.channel === 'line') {
    const base = { destination: options.lineDestination, userId: recipient };
    if (request.kind === 'button') return buildLinePostbackWebhook({ ...base, data: request.payload ?? '' });
    if (request.kind === 'image') return buildLineImageWebhook({ ...base, messageId: options.mediaId });
    return buildLineTextWebhook({ ...base, text });
  }
  const base = {
    chatId: Number(recipient),
    firstName: shopper.name.split(' ')[0],
    languageCode: shopper.language?.split('-')[0],
  };
  if (request.kind === 'button') return buildTelegramCallbackUpdate({ ...base, data: request.payload ?? '' });
  if (request.kind === 'image')
    return buildTelegramPhotoUpdate({ ...base, fileId: options.mediaId, caption: text || undefined });
  return buildTelegramUpdate({ ...base, text });
}

/**
 * Creates the simulator routes: `GET /`, `GET /dev/simulator/shoppers`, `POST /dev/simulate`,
 * `GET /dev/conversation?shopper=&channel=`, `POST /dev/handback` `{ shopper, channel }`.
 * @example
 * const simulator = createSimulatorRoutes({ shoppers: DEMO_SHOPPERS, addMedia: fakes.addMedia });
 * server mounts simulator.routes before the 404.
 */
export function createSimulatorRoutes(options: SimulatorOptions = {}): {
  routes: LocalRoute[];
  handle: LocalRoute;
  /** The id the bot files this shopper's messages on this channel under (undefined: not on that channel). */
  conversationIdFor(shopperId: string, channel: ChannelName): string | undefined;
} {
  const secrets = { ...localSecrets(), ...options.secrets };
  const shoppers = options.shoppers?.length ? options.shoppers : DEFAULT_SHOPPERS;
  const lineDestination = options.lineDestination ?? 'U0000000000000000000000000000local';
  let page: string | undefined;

  /**
   * Parses a message this shopper would send with the channel's real parser (as the webhook route does),
   * so the id is the one the bot stores, not a copy of each parser's id format.
   */
  const conversationIdFor = (shopperId: string, channel: ChannelName): string | undefined => {
    const shopper = shoppers.find((s) => s.id === shopperId);
    const recipient = shopper?.[channel];
    if (!shopper || !recipient) return undefined;
    const payload = buildBody({ channel, shopperId, kind: 'text', text: 'hi' }, shopper, recipient, {
      lineDestination,
      phoneNumberId: secrets.WHATSAPP_PHONE_NUMBER_ID,
      mediaId: 'unused',
    });
    const parsed = createInboundChannel(channel, secrets).parse(Buffer.from(JSON.stringify(payload)));
    return parsed.messages[0]?.conversationId;
  };

  /** The shopper + channel a dev route names, or the 400/404 it should answer. */
  const pick = (
    shopperId: unknown,
    channel: unknown,
  ): { ok: true; id: string; channel: ChannelName } | { ok: false; status: 400 | 404; error: string } => {
    if (typeof shopperId !== 'string' || shopperId === '' || !isChannel(channel))
      return {
        ok: false,
        status: 400,
        error: `shopper (a simulator shopper id) and channel (${CHANNELS.join(', ')}) are required`,
      };
    if (!shoppers.some((s) => s.id === shopperId))
      return { ok: false, status: 404, error: `no simulator shopper ${shopperId}` };
    const id = conversationIdFor(shopperId, channel);
    if (!id) return { ok: false, status: 404, error: `simulator shopper ${shopperId} has no ${channel} id` };
    return { ok: true, id, channel };
  };

  const pageRoute: LocalRoute = async (req, res, url) => {
    if (req.method !== 'GET' || (url.pathname !== '/' && url.pathname !== '/simulator')) return false;
    page ??= readFileSync(PAGE_URL, 'utf8');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page);
    return true;
  };

  const shoppersRoute: LocalRoute = async (req, res, url) => {
    if (req.method !== 'GET' || url.pathname !== '/dev/simulator/shoppers') return false;
    sendJson(res, 200, shoppers);
    return true;
  };

  let mediaCounter = 0;
  const simulateRoute: LocalRoute = async (req, res, url) => {
    if (req.method !== 'POST' || url.pathname !== '/dev/simulate') return false;
    let request: SimulateRequest;
    try {
      request = JSON.parse((await readBody(req)).toString('utf8')) as SimulateRequest;
    } catch {
      sendJson(res, 400, { error: 'JSON body expected' });
      return true;
    }
    const shopper = shoppers.find((s) => s.id === request.shopperId);
    const recipient = shopper?.[request.channel as 'whatsapp' | 'line' | 'telegram'];
    if (!shopper || !recipient || !['text', 'button', 'image'].includes(request.kind)) {
      sendJson(res, 400, { error: 'unknown shopper, channel or kind' });
      return true;
    }
    const mediaId = `sim${Date.now()}${mediaCounter++}`;
    if (request.kind === 'image')
      options.addMedia?.(request.channel, mediaId, { bytes: SAMPLE_PNG, mimeType: 'image/png' });
    const payload = buildBody(request, shopper, recipient, {
      lineDestination,
      phoneNumberId: secrets.WHATSAPP_PHONE_NUMBER_ID,
      mediaId,
    });
    const { body, headers } = signedWebhook(request.channel, payload, secrets);
    const base = options.webhookBaseUrl ?? `http://${req.headers.host ?? '127.0.0.1'}`;
    try {
      const response = await fetch(`${base}/webhooks/${request.channel}`, { method: 'POST', headers, body });
      sendJson(res, 200, { status: response.status, to: recipient });
    } catch (error) {
      sendJson(res, 502, { error: `webhook route unreachable: ${String(error)}` });
    }
    return true;
  };

  const conversationRoute: LocalRoute = async (req, res, url) => {
    if (req.method !== 'GET' || url.pathname !== '/dev/conversation') return false;
    const picked = pick(url.searchParams.get('shopper'), url.searchParams.get('channel'));
    if (!picked.ok) {
      sendJson(res, picked.status, { error: picked.error });
      return true;
    }
    if (!options.conversations) {
      sendJson(res, 501, { error: 'this simulator has no conversation store' });
      return true;
    }
    const conversation = await options.conversations.get(picked.id);
    sendJson(res, 200, describeConversation(picked.id, picked.channel, conversation), {
      'cache-control': 'no-store',
    });
    return true;
  };

  const handbackRoute: LocalRoute = async (req, res, url) => {
    if (req.method !== 'POST' || url.pathname !== '/dev/handback') return false;
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req)).toString('utf8'));
    } catch {
      sendJson(res, 400, { error: 'JSON body expected: { "shopper": "<id>", "channel": "<channel>" }' });
      return true;
    }
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const picked = pick(fields.shopper, fields.channel);
    if (!picked.ok) {
      sendJson(res, picked.status, { error: picked.error });
      return true;
    }
    // The real agent API, as the console calls it: the desk checks the state, saves, tells the shopper.
    const base = options.agentApiBaseUrl ?? `http://${req.headers.host ?? '127.0.0.1'}`;
    let status: number;
    let answer: { error?: string; claimedBy?: string; conversation?: { mode?: Conversation['mode'] } };
    try {
      const response = await fetch(`${base}/agent/conversations/${encodeURIComponent(picked.id)}/release`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secrets.AGENT_TOKEN}`, 'x-agent-name': SIMULATOR_AGENT },
      });
      status = response.status;
      answer = (await response.json().catch(() => ({}))) as typeof answer;
    } catch (error) {
      sendJson(res, 502, { error: `agent API unreachable: ${String(error)}` });
      return true;
    }
    if (status === 200) {
      const conversation = await options.conversations?.get(picked.id);
      sendJson(
        res,
        200,
        conversation
          ? describeConversation(picked.id, picked.channel, conversation)
          : {
              id: picked.id,
              channel: picked.channel,
              started: true,
              mode: answer.conversation?.mode ?? 'bot',
            },
      );
    } else if (status === 404) {
      sendJson(res, 404, { error: 'this shopper has not written on this channel yet', id: picked.id });
    } else if (status === 409) {
      const error = answer.claimedBy
        ? `${answer.claimedBy} is answering this chat: hand it back from the console`
        : (answer.error ?? 'this chat is not with a person');
      sendJson(res, 409, {
        error,
        id: picked.id,
        ...(answer.claimedBy ? { claimedBy: answer.claimedBy } : {}),
      });
    } else {
      sendJson(res, 502, {
        error: `agent API answered ${status}: ${answer.error ?? ''}`.trim(),
        id: picked.id,
      });
    }
    return true;
  };

  const routes = [pageRoute, shoppersRoute, simulateRoute, conversationRoute, handbackRoute];
  const handle: LocalRoute = async (req, res, url) => {
    for (const route of routes) if (await route(req, res, url)) return true;
    return false;
  };
  return { routes, handle, conversationIdFor };
}
