// Fake Telegram Bot API under /fake/telegram/bot{token}/{method} and its file server
// /fake/telegram/file/bot{token}/{path}. Answers in Bot API's `{ ok, result }` / `{ ok: false, error_code }`.
import type { LocalRoute } from '../routes';
import { isLocalHttpUrl, isString, type Json, readParams, reply, replyBytes } from './http';
import type { FailureScript, MediaShelf, Outbox } from './state';

export interface FakeTelegramOptions {
  botToken: string;
  outbox: Outbox;
  failures: FailureScript;
  media: MediaShelf;
  now: () => number;
}

export interface FakeTelegramState {
  webhook?: { url: string; secretToken?: string; allowedUpdates?: string[]; dropPendingUpdates?: boolean };
  chatActions: { chatId: string; action: string }[];
  answeredCallbacks: string[];
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Inline keyboard buttons → outbox buttons and links; an error message if callback_data breaks the rules. */
function readKeyboard(markup: unknown): {
  buttons: { id: string; title: string }[];
  links: { url: string; title: string }[];
  error?: string;
} {
  const rows = ((parseMaybeJson(markup) as Json | undefined)?.inline_keyboard ?? []) as Json[][];
  const buttons: { id: string; title: string }[] = [];
  const links: { url: string; title: string }[] = [];
  for (const button of rows.flat()) {
    const title = String(button.text ?? '');
    if (isString(button.callback_data)) {
      if (Buffer.byteLength(button.callback_data) > 64)
        return { buttons, links, error: 'Bad Request: BUTTON_DATA_INVALID' };
      buttons.push({ id: button.callback_data, title });
    } else if (isString(button.url)) links.push({ url: button.url, title });
  }
  return { buttons, links };
}

export function createFakeTelegram(options: FakeTelegramOptions): {
  route: LocalRoute;
  state: FakeTelegramState;
} {
  const state: FakeTelegramState = { chatActions: [], answeredCallbacks: [] };
  const botId = Number(options.botToken.split(':')[0]);
  let nextMessageId = 1;
  const files = new Map<string, string>(); // file_path → file_id

  const ok = (res: Parameters<LocalRoute>[1], result: unknown) => reply(res, 200, { ok: true, result });
  const fail = (
    res: Parameters<LocalRoute>[1],
    code: number,
    description: string,
    extra: Json = {},
    headers = {},
  ) => reply(res, code, { ok: false, error_code: code, description, ...extra }, headers);

  const route: LocalRoute = async (req, res, url) => {
    const file = /^\/fake\/telegram\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (file) {
      if (decodeURIComponent(file[1]!) !== options.botToken) return fail(res, 401, 'Unauthorized');
      const fileId = files.get(file[2]!);
      const media = fileId ? options.media.get('telegram', fileId) : undefined;
      return media ? replyBytes(res, media.bytes, media.mimeType) : fail(res, 404, 'Not Found');
    }
    const call = /^\/fake\/telegram\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!call) return false;
    if (decodeURIComponent(call[1]!) !== options.botToken) return fail(res, 401, 'Unauthorized');
    const failure = options.failures.take('telegram');
    if (failure) {
      if (failure.status === 429) {
        const after = failure.retryAfter ?? 1;
        return fail(
          res,
          429,
          `Too Many Requests: retry after ${after}`,
          { parameters: { retry_after: after } },
          { 'retry-after': String(after) },
        );
      }
      return fail(res, failure.status, failure.status >= 500 ? 'Internal Server Error' : 'Bad Request');
    }
    const params = await readParams(req, url);
    if (!params) return fail(res, 400, "Bad Request: can't parse JSON");
    const method = call[2]!;
    const chatId = params.chat_id === undefined ? undefined : String(params.chat_id);
    const message = (extra: Json) => ({
      message_id: nextMessageId++,
      date: Math.floor(options.now() / 1000),
      chat: { id: Number(chatId), type: chatId?.startsWith('-') ? 'group' : 'private' },
      from: { id: botId, is_bot: true, first_name: 'Crossdesk Local' },
      ...extra,
    });

    switch (method) {
      case 'getMe':
        return ok(res, {
          id: botId,
          is_bot: true,
          first_name: 'Crossdesk Local',
          username: 'crossdesk_local_bot',
          can_join_groups: true,
        });
      case 'sendMessage': {
        if (!chatId) return fail(res, 400, 'Bad Request: chat_id is empty');
        const text = String(params.text ?? '');
        if (!text) return fail(res, 400, 'Bad Request: message text is empty');
        if (text.length > 4096) return fail(res, 400, 'Bad Request: message is too long');
        const { buttons, links, error } = readKeyboard(params.reply_markup);
        if (error) return fail(res, 400, error);
        options.outbox.add({
          channel: 'telegram',
          to: chatId,
          text,
          raw: params,
          kind: 'text',
          ...(buttons.length ? { buttons } : {}),
          ...(links.length ? { links } : {}),
        });
        return ok(res, message({ text }));
      }
      case 'sendPhoto': {
        if (!chatId) return fail(res, 400, 'Bad Request: chat_id is empty');
        if (!isString(params.photo)) return fail(res, 400, 'Bad Request: there is no photo in the request');
        const caption = String(params.caption ?? '');
        if (caption.length > 1024) return fail(res, 400, 'Bad Request: message caption is too long');
        const { buttons, links, error } = readKeyboard(params.reply_markup);
        if (error) return fail(res, 400, error);
        options.outbox.add({
          channel: 'telegram',
          to: chatId,
          text: caption,
          raw: params,
          kind: 'image',
          imageUrl: params.photo,
          ...(buttons.length ? { buttons } : {}),
          ...(links.length ? { links } : {}),
        });
        return ok(
          res,
          message({ caption, photo: [{ file_id: params.photo, file_unique_id: 'p', width: 1, height: 1 }] }),
        );
      }
      case 'sendChatAction':
        if (!chatId) return fail(res, 400, 'Bad Request: chat_id is empty');
        state.chatActions.push({ chatId, action: String(params.action) });
        return ok(res, true);
      case 'answerCallbackQuery':
        if (!isString(params.callback_query_id))
          return fail(
            res,
            400,
            'Bad Request: query is too old and response timeout expired or query ID is invalid',
          );
        state.answeredCallbacks.push(params.callback_query_id);
        return ok(res, true);
      case 'getFile': {
        const fileId = String(params.file_id ?? '');
        const media = options.media.get('telegram', fileId);
        if (!media) return fail(res, 400, 'Bad Request: invalid file_id');
        const ext = media.mimeType.split('/')[1] ?? 'bin';
        const filePath = `photos/file_${files.size}.${ext}`;
        files.set(filePath, fileId);
        return ok(res, {
          file_id: fileId,
          file_unique_id: `u${files.size}`,
          file_size: media.bytes.length,
          file_path: filePath,
        });
      }
      case 'setWebhook': {
        const target = String(params.url ?? '');
        if (target && !target.startsWith('https://') && !isLocalHttpUrl(target))
          return fail(res, 400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
        const secret = params.secret_token === undefined ? undefined : String(params.secret_token);
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret))
          return fail(res, 400, 'Bad Request: secret token contains unallowed characters');
        const allowed = parseMaybeJson(params.allowed_updates);
        state.webhook = {
          url: target,
          ...(secret ? { secretToken: secret } : {}),
          ...(Array.isArray(allowed) ? { allowedUpdates: allowed.map(String) } : {}),
          dropPendingUpdates: params.drop_pending_updates === true || params.drop_pending_updates === 'true',
        };
        return reply(res, 200, { ok: true, result: true, description: 'Webhook was set' });
      }
      case 'deleteWebhook':
        state.webhook = undefined;
        return ok(res, true);
      case 'getWebhookInfo':
        return ok(res, {
          url: state.webhook?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: 0,
          max_connections: 40,
          ...(state.webhook?.allowedUpdates ? { allowed_updates: state.webhook.allowedUpdates } : {}),
        });
      default:
        return fail(res, 404, 'Not Found: method not found');
    }
  };
  return { route, state };
}
