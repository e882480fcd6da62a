// WhatsApp Cloud API, ingest side: X-Hub-Signature-256, the Graph webhook envelope, Meta's GET handshake.
import type { InboundDefinition } from '../definitions';
import { parseWhatsApp } from './parse';
import { verifyWhatsApp, verifyWhatsAppSubscription } from './verify';

export const whatsappInbound: InboundDefinition = {
  verify: (req, secrets) => verifyWhatsApp(req, secrets.WHATSAPP_APP_SECRET),
  parse: (rawBody) => parseWhatsApp(rawBody),
  handshake: (req, secrets) => verifyWhatsAppSubscription(req, secrets.WHATSAPP_VERIFY_TOKEN),
};
