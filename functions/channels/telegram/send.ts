// Telegram sender through grammy's Api (only the HTTP client: no Bot, no update machinery in the bundle).
import { Api, GrammyError, HttpError } from 'grammy';
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { ChannelOutbound, SendResult } from '../../core/ports';
import type { OutboundMessage } from '../../core/types';
import { logId } from '../../log-id';
import {
  foldedLabel,
  jsonLogger,
  plainText,
  type SendLogger,
  splitText,
  truncate,
  utf8Length,
} from '../outbound-text';
import {
  classifyHttpStatus,
  createSenderRetry,
  type FailureInfo,
  PLATFORM_CALL_TIMEOUT_MS,
  type SenderRetryOptions,
} from '../retry';
import { type ChatSpacing, createChatSpacing } from './chat-spacing';

const TEXT_MAX = 4096;
const CAPTION_MAX = 1024;
const CALLBACK_DATA_MAX_BYTES = 64;
const MAX_NATIVE_BUTTONS = 20;

export interface TelegramSenderOptions {
  botToken: string;
  /** @default 'https://api.telegram.org' */
  apiRoot?: string;
  logger?: SendLogger;
  spacing?: ChatSpacing;
  fetch?: typeof fetch;
  /** Per Bot API call. @default PLATFORM_CALL_TIMEOUT_MS */
  timeoutMs?: number;
  retry?: SenderRetryOptions;
}

/** Telegram puts its wait hint in the error body (`parameters.retry_after`, seconds), not in a header. */
function classify(error: unknown): FailureInfo {
  if (error instanceof GrammyError) {
    const retryAfter = error.parameters.retry_after;
    return classifyHttpStatus(error.error_code, retryAfter === undefined ? undefined : retryAfter * 1000);
  }
  // grammy's HttpError (network) and anything else: temporary.
  return { retryable: true };
}

/** Only http(s) links can be inline-keyboard URL buttons; anything else stays in the text. */
const WEB_URL = /^https?:\/\//;

/** Inline keyboard for options and links, or undefined when options must fall back to numbered text. */
function keyboard(message: OutboundMessage): { markup?: InlineKeyboardMarkup; nativeButtons: boolean } {
  const buttons = message.buttons ?? [];
  const nativeButtons =
    buttons.length > 0 &&
    buttons.length <= MAX_NATIVE_BUTTONS &&
    buttons.every((button) => utf8Length(button.id) <= CALLBACK_DATA_MAX_BYTES && button.id.length > 0);
  const rows: InlineKeyboardButton[][] = [];
  if (nativeButtons) {
    // Short labels pair up two per row; long ones get a row each so Telegram does not cut them.
    const perRow =
      buttons.every((button) => foldedLabel(button, 64).length <= 14) && buttons.length > 3 ? 2 : 1;
    for (let i = 0; i < buttons.length; i += perRow) {
      rows.push(
        buttons
          .slice(i, i + perRow)
          .map((b) => ({ text: truncate(foldedLabel(b, 64), 64), callback_data: b.id })),
      );
    }
  }
  for (const link of message.links ?? []) {
    if (WEB_URL.test(link.url)) rows.push([{ text: truncate(link.title, 64), url: link.url }]);
  }
  return rows.length ? { markup: { inline_keyboard: rows }, nativeButtons } : { nativeButtons };
}

/**
 * Creates the Telegram outbound channel.
 * @example
 * const telegram = createTelegramSender({ botToken, apiRoot: env.TELEGRAM_API_ROOT });
 * await telegram.send({ conversation }, { text: 'Paket Anda sedang dikirim.' });
 */
export function createTelegramSender(options: TelegramSenderOptions): ChannelOutbound {
  const logger = options.logger ?? jsonLogger;
  const apiRoot = (options.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  // grammY aborts a call after timeoutSeconds: a hanging Bot API must not hold the turn (see retry.ts).
  const api = new Api(options.botToken, {
    apiRoot,
    timeoutSeconds: Math.ceil((options.timeoutMs ?? PLATFORM_CALL_TIMEOUT_MS) / 1000),
  });
  const spacing = options.spacing ?? createChatSpacing();
  const baseFetch = options.fetch ?? fetch;

  const retry = createSenderRetry('telegram', classify, logger, options.retry);

  // Every message to a chat waits for its slot; retries of one message reuse the slot they waited for.
  const spaced = async <T>(chatId: string, operation: () => Promise<T>): Promise<T> => {
    await spacing.wait(chatId);
    return retry(operation);
  };

  return {
    name: 'telegram',
    capabilities: { maxButtons: MAX_NATIVE_BUTTONS, images: true, typingIndicator: true, markRead: false },

    async send(ctx, message): Promise<SendResult> {
      const chatId = ctx.conversation.recipient;
      const { markup, nativeButtons } = keyboard(message);
      const linksAsButtons = Boolean(markup) && (message.links ?? []).every((l) => WEB_URL.test(l.url));
      const text = plainText(message, { buttons: !nativeButtons, links: !linksAsButtons });
      const extra = markup ? { reply_markup: markup } : {};
      const ids: string[] = [];

      if (message.image) {
        if (text.length <= CAPTION_MAX) {
          const caption = text || message.image.caption;
          const sent = await spaced(chatId, () =>
            api.sendPhoto(chatId, message.image!.url, { ...(caption ? { caption } : {}), ...extra }),
          );
          return { platformMessageIds: [String(sent.message_id)], via: 'message' };
        }
        const caption = message.image.caption
          ? { caption: truncate(message.image.caption, CAPTION_MAX) }
          : {};
        const photo = await spaced(chatId, () => api.sendPhoto(chatId, message.image!.url, caption));
        ids.push(String(photo.message_id));
      }

      const pieces = splitText(text || '…', TEXT_MAX);
      for (const [index, piece] of pieces.entries()) {
        // The keyboard belongs under the last piece, next to the question it answers.
        const other = index === pieces.length - 1 ? extra : {};
        const sent = await spaced(chatId, () => api.sendMessage(chatId, piece, other));
        ids.push(String(sent.message_id));
      }
      return { platformMessageIds: ids, via: 'message' };
    },

    async acknowledge(ctx) {
      const chatId = ctx.conversation.recipient;
      const callbackQueryId = ctx.inReplyTo?.callbackQueryId;
      const calls: Promise<unknown>[] = [api.sendChatAction(chatId, 'typing')];
      // Until answered, the shopper's client shows a spinner on the tapped button.
      if (callbackQueryId) calls.push(api.answerCallbackQuery(callbackQueryId));
      const results = await Promise.allSettled(calls);
      for (const result of results) {
        if (result.status === 'rejected') {
          logger.warn('telegram acknowledge failed', {
            conversation: logId(ctx.conversation.id),
            error: String(result.reason),
          });
        }
      }
    },

    async downloadMedia(fileId) {
      return retry(async () => {
        const file = await api.getFile(fileId);
        if (!file.file_path) throw new HttpError('getFile returned no file_path', new Error(fileId));
        const response = await baseFetch(`${apiRoot}/file/bot${options.botToken}/${file.file_path}`, {
          signal: AbortSignal.timeout(options.timeoutMs ?? PLATFORM_CALL_TIMEOUT_MS),
        });
        if (!response.ok) {
          throw new GrammyError(
            `file download failed (${response.status})`,
            { ok: false, error_code: response.status, description: response.statusText },
            'downloadFile',
            {},
          );
        }
        return {
          bytes: Buffer.from(await response.arrayBuffer()),
          mimeType: response.headers.get('content-type') ?? 'application/octet-stream',
        };
      });
    },
  };
}
