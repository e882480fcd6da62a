// The shopper simulator (local only): GET / serves the page; POST /dev/simulate builds a platform-exact
// webhook, signs it server-side with the local secrets (they never reach the browser) and posts it to the
// real /webhooks/{channel} route over HTTP, exactly as the platform would.
import { readFileSync } from 'node:fs';
import type { ChannelName } from '../../../functions/core/types';
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
 * Creates the simulator routes: `GET /`, `GET /dev/simulator/shoppers`, `POST /dev/simulate`.
 * @example
 * const simulator = createSimulatorRoutes({ shoppers: DEMO_SHOPPERS, addMedia: fakes.addMedia });
 * server mounts simulator.routes before the 404.
 */
export function createSimulatorRoutes(options: SimulatorOptions = {}): {
  routes: LocalRoute[];
  handle: LocalRoute;
} {
  const secrets = { ...localSecrets(), ...options.secrets };
  const shoppers = options.shoppers?.length ? options.shoppers : DEFAULT_SHOPPERS;
  const lineDestination = options.lineDestination ?? 'U0000000000000000000000000000local';
  let page: string | undefined;

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

  const routes = [pageRoute, shoppersRoute, simulateRoute];
  const handle: LocalRoute = async (req, res, url) => {
    for (const route of routes) if (await route(req, res, url)) return true;
    return false;
  };
  return { routes, handle };
}
