// Platform-exact webhook bodies and their signatures, as WhatsApp, LINE and Telegram send them. Used by
// the shopper simulator's /dev/simulate, the end-to-end tests and the throughput benchmark.
import { randomBytes } from 'node:crypto';
import { hmacSha256 } from '../../../functions/channels/hmac';
import type { ChannelName } from '../../../functions/core/types';
import { fakeReplyToken } from '../fakes/line';

const unixSeconds = (ms: number) => Math.floor(ms / 1000);
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

// ------------------------------------------------------------------------------------------------
// WhatsApp Cloud API

export interface WhatsAppShopper {
  phoneNumberId: string;
  waId: string;
  name?: string;
  /** Display number of the business; cosmetic. */
  displayPhoneNumber?: string;
  /** Message id; random by default. */
  id?: string;
  at?: number;
}

function whatsAppEnvelope(shopper: WhatsAppShopper, message: Record<string, unknown>) {
  const at = shopper.at ?? Date.now();
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '100000000000099',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: shopper.displayPhoneNumber ?? '15550001111',
                phone_number_id: shopper.phoneNumberId,
              },
              contacts: [{ profile: { name: shopper.name ?? 'Shopper' }, wa_id: shopper.waId }],
              messages: [
                {
                  from: shopper.waId,
                  id: shopper.id ?? `wamid.HBgL${hex(12).toUpperCase()}`,
                  timestamp: String(unixSeconds(at)),
                  ...message,
                },
              ],
            },
          },
        ],
      },
    ],
  };
}

export function buildWhatsAppTextWebhook(shopper: WhatsAppShopper & { text: string }) {
  return whatsAppEnvelope(shopper, { type: 'text', text: { body: shopper.text } });
}

/** A tapped reply button (`list: true`: a picked list row). */
export function buildWhatsAppButtonWebhook(
  shopper: WhatsAppShopper & { buttonId: string; title: string; list?: boolean; contextId?: string },
) {
  const reply = { id: shopper.buttonId, title: shopper.title };
  const interactive = shopper.list
    ? { type: 'list_reply', list_reply: reply }
    : { type: 'button_reply', button_reply: reply };
  return whatsAppEnvelope(shopper, {
    type: 'interactive',
    interactive,
    context: {
      from: shopper.displayPhoneNumber ?? '15550001111',
      id: shopper.contextId ?? `wamid.CTX${hex(8)}`,
    },
  });
}

export function buildWhatsAppImageWebhook(
  shopper: WhatsAppShopper & { mediaId: string; mimeType?: string; caption?: string },
) {
  return whatsAppEnvelope(shopper, {
    type: 'image',
    image: {
      id: shopper.mediaId,
      mime_type: shopper.mimeType ?? 'image/jpeg',
      sha256: hex(32),
      ...(shopper.caption ? { caption: shopper.caption } : {}),
    },
  });
}

/** A voice note (`voice: true`, as WhatsApp marks push-to-talk recordings) or an audio file. */
export function buildWhatsAppAudioWebhook(
  shopper: WhatsAppShopper & { mediaId: string; mimeType?: string; voice?: boolean },
) {
  return whatsAppEnvelope(shopper, {
    type: 'audio',
    audio: {
      id: shopper.mediaId,
      mime_type: shopper.mimeType ?? 'audio/ogg; codecs=opus',
      sha256: hex(32),
      voice: shopper.voice ?? true,
    },
  });
}

export function buildWhatsAppStickerWebhook(
  shopper: WhatsAppShopper & { mediaId: string; animated?: boolean },
) {
  return whatsAppEnvelope(shopper, {
    type: 'sticker',
    sticker: {
      id: shopper.mediaId,
      mime_type: 'image/webp',
      sha256: hex(32),
      animated: shopper.animated ?? false,
    },
  });
}

export interface SharedLocation {
  latitude: number;
  longitude: number;
  name?: string;
  address?: string;
}

export function buildWhatsAppLocationWebhook(shopper: WhatsAppShopper & { location: SharedLocation }) {
  const { latitude, longitude, name, address } = shopper.location;
  return whatsAppEnvelope(shopper, {
    type: 'location',
    location: { latitude, longitude, ...(name ? { name } : {}), ...(address ? { address } : {}) },
  });
}

/** A tapped quick-reply button of a template message: WhatsApp sends `type: "button"`, not interactive. */
export function buildWhatsAppTemplateButtonWebhook(
  shopper: WhatsAppShopper & { payload: string; text: string; contextId?: string },
) {
  return whatsAppEnvelope(shopper, {
    type: 'button',
    button: { payload: shopper.payload, text: shopper.text },
    context: {
      from: shopper.displayPhoneNumber ?? '15550001111',
      id: shopper.contextId ?? `wamid.CTX${hex(8)}`,
    },
  });
}

