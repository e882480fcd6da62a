// Picks and builds the outbound half of a channel from config. Only the worker (and the local stack)
// import this: it pulls in all three send SDKs, which the ingest bundle must not.
import type { Env } from '../config';
import type { MerchantConfig } from '../core/merchant-config';
import type { ChannelOutbound } from '../core/ports';
import type { ChannelName } from '../core/types';
import { createLineSender } from './line/send';
import type { SendLogger } from './outbound-text';
import type { SenderRetryOptions } from './retry';
import { createTelegramSender } from './telegram/send';
import { createWhatsAppSender } from './whatsapp/send';

export class ChannelConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChannelConfigError';
  }
}

/** Test and local-stack knobs; production passes none. */
export interface OutboundOptions {
  logger?: SendLogger;
  now?: () => number;
  retry?: SenderRetryOptions;
}

type ChannelEnv = Pick<
  Env,
  | 'WHATSAPP_ACCESS_TOKEN'
  | 'WHATSAPP_PHONE_NUMBER_ID'
  | 'WHATSAPP_GRAPH_URL'
  | 'LINE_CHANNEL_ACCESS_TOKEN'
  | 'LINE_API_BASE_URL'
  | 'LINE_DATA_API_BASE_URL'
  | 'TELEGRAM_BOT_TOKEN'
  | 'TELEGRAM_API_ROOT'
>;

function required(value: string | undefined, name: string, channel: ChannelName): string {
  if (!value) throw new ChannelConfigError(`${name} is not set: cannot send on ${channel}`);
  return value;
}

/**
 * Builds the sender for one channel from the environment and merchant config.
 * @example
 * const env = readEnv();
 * const whatsapp = createOutboundChannel('whatsapp', env, merchantConfigFromEnv(env));
 */
export function createOutboundChannel(
  name: ChannelName,
  env: ChannelEnv,
  merchantConfig: Pick<MerchantConfig, 'whatsapp'>,
  options: OutboundOptions = {},
): ChannelOutbound {
  switch (name) {
    case 'whatsapp':
      return createWhatsAppSender({
        accessToken: required(env.WHATSAPP_ACCESS_TOKEN, 'WHATSAPP_ACCESS_TOKEN', name),
        phoneNumberId: required(env.WHATSAPP_PHONE_NUMBER_ID, 'WHATSAPP_PHONE_NUMBER_ID', name),
        graphUrl: env.WHATSAPP_GRAPH_URL,
        apiVersion: merchantConfig.whatsapp.apiVersion,
        fallbackTemplate: merchantConfig.whatsapp.fallbackTemplate,
        ...options,
      });
    case 'line':
      return createLineSender({
        channelAccessToken: required(env.LINE_CHANNEL_ACCESS_TOKEN, 'LINE_CHANNEL_ACCESS_TOKEN', name),
        apiBaseUrl: env.LINE_API_BASE_URL,
        dataApiBaseUrl: env.LINE_DATA_API_BASE_URL,
        ...options,
      });
    case 'telegram':
      return createTelegramSender({
        botToken: required(env.TELEGRAM_BOT_TOKEN, 'TELEGRAM_BOT_TOKEN', name),
        apiRoot: env.TELEGRAM_API_ROOT,
        logger: options.logger,
        retry: options.retry,
      });
  }
}
