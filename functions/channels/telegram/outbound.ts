// Telegram Bot API, worker side: the sender built from the bot token and the API root.
import type { Env } from '../../config';
import { ChannelConfigError, type OutboundDefinition, required, senderRetry } from '../definitions';
import { resolveBotId } from './bot-id';
import { createChatSpacing } from './chat-spacing';
import { createTelegramSender } from './send';

export const telegramOutbound: OutboundDefinition<
  Pick<Env, 'TELEGRAM_BOT_TOKEN' | 'TELEGRAM_BOT_ID' | 'TELEGRAM_API_ROOT'>
> = {
  create: (env, _merchant, options) => {
    const botToken = required(env.TELEGRAM_BOT_TOKEN, 'TELEGRAM_BOT_TOKEN', 'telegram');
    // Ingest names conversations after TELEGRAM_BOT_ID when it has one; a sender whose token is another
    // bot's would answer conversations filed under the wrong bot. Where both are set (a dev setup with one
    // secret of every key), they must agree, or the channel fails when first used, naming both settings.
    if (env.TELEGRAM_BOT_ID) {
      const bot = resolveBotId({ TELEGRAM_BOT_ID: env.TELEGRAM_BOT_ID, TELEGRAM_BOT_TOKEN: botToken });
      if (!bot.ok) throw new ChannelConfigError(`${bot.reason}: cannot send on telegram`);
    }
    return createTelegramSender({
      botToken,
      apiRoot: env.TELEGRAM_API_ROOT,
      logger: options.logger,
      retry: senderRetry(options),
      // The clock and the wait only matter to the per-chat spacing; without them it keeps its real ones.
      ...(options.now || options.sleep
        ? { spacing: createChatSpacing({ now: options.now, sleep: options.sleep }) }
        : {}),
    });
  },
};
