// Fake Telegram Bot API under /fake/telegram/bot{token}/{method} and its file server
// /fake/telegram/file/bot{token}/{path}. Answers in Bot API's `{ ok, result }` / `{ ok: false, error_code }`.
// Sends to the agents' group are handoff notices, not shopper messages: they are recorded (and scripted to
// fail) as `agent:telegram`, everything else as `telegram`.
import { LOCAL_TELEGRAM_AGENTS_CHAT_ID } from '../defaults';
import type { LocalRoute } from '../routes';
import { isLocalHttpUrl, isString, type Json, readParams, reply, replyBytes } from './http';
import type { FailureScript, MediaShelf, Outbox } from './state';

export interface FakeTelegramOptions {
  botToken: string;
  outbox: Outbox;
  failures: FailureScript;
  media: MediaShelf;
  now: () => number;
  /** The agents' group chat id. @default LOCAL_TELEGRAM_AGENTS_CHAT_ID */
  agentsChatId?: string;
}

export interface FakeTelegramState {
  webhook?: { url: string; secretToken?: string; allowedUpdates?: string[]; dropPendingUpdates?: boolean };
  chatActions: { chatId: string; action: string }[];
  answeredCallbacks: string[];
  /** editMessageText / editMessageReplyMarkup calls that changed a message (e.g. a Claim tapped). */
  edits: { chatId: string; messageId: number; text?: string; buttons?: { id: string; title: string }[] }[];
}

/** The tags Telegram's HTML parse mode knows; any other tag makes it refuse the whole message. */
const HTML_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'a',
  'tg-emoji',
  'code',
  'pre',
  'blockquote',
]);

/**
 * Parses `parse_mode: 'HTML'` text as Telegram does: unknown or unbalanced tags and bare `<`, `>`, `&` are
 * refused ("can't parse entities"); otherwise returns the text as the reader sees it, which is what the
 * 4096-character limit counts.
 */
function parseTelegramHtml(html: string): { visible: string } | { error: string } {
  const refuse = (what: string, at: number) => ({
    error: `Bad Request: can't parse entities: ${what} at byte offset ${Buffer.byteLength(html.slice(0, at))}`,
  });
  const open: string[] = [];
  let visible = '';
  let last = 0;
  for (const match of html.matchAll(
    /<(\/?)([a-z-]+)(?:\s[^<>]*)?>|&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);|[<>&]/gi,
  )) {
    const [whole, closing, tag, entity] = match;
    visible += html.slice(last, match.index);
    last = match.index + whole.length;
    if (tag) {
      const name = tag.toLowerCase();
      if (!HTML_TAGS.has(name)) return refuse(`Unsupported start tag "${name}"`, match.index);
      if (!closing) open.push(name);
      else if (open.pop() !== name) return refuse(`Unmatched end tag "${name}"`, match.index);
    } else if (entity) {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
      const code = entity.toLowerCase().startsWith('#x')
        ? Number.parseInt(entity.slice(2), 16)
        : Number(entity.slice(1));
      const valid = Number.isInteger(code) && code >= 0 && code <= 0x10ffff;
      if (!(entity.toLowerCase() in named) && !valid) return refuse(`Bad entity "${whole}"`, match.index);
      visible += named[entity.toLowerCase()] ?? String.fromCodePoint(code);
    } else return refuse(`Character "${whole}" is reserved and must be escaped`, match.index);
  }
  visible += html.slice(last);
  const unclosed = open.at(-1);
  return unclosed
    ? refuse(`Can't find end tag corresponding to start tag "${unclosed}"`, html.length)
    : { visible };
}

