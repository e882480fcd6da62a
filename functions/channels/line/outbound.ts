// LINE Messaging API, worker side: the sender built from the channel access token and the API base URLs.
import type { Env } from '../../config';
import { type OutboundDefinition, required, senderRetry } from '../definitions';
import { createLineSender } from './send';

export const lineOutbound: OutboundDefinition<
  Pick<Env, 'LINE_CHANNEL_ACCESS_TOKEN' | 'LINE_API_BASE_URL' | 'LINE_DATA_API_BASE_URL'>
> = {
  create: (env, _merchant, { logger, now, ...waits }) =>
    createLineSender({
      channelAccessToken: required(env.LINE_CHANNEL_ACCESS_TOKEN, 'LINE_CHANNEL_ACCESS_TOKEN', 'line'),
      apiBaseUrl: env.LINE_API_BASE_URL,
      dataApiBaseUrl: env.LINE_DATA_API_BASE_URL,
      logger,
      now,
      retry: senderRetry(waits),
    }),
};
