// The privacy requests of the agent API (GDPR access and erasure, core/privacy.ts), and the one place that
// assembles the privacy operations from stores, media and config — for the agent API and for
// `npm run privacy` alike, so both find and delete the same things.
//
//   POST /agent/privacy/export                    { "shopper": "<conversation id | phone | email | customer:id>" }
//   POST /agent/privacy/delete                    the same body → counts of what was deleted
//   POST /agent/conversations/{id}/privacy/delete  the shopper of this conversation (a data_protection handoff)
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';
import type { CaseStore, CustomerConversations, MediaEraser, OrderStore, PrivacyStore } from '../core/ports';
import {
  createPrivacy,
  type Privacy,
  type PrivacyAuditEvent,
  PrivacyError,
  parseShopperRef,
} from '../core/privacy';
import type { Language } from '../core/types';
import { logId } from '../log-id';
import { translationCacheKey } from '../services/translators/cached';

type Result = APIGatewayProxyStructuredResultV2;

export const shopperBody = z.object({ shopper: z.string().trim().min(3).max(320) });

/** The privacy paths; anything else under /agent is the desk's. */
export const PRIVACY_ROUTE = /^\/agent\/privacy\/(export|delete)\/?$/;
export const CONVERSATION_PRIVACY_ROUTE = /^\/agent\/conversations\/([^/]+)\/privacy\/delete\/?$/;

export interface PrivacyWiring {
  store: PrivacyStore;
  orders: Pick<OrderStore, 'ordersForPhone' | 'ordersForCustomer' | 'getOrder'>;
  cases: Pick<CaseStore, 'casesForOrder'>;
  customerConversations: Pick<CustomerConversations, 'conversationsOf'>;
  media?: MediaEraser;
  /** The WhatsApp business numbers (WHATSAPP_PHONE_NUMBER_ID, comma-separated for several). */
  whatsappPhoneNumberIds: readonly string[];
  agentLanguage: Language;
  /**
   * The translation cache namespaces the agent side may have used (services/translators/index.ts), so the
   * cached translations of the shopper's messages are found by key and deleted.
   */
  translationNamespaces?: readonly string[];
  audit?(event: PrivacyAuditEvent): void;
  now?: () => Date;
}

/**
 * The cache namespaces `translatorFromEnv` builds, for every engine (a merchant may have switched): the same
 * JSON shapes as services/translators/index.ts.
 */
export function translationNamespaces(env: {
  TRANSLATE_TERMINOLOGY?: string | undefined;
  OPENAI_MODEL?: string | undefined;
  glossary?: readonly string[];
}): string[] {
  const glossary = [...(env.glossary ?? [])].sort();
  const terminologyNames = (env.TRANSLATE_TERMINOLOGY ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return [
    JSON.stringify(['aws', terminologyNames, glossary]),
    ...(env.OPENAI_MODEL ? [JSON.stringify(['llm', env.OPENAI_MODEL, glossary])] : []),
  ];
}

/**
 * The privacy operations over real (or memory) stores.
 * @example
 * const privacy = createPrivacyFrom({ store: stores.privacy, orders: stores.orders, cases: stores.cases,
 *   customerConversations: stores.customerConversations, whatsappPhoneNumberIds: ['1000'], agentLanguage: 'en' });
 */
export function createPrivacyFrom(w: PrivacyWiring): Privacy {
  const namespaces = w.translationNamespaces ?? [];
  return createPrivacy({
    store: w.store,
    orders: w.orders,
    cases: w.cases,
    customerConversations: w.customerConversations,
    ...(w.media ? { media: w.media } : {}),
    // The channel's id format (channels/whatsapp/parse.ts): one chat per business number and phone.
    conversationIdsForPhone: (phone) => w.whatsappPhoneNumberIds.map((id) => `whatsapp:${id}:${phone}`),
    ...(namespaces.length > 0
      ? {
          translationKeys: ({ text, from, to }) =>
            namespaces.map((namespace) => translationCacheKey(namespace, from, to, text)),
        }
      : {}),
    agentLanguage: w.agentLanguage,
    hashShopper: (value) => logId(`privacy:${value}`).replace(/^c_/, 's_'),
    // Insight events name conversations by their log id (handlers/insights-wiring.ts).
    insightKey: (conversationId) => logId(conversationId),
    ...(w.audit ? { audit: w.audit } : {}),
    ...(w.now ? { now: w.now } : {}),
  });
}

/** An audit line on stdout (CloudWatch in AWS): who, a keyed hash of the shopper, counts. Never the data. */
export function auditToLog(event: PrivacyAuditEvent): void {
  console.info(JSON.stringify({ level: 'INFO', message: 'privacy request carried out', ...event }));
}

const json = (statusCode: number, body: unknown): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  body: JSON.stringify(body),
});

/**
 * Runs one privacy request for `agent`. `shopper` is what the body named (or the conversation id of the
 * conversation route).
 * @example
 * return runPrivacyRequest(d.privacy, 'delete', 'maria@example.com', agent);
 */
export async function runPrivacyRequest(
  privacy: Privacy | undefined,
  action: 'export' | 'delete',
  shopper: string,
  agent: string,
): Promise<Result> {
  if (!privacy) return json(501, { error: 'privacy requests are not configured here' });
  try {
    const ref = parseShopperRef(shopper);
    if (action === 'export') return json(200, await privacy.exportShopper(ref, agent));
    return json(200, await privacy.deleteShopper(ref, agent));
  } catch (error) {
    if (error instanceof PrivacyError) return json(400, { error: error.message });
    throw error;
  }
}