/** A message text as the reader sees it, or Telegram's refusal (empty, too long, HTML it cannot parse). */
function readText(value: unknown, parseMode: unknown, limit: number): { text: string } | { error: string } {
  const raw = String(value ?? '');
  let text = raw;
  if (parseMode === 'HTML') {
    const parsed = parseTelegramHtml(raw);
    if ('error' in parsed) return parsed;
    text = parsed.visible;
  }
  if (!text) return { error: 'Bad Request: message text is empty' };
  if (text.length > limit) return { error: 'Bad Request: message is too long' };
  return { text };
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
  const state: FakeTelegramState = { chatActions: [], answeredCallbacks: [], edits: [] };
  const botId = Number(options.botToken.split(':')[0]);
  const agentsChatId = options.agentsChatId ?? LOCAL_TELEGRAM_AGENTS_CHAT_ID;
  const recordAs = (chatId: string | undefined) => (chatId === agentsChatId ? 'agent:telegram' : 'telegram');
  let nextMessageId = 1;
  const files = new Map<string, string>(); // file_path → file_id
  // What was sent, by `${chatId}:${messageId}`, so edits can find their message (bounded like the outbox).
  const sent = new Map<string, { text: string; markup: string }>();
  const remember = (chatId: string, messageId: number, text: string, markup: unknown) => {
    sent.set(`${chatId}:${messageId}`, { text, markup: JSON.stringify(parseMaybeJson(markup) ?? null) });
    if (sent.size > 10_000) sent.delete(sent.keys().next().value as string);
  };

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
    const params = await readParams(req, url);
    if (!params) return fail(res, 400, "Bad Request: can't parse JSON");
    const method = call[2]!;
    const chatId = params.chat_id === undefined ? undefined : String(params.chat_id);
    // Read before the scripted failure: whether a call fails as `telegram` or `agent:telegram` depends on its chat.
    const failure = options.failures.take(recordAs(chatId));
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
        const read = readText(params.text, params.parse_mode, 4096);
        if ('error' in read) return fail(res, 400, read.error);
        const { buttons, links, error } = readKeyboard(params.reply_markup);
        if (error) return fail(res, 400, error);
        const channel = recordAs(chatId);
        options.outbox.add({
          channel,
          to: chatId,
          text: read.text,
          raw: params,
          kind: channel === 'telegram' ? 'text' : 'notification',
          ...(buttons.length ? { buttons } : {}),
          ...(links.length ? { links } : {}),
        });
        const result = message({ text: read.text });
        remember(chatId, result.message_id, read.text, params.reply_markup);
        return ok(res, result);
      }
      case 'sendPhoto': {
        if (!chatId) return fail(res, 400, 'Bad Request: chat_id is empty');
        if (!isString(params.photo)) return fail(res, 400, 'Bad Request: there is no photo in the request');
        const caption = String(params.caption ?? '');
        if (caption.length > 1024) return fail(res, 400, 'Bad Request: message caption is too long');
        const { buttons, links, error } = readKeyboard(params.reply_markup);
        if (error) return fail(res, 400, error);
        options.outbox.add({
          channel: recordAs(chatId),
          to: chatId,
          text: caption,
          raw: params,
          kind: 'image',
          imageUrl: params.photo,
          ...(buttons.length ? { buttons } : {}),
          ...(links.length ? { links } : {}),
        });
        const result = message({
          caption,
          photo: [{ file_id: params.photo, file_unique_id: 'p', width: 1, height: 1 }],
        });
        remember(chatId, result.message_id, caption, params.reply_markup);
        return ok(res, result);
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
        if (String(params.text ?? '').length > 200) return fail(res, 400, 'Bad Request: MESSAGE_TOO_LONG');
        state.answeredCallbacks.push(params.callback_query_id);
        return ok(res, true);
      case 'editMessageText':
      case 'editMessageReplyMarkup': {
        // Inline-mode messages have no chat here; Telegram answers `true` for them.
        if (isString(params.inline_message_id)) return ok(res, true);
        const messageId = Number(params.message_id);
        const current = chatId ? sent.get(`${chatId}:${messageId}`) : undefined;
        if (!chatId || !current) return fail(res, 400, 'Bad Request: message to edit not found');
        const read =
          method === 'editMessageText'
            ? readText(params.text, params.parse_mode, 4096)
            : { text: current.text };
        if ('error' in read) return fail(res, 400, read.error);
        const { buttons, error } = readKeyboard(params.reply_markup);
        if (error) return fail(res, 400, error);
        const markup = JSON.stringify(parseMaybeJson(params.reply_markup) ?? null);
        if (read.text === current.text && markup === current.markup)
          return fail(
            res,
            400,
            'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
          );
        sent.set(`${chatId}:${messageId}`, { text: read.text, markup });
        state.edits.push({
          chatId,
          messageId,
          ...(method === 'editMessageText' ? { text: read.text } : {}),
          buttons,
        });
        return ok(res, {
          message_id: messageId,
          date: Math.floor(options.now() / 1000),
          edit_date: Math.floor(options.now() / 1000),
          chat: { id: Number(chatId), type: chatId.startsWith('-') ? 'group' : 'private' },
          from: { id: botId, is_bot: true, first_name: 'Crossdesk Local' },
          text: read.text,
          ...(params.reply_markup ? { reply_markup: parseMaybeJson(params.reply_markup) } : {}),
        });
      }
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
