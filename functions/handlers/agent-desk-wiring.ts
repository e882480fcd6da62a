// The agent side's adapters from the environment, shared by the worker (handoff notices, the Telegram
// agents group, the silence sweep) and the agent API: translator, video rooms, console links.

import OpenAI from 'openai';
import type { Env } from '../config';
import type { MerchantConfig } from '../core/merchant-config';
import type { TranslationCache } from '../core/ports';
import { createLlmSummarizer } from '../services/summarizer-llm';
import { translatorFromEnv } from '../services/translators/index';
import { createJitsiVideoRoom } from '../services/video-room';
import { createChimeVideoRoom } from '../services/video-room-chime';

/**
 * Video rooms behind expiring links when the stack has a public URL and a signing secret, else none:
 * Jitsi Meet rooms, or Amazon Chime SDK meetings with VIDEO_ROOM=chime.
 */
export function videoRoomFromEnv(
  env: Pick<
    Env,
    | 'PUBLIC_BASE_URL'
    | 'VIDEO_LINK_SECRET'
    | 'VIDEO_ROOM'
    | 'CHIME_MEDIA_REGION'
    | 'CHIME_CONTROL_REGION'
    | 'AWS_ENDPOINT_URL_CHIME_SDK_MEETINGS'
  >,
  merchant: MerchantConfig,
) {
  if (!env.PUBLIC_BASE_URL || !env.VIDEO_LINK_SECRET) return undefined;
  if (env.VIDEO_ROOM === 'chime')
    return createChimeVideoRoom({
      publicBaseUrl: env.PUBLIC_BASE_URL,
      secret: env.VIDEO_LINK_SECRET,
      mediaRegion: env.CHIME_MEDIA_REGION,
      ...(env.CHIME_CONTROL_REGION ? { region: env.CHIME_CONTROL_REGION } : {}),
      ...(env.AWS_ENDPOINT_URL_CHIME_SDK_MEETINGS
        ? { endpoint: env.AWS_ENDPOINT_URL_CHIME_SDK_MEETINGS }
        : {}),
    });
  return createJitsiVideoRoom({
    publicBaseUrl: env.PUBLIC_BASE_URL,
    secret: env.VIDEO_LINK_SECRET,
    ...(merchant.videoCallBaseUrl ? { jitsiBaseUrl: merchant.videoCallBaseUrl } : {}),
    prefix: merchant.brandName,
  });
}

/** The LLM summarizer when an LLM is configured and the merchant did not opt out (HANDOFF_SUMMARY). */
export function summarizerFromEnv(
  env: Pick<Env, 'HANDOFF_SUMMARY' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL'>,
) {
  if (env.HANDOFF_SUMMARY !== 'llm' || !env.OPENAI_API_KEY) return undefined;
  return createLlmSummarizer({
    client: new OpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, maxRetries: 0 }),
    model: env.OPENAI_MODEL,
  });
}

export function agentSideFromEnv(env: Env, merchant: MerchantConfig, cache: TranslationCache) {
  const summarizer = summarizerFromEnv(env);
  const consoleBase = consoleBaseFromEnv(env);
  return {
    translator: translatorFromEnv(env, { cache, glossary: merchant.agents.glossary }),
    videoRoom: videoRoomFromEnv(env, merchant),
    ...(summarizer ? { summarizer } : {}),
    ...(consoleBase ? { consoleUrl: (id: string) => `${consoleBase}?c=${encodeURIComponent(id)}` } : {}),
  };
}

/** Where the agents' console is served (CONSOLE_URL, else `<PUBLIC_BASE_URL>/console`), if known. */
export function consoleBaseFromEnv(env: Pick<Env, 'CONSOLE_URL' | 'PUBLIC_BASE_URL'>): string | undefined {
  return (
    env.CONSOLE_URL ??
    (env.PUBLIC_BASE_URL ? `${env.PUBLIC_BASE_URL.replace(/\/+$/, '')}/console` : undefined)
  );
}
