// WhatsApp Cloud API sender through whatsapp-api-js. The library has no base-URL option, so a fetch
// ponyfill rewrites graph.facebook.com to WHATSAPP_GRAPH_URL (the local fake) and turns non-2xx answers
// into PlatformHttpError before the library parses them: it would otherwise hand back `{ error }` as if
// it were a success and we could not tell a 429 from a 400.
import { WhatsAppAPI } from 'whatsapp-api-js';
import type { ClientMessage } from 'whatsapp-api-js/types';
import type { ChannelOutbound, SendContext, SendResult } from '../../core/ports';
import type { OutboundMessage, TemplatePurpose } from '../../core/types';
import { logId } from '../../log-id';
import { jsonLogger, type SendLogger } from '../outbound-text';
import {
  ChannelSendError,
  classifyHttpStatus,
  createSenderRetry,
  type FailureInfo,
  PLATFORM_CALL_TIMEOUT_MS,
  PlatformHttpError,
  parseRetryAfter,
  type SenderRetryOptions,
  WindowClosedError,
} from '../retry';
import {
  type PurposeTemplateSettings,
  renderPurposeTemplate,
  renderTemplate,
  renderWhatsApp,
  type TemplateSettings,
} from './render';

const GRAPH_ORIGIN = 'https://graph.facebook.com';
const WINDOW_MS = 24 * 60 * 60 * 1000;
// Clocks drift and the worker may be slow: stop free-form a little before Meta does.
const WINDOW_SAFETY_MS = 2 * 60 * 1000;
/** Graph error code for "more than 24 hours since the customer last replied". */
const RE_ENGAGEMENT_REQUIRED = 131047;
// Graph error codes that mean "later", whatever the HTTP status: throttling, pair rate limit, transient.
const TEMPORARY_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131056, 133004]);

export interface WhatsAppSenderOptions {
  accessToken: string;
  phoneNumberId: string;
  /** @default 'https://graph.facebook.com' */
  graphUrl?: string;
  /** Graph API version from merchant config, e.g. 'v23.0'. */
  apiVersion: string;
  fallbackTemplate?: TemplateSettings;
  /** The merchant's utility templates for what we say unasked (merchant config whatsapp.templates). */
  purposeTemplates?: Partial<Record<TemplatePurpose, PurposeTemplateSettings>>;
  logger?: SendLogger;
  now?: () => number;
  fetch?: typeof fetch;
  /** Per Graph API call. @default PLATFORM_CALL_TIMEOUT_MS */
  timeoutMs?: number;
  retry?: SenderRetryOptions;
}

