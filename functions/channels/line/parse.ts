// LINE Messaging API webhook → ParsedWebhook. One POST holds `events[]` (empty when the console's Verify
// button is pressed). Events without a webhookEventId (older captures) get a stable id from their content.
import { createHash } from 'node:crypto';
import type { InboundMessage, ParsedWebhook } from '../../core/types';
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

type Content = Pick<InboundMessage, 'kind' | 'text' | 'payload' | 'media' | 'location'>;

export interface ParseOptions {
  now?: () => Date;
}

/**
 * Parses a LINE webhook body.
 * @throws WebhookShapeError when the body is not JSON or has no `events` array.
 * @example
 * const { messages, ignored } = parseLine(rawBody);
 */
export function parseLine(rawBody: Buffer, options: ParseOptions = {}): ParsedWebhook {
  const now = options.now ?? (() => new Date());
  const body = asObject(parseJsonBody(rawBody));
  const events = body?.events;
  if (!Array.isArray(events)) throw new WebhookShapeError('LINE body has no events array');
  // Legacy bodies have no destination (the bot's user id); the conversation id still needs a slot.
  const destination = asText(body?.destination) ?? '_';
  const result: ParsedWebhook = { messages: [], statuses: [], ignored: [] };

  for (const raw of events) {
    const event = asObject(raw);
    if (!event) {
      result.ignored.push('line event: not an object');
      continue;
    }
    const parsed = parseEvent(event, destination, now);
    if (typeof parsed === 'string') result.ignored.push(`line event: ${parsed}`);
    else result.messages.push(parsed);
  }
  return result;
}

function eventIdOf(event: JsonObject): string {
  const id = asText(event.webhookEventId);
  if (id) return `line:${id}`;
  const messageId = asText(asObject(event.message)?.id);
  const type = asString(event.type) ?? '';
  if (messageId) return `line:${type}:${messageId}`;
  // Same bytes on every redelivery → same hash → still deduplicated.
  return `line:h:${createHash('sha256').update(JSON.stringify(event)).digest('hex').slice(0, 32)}`;
}

function parseEvent(event: JsonObject, destination: string, now: () => Date): InboundMessage | string {
  const type = asString(event.type) ?? 'missing type';
  // In standby mode another module owns the chat: the bot must stay silent (and gets no reply token).
  if (event.mode === 'standby') return `${type} in standby mode`;
  const source = asObject(event.source);
  const userId = asText(source?.userId);
  const chatId = asText(source?.groupId) ?? asText(source?.roomId) ?? userId;

  const content = parseContent(event, type);
  if (typeof content === 'string') return content;
  if (!chatId) return `${type} without a source`;

  // memberJoined / memberLeft name the members in the event body rather than in source.
  const members = asArray(asObject(event.joined ?? event.left)?.members);
  const memberId = asText(asObject(members[0])?.userId);
  const senderId = userId ?? memberId ?? chatId;
  const replyToken = asText(event.replyToken);

  return {
    eventId: eventIdOf(event),
    conversationId: `line:${destination}:${chatId}`,
    channel: 'line',
    sender: { id: senderId },
    ...content,
    ...(asText(asObject(event.message)?.id)
      ? { platformMessageId: asText(asObject(event.message)?.id) }
      : {}),
    ...(replyToken ? { replyToken } : {}),
    receivedAt: isoFromMillis(asNumber(event.timestamp), now),
    ...(asText(source?.groupId) || asText(source?.roomId) ? { inGroup: true as const } : {}),
    raw: event,
  };
}

const SIMPLE_KINDS = {
  follow: 'follow',
  unfollow: 'unfollow',
  join: 'join',
  leave: 'leave',
  memberJoined: 'join',
  memberLeft: 'leave',
} as const;

function parseContent(event: JsonObject, type: string): Content | string {
  if (type in SIMPLE_KINDS) return { kind: SIMPLE_KINDS[type as keyof typeof SIMPLE_KINDS] };
  if (type === 'postback') {
    const postback = asObject(event.postback);
    const payload = asString(postback?.data);
    if (payload === undefined) return 'postback without data';
    // Date/time pickers put the chosen value in params; it is the shopper's answer, so it is the text.
    const params = asObject(postback?.params);
    const picked = asText(params?.datetime) ?? asText(params?.date) ?? asText(params?.time);
    return { kind: 'button', payload, ...(picked ? { text: picked } : {}) };
  }
  if (type === 'message' || type === 'messageEdited') {
    const message = asObject(event.message);
    if (!message) return `${type} without message`;
    const content = parseMessage(message);
    if (typeof content === 'string') return content;
    return type === 'messageEdited' ? { ...content, kind: 'edit' } : content;
  }
  return `type ${JSON.stringify(type)}`;
}

const MEDIA_KINDS = { image: 'image', video: 'video', audio: 'audio', file: 'file' } as const;

function parseMessage(message: JsonObject): Content | string {
  const type = asString(message.type) ?? 'missing type';
  const id = asText(message.id);
  if (type === 'text') {
    const text = asString(message.text);
    return text === undefined ? 'text message without text' : { kind: 'text', text };
  }
  if (!id) return `${type} message without id`;
  if (type in MEDIA_KINDS) {
    const fileName = asText(message.fileName);
    return {
      kind: MEDIA_KINDS[type as keyof typeof MEDIA_KINDS],
      media: { id, ...(fileName ? { fileName } : {}) },
    };
  }
  if (type === 'sticker') {
    // Stickers can carry text the shopper typed alongside them.
    const text = asText(message.text);
    return { kind: 'sticker', media: { id }, ...(text ? { text } : {}) };
  }
  if (type === 'location') {
    const latitude = asNumber(message.latitude);
    const longitude = asNumber(message.longitude);
    if (latitude === undefined || longitude === undefined) return 'location message without coordinates';
    const name = asText(message.title);
    const address = asText(message.address);
    return {
      kind: 'location',
      location: { latitude, longitude, ...(name ? { name } : {}), ...(address ? { address } : {}) },
    };
  }
  return `message type ${JSON.stringify(type)}`;
}