/** Meta escapes non-ASCII as \uXXXX (lower-case hex, UTF-16 units) in the bytes it signs. */
export function escapeNonAscii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Everything past '~' (DEL included), one escape per UTF-16 unit, as Meta does.
    out += code > 0x7e ? `\\u${code.toString(16).padStart(4, '0')}` : text[i];
  }
  return out;
}

/**
 * `X-Hub-Signature-256` for a WhatsApp body: HMAC over the \u-escaped form (a no-op for a body that is
 * already escaped, as `signedWebhook` sends it).
 */
export function signWhatsApp(rawBody: string, appSecret: string): string {
  return `sha256=${hmacSha256(appSecret, Buffer.from(escapeNonAscii(rawBody), 'utf8')).toString('hex')}`;
}

// ------------------------------------------------------------------------------------------------
// LINE Messaging API

export interface LineShopper {
  destination: string;
  userId: string;
  /** Defaults to a token the local LINE fake accepts for a minute. */
  replyToken?: string;
  at?: number;
  webhookEventId?: string;
}

function lineEnvelope(shopper: LineShopper, event: Record<string, unknown>) {
  const at = shopper.at ?? Date.now();
  return {
    destination: shopper.destination,
    events: [
      {
        webhookEventId: shopper.webhookEventId ?? `01${hex(12).toUpperCase()}`,
        deliveryContext: { isRedelivery: false },
        timestamp: at,
        mode: 'active',
        source: { type: 'user', userId: shopper.userId },
        replyToken: shopper.replyToken ?? fakeReplyToken(shopper.userId, at),
        ...event,
      },
    ],
  };
}

const lineMessageId = () => String(Math.floor(Math.random() * 9e17) + 1e17);

export function buildLineTextWebhook(shopper: LineShopper & { text: string }) {
  return lineEnvelope(shopper, {
    type: 'message',
    message: { id: lineMessageId(), type: 'text', quoteToken: hex(16), text: shopper.text },
  });
}

/** A tapped quick reply / button with a postback action. */
export function buildLinePostbackWebhook(shopper: LineShopper & { data: string }) {
  return lineEnvelope(shopper, { type: 'postback', postback: { data: shopper.data } });
}

export function buildLineImageWebhook(shopper: LineShopper & { messageId?: string }) {
  return lineEnvelope(shopper, {
    type: 'message',
    message: {
      id: shopper.messageId ?? lineMessageId(),
      type: 'image',
      quoteToken: hex(16),
      contentProvider: { type: 'line' },
    },
  });
}

/** A voice message (LINE has no separate voice type: recordings are audio with a duration). */
export function buildLineAudioWebhook(shopper: LineShopper & { messageId?: string; durationMs?: number }) {
  return lineEnvelope(shopper, {
    type: 'message',
    message: {
      id: shopper.messageId ?? lineMessageId(),
      type: 'audio',
      duration: shopper.durationMs ?? 3000,
      contentProvider: { type: 'line' },
    },
  });
}

export function buildLineStickerWebhook(
  shopper: LineShopper & { packageId?: string; stickerId?: string; keywords?: string[]; text?: string },
) {
  return lineEnvelope(shopper, {
    type: 'message',
    message: {
      id: lineMessageId(),
      type: 'sticker',
      quoteToken: hex(16),
      packageId: shopper.packageId ?? '446',
      stickerId: shopper.stickerId ?? '1988',
      stickerResourceType: 'STATIC',
      keywords: shopper.keywords ?? ['thumbs up', 'OK'],
      ...(shopper.text ? { text: shopper.text } : {}),
    },
  });
}

export function buildLineLocationWebhook(shopper: LineShopper & { location: SharedLocation }) {
  const { latitude, longitude, name, address } = shopper.location;
  return lineEnvelope(shopper, {
    type: 'message',
    message: {
      id: lineMessageId(),
      type: 'location',
      ...(name ? { title: name } : {}),
      ...(address ? { address } : {}),
      latitude,
      longitude,
    },
  });
}

/** `X-Line-Signature` for a LINE body. */
export function signLine(rawBody: string, channelSecret: string): string {
  return hmacSha256(channelSecret, Buffer.from(rawBody, 'utf8')).toString('base64');
}

// ------------------------------------------------------------------------------------------------
// Telegram Bot API

export interface TelegramShopper {
  chatId: number;
  firstName?: string;
  languageCode?: string;
  updateId?: number;
  at?: number;
}

let telegramUpdateId = Math.floor(Date.now() / 1000) * 10;
let telegramMessageId = 1000;

function telegramUser(shopper: TelegramShopper) {
  return {
    id: shopper.chatId,
    is_bot: false,
    first_name: shopper.firstName ?? 'Shopper',
    language_code: shopper.languageCode ?? 'en',
  };
}

