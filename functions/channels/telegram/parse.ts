// Telegram Bot API Update → ParsedWebhook. An Update has `update_id` and exactly one other field; new
// kinds appear over time and are logged as ignored. Commands (/start, /help) stay text for the core.
import type { InboundMessage, MediaRef, ParsedWebhook } from '../../core/types';
import { WebhookShapeError } from '../errors';
import {
  asArray,
  asNumber,
  asObject,
  asString,
  asText,
  isoFromMillis,
  type JsonObject,
  parseJsonBody,
} from '../read-json';
import { botIdOfToken } from './bot-id';

type Content = Pick<InboundMessage, 'kind' | 'text' | 'payload' | 'media' | 'location' | 'contacts'>;

export interface ParseOptions {
  /** The bot's id, the digits before ':' in its token (bot-id.ts resolveBotId): part of every conversation id. */
  botId: string;
  now?: () => Date;
}

/**
 * Parses one Telegram Update.
 * @throws WebhookShapeError when the body is not JSON or has no numeric `update_id`.
 * @example
 * const { messages } = parseTelegram(rawBody, { botId: '7000000001' });
 */
export function parseTelegram(rawBody: Buffer, options: ParseOptions): ParsedWebhook {
  const now = options.now ?? (() => new Date());
  const body = asObject(parseJsonBody(rawBody));
  if (!body || !Number.isSafeInteger(body.update_id)) {
    throw new WebhookShapeError('Telegram body has no numeric update_id');
  }
  const update = body as JsonObject & { update_id: number };
  const result: ParsedWebhook = { messages: [], statuses: [], ignored: [] };
  const kind = Object.keys(update).find((key) => key !== 'update_id');
  const parsed = kind ? parseUpdate(update, kind, options.botId, now) : 'update without content';
  if (typeof parsed === 'string') result.ignored.push(`telegram update ${update.update_id}: ${parsed}`);
  else result.messages.push(parsed);
  return result;
}

/**
 * `123456:ABC…` → `123456`; the id Telegram gives the bot itself (`unknown` for a token without one). Ingest
 * resolves its bot id with bot-id.ts instead, which refuses rather than fall back.
 */
export function botIdFromToken(token: string | undefined): string {
  return botIdOfToken(token) ?? 'unknown';
}

interface Who {
  id: string;
  name?: string;
  languageCode?: string;
}

function person(user: JsonObject | undefined): Who | undefined {
  const id = asString(user?.id);
  if (!user || !id) return undefined;
  const name =
    [asText(user.first_name), asText(user.last_name)].filter(Boolean).join(' ') || asText(user.title);
  const languageCode = asText(user.language_code);
  return { id, ...(name ? { name } : {}), ...(languageCode ? { languageCode } : {}) };
}

function parseUpdate(
  update: JsonObject & { update_id: number },
  kind: string,
  botId: string,
  now: () => Date,
): InboundMessage | string {
  const value = asObject(update[kind]);
  if (!value) return `${kind} is not an object`;
  let content: Content | string;
  let chat: JsonObject | undefined;
  let sender: Who | undefined;
  let extra: Partial<InboundMessage> = {};
  let date = asNumber(value.date);

  if (kind === 'message' || kind === 'edited_message') {
    chat = asObject(value.chat);
    sender = person(asObject(value.from)) ?? person(asObject(value.sender_chat));
    content = parseMessage(value);
    if (kind === 'edited_message') {
      date = asNumber(value.edit_date) ?? date;
      // Live locations are re-sent as edits every few seconds while sharing: not something to answer.
      if (typeof content !== 'string' && content.kind === 'location') return 'live location update';
      if (typeof content !== 'string') content = { ...content, kind: 'edit' };
    }
    const messageId = asString(value.message_id);
    if (messageId) extra = { platformMessageId: messageId };
  } else if (kind === 'callback_query') {
    const message = asObject(value.message);
    sender = person(asObject(value.from));
    // An inaccessible message (date 0) still names its chat; without a message, answer the user directly.
    chat = asObject(message?.chat) ?? (sender ? { id: sender.id } : undefined);
    const payload = asString(value.data);
    const id = asText(value.id);
    content =
      payload === undefined ? 'callback_query without data (game or inline)' : { kind: 'button', payload };
    extra = { ...(id ? { callbackQueryId: id } : {}) };
    date = asNumber(message?.date) || undefined;
  } else if (kind === 'message_reaction') {
    chat = asObject(value.chat);
    sender = person(asObject(value.user));
    const reaction = asObject(asArray(value.new_reaction)[0]);
    const emoji = asText(reaction?.emoji);
    const target = asString(value.message_id);
    content = sender ? { kind: 'reaction' } : 'anonymous reaction';
    extra = { reaction: { ...(emoji ? { emoji } : {}), ...(target ? { targetMessageId: target } : {}) } };
  } else if (kind === 'my_chat_member') {
    chat = asObject(value.chat);
    sender = person(asObject(value.from));
    const status = asString(asObject(value.new_chat_member)?.status);
    const isPrivate = chat?.type === 'private';
    if (status === 'kicked' || status === 'left') content = { kind: isPrivate ? 'unfollow' : 'leave' };
    else if (status === 'member' || status === 'administrator')
      content = { kind: isPrivate ? 'follow' : 'join' };
    else content = `my_chat_member status ${JSON.stringify(status)}`;
  } else {
    return kind;
  }

  if (typeof content === 'string') return content;
  const chatId = asString(chat?.id);
  if (!chatId || !sender) return `${kind} without chat or sender`;
  return {
    eventId: `telegram:${update.update_id}`,
    conversationId: `telegram:${botId}:${chatId}`,
    channel: 'telegram',
    sender,
    ...content,
    ...extra,
    receivedAt: isoFromMillis(date ? date * 1000 : undefined, now),
    ...(chat?.type !== undefined && chat.type !== 'private' ? { inGroup: true as const } : {}),
    raw: update,
  };
}

