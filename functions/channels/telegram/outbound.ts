// Telegram Bot API, worker side: the sender built from the bot token and the API root.
import type { Env } from '../../config';
import { type OutboundDefinition, required, senderRetry } from '../definitions';
import { createChatSpacing } from './chat-spacing';
import { createTelegramSender } from './send';

export const telegramOutbound: OutboundDefinition<Pick<Env, 'TELEGRAM_BOT_TOKEN' | 'TELEGRAM_API_ROOT'>> = {
  create: (env, _merchant, options) =>
    createTelegramSender({
      botToken: required(env.TELEGRAM_BOT_TOKEN, 'TELEGRAM_BOT_TOKEN', 'telegram'),
      apiRoot: env.TELEGRAM_API_ROOT,
      logger: options.logger,
      retry: senderRetry(options),
      // The clock and the wait only matter to the per-chat spacing; without them it keeps its real ones.
      ...(options.now || options.sleep
        ? { spacing: createChatSpacing({ now: options.now, sleep: options.sleep }) }
        : {}),
    }),
};
