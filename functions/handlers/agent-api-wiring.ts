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
import { agentSideFromEnv } from './agent-desk-wiring';

export async function createAgentApiDepsFromEnv(): Promise<AgentApiDeps> {
  const plainEnv = readEnv();
  const env = { ...plainEnv, ...(await createSecretsLoader(plainEnv)()) };
  const merchant = merchantConfigFromEnv(env);
  const stores = createDynamoStores({ tableName: env.TABLE_NAME });
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
    ...(env.MEDIA_BUCKET || env.MEDIA_DIR ? { media: createMediaStore(env) } : {}),
    channelFor(name) {
      const known = channels.get(name);
      if (known) return known;
      const channel = createOutboundChannel(name, env, merchant);
      channels.set(name, channel);
      return channel;
    },
  };
}
