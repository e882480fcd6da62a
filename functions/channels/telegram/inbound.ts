// Telegram Bot API, ingest side: the setWebhook secret token header, one Update per request.
import { ChannelConfigError, type InboundDefinition } from '../definitions';
import { resolveBotId } from './bot-id';
import { parseTelegram } from './parse';
import { verifyTelegram } from './verify';

export const telegramInbound: InboundDefinition = {
  // Without a bot id every conversation id would be wrong (and would not match the stored ones): such a
  // webhook is refused (401) like one without its secret; Telegram keeps retrying it for up to 24 hours.
  verify: (req, secrets) => {
    const verified = verifyTelegram(req, secrets.TELEGRAM_WEBHOOK_SECRET);
    if (!verified.ok) return verified;
    const bot = resolveBotId(secrets);
    return bot.ok ? verified : { ok: false, reason: bot.reason };
  },
  // The bot id is part of every conversation id: two bots never share a conversation. TELEGRAM_BOT_ID, or
  // the digits of the token where ingest has one (bot-id.ts).
  parse: (rawBody, secrets) => {
    const bot = resolveBotId(secrets);
    // verify() refused this already; parse() alone (the local simulator) must not invent an id either.
    if (!bot.ok) throw new ChannelConfigError(bot.reason);
    return parseTelegram(rawBody, { botId: bot.botId });
  },
};
