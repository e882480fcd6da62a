// LINE sender through @line/bot-sdk. Reply messages are free; push messages count against the monthly
// quota, so we reply while the token is fresh (single use, valid about a minute) and push otherwise.
import { createHash } from 'node:crypto';
import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import type { ChannelOutbound, SendContext, SendResult } from '../../core/ports';
import { logId } from '../../log-id';
import { jsonLogger, type SendLogger } from '../outbound-text';
import {
  classifyHttpStatus,
  createSenderRetry,
  type FailureInfo,
  PLATFORM_CALL_TIMEOUT_MS,
  parseRetryAfter,
  type SenderRetryOptions,
  withTimeout,
} from '../retry';
import { renderLine } from './render';

/** Younger than this the reply token is tried; LINE's limit is about a minute and the clock is not ours. */
const REPLY_TOKEN_FRESH_MS = 50_000;
const MAX_MESSAGES_PER_REQUEST = 5;

export interface LineSenderOptions {
  channelAccessToken: string;
  /** @default 'https://api.line.me' */
  apiBaseUrl?: string;
  /** @default 'https://api-data.line.me' */
  dataApiBaseUrl?: string;
  logger?: SendLogger;
  now?: () => number;
  retry?: SenderRetryOptions;
  /** Per LINE API call. @default PLATFORM_CALL_TIMEOUT_MS */
  timeoutMs?: number;
}

function classify(error: unknown): FailureInfo {
  if (error instanceof HTTPFetchError) {
    // A 429 for the monthly push quota will not clear by waiting: that one is permanent until next month.
    if (error.status === 429 && /monthly limit/i.test(error.body)) return { retryable: false, status: 429 };
    return classifyHttpStatus(error.status, parseRetryAfter(error.headers?.get?.('retry-after')));
  }
  return { retryable: true };
}

function isInvalidReplyToken(error: unknown): boolean {
  const cause = error instanceof Error && error.cause ? error.cause : error;
  return cause instanceof HTTPFetchError && cause.status === 400 && /invalid reply token/i.test(cause.body);
}

/**
 * A stable X-Line-Retry-Key per (conversation, inbound message, chunk): if a push is retried — by us or by
 * SQS redelivering the turn — LINE accepts it once and answers 409 to the repeats.
 */
