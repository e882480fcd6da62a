// The shopper simulator (local only): GET / serves the page; POST /dev/simulate builds a platform-exact
// webhook, signs it server-side with the local secrets (they never reach the browser) and posts it to the
// real /webhooks/{channel} route over HTTP, exactly as the platform would. GET /dev/conversation shows
// whether a person owns the shopper's chat; POST /dev/handback hands it back through the real agent API
// (the agent desk), so the shopper is told exactly as a console release tells them. GET /dev/transcript
// reads both sides of a shopper's chat from the message log (the bot's lines as the platform fakes
// received them, see transcript.ts); POST /dev/reset deletes one shopper's conversation so a demo can start
// over; GET /dev/simulator/setup tells the page who the demo shoppers are (its guide) and the languages.
import { readFileSync } from 'node:fs';
import { createInboundChannel } from '../../../functions/channels/registry';
import type { ConversationStore, MessageLog } from '../../../functions/core/ports';
import { CHANNELS, type ChannelName, type Conversation, LANGUAGES } from '../../../functions/core/types';
import { localSecrets } from '../defaults';
import { type OutboxEntry, SAMPLE_PNG } from '../fakes/state';
import { type LocalRoute, readBody, sendJson } from '../routes';
import type { ConversationReset } from './reset';
import { FIRST_MESSAGES, LANGUAGE_NAMES, RTL_LANGUAGES } from './shoppers';
import { type ButtonAction, buildTranscript, type SentRecord } from './transcript';
import {
  buildLineAudioWebhook,
  buildLineImageWebhook,
  buildLineLocationWebhook,
  buildLinePostbackWebhook,
  buildLineStickerWebhook,
  buildLineTextWebhook,
  buildTelegramCallbackUpdate,
  buildTelegramLocationUpdate,
  buildTelegramPhotoUpdate,
  buildTelegramStickerUpdate,
  buildTelegramUpdate,
  buildTelegramVoiceUpdate,
  buildWhatsAppAudioWebhook,
  buildWhatsAppButtonWebhook,
  buildWhatsAppImageWebhook,
  buildWhatsAppLocationWebhook,
  buildWhatsAppStickerWebhook,
  buildWhatsAppTemplateButtonWebhook,
  buildWhatsAppTextWebhook,
  type SharedLocation,
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
  /** For the guide: a README story shopper, a simulated-carrier customer, or a native coverage customer. */
  group?: 'story' | 'carrier' | 'native';
  /** The channel a story shopper's story is meant for. */
  channel?: ChannelName;
  /** ISO 3166 country of the shipping address. */
  country?: string;
  story?: string;
  /** How they prove who they are (WhatsApp: the number; LINE/Telegram: order number + email or postcode). */
  verifyWith?: string;
  email?: string;
  postcode?: string;
  orders?: { id: string; status: string; note?: string }[];
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
  /** The message log GET /dev/transcript reads; without it the transcript is the outbox and this page's sends. */
  messages?: Pick<MessageLog, 'list'>;
  /** The platform fakes' outbox (raw payloads); default: GET /dev/outbox on this same server. */
  outbox?: { list(filter: { channel?: string; to?: string }): OutboxEntry[] };
  /** Deletes a conversation (state, log, links) for POST /dev/reset; without it that route answers 501. */
  reset?: ConversationReset;
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

const KINDS = ['text', 'button', 'image', 'audio', 'location', 'sticker'] as const;

interface SimulateRequest {
  channel: ChannelName;
  shopperId: string;
  kind: (typeof KINDS)[number];
  text?: string;
  /** Button id / postback data / callback_data / template quick-reply payload. */
  payload?: string;
  title?: string;
  /** WhatsApp: the tapped option came from a list (same as `action: 'list'`). */
  list?: boolean;
  /** Which kind of button was tapped (transcript.ts ButtonAction); default: the channel's usual one. */
  action?: ButtonAction;
  /** Telegram: the text of the message whose keyboard was tapped. */
  messageText?: string;
  location?: SharedLocation;
}

/** Where a simulated shopper "is" when they share a location without saying. */
const DEFAULT_LOCATION: SharedLocation = {
  latitude: -23.5614,
  longitude: -46.6559,
  name: 'Av. Paulista',
  address: 'Av. Paulista, São Paulo',
};

/** A 1×1 WebP (stickers) and a few bytes of Ogg (voice notes): enough for the bot to download and store. */
const SAMPLE_WEBP = Buffer.from('UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA', 'base64');
const SAMPLE_OGG = Buffer.concat([Buffer.from('OggS', 'ascii'), Buffer.alloc(60)]);

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
  const location = request.location ?? DEFAULT_LOCATION;
  if (request.channel === 'whatsapp') {
    const base = { phoneNumberId: options.phoneNumberId, waId: recipient, name: shopper.name };
    if (request.kind === 'button' && request.action === 'template')
      return buildWhatsAppTemplateButtonWebhook({
        ...base,
        payload: request.payload ?? '',
        text: request.title ?? request.payload ?? '',
      });
    if (request.kind === 'button')
      return buildWhatsAppButtonWebhook({
        ...base,
        buttonId: request.payload ?? '',
        title: request.title ?? '',
        list: request.list || request.action === 'list',
      });
    if (request.kind === 'audio') return buildWhatsAppAudioWebhook({ ...base, mediaId: options.mediaId });
    if (request.kind === 'sticker') return buildWhatsAppStickerWebhook({ ...base, mediaId: options.mediaId });
    if (request.kind === 'location') return buildWhatsAppLocationWebhook({ ...base, location });
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
    // A message action sends its text as if typed; a postback brings its data back.
    if (request.kind === 'button' && request.action === 'message')
      return buildLineTextWebhook({ ...base, text: request.payload ?? request.title ?? '' });
    if (request.kind === 'button') return buildLinePostbackWebhook({ ...base, data: request.payload ?? '' });
    if (request.kind === 'image') return buildLineImageWebhook({ ...base, messageId: options.mediaId });
    if (request.kind === 'audio') return buildLineAudioWebhook({ ...base, messageId: options.mediaId });
    if (request.kind === 'sticker') return buildLineStickerWebhook(base);
    if (request.kind === 'location') return buildLineLocationWebhook({ ...base, location });
    return buildLineTextWebhook({ ...base, text });
  }
  const base = {
    chatId: Number(recipient),
    firstName: shopper.name.split(' ')[0],
    languageCode: shopper.language?.split('-')[0],
  };
  if (request.kind === 'button')
    return buildTelegramCallbackUpdate({
      ...base,
      data: request.payload ?? '',
      ...(request.messageText ? { messageText: request.messageText } : {}),
    });
  if (request.kind === 'image')
    return buildTelegramPhotoUpdate({ ...base, fileId: options.mediaId, caption: text || undefined });
  if (request.kind === 'audio') return buildTelegramVoiceUpdate({ ...base, fileId: options.mediaId });
  if (request.kind === 'sticker') return buildTelegramStickerUpdate({ ...base, fileId: options.mediaId });
  if (request.kind === 'location') return buildTelegramLocationUpdate({ ...base, location });
  return buildTelegramUpdate({ ...base, text });
}

