// Fake WhatsApp Cloud API (Graph API) under /fake/whatsapp: messages, mark-read, media, app subscriptions.
// It answers the way Graph does (error envelope with `code`, wamid ids) so the real SDK's calls, and our
// error classification, are exercised over HTTP.
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { LocalRoute } from '../routes';
import { bearer, isString, type Json, originOf, randomId, readParams, reply, replyBytes } from './http';
import { type FailureScript, type MediaShelf, type Outbox, retryAfterHeaders } from './state';

export interface FakeWhatsAppOptions {
  accessToken: string;
  phoneNumberId: string;
  /** Token accepted on app-level endpoints (`{app-id}|{app-secret}` on the real platform). */
  appAccessToken?: string;
  outbox: Outbox;
  failures: FailureScript;
  media: MediaShelf;
}

export interface FakeWhatsAppState {
  /** Message ids marked read (with or without the typing indicator). */
  reads: { messageId: string; typing: boolean }[];
  /** What GET /{v}/{app-id}/subscriptions reports. */
  subscription?: { callbackUrl: string; fields: string[] };
}

const graphError = (res: ServerResponse, status: number, code: number, message: string, headers = {}) =>
  reply(res, status, { error: { message, type: 'OAuthException', code, fbtrace_id: randomId(11) } }, headers);

function summarize(body: Json): { text: string; kind: string; extras: Partial<Record<string, unknown>> } {
  const type = String(body.type);
  const part = (body[type] ?? {}) as Json;
  if (type === 'text') return { text: String(part.body ?? ''), kind: 'text', extras: {} };
  if (type === 'image') {
    return { text: String(part.caption ?? ''), kind: 'image', extras: { imageUrl: part.link ?? part.id } };
  }
  if (type === 'template') {
    const components = (part.components ?? []) as { type?: string; parameters?: { text?: string }[] }[];
    const params = components.flatMap((c) => (c.type === 'body' ? (c.parameters ?? []) : []));
    return { text: params.map((p) => p.text ?? '').join(' '), kind: 'template', extras: {} };
  }
  if (type === 'interactive') {
    const action = (part.action ?? {}) as Json;
    const text = String(((part.body ?? {}) as Json).text ?? '');
    const replies = (action.buttons ?? []) as { reply?: { id: string; title: string } }[];
    const rows = ((action.sections ?? []) as { rows?: { id: string; title: string }[] }[]).flatMap(
      (s) => s.rows ?? [],
    );
    const buttons = [...replies.flatMap((b) => (b.reply ? [b.reply] : [])), ...rows];
    const cta =
      action.name === 'cta_url' ? (action.parameters as { url: string; display_text: string }) : undefined;
    const links = cta ? [{ url: cta.url, title: cta.display_text }] : undefined;
    return { text, kind: 'interactive', extras: { buttons, links } };
  }
  return { text: '', kind: type, extras: {} };
}

/** Basic shape checks Graph performs; returns an error message or undefined. */
function invalid(body: Json): string | undefined {
  if (body.messaging_product !== 'whatsapp') return 'messaging_product must be "whatsapp"';
  if (!isString(body.to)) return 'Missing required parameter: to';
  const type = String(body.type ?? 'text');
  const part = body[type] as Json | undefined;
  if (!part || typeof part !== 'object') return `Missing ${type} object`;
  if (type === 'text' && (!isString(part.body) || part.body.length > 4096))
    return 'text.body must be 1-4096 chars';
  if (type === 'interactive') {
    const buttons = ((part.action as Json | undefined)?.buttons ?? []) as { reply?: { title?: string } }[];
    if (buttons.length > 3) return 'interactive buttons: at most 3';
    if (buttons.some((b) => (b.reply?.title ?? '').length > 20)) return 'button title over 20 chars';
  }
  if (type === 'template' && (!isString(part.name) || !isString((part.language as Json | undefined)?.code))) {
    return 'template needs name and language.code';
  }
  return undefined;
}

