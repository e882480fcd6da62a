// The inbound half of each channel, built from secrets alone: this is all the ingest Lambda imports from
// functions/channels, so its bundle carries no send SDK.
import type { Env, SecretName } from '../config';
import type { ChannelInbound } from '../core/ports';
import { CHANNELS, type ChannelName } from '../core/types';
import { parseLine } from './line/parse';
import { verifyLine } from './line/verify';
import { botIdFromToken, parseTelegram } from './telegram/parse';
import { verifyTelegram } from './telegram/verify';
import { parseWhatsApp } from './whatsapp/parse';
import { verifyWhatsApp } from './whatsapp/verify';

export type ChannelSecrets = Partial<Record<SecretName, string | undefined>>;

/**
 * Creates one platform's verify + parse pair. A missing secret makes `verify` refuse every request.
 * @example
 * const telegram = createInboundChannel('telegram', { TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET });
 * if (telegram.verify(req).ok) telegram.parse(req.rawBody);
 */
export function createInboundChannel(name: ChannelName, secrets: ChannelSecrets): ChannelInbound {
  switch (name) {
    case 'whatsapp':
      return {
        name,
        verify: (req) => verifyWhatsApp(req, secrets.WHATSAPP_APP_SECRET),
        parse: (rawBody) => parseWhatsApp(rawBody),
      };
    case 'line':
      return {
        name,
        verify: (req) => verifyLine(req, secrets.LINE_CHANNEL_SECRET),
        parse: (rawBody) => parseLine(rawBody),
      };
    case 'telegram': {
      const botId = botIdFromToken(secrets.TELEGRAM_BOT_TOKEN);
      return {
        name,
        verify: (req) => verifyTelegram(req, secrets.TELEGRAM_WEBHOOK_SECRET),
        parse: (rawBody) => parseTelegram(rawBody, { botId }),
      };
    }
  }
}

/**
 * All three inbound channels, keyed by name.
 * @example
 * const channels = inboundChannels(readEnv());
 */
export function inboundChannels(env: ChannelSecrets | Env): Record<ChannelName, ChannelInbound> {
  const secrets = env as ChannelSecrets;
  return Object.fromEntries(CHANNELS.map((name) => [name, createInboundChannel(name, secrets)])) as Record<
    ChannelName,
    ChannelInbound
  >;
}
