// Builds the worker's real dependencies from the environment: DynamoDB stores, the three senders, the
// media store, the offline understanding + policy, and the LLM / transcriber when configured. Kept out of
// worker.ts so tests of the handler do not load SDKs or the intent model.

import { Logger } from '@aws-lambda-powertools/logger';
import { createOutboundChannel } from '../channels/outbound';
import { ConfigError, type Env, readEnv } from '../config';
import { createAgentDesk } from '../core/agent-desk';
import { createFaqAnswers } from '../core/faq';
import { type MerchantConfig, merchantConfigFromEnv } from '../core/merchant-config';
import { createMessages } from '../core/messages/index';
import type { AlertNotice, ChannelOutbound, Notifier } from '../core/ports';
import { createProactive } from '../core/proactive';
import { createTurn, type TurnDeps } from '../core/turn';
import type { ChannelName, Language } from '../core/types';
import { createInsightAlerts } from '../insights/alerts';
import { createMediaStore } from '../services/media-store';
import { createSesEmailNotifier, SES_MAX_RECIPIENTS } from '../services/notifiers/email-ses';
import { alertAll } from '../services/notifiers/notify-all';
import { createSlackNotifier } from '../services/notifiers/slack';
import { createTelegramGroupNotifier } from '../services/notifiers/telegram-group';
import { createWebhookNotifier } from '../services/notifiers/webhook';
import { createSecretsLoader } from '../services/secrets';
import { createTranscriber } from '../services/transcriber';
import { createDynamoStores } from '../stores/dynamo/index';
import { toolSet, tools } from '../tools/index';
import { assessShipment } from '../tools/track-shipment';
import { createLlmResponder, supportsVision } from '../understanding/llm';
import { createImageDescriber } from '../understanding/llm-vision';
import { createUnderstanding } from '../understanding/understand';
import { agentSideFromEnv, consoleBaseFromEnv } from './agent-desk-wiring';
import type { DescribeMedia } from './describe-media';
import { insightsRecorder } from './insights-wiring';
import type { WorkerDeps } from './worker-deps';

/** The offline understanding as the turn wants it (the argument is kept for callers; the turn decides). */
export function offlineTurnDeps(_llmAvailable = false): Pick<TurnDeps, 'understand'> {
  const service = createUnderstanding();
  return {
    understand: ({ text, conversation }) =>
      service.understand({ text, conversationLanguage: conversation.language }),
  };
}

/**
 * The merchant's content as the turn wants it: their wording of the bot's messages first, and FAQ answers
 * in the shopper's language from the merchant's own translations. No Translator adapter is wired yet (AWS
 * Translate comes with the agent side), and a translation cache without a translator could only ever
 * miss: a DynamoDB read per FAQ answer for nothing.
 */
export function merchantContentDeps(merchant: MerchantConfig): Pick<TurnDeps, 'messages' | 'faq'> {
  return { messages: createMessages(merchant), faq: createFaqAnswers({ merchant }) };
}

/** OPENAI_VISION overrides the guess from the model name, for the responder and the photo describer alike. */
const visionFlag = (env: Pick<Env, 'OPENAI_VISION'>): boolean | undefined =>
  env.OPENAI_VISION === undefined ? undefined : env.OPENAI_VISION === '1';

/** Photo descriptions for the agent need an LLM that takes images; without one there is no describer. */
export function photoDescriberFromEnv(
  env: Pick<Env, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL' | 'OPENAI_VISION'>,
  agentLanguage: Language,
): DescribeMedia | undefined {
  if (!env.OPENAI_API_KEY || !supportsVision(env.OPENAI_MODEL, visionFlag(env))) return undefined;
  return createImageDescriber({
    apiKey: env.OPENAI_API_KEY,
    baseURL: env.OPENAI_BASE_URL,
    model: env.OPENAI_MODEL,
    language: agentLanguage,
  });
}

/**
 * The agent notifiers the environment configures, all at once (none when unset: handoffs then show only in
 * the logs). A half-configured notifier is a ConfigError at cold start rather than a handoff nobody hears of.
 */