function file(obj: JsonObject | undefined, extra: Partial<MediaRef> = {}): MediaRef | undefined {
  const id = asText(obj?.file_id);
  if (!obj || !id) return undefined;
  const mimeType = asText(obj.mime_type);
  const fileName = asText(obj.file_name);
  return { id, ...(mimeType ? { mimeType } : {}), ...(fileName ? { fileName } : {}), ...extra };
}

/** Telegram sends several sizes of one photo; the biggest is the one worth keeping. */
function largestPhoto(sizes: unknown[]): JsonObject | undefined {
  let best: JsonObject | undefined;
  let bestArea = -1;
  for (const raw of sizes) {
    const size = asObject(raw);
    const area = (asNumber(size?.width) ?? 0) * (asNumber(size?.height) ?? 0);
    if (size && area >= bestArea) {
      best = size;
      bestArea = area;
    }
  }
  return best;
}

function withCaption(content: Content, message: JsonObject): Content {
  const caption = asText(message.caption);
  return caption ? { ...content, text: caption } : content;
}

function parseMessage(message: JsonObject): Content | string {
  const text = asString(message.text);
  if (text !== undefined) return { kind: 'text', text };

  const photo = file(largestPhoto(asArray(message.photo)));
  if (photo) return withCaption({ kind: 'image', media: photo }, message);
  const voice = file(asObject(message.voice), { voice: true });
  if (voice) return withCaption({ kind: 'audio', media: voice }, message);
  const audio = file(asObject(message.audio));
  if (audio) return withCaption({ kind: 'audio', media: audio }, message);
  // animation comes with a duplicate `document`; check it first so a GIF is a video, not a file.
  const video = file(asObject(message.video) ?? asObject(message.video_note) ?? asObject(message.animation));
  if (video) return withCaption({ kind: 'video', media: video }, message);
  const document = file(asObject(message.document));
  if (document) return withCaption({ kind: 'file', media: document }, message);
  const sticker = asObject(message.sticker);
  const stickerRef = file(sticker);
  if (stickerRef) {
    const emoji = asText(sticker?.emoji);
    return { kind: 'sticker', media: stickerRef, ...(emoji ? { text: emoji } : {}) };
  }

  const location = asObject(message.location);
  const latitude = asNumber(location?.latitude);
  const longitude = asNumber(location?.longitude);
  if (latitude !== undefined && longitude !== undefined) {
    const venue = asObject(message.venue);
    const name = asText(venue?.title);
    const address = asText(venue?.address);
    return {
      kind: 'location',
      location: { latitude, longitude, ...(name ? { name } : {}), ...(address ? { address } : {}) },
    };
  }
  const contact = asObject(message.contact);
  if (contact) {
    const name = [asText(contact.first_name), asText(contact.last_name)].filter(Boolean).join(' ');
    const phone = asText(contact.phone_number);
    return { kind: 'contacts', contacts: [{ ...(name ? { name } : {}), phones: phone ? [phone] : [] }] };
  }
  if (asArray(message.new_chat_members).length > 0) return { kind: 'join' };
  if (asObject(message.left_chat_member)) return { kind: 'leave' };

  const known = Object.keys(message).filter((key) => !BOOKKEEPING.has(key));
  return `message with ${known.slice(0, 3).join(', ') || 'no content'}`;
}

// Fields every message has; what is left over names the content we do not handle.
const BOOKKEEPING = new Set([
  'message_id',
  'message_thread_id',
  'from',
  'sender_chat',
  'chat',
  'date',
  'edit_date',
  'entities',
  'caption_entities',
  'reply_to_message',
  'forward_origin',
  'is_topic_message',
  'has_protected_content',
  'author_signature',
  'via_bot',
  'reply_markup',
  'link_preview_options',
]);