export function createFakeWhatsApp(options: FakeWhatsAppOptions): {
  route: LocalRoute;
  state: FakeWhatsAppState;
} {
  const state: FakeWhatsAppState = { reads: [] };
  const appToken = options.appAccessToken ?? 'local-app-id|local-whatsapp-app-secret';

  const route: LocalRoute = async (req, res, url) => {
    if (url.pathname.startsWith('/fake/whatsapp/media-download/')) {
      if (bearer(req) !== options.accessToken)
        return graphError(res, 401, 190, 'Invalid OAuth access token.');
      const media = options.media.get('whatsapp', decodeURIComponent(url.pathname.split('/').pop() ?? ''));
      return media
        ? replyBytes(res, media.bytes, media.mimeType)
        : graphError(res, 404, 100, 'Media not found');
    }
    const match = /^\/fake\/whatsapp\/(v\d+\.\d+)\/([^/]+)(?:\/([a-z_]+))?$/.exec(url.pathname);
    if (!match) return false;
    const [, , objectId, edge] = match as unknown as [string, string, string, string | undefined];
    const token = bearer(req);

    if (edge === 'subscriptions' && req.method === 'GET') {
      if (token !== appToken && token !== options.accessToken)
        return graphError(res, 401, 190, 'Invalid OAuth access token.');
      const data = state.subscription
        ? [
            {
              object: 'whatsapp_business_account',
              callback_url: state.subscription.callbackUrl,
              active: true,
              fields: state.subscription.fields.map((name) => ({ name, version: 'v23.0' })),
            },
          ]
        : [];
      return reply(res, 200, { data });
    }
    if (token !== options.accessToken) return graphError(res, 401, 190, 'Invalid OAuth access token.');
    const failure = options.failures.take('whatsapp');
    if (failure) {
      const code = failure.status === 429 ? 130429 : failure.status >= 500 ? 131000 : 100;
      return graphError(
        res,
        failure.status,
        code,
        `Scripted failure ${failure.status}`,
        retryAfterHeaders(failure),
      );
    }

    if (edge === 'messages' && req.method === 'POST') {
      if (objectId !== options.phoneNumberId)
        return graphError(
          res,
          400,
          100,
          `Unsupported post request. Object with ID '${objectId}' does not exist`,
        );
      const body = await readParams(req, url);
      if (!body) return graphError(res, 400, 100, 'Invalid JSON');
      if (body.status === 'read') {
        if (!isString(body.message_id)) return graphError(res, 400, 100, 'Missing message_id');
        state.reads.push({ messageId: body.message_id, typing: Boolean(body.typing_indicator) });
        return reply(res, 200, { success: true });
      }
      const problem = invalid(body);
      if (problem) return graphError(res, 400, 100, `(#100) ${problem}`);
      const { text, kind, extras } = summarize(body);
      const to = String(body.to);
      options.outbox.add({ channel: 'whatsapp', to, text, raw: body, kind, ...extras });
      const wamid = `wamid.${Buffer.from(`${to}:${randomId(16)}`).toString('base64')}`;
      return reply(res, 200, {
        messaging_product: 'whatsapp',
        contacts: [{ input: to, wa_id: to }],
        messages: [{ id: wamid }],
      });
    }

    if (!edge && req.method === 'GET') {
      const media = options.media.get('whatsapp', objectId);
      if (!media)
        return graphError(
          res,
          400,
          100,
          `Unsupported get request. Object with ID '${objectId}' does not exist`,
        );
      return reply(res, 200, {
        messaging_product: 'whatsapp',
        url: `${originOf(req)}/fake/whatsapp/media-download/${encodeURIComponent(objectId)}`,
        mime_type: media.mimeType,
        sha256: createHash('sha256').update(media.bytes).digest('hex'),
        file_size: String(media.bytes.length),
        id: objectId,
      });
    }
    return graphError(res, 400, 100, 'Unsupported request');
  };
  return { route, state };
}