export function agentNotifiersFromEnv(
  env: Pick<
    Env,
    | 'AGENT_WEBHOOK_URL'
    | 'AGENT_WEBHOOK_SECRET'
    | 'SLACK_WEBHOOK_URL'
    | 'TELEGRAM_AGENTS_CHAT_ID'
    | 'TELEGRAM_BOT_TOKEN'
    | 'TELEGRAM_API_ROOT'
    | 'AGENT_EMAILS'
    | 'SES_FROM_ADDRESS'
    | 'AWS_ENDPOINT_URL_SESV2'
  >,
): Notifier[] {
  const notifiers: Notifier[] = [];
  if (env.AGENT_WEBHOOK_URL) {
    if (!env.AGENT_WEBHOOK_SECRET)
      throw new ConfigError(
        'AGENT_WEBHOOK_URL is set but AGENT_WEBHOOK_SECRET is not: the webhook must be signed',
      );
    notifiers.push(createWebhookNotifier({ url: env.AGENT_WEBHOOK_URL, secret: env.AGENT_WEBHOOK_SECRET }));
  }
  if (env.SLACK_WEBHOOK_URL) notifiers.push(createSlackNotifier({ webhookUrl: env.SLACK_WEBHOOK_URL }));
  if (env.TELEGRAM_AGENTS_CHAT_ID) {
    if (!env.TELEGRAM_BOT_TOKEN)
      throw new ConfigError(
        'TELEGRAM_AGENTS_CHAT_ID is set but TELEGRAM_BOT_TOKEN is not: the bot posts to the agents group',
      );
    notifiers.push(
      createTelegramGroupNotifier({
        botToken: env.TELEGRAM_BOT_TOKEN,
        chatId: env.TELEGRAM_AGENTS_CHAT_ID,
        apiRoot: env.TELEGRAM_API_ROOT,
      }),
    );
  }
  if (env.AGENT_EMAILS) {
    if (!env.SES_FROM_ADDRESS)
      throw new ConfigError('AGENT_EMAILS is set but SES_FROM_ADDRESS is not: SES needs a verified sender');
    const to = env.AGENT_EMAILS.split(',')
      .map((address) => address.trim())
      .filter(Boolean);
    const invalid = to.filter((address) => !/^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(address));
    if (to.length === 0 || to.length > SES_MAX_RECIPIENTS || invalid.length)
      throw new ConfigError(
        `AGENT_EMAILS must be 1–${SES_MAX_RECIPIENTS} comma-separated addresses${invalid.length ? ` (not an address: ${invalid.join(', ')})` : ''}`,
      );
    notifiers.push(
      createSesEmailNotifier({ from: env.SES_FROM_ADDRESS, to, endpoint: env.AWS_ENDPOINT_URL_SESV2 }),
    );
  }
  return notifiers;
}