/** The media a simulated message carries, per kind; LINE stickers have no downloadable content. */
function sampleMedia(request: SimulateRequest): { bytes: Buffer; mimeType: string } | undefined {
  if (request.kind === 'image') return { bytes: SAMPLE_PNG, mimeType: 'image/png' };
  if (request.kind === 'audio') return { bytes: SAMPLE_OGG, mimeType: 'audio/ogg' };
  if (request.kind === 'sticker' && request.channel !== 'line')
    return { bytes: SAMPLE_WEBP, mimeType: 'image/webp' };
  return undefined;
}

/** What the shopper's own chat shows for a message they sent. */
function sentLine(request: SimulateRequest): Pick<SentRecord, 'text' | 'title' | 'payload' | 'location'> {
  const text = request.text?.trim() || undefined;
  if (request.kind === 'button')
    return {
      title: request.title || request.payload || '',
      ...(request.payload !== undefined ? { payload: request.payload } : {}),
    };
  if (request.kind === 'location') return { location: request.location ?? DEFAULT_LOCATION };
  return text ? { text } : {};
}

/** Per conversation, how many of this page's sends are remembered (pending lines, tapped titles). */
const SENT_LIMIT = 200;

/**
 * Creates the simulator routes: `GET /`, `GET /dev/simulator/shoppers`, `GET /dev/simulator/setup`,
 * `POST /dev/simulate`, `GET /dev/transcript?channel=&shopper=`, `POST /dev/reset` `{ channel, shopper }`,
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
  const sent = new Map<string, SentRecord[]>();
  /** After a reset: outbox entries up to then belong to the old conversation. */
  const resetAt = new Map<string, string>();
  const remember = (conversationId: string, record: SentRecord) => {
    const list = sent.get(conversationId) ?? [];
    list.push(record);
    if (list.length > SENT_LIMIT) list.splice(0, list.length - SENT_LIMIT);
    sent.set(conversationId, list);
  };

  const setupRoute: LocalRoute = async (req, res, url) => {
    if (req.method !== 'GET' || url.pathname !== '/dev/simulator/setup') return false;
    sendJson(
      res,
      200,
      {
        channels: CHANNELS,
        languages: LANGUAGES.map((code) => ({
          code,
          name: LANGUAGE_NAMES[code],
          firstMessage: FIRST_MESSAGES[code],
          ...(RTL_LANGUAGES.includes(code) ? { rtl: true } : {}),
        })),
        shoppers,
        features: {
          transcript: Boolean(options.messages),
          reset: Boolean(options.reset),
          handoff: Boolean(options.conversations),
        },
      },
      { 'cache-control': 'no-store' },
    );
    return true;
  };

  /** The fakes' outbox for one recipient: in process when given, else over HTTP from this server. */
  const outboxFor = async (req: Parameters<LocalRoute>[0], channel: ChannelName, to: string) => {
    if (options.outbox) return options.outbox.list({ channel, to });
    try {
      const base = `http://${req.headers.host ?? '127.0.0.1'}`;
      const query = `channel=${encodeURIComponent(channel)}&to=${encodeURIComponent(to)}`;
      const response = await fetch(`${base}/dev/outbox?${query}`);
      return response.ok ? ((await response.json()) as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  };

  const transcriptRoute: LocalRoute = async (req, res, url) => {
    if (req.method !== 'GET' || url.pathname !== '/dev/transcript') return false;
    const params = url.searchParams;
    const picked = pick(params.get('shopper') ?? params.get('shopperId'), params.get('channel'));
    if (!picked.ok) {
      sendJson(res, picked.status, { error: picked.error });
      return true;
    }
    const shopper = shoppers.find((s) => s.id === (params.get('shopper') ?? params.get('shopperId')));
    const to = shopper?.[picked.channel] ?? '';
    const [log, conversation, outbox] = await Promise.all([
      options.messages?.list(picked.id, 300) ?? Promise.resolve([]),
      options.conversations?.get(picked.id) ?? Promise.resolve(undefined),
      outboxFor(req, picked.channel, to),
    ]);
    const records = sent.get(picked.id) ?? [];
    const bubbles = buildTranscript({
      channel: picked.channel,
      log,
      outbox,
      // Without a log nothing will confirm a send: show them as sent rather than pending forever.
      sent: options.messages ? records : [],
      since: resetAt.get(picked.id),
      ...(conversation?.lastTurn ? { lastTurn: conversation.lastTurn } : {}),
    });
    if (!options.messages)
      for (const r of records)
        bubbles.push({
          key: `s:${r.eventId}`,
          who: 'shopper',
          at: r.at,
          kind: r.kind,
          ...((r.title ?? r.text) ? { text: r.title ?? r.text } : {}),
          ...(r.location ? { location: r.location } : {}),
        });
    bubbles.sort((a, b) => a.at.localeCompare(b.at));
    sendJson(
      res,
      200,
      {
        ...describeConversation(picked.id, picked.channel, conversation),
        to,
        persisted: Boolean(options.messages),
        bubbles,
      },
      { 'cache-control': 'no-store' },
    );
    return true;
  };

  const resetRoute: LocalRoute = async (req, res, url) => {
    if (req.method !== 'POST' || url.pathname !== '/dev/reset') return false;
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req)).toString('utf8'));
    } catch {
      sendJson(res, 400, { error: 'JSON body expected: { "channel": "<channel>", "shopper": "<id>" }' });
      return true;
    }
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const picked = pick(fields.shopper ?? fields.shopperId, fields.channel);
    if (!picked.ok) {
      sendJson(res, picked.status, { error: picked.error });
      return true;
    }
    if (!options.reset) {
      sendJson(res, 501, { error: 'this simulator cannot reset conversations' });
      return true;
    }
    const result = await options.reset(picked.id);
    sent.delete(picked.id);
    resetAt.set(picked.id, new Date().toISOString());
    sendJson(res, 200, { id: picked.id, channel: picked.channel, ...result });
    return true;
  };

  const simulateRoute: LocalRoute = async (req, res, url) => {
    if (req.method !== 'POST' || url.pathname !== '/dev/simulate') return false;
    let request: SimulateRequest;
    try {
      request = JSON.parse((await readBody(req)).toString('utf8')) as SimulateRequest;
    } catch {
      sendJson(res, 400, { error: 'JSON body expected' });
      return true;
    }
    const shopper = shoppers.find((s) => s.id === request?.shopperId);
    const recipient = isChannel(request?.channel) ? shopper?.[request.channel] : undefined;
    if (!shopper || !recipient || !(KINDS as readonly string[]).includes(request.kind)) {
      sendJson(res, 400, { error: 'unknown shopper, channel or kind' });
      return true;
    }
    const mediaId = `sim${Date.now()}${mediaCounter++}`;
    const media = sampleMedia(request);
    if (media) options.addMedia?.(request.channel, mediaId, media);
    const payload = buildBody(request, shopper, recipient, {
      lineDestination,
      phoneNumberId: secrets.WHATSAPP_PHONE_NUMBER_ID,
      mediaId,
    });
    // The id ingest files this message under, read by the channel's own parser (as for conversation ids).
    const parsed = createInboundChannel(request.channel, secrets).parse(Buffer.from(JSON.stringify(payload)))
      .messages[0];
    const record: SentRecord | undefined = parsed
      ? { eventId: parsed.eventId, at: new Date().toISOString(), kind: parsed.kind, ...sentLine(request) }
      : undefined;
    if (parsed && record) remember(parsed.conversationId, record);
    const { body, headers } = signedWebhook(request.channel, payload, secrets);
    const base = options.webhookBaseUrl ?? `http://${req.headers.host ?? '127.0.0.1'}`;
    try {
      const response = await fetch(`${base}/webhooks/${request.channel}`, { method: 'POST', headers, body });
      await response.arrayBuffer().catch(() => undefined);
      if (record) record.status = response.status;
      sendJson(res, 200, { status: response.status, to: recipient });
    } catch (error) {
      if (record) record.error = 'webhook route unreachable';
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

  const routes = [
    pageRoute,
    shoppersRoute,
    setupRoute,
    simulateRoute,
    transcriptRoute,
    resetRoute,
    conversationRoute,
    handbackRoute,
  ];
  const handle: LocalRoute = async (req, res, url) => {
    for (const route of routes) if (await route(req, res, url)) return true;
    return false;
  };
  return { routes, handle, conversationIdFor };
}
