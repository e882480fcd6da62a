// WhatsApp Cloud API, worker side: the sender built from env + the merchant's Graph version and template.
import type { Env } from '../../config';
import type { MerchantConfig } from '../../core/merchant-config';
import { type OutboundDefinition, required, senderRetry } from '../definitions';
import { createWhatsAppSender } from './send';

export const whatsappOutbound: OutboundDefinition<
  Pick<Env, 'WHATSAPP_ACCESS_TOKEN' | 'WHATSAPP_PHONE_NUMBER_ID' | 'WHATSAPP_GRAPH_URL'>,
  Pick<MerchantConfig, 'whatsapp'>
> = {
  create: (env, merchant, { logger, now, ...waits }) =>
    createWhatsAppSender({
      accessToken: required(env.WHATSAPP_ACCESS_TOKEN, 'WHATSAPP_ACCESS_TOKEN', 'whatsapp'),
      phoneNumberId: required(env.WHATSAPP_PHONE_NUMBER_ID, 'WHATSAPP_PHONE_NUMBER_ID', 'whatsapp'),
      graphUrl: env.WHATSAPP_GRAPH_URL,
      apiVersion: merchant.whatsapp.apiVersion,
      fallbackTemplate: merchant.whatsapp.fallbackTemplate,
      purposeTemplates: merchant.whatsapp.templates,
      logger,
      now,
      retry: senderRetry(waits),
    }),
};