/** The worker's dependencies; in AWS the channel and LLM secrets come from Secrets Manager (once per cold start). */
export async function createWorkerDepsFromEnv(): Promise<WorkerDeps> {
  const plainEnv = readEnv();
  const env = { ...plainEnv, ...(await createSecretsLoader(plainEnv)()) };
  const merchant = merchantConfigFromEnv(env);
  const stores = createDynamoStores({ tableName: env.TABLE_NAME, retention: merchant.retention });
  // Returns and damage claims live in the table: they must outlive this Lambda instance.
  const cases = stores.cases;
  const channels = new Map<ChannelName, ChannelOutbound>();
  const channelFor = (name: ChannelName): ChannelOutbound => {
    let channel = channels.get(name);
    if (!channel) {
      channel = createOutboundChannel(name, env, merchant);
      channels.set(name, channel);
    }
    return channel;
  };
  const media = env.MEDIA_BUCKET || env.MEDIA_DIR ? createMediaStore(env) : undefined;
  const transcriber = createTranscriber(env);
  const vision = visionFlag(env);
  const llm = env.OPENAI_API_KEY
    ? createLlmResponder({
        apiKey: env.OPENAI_API_KEY,
        baseURL: env.OPENAI_BASE_URL,
        model: env.OPENAI_MODEL,
        tools,
        merchant,
        vision,
      })
    : undefined;
  const describeMedia = photoDescriberFromEnv(env, merchant.agentLanguage);
  const side = agentSideFromEnv(env, merchant, stores.translations);
  const insights = insightsRecorder({
    tableName: env.TABLE_NAME,
    merchant,
    warn: (message, fields) => new Logger({ serviceName: 'crossdesk-worker' }).warn(message, fields),
  });
  const desk = createAgentDesk({
    insights,
    conversations: stores.conversations,
    messages: stores.messages,
    orders: stores.orders,
    channelFor,
    merchant,
    ...side,
  });
  const videoRoom = side.videoRoom;
  const notifiers = agentNotifiersFromEnv(env);
  const powertools = new Logger({ serviceName: 'crossdesk-worker' });
  const proactiveLogger = {
    info: (message: string, fields: Record<string, unknown> = {}) => powertools.info(message, fields),
    warn: (message: string, fields: Record<string, unknown> = {}) => powertools.warn(message, fields),
  };
  const alertAgents = async (notice: AlertNotice) => {
    const failed = await alertAll(notifiers, notice);
    for (const { name, error } of failed)
      proactiveLogger.warn('an agent alert was not delivered', { notifier: name, error: String(error) });
  };
  const consoleUrl = consoleBaseFromEnv(env);
  const runTurn = createTurn({
    verifyGuard: {
      counters: stores.counters,
      onAbuse: (failures) =>
        alertAgents({
          kind: 'verification_abuse',
          alertId: `verify:${new Date().toISOString().slice(0, 13)}`,
          title: `${failures} wrong order secrets this hour`,
          lines: [
            `Shoppers have given a wrong e-mail or postcode for an order ${failures} times this hour, across all chats: someone may be guessing their way into other shoppers' orders.`,
            'Each order locks after 5 wrong tries an hour and each chat after 5; the whole shop pauses verification at 200. Check the console for chats that keep failing.',
          ],
          ...(consoleUrl ? { consoleUrl } : {}),
          at: new Date().toISOString(),
        }),
    },
    merchant,
    orders: stores.orders,
    cases,
    tools: toolSet,
    ...offlineTurnDeps(llm !== undefined),
    llm,
    ...merchantContentDeps(merchant),
    ...(videoRoom ? { videoLink: (conversation) => videoRoom.linkFor(new Date(), conversation.id).url } : {}),
    transcribe: transcriber
      ? async ({ media: bytes, language }) =>
          bytes
            ? (
                await transcriber.transcribe({
                  bytes: Buffer.from(bytes.bytes),
                  mimeType: bytes.mimeType,
                  language,
                })
              ).text
            : undefined
      : undefined,
  });
  const whatsappNumber = env.WHATSAPP_PHONE_NUMBER_ID;
  const proactive = createProactive({
    insights,
    counters: stores.counters,
    alertAgents,
    ...(consoleUrl ? { consoleUrl } : {}),
    logger: proactiveLogger,
    orders: stores.orders,
    conversations: stores.conversations,
    customerConversations: stores.customerConversations,
    messages: stores.messages,
    channelFor,
    merchant,
    assess: assessShipment,
    // A WhatsApp chat is the customer's phone on our business number: no link needed to find it.
    ...(whatsappNumber
      ? { whatsappConversationId: (digits: string) => `whatsapp:${whatsappNumber}:${digits}` }
      : {}),
  });
  return {
    conversations: stores.conversations,
    messages: stores.messages,
    claims: stores.claims,
    customerConversations: stores.customerConversations,
    proactive,
    notifiers,
    desk,
    ...(env.TELEGRAM_AGENTS_CHAT_ID ? { agentsGroup: { chatId: env.TELEGRAM_AGENTS_CHAT_ID, desk } } : {}),
    cases,
    channelFor,
    runTurn,
    saveMedia: media ? (input) => media.save(input) : undefined,
    describeMedia,
    insights: {
      recorder: insights,
      order: (orderId) => stores.orders.getOrder(orderId),
      alerts: createInsightAlerts({
        counters: stores.counters,
        alert: alertAgents,
        productName: async (id) => (await stores.orders.getProduct(id))?.name,
        ...(consoleUrl ? { consoleUrl } : {}),
      }),
    },
  };
}
