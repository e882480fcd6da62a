// WhatsApp Cloud API webhook → ParsedWebhook. One POST holds entry[] × changes[] × messages[]/statuses[];
// only `field: "messages"` changes carry shopper messages, every other field (account_update, calls,
// smb_message_echoes, template updates, user_preferences…) is logged as ignored.
import type { DeliveryStatus, InboundMessage, MediaRef, ParsedWebhook } from '../../core/types';
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

type Base = Omit<InboundMessage, 'kind'>;
type Content = Pick<
  InboundMessage,
  'kind' | 'text' | 'payload' | 'media' | 'location' | 'contacts' | 'reaction'
>;

export interface ParseOptions {
  now?: () => Date;
}

/**
 * Parses a WhatsApp webhook body.
 * @throws WebhookShapeError when the body is not JSON or has no `entry` array.
 * @example
 * const { messages, statuses, ignored } = parseWhatsApp(rawBody);
 */
export function parseWhatsApp(rawBody: Buffer, options: ParseOptions = {}): ParsedWebhook {
  const now = options.now ?? (() => new Date());
  // The envelope is checked by hand rather than with zod: it is one field, and zod would cost the ingest
  // bundle hundreds of KB.
  const entries = asObject(parseJsonBody(rawBody))?.entry;
  if (!Array.isArray(entries)) throw new WebhookShapeError('WhatsApp body has no entry array');
  const result: ParsedWebhook = { messages: [], statuses: [], ignored: [] };

  for (const entry of entries) {
    for (const change of asArray(asObject(entry)?.changes)) {
      const changeObj = asObject(change);
      const value = asObject(changeObj?.value);
      const field = asString(changeObj?.field) ?? 'messages';
      if (!value || field !== 'messages') {
        result.ignored.push(`whatsapp field ${JSON.stringify(field)}`);
        continue;
      }
      const phoneNumberId = asString(asObject(value.metadata)?.phone_number_id) ?? 'unknown';
      const contacts = asArray(value.contacts)
        .map(asObject)
        .filter((c) => c !== undefined);

      for (const raw of asArray(value.messages)) {
        const message = asObject(raw);
        const parsed = message ? parseMessage(message, phoneNumberId, contacts, now) : 'not an object';
        if (typeof parsed === 'string') result.ignored.push(`whatsapp message: ${parsed}`);
        else result.messages.push(parsed);
      }
      for (const raw of asArray(value.statuses)) {
        const status = asObject(raw);
        const parsed = status ? parseStatus(status, phoneNumberId, now) : 'not an object';
        if (typeof parsed === 'string') result.ignored.push(`whatsapp status: ${parsed}`);
        else result.statuses.push(parsed);
      }
      for (const raw of asArray(value.errors)) {
        result.ignored.push(`whatsapp change error ${asString(asObject(raw)?.code) ?? '?'}`);
      }
    }
  }
  return result;
}

function timestamp(value: unknown, now: () => Date): string {
  const seconds = asNumber(value);
  return isoFromMillis(seconds === undefined ? undefined : seconds * 1000, now);
}

function parseMessage(
  m: JsonObject,
  phoneNumberId: string,
  contacts: JsonObject[],
  now: () => Date,
): InboundMessage | string {
  const type = asString(m.type) ?? 'missing type';
  const id = asText(m.id);
  if (!id) return `${type} without id`;
  const from = asText(m.from);
  // Contacts pair with messages by wa_id; a lone contact belongs to the lone sender (BSUID-only payloads).
  const contact =
    contacts.find((c) => from !== undefined && asString(c.wa_id) === from) ??
    (contacts.length === 1 ? contacts[0] : undefined);
  const senderId = from ?? asText(contact?.wa_id) ?? asText(m.from_user_id) ?? asText(contact?.user_id);
  if (!senderId) return `${type} ${id} without a sender`;
  const phoneCandidate = from ?? asText(contact?.wa_id);
  const name = asText(asObject(contact?.profile)?.name);

  const base: Base = {
    eventId: `whatsapp:${id}`,
    conversationId: `whatsapp:${phoneNumberId}:${senderId}`,
    channel: 'whatsapp',
    sender: {
      id: senderId,
      ...(name ? { name } : {}),
      ...(phoneCandidate && /^\d{5,20}$/.test(phoneCandidate) ? { phone: phoneCandidate } : {}),
    },
    platformMessageId: id,
    receivedAt: timestamp(m.timestamp, now),
    raw: m,
  };

  if (type === 'edit') {
    const edit = asObject(m.edit);
    const inner = asObject(edit?.message);
    const content = inner ? parseContent(inner, asString(inner.type) ?? '') : undefined;
    if (!content || typeof content === 'string') return `edit ${id} of an unreadable message`;
    return { ...base, ...content, kind: 'edit' };
  }
  const content = parseContent(m, type);
  if (typeof content === 'string') return `${content} (${id})`;
  return { ...base, ...content };
}

function media(obj: JsonObject | undefined): MediaRef | undefined {
  const id = asText(obj?.id);
  if (!obj || !id) return undefined;
  const mimeType = asText(obj.mime_type);
  const fileName = asText(obj.filename);
  return {
    id,
    ...(mimeType ? { mimeType } : {}),
    ...(fileName ? { fileName } : {}),
    ...(obj.voice === true ? { voice: true } : {}),
  };
}