function graphErrorCode(body: string): number | undefined {
  try {
    const code = (JSON.parse(body) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'number' ? code : undefined;
  } catch {
    return undefined;
  }
}

function classify(error: unknown): FailureInfo {
  if (error instanceof PlatformHttpError) {
    const code = graphErrorCode(error.body);
    if (code !== undefined && TEMPORARY_CODES.has(code)) {
      return { retryable: true, status: error.status, retryAfterMs: error.retryAfterMs };
    }
    return classifyHttpStatus(error.status, error.retryAfterMs);
  }
  // fetch's TypeError (connection refused, reset, DNS): temporary.
  return { retryable: true };
}

function isWindowClosed(error: unknown): boolean {
  const cause = error instanceof ChannelSendError ? error.cause : error;
  return cause instanceof PlatformHttpError && graphErrorCode(cause.body) === RE_ENGAGEMENT_REQUIRED;
}

/**
 * Creates the WhatsApp outbound channel.
 * @example
 * const whatsapp = createWhatsAppSender({ accessToken, phoneNumberId, apiVersion: 'v23.0' });
 * await whatsapp.send({ conversation }, { text: 'Your order shipped.' });
 */
export function createWhatsAppSender(options: WhatsAppSenderOptions): ChannelOutbound {
  const logger = options.logger ?? jsonLogger;
  const now = options.now ?? Date.now;
  const baseFetch = options.fetch ?? fetch;
  const graphUrl = (options.graphUrl ?? GRAPH_ORIGIN).replace(/\/+$/, '');

  const graphFetch: typeof fetch = async (input, init) => {
    const raw = input instanceof Request ? input.url : String(input);
    const url = raw.startsWith(GRAPH_ORIGIN) ? graphUrl + raw.slice(GRAPH_ORIGIN.length) : raw;
    // Every Graph call with a deadline: a hanging platform must not hold the turn (see retry.ts).
    const deadline = AbortSignal.timeout(options.timeoutMs ?? PLATFORM_CALL_TIMEOUT_MS);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    const response = await baseFetch(url, { ...init, signal });
    if (!response.ok) {
      const body = await response.text();
      throw new PlatformHttpError(
        response.status,
        body,
        parseRetryAfter(response.headers.get('retry-after')),
      );
    }
    return response;
  };

  const api = new WhatsAppAPI({
    token: options.accessToken,
    v: options.apiVersion,
    secure: false,
    ponyfill: { fetch: graphFetch },
  });

  const retry = createSenderRetry('whatsapp', classify, logger, options.retry);

  async function deliver(to: string, messages: ClientMessage[]): Promise<string[]> {
    const ids: string[] = [];
    for (const message of messages) {
      // The string form: the library tells a phone number from a BSUID ("US.…") by itself.
      const response = await retry(() => api.sendMessage(options.phoneNumberId, to, message));
      if ('messages' in response && response.messages[0]) ids.push(response.messages[0].id);
    }
    return ids;
  }

  function windowOpen(ctx: SendContext): boolean {
    const times = [ctx.conversation.lastInboundAt, ctx.inReplyTo?.receivedAt]
      .map((iso) => (iso ? Date.parse(iso) : Number.NaN))
      .filter((ms) => !Number.isNaN(ms));
    if (times.length === 0) return false;
    return now() - Math.max(...times) < WINDOW_MS - WINDOW_SAFETY_MS;
  }

  async function sendTemplate(ctx: SendContext, message: OutboundMessage): Promise<SendResult> {
    // A message we say unasked has its own approved template (its values as parameters, its buttons as the
    // template's quick replies); anything else goes out in the generic fallback with the text as {{1}}.
    const purpose = message.template && options.purposeTemplates?.[message.template.purpose];
    if (message.template && purpose) {
      const ids = await deliver(ctx.conversation.recipient, [renderPurposeTemplate(message, purpose)]);
      // No conversation id: a WhatsApp one holds the shopper's phone number.
      logger.info('whatsapp sent template outside the 24-hour window', { template: purpose.name });
      return { platformMessageIds: ids, via: 'template' };
    }
    const template = options.fallbackTemplate;
    if (!template) {
      const error = new WindowClosedError(
        'WhatsApp 24-hour window closed and no whatsapp.fallbackTemplate configured: message not sent',
      );
      logger.error(error.message, {
        conversation: logId(ctx.conversation.id),
        lastInboundAt: ctx.conversation.lastInboundAt,
      });
      throw error;
    }
    const ids = await deliver(ctx.conversation.recipient, [renderTemplate(message, template)]);
    logger.info('whatsapp sent template outside the 24-hour window', {
      conversation: logId(ctx.conversation.id),
      template: template.name,
    });
    return { platformMessageIds: ids, via: 'template' };
  }

  return {
    name: 'whatsapp',
    capabilities: { maxButtons: 10, images: true, typingIndicator: true, markRead: true },

    async send(ctx, message) {
      if (!windowOpen(ctx)) return sendTemplate(ctx, message);
      try {
        const ids = await deliver(ctx.conversation.recipient, renderWhatsApp(message));
        return { platformMessageIds: ids, via: 'message' };
      } catch (error) {
        // Our clock said open but Meta says closed (e.g. lastInboundAt was stale): the template still works.
        if (isWindowClosed(error)) return sendTemplate(ctx, message);
        throw error;
      }
    },

    async acknowledge(ctx) {
      const wamid = ctx.inReplyTo?.platformMessageId;
      if (!wamid) return;
      try {
        // One call marks the message read and shows "typing…" until we answer (or 25 s pass).
        await api.markAsRead(options.phoneNumberId, wamid, 'text');
      } catch (error) {
        logger.warn('whatsapp mark-read failed', {
          conversation: logId(ctx.conversation.id),
          error: String(error),
        });
      }
    },

    async downloadMedia(mediaId) {
      return retry(async () => {
        const info = await api.retrieveMedia(mediaId, options.phoneNumberId);
        if (!('url' in info)) throw new PlatformHttpError(502, JSON.stringify(info));
        const response = await api.fetchMedia(info.url);
        const bytes = Buffer.from(await response.arrayBuffer());
        return {
          bytes,
          mimeType: info.mime_type || response.headers.get('content-type') || 'application/octet-stream',
        };
      });
    },
  };
}