function retryKey(ctx: SendContext, text: string, chunk: number): string {
  const seed = [
    ctx.conversation.id,
    ctx.inReplyTo?.platformMessageId ?? ctx.inReplyTo?.receivedAt ?? '',
    text,
    chunk,
  ];
  const hex = createHash('sha256').update(seed.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Creates the LINE outbound channel.
 * @example
 * const line = createLineSender({ channelAccessToken, apiBaseUrl: env.LINE_API_BASE_URL });
 * await line.send({ conversation, inReplyTo: { replyToken, receivedAt } }, { text: 'こんにちは' });
 */
export function createLineSender(options: LineSenderOptions): ChannelOutbound {
  const logger = options.logger ?? jsonLogger;
  const now = options.now ?? Date.now;
  const client = new messagingApi.MessagingApiClient({
    channelAccessToken: options.channelAccessToken,
    baseURL: options.apiBaseUrl ?? 'https://api.line.me',
  });
  const blob = new messagingApi.MessagingApiBlobClient({
    channelAccessToken: options.channelAccessToken,
    baseURL: options.dataApiBaseUrl ?? 'https://api-data.line.me',
  });
  // Tokens we already spent in this instance: a second reply with one is a guaranteed 400.
  const usedTokens = new Map<string, number>();

  const retry = createSenderRetry('line', classify, logger, options.retry);
  // LINE's SDK takes no abort signal: each call is raced against a deadline instead (see retry.ts).
  const callMs = options.timeoutMs ?? PLATFORM_CALL_TIMEOUT_MS;

  function takeFreshToken(ctx: SendContext): string | undefined {
    const token = ctx.inReplyTo?.replyToken;
    const received = ctx.inReplyTo?.receivedAt ? Date.parse(ctx.inReplyTo.receivedAt) : Number.NaN;
    const at = now();
    for (const [used, expires] of usedTokens) if (expires < at) usedTokens.delete(used);
    if (!token || Number.isNaN(received) || at - received > REPLY_TOKEN_FRESH_MS || usedTokens.has(token)) {
      return undefined;
    }
    usedTokens.set(token, at + 2 * REPLY_TOKEN_FRESH_MS);
    return token;
  }

  async function push(ctx: SendContext, messages: messagingApi.Message[], chunk: number): Promise<string[]> {
    const key = retryKey(ctx, JSON.stringify(messages), chunk);
    try {
      const response = await retry(() =>
        withTimeout(
          client.pushMessage({ to: ctx.conversation.recipient, messages }, key),
          callMs,
          'LINE push',
        ),
      );
      return response.sentMessages.map((sent) => sent.id);
    } catch (error) {
      // 409 on a retry key = an earlier attempt already went out: delivered exactly once, ids unknown.
      if (error instanceof Error && error.cause instanceof HTTPFetchError && error.cause.status === 409)
        return [];
      throw error;
    }
  }

  return {
    name: 'line',
    capabilities: { maxButtons: 13, images: true, typingIndicator: true, markRead: false },

    async send(ctx, message): Promise<SendResult> {
      const all = renderLine(message);
      const chunks: messagingApi.Message[][] = [];
      for (let i = 0; i < all.length; i += MAX_MESSAGES_PER_REQUEST) {
        chunks.push(all.slice(i, i + MAX_MESSAGES_PER_REQUEST));
      }
      const ids: string[] = [];
      let via: SendResult['via'] = 'push';
      const token = takeFreshToken(ctx);
      let start = 0;
      if (token && chunks[0]) {
        try {
          const replyTo = chunks[0];
          const response = await retry(() =>
            withTimeout(client.replyMessage({ replyToken: token, messages: replyTo }), callMs, 'LINE reply'),
          );
          ids.push(...response.sentMessages.map((sent) => sent.id));
          via = 'reply';
          start = 1;
        } catch (error) {
          if (!isInvalidReplyToken(error)) throw error;
          logger.info('line reply token rejected, pushing instead', {
            conversation: logId(ctx.conversation.id),
          });
        }
      }
      for (let i = start; i < chunks.length; i++) ids.push(...(await push(ctx, chunks[i]!, i)));
      return { platformMessageIds: ids, via };
    },

    async acknowledge(ctx) {
      // The loading animation exists only in one-to-one chats (user ids start with U).
      if (!ctx.conversation.recipient.startsWith('U')) return;
      try {
        await withTimeout(
          client.showLoadingAnimation({ chatId: ctx.conversation.recipient, loadingSeconds: 20 }),
          callMs,
          'LINE loading animation',
        );
      } catch (error) {
        logger.warn('line loading animation failed', {
          conversation: logId(ctx.conversation.id),
          error: String(error),
        });
      }
    },

    async pushQuota() {
      const [quota, consumption] = await Promise.all([
        withTimeout(client.getMessageQuota(), callMs, 'LINE quota'),
        withTimeout(client.getMessageQuotaConsumption(), callMs, 'LINE quota consumption'),
      ]);
      return {
        used: consumption.totalUsage,
        ...(quota.type === 'limited' && typeof quota.value === 'number' ? { limit: quota.value } : {}),
      };
    },

    async downloadMedia(messageId) {
      return retry(async () => {
        const { httpResponse, body } = await withTimeout(
          blob.getMessageContentWithHttpInfo(messageId),
          callMs,
          'LINE content',
        );
        const parts: Buffer[] = [];
        for await (const part of body) parts.push(Buffer.from(part as Uint8Array));
        return {
          bytes: Buffer.concat(parts),
          mimeType: httpResponse.headers.get('content-type') ?? 'application/octet-stream',
        };
      });
    },
  };
}