const MEDIA_KINDS = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  document: 'file',
  sticker: 'sticker',
} as const;

/** The kind-specific part of a message, or a short reason it is not one we act on. */
function parseContent(m: JsonObject, type: string): Content | string {
  if (type === 'text') {
    const text = asString(asObject(m.text)?.body);
    return text === undefined ? 'text without body' : { kind: 'text', text };
  }
  if (type in MEDIA_KINDS) {
    const obj = asObject(m[type]);
    const ref = media(obj);
    if (!ref) return `${type} without media id`;
    const caption = asText(obj?.caption);
    return {
      kind: MEDIA_KINDS[type as keyof typeof MEDIA_KINDS],
      media: ref,
      ...(caption ? { text: caption } : {}),
    };
  }
  if (type === 'location') {
    const loc = asObject(m.location);
    const latitude = asNumber(loc?.latitude);
    const longitude = asNumber(loc?.longitude);
    if (latitude === undefined || longitude === undefined) return 'location without coordinates';
    const name = asText(loc?.name);
    const address = asText(loc?.address);
    return {
      kind: 'location',
      location: { latitude, longitude, ...(name ? { name } : {}), ...(address ? { address } : {}) },
    };
  }
  if (type === 'contacts') {
    const cards = asArray(m.contacts).map((raw) => {
      const card = asObject(raw);
      const n = asObject(card?.name);
      const joined = [asText(n?.first_name), asText(n?.last_name)].filter(Boolean).join(' ');
      const name = asText(n?.formatted_name) ?? (joined || undefined);
      const phones = asArray(card?.phones)
        .map((p) => asText(asObject(p)?.phone) ?? asText(asObject(p)?.wa_id))
        .filter((p): p is string => p !== undefined);
      return { ...(name ? { name } : {}), phones };
    });
    return { kind: 'contacts', contacts: cards };
  }
  if (type === 'button') {
    const button = asObject(m.button);
    const text = asString(button?.text);
    const payload = asString(button?.payload);
    if (text === undefined && payload === undefined) return 'button without text or payload';
    return {
      kind: 'button',
      ...(text !== undefined ? { text } : {}),
      ...(payload !== undefined ? { payload } : {}),
    };
  }
  if (type === 'interactive') return parseInteractive(asObject(m.interactive));
  if (type === 'reaction') {
    const reaction = asObject(m.reaction);
    // A removed reaction arrives with emoji "" or no emoji at all: both mean "no emoji now".
    const emoji = asText(reaction?.emoji);
    const targetMessageId = asText(reaction?.message_id);
    return {
      kind: 'reaction',
      reaction: { ...(emoji ? { emoji } : {}), ...(targetMessageId ? { targetMessageId } : {}) },
    };
  }
  const errors = asArray(m.errors)
    .map((e) => asString(asObject(e)?.code))
    .filter(Boolean);
  return `type ${JSON.stringify(type)}${errors.length ? ` errors ${errors.join(',')}` : ''}`;
}

function parseInteractive(interactive: JsonObject | undefined): Content | string {
  if (!interactive) return 'interactive without interactive object';
  const type = asString(interactive.type) ?? '';
  if (type === 'button_reply' || type === 'list_reply') {
    const reply = asObject(interactive[type]);
    const payload = asString(reply?.id);
    const text = asString(reply?.title);
    if (payload === undefined && text === undefined) return `interactive ${type} without id or title`;
    return {
      kind: 'button',
      ...(text !== undefined ? { text } : {}),
      ...(payload !== undefined ? { payload } : {}),
    };
  }
  if (type === 'nfm_reply') {
    // A completed WhatsApp Flow: response_json is a JSON *string*, passed on unparsed as the payload.
    const reply = asObject(interactive.nfm_reply);
    const payload = asString(reply?.response_json);
    const text = asText(reply?.body);
    return { kind: 'button', ...(text ? { text } : {}), ...(payload !== undefined ? { payload } : {}) };
  }
  return `interactive ${JSON.stringify(type)}`;
}

function parseStatus(s: JsonObject, phoneNumberId: string, now: () => Date): DeliveryStatus | string {
  const id = asText(s.id);
  const status = asText(s.status);
  if (!id || !status) return 'without id or status';
  // Calls report through statuses[] too (type "call"); they are not receipts for messages we sent.
  if (s.type !== undefined && s.type !== 'message') return `${JSON.stringify(s.type)} status ${status}`;
  const recipient = asText(s.recipient_id) ?? asText(s.recipient_user_id) ?? 'unknown';
  const errors = asArray(s.errors).map((raw) => {
    const e = asObject(raw);
    const code = asNumber(e?.code);
    const title = asText(e?.title);
    const message = asText(e?.message) ?? asText(asObject(e?.error_data)?.details);
    return {
      ...(code !== undefined ? { code } : {}),
      ...(title ? { title } : {}),
      ...(message ? { message } : {}),
    };
  });
  return {
    eventId: `whatsapp-status:${id}:${status}`,
    conversationId: `whatsapp:${phoneNumberId}:${recipient}`,
    channel: 'whatsapp',
    platformMessageId: id,
    status,
    at: timestamp(s.timestamp, now),
    ...(errors.length ? { errors } : {}),
  };
}