function telegramMessage(shopper: TelegramShopper, extra: Record<string, unknown>) {
  return {
    message_id: telegramMessageId++,
    from: telegramUser(shopper),
    chat: { id: shopper.chatId, first_name: shopper.firstName ?? 'Shopper', type: 'private' },
    date: unixSeconds(shopper.at ?? Date.now()),
    ...extra,
  };
}

export function buildTelegramUpdate(shopper: TelegramShopper & { text: string }) {
  return {
    update_id: shopper.updateId ?? telegramUpdateId++,
    message: telegramMessage(shopper, { text: shopper.text }),
  };
}

/** A tapped inline keyboard button. */
export function buildTelegramCallbackUpdate(
  shopper: TelegramShopper & { data: string; messageText?: string },
) {
  return {
    update_id: shopper.updateId ?? telegramUpdateId++,
    callback_query: {
      id: String(BigInt(shopper.chatId) * 1000n + BigInt(telegramMessageId++)),
      from: telegramUser(shopper),
      message: telegramMessage(shopper, {
        text: shopper.messageText ?? '…',
        from: { id: 7000000001, is_bot: true, first_name: 'Bot' },
      }),
      chat_instance: hex(8),
      data: shopper.data,
    },
  };
}

export function buildTelegramPhotoUpdate(shopper: TelegramShopper & { fileId: string; caption?: string }) {
  return {
    update_id: shopper.updateId ?? telegramUpdateId++,
    message: telegramMessage(shopper, {
      photo: [{ file_id: shopper.fileId, file_unique_id: hex(6), file_size: 68, width: 1, height: 1 }],
      ...(shopper.caption ? { caption: shopper.caption } : {}),
    }),
  };
}

/** A voice note recorded in the app (`voice`, OGG/Opus), not an attached audio file. */
export function buildTelegramVoiceUpdate(
  shopper: TelegramShopper & { fileId: string; duration?: number; caption?: string },
) {
  return {
    update_id: shopper.updateId ?? telegramUpdateId++,
    message: telegramMessage(shopper, {
      voice: {
        file_id: shopper.fileId,
        file_unique_id: hex(6),
        duration: shopper.duration ?? 3,
        mime_type: 'audio/ogg',
        file_size: 1200,
      },
      ...(shopper.caption ? { caption: shopper.caption } : {}),
    }),
  };
}

export function buildTelegramStickerUpdate(
  shopper: TelegramShopper & { fileId: string; emoji?: string; setName?: string },
) {
  return {
    update_id: shopper.updateId ?? telegramUpdateId++,
    message: telegramMessage(shopper, {
      sticker: {
        file_id: shopper.fileId,
        file_unique_id: hex(6),
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: shopper.emoji ?? '👍',
        set_name: shopper.setName ?? 'CrossdeskLocal',
        file_size: 34,
      },
    }),
  };
}

/** A shared location; with a name it is a venue (Telegram then sends both `venue` and `location`). */
export function buildTelegramLocationUpdate(shopper: TelegramShopper & { location: SharedLocation }) {
  const { latitude, longitude, name, address } = shopper.location;
  const location = { latitude, longitude };
  return {
    update_id: shopper.updateId ?? telegramUpdateId++,
    message: telegramMessage(shopper, {
      location,
      ...(name ? { venue: { location, title: name, address: address ?? '' } } : {}),
    }),
  };
}

// ------------------------------------------------------------------------------------------------

export interface WebhookSecrets {
  WHATSAPP_APP_SECRET: string;
  LINE_CHANNEL_SECRET: string;
  TELEGRAM_WEBHOOK_SECRET: string;
}

/**
 * Serializes a body and adds the platform's signature header.
 * @example
 * const { body, headers } = signedWebhook('line', buildLineTextWebhook({ destination, userId, text: 'hi' }), secrets);
 * await fetch(`${origin}/webhooks/line`, { method: 'POST', body, headers });
 */
export function signedWebhook(
  channel: ChannelName,
  payload: unknown,
  secrets: WebhookSecrets,
): { body: string; headers: Record<string, string> } {
  // Meta serialises WhatsApp bodies with non-ASCII escaped as \uXXXX and signs those exact bytes, so we
  // send the escaped form: it verifies both over the raw bytes and with whatsapp-api-js's re-escaping.
  const json = JSON.stringify(payload);
  const body = channel === 'whatsapp' ? escapeNonAscii(json) : json;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (channel === 'whatsapp')
    headers['x-hub-signature-256'] = signWhatsApp(body, secrets.WHATSAPP_APP_SECRET);
  if (channel === 'line') headers['x-line-signature'] = signLine(body, secrets.LINE_CHANNEL_SECRET);
  if (channel === 'telegram') headers['x-telegram-bot-api-secret-token'] = secrets.TELEGRAM_WEBHOOK_SECRET;
  return { body, headers };
}
