// The bot id in every Telegram conversation id (`telegram:<botId>:<chatId>`), so that two bots never share
// a conversation. Every stored id was built from the digits before ':' in the bot token. In AWS ingest may
// not read the token (it can send in the shop's name), so it reads the same digits as TELEGRAM_BOT_ID; where
// the token is at hand (the local stack, the worker, dev setups) it is still derived from the token. Both
// paths must yield the same id, or a shopper's history and verified identity would stay behind under the
// old conversation: a TELEGRAM_BOT_ID that disagrees with the token is refused, not resolved.

export interface BotIdSettings {
  TELEGRAM_BOT_ID?: string | undefined;
  TELEGRAM_BOT_TOKEN?: string | undefined;
}

export type BotIdResult = { ok: true; botId: string } | { ok: false; reason: string };

const DIGITS = /^\d+$/;

/** `123456:ABC…` → `123456`, or undefined for a token without that shape. */
export function botIdOfToken(token: string | undefined): string | undefined {
  return /^(\d+):/.exec(token ?? '')?.[1];
}

/**
 * The bot id conversation ids are made with: TELEGRAM_BOT_ID, else the token's digits. Not ok when neither
 * is set, when TELEGRAM_BOT_ID is not all digits (a value from Secrets Manager skips the env schema), or
 * when both are set and disagree. The reasons name settings, never the token.
 * @example
 * resolveBotId({ TELEGRAM_BOT_ID: '7000000001' }); // { ok: true, botId: '7000000001' }
 * resolveBotId({ TELEGRAM_BOT_TOKEN: '7000000001:AAE…' }); // the same
 */
export function resolveBotId(settings: BotIdSettings): BotIdResult {
  const configured = settings.TELEGRAM_BOT_ID;
  const fromToken = botIdOfToken(settings.TELEGRAM_BOT_TOKEN);
  if (configured !== undefined && configured !== '') {
    if (!DIGITS.test(configured))
      return { ok: false, reason: 'TELEGRAM_BOT_ID must be the digits before ":" in the bot token' };
    if (fromToken !== undefined && fromToken !== configured)
      return {
        ok: false,
        reason: `TELEGRAM_BOT_ID ${configured} is not the bot of TELEGRAM_BOT_TOKEN (${fromToken})`,
      };
    return { ok: true, botId: configured };
  }
  if (fromToken !== undefined) return { ok: true, botId: fromToken };
  return {
    ok: false,
    reason: 'TELEGRAM_BOT_ID is not configured (nor a TELEGRAM_BOT_TOKEN to derive it from)',
  };
}
