// The platform webhook body a shopper's text arrives in, for the bench sections that drive ingest.
import type { ChannelName } from '../../functions/core/types';
import type { localSecrets } from '../../lib/local/defaults';
import {
  buildLineTextWebhook,
  buildTelegramUpdate,
  buildWhatsAppTextWebhook,
} from '../../lib/local/simulator/webhook-builders';

const LINE_DESTINATION = 'U00000000000000000000000000bench';

export interface ShopperText {
  /** WhatsApp wa_id, LINE user id or Telegram chat id. */
  to: string;
  text: string;
  /** WhatsApp profile name. */
  name?: string;
  /** Telegram sends the app's language with every update. */
  languageCode?: string;
}

/** The unsigned webhook payload; sign it with `signedWebhook` from the simulator's builders. */
export function shopperWebhook(
  channel: ChannelName,
  { to, text, name, languageCode }: ShopperText,
  secrets: ReturnType<typeof localSecrets>,
): unknown {
  if (channel === 'whatsapp')
    return buildWhatsAppTextWebhook({
      phoneNumberId: secrets.WHATSAPP_PHONE_NUMBER_ID,
      waId: to,
      name,
      text,
    });
  if (channel === 'line') return buildLineTextWebhook({ destination: LINE_DESTINATION, userId: to, text });
  return buildTelegramUpdate({ chatId: Number(to), text, languageCode });
}
