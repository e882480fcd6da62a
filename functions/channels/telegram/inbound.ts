// Telegram Bot API, ingest side: the setWebhook secret token header, one Update per request.
import type { InboundDefinition } from '../definitions';
import { botIdFromToken, parseTelegram } from './parse';
import { verifyTelegram } from './verify';

export const telegramInbound: InboundDefinition = {
  verify: (req, secrets) => verifyTelegram(req, secrets.TELEGRAM_WEBHOOK_SECRET),
  // The bot id (from the token) is part of every conversation id: two bots never share a conversation.
  parse: (rawBody, secrets) => parseTelegram(rawBody, { botId: botIdFromToken(secrets.TELEGRAM_BOT_TOKEN) }),
};
