// Builds the agent API's real dependencies from the environment (secrets from Secrets Manager in AWS).
import { createOutboundChannel } from '../channels/outbound';
import { ConfigError, readEnv } from '../config';
import { merchantConfigFromEnv } from '../core/merchant-config';
import type { ChannelOutbound } from '../core/ports';
import type { ChannelName } from '../core/types';
import { createMediaStore } from '../services/media-store';
import { createSecretsLoader } from '../services/secrets';
import { loadChimeSdkScript } from '../services/video-room-chime-sdk';
import { createDynamoStores } from '../stores/dynamo/index';
import type { AgentApiDeps } from './agent-api-deps';
import { auditToLog, createPrivacyFrom, translationNamespaces } from './agent-api-privacy';
import { agentSideFromEnv } from './agent-desk-wiring';
import { insightsRecorder } from './insights-wiring';

export async function createAgentApiDepsFromEnv(): Promise<AgentApiDeps> {
  const plainEnv = readEnv();
  const env = { ...plainEnv, ...(await createSecretsLoader(plainEnv)()) };
  const merchant = merchantConfigFromEnv(env);
  const stores = createDynamoStores({ tableName: env.TABLE_NAME, retention: merchant.retention });
  const media =
    env.MEDIA_BUCKET || env.MEDIA_DIR
      ? createMediaStore(env, { retentionDays: merchant.retention.mediaDays })
      : undefined;
  const channels = new Map<ChannelName, ChannelOutbound>();
  const side = agentSideFromEnv(env, merchant, stores.translations);
  if (env.AGENT_AUTH === 'cognito' && (!env.COGNITO_DOMAIN_URL || !env.COGNITO_CLIENT_ID))
    throw new ConfigError(
      'AGENT_AUTH=cognito needs COGNITO_DOMAIN_URL and COGNITO_CLIENT_ID for the console sign-in',
    );
  return {
    conversations: stores.conversations,
    messages: stores.messages,
    orders: stores.orders,
    merchant,
    ...side,
    insights: insightsRecorder({ tableName: env.TABLE_NAME, merchant }),
    productName: async (id) => (await stores.orders.getProduct(id))?.name,
    auth:
      env.AGENT_AUTH === 'cognito'
        ? { mode: 'cognito' }
        : { mode: 'token', ...(env.AGENT_TOKEN ? { token: env.AGENT_TOKEN } : {}) },
    console:
      env.AGENT_AUTH === 'cognito'
        ? {
            auth: 'cognito',
            cognitoDomainUrl: env.COGNITO_DOMAIN_URL!,
            clientId: env.COGNITO_CLIENT_ID!,
            ...(env.CONSOLE_URL ? { redirectUri: env.CONSOLE_URL } : {}),
          }
        : { auth: 'token' },
    ...(side.videoRoom && 'joinInfo' in side.videoRoom
      ? { videoJoin: { ...side.videoRoom, sdkScript: loadChimeSdkScript } }
      : side.videoRoom && env.VIDEO_LINK_SECRET
        ? { video: { secret: env.VIDEO_LINK_SECRET, roomUrl: side.videoRoom.roomUrl } }
        : {}),
    ...(media ? { media } : {}),
    shopperPrivacy: createPrivacyFrom({
      store: stores.privacy,
      orders: stores.orders,
      cases: stores.cases,
      customerConversations: stores.customerConversations,
      ...(media ? { media } : {}),
      whatsappPhoneNumberIds: (env.WHATSAPP_PHONE_NUMBER_ID ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
      agentLanguage: merchant.agentLanguage,
      translationNamespaces: translationNamespaces({ ...env, glossary: merchant.agents.glossary }),
      audit: auditToLog,
    }),
    channelFor(name) {
      const known = channels.get(name);
      if (known) return known;
      const channel = createOutboundChannel(name, env, merchant);
      channels.set(name, channel);
      return channel;
    },
  };
}
