// The agent API: what a human agent needs to pick up a handed-off conversation — read it, answer the
// shopper through the same channel, hand it back to the bot. Behind IAM auth in AWS (see lib/cloud).
//
//   GET  /agent/conversations/{id}            state + transcript (oldest first)
//   POST /agent/conversations/{id}/messages   { "text": "..." } → sent to the shopper, logged as 'agent'
//   POST /agent/conversations/{id}/handback   the bot answers again
//   GET  /agent/conversations/{id}/media/{key} a shopper's photo: the `media` key from the transcript,
//                                              URL-encoded or as the rest of the path (agent-api-media.ts)
//
// Conversation ids contain ':' and must be URL-encoded in the path.
import { randomUUID } from 'node:crypto';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ChannelOutbound, ConversationStore, MessageLog } from '../core/ports';
import type { ChannelName, Conversation } from '../core/types';
import { type MediaReader, parseMediaKeyParam, serveConversationMedia } from './agent-api-media';

type Result = APIGatewayProxyStructuredResultV2;

export interface AgentApiDeps {
  conversations: ConversationStore;
  messages: MessageLog;
  channelFor(name: ChannelName): ChannelOutbound;
  /** Where the worker stored inbound media; without it every media request is 404. */
  media?: MediaReader;
  now?: () => Date;
}

const json = (statusCode: number, body: unknown): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const ROUTE = /^\/agent\/conversations\/([^/]+)(?:\/(messages|handback)\/?|\/media\/(.+)|\/?)$/;
const MAX_AGENT_TEXT = 4096;

function parseText(event: APIGatewayProxyEventV2): string | undefined {
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body;
  try {
    const text = (JSON.parse(raw ?? '') as { text?: unknown }).text;
    return typeof text === 'string' && text.trim() !== '' && text.length <= MAX_AGENT_TEXT ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the agent API handler.
 * @example
 * const handler = createAgentApiHandler({ ...createDynamoStores({ tableName }), channelFor });
 */
export function createAgentApiHandler(deps: AgentApiDeps | (() => Promise<AgentApiDeps>)) {
  let loaded: Promise<AgentApiDeps> | undefined;
  const getDeps = () => {
    if (typeof deps !== 'function') return Promise.resolve(deps);
    loaded ??= deps().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };

  return async (event: APIGatewayProxyEventV2): Promise<Result> => {
    const match = ROUTE.exec(event.rawPath ?? '');
    if (!match) return json(404, { error: 'not found' });
    let id: string;
    try {
      id = decodeURIComponent(match[1]!);
    } catch {
      return json(400, { error: 'malformed conversation id' });
    }
    const action = match[2];
    const method = event.requestContext?.http?.method?.toUpperCase();
    const rawMediaKey = match[3];
    const mediaKey = rawMediaKey === undefined ? undefined : parseMediaKeyParam(rawMediaKey);
    if (rawMediaKey !== undefined) {
      if (method !== 'GET') return json(405, { error: 'method not allowed' });
      if (!mediaKey) return json(400, { error: 'malformed media key' });
    }
    const d = await getDeps();
    const now = d.now ?? (() => new Date());

    const conversation = await d.conversations.get(id);
    if (!conversation) return json(404, { error: 'unknown conversation' });

    if (mediaKey) return serveConversationMedia(d.media, conversation, mediaKey);
    if (!action && method === 'GET') {
      return json(200, { conversation, messages: await d.messages.list(id, 200) });
    }
    if (action === 'handback' && method === 'POST') {
      const saved = await d.conversations.save({
        ...conversation,
        mode: 'bot',
        awaiting: undefined,
        updatedAt: now().toISOString(),
      });
      return json(200, { conversation: saved });
    }
    if (action === 'messages' && method === 'POST') {
      const text = parseText(event);
      if (!text)
        return json(400, { error: `body must be JSON { "text": "…" } of 1–${MAX_AGENT_TEXT} characters` });
      return sendAgentReply(d, conversation, text, now());
    }
    return json(405, { error: 'method not allowed' });
  };
}

async function sendAgentReply(
  d: AgentApiDeps,
  conversation: Conversation,
  text: string,
  at: Date,
): Promise<Result> {
  const channel = d.channelFor(conversation.channel);
  const sent = await channel.send(
    { conversation },
    { text, ...(conversation.language ? { language: conversation.language } : {}) },
  );
  await d.messages.append({
    conversationId: conversation.id,
    direction: 'agent',
    at: at.toISOString(),
    id: `agent-${randomUUID()}`,
    text,
    data: { platformMessageIds: sent.platformMessageIds, via: sent.via },
  });
  // An agent who writes has taken the conversation: the bot stays quiet until it is handed back.
  if (conversation.mode !== 'human') {
    await d.conversations.save({ ...conversation, mode: 'human', updatedAt: at.toISOString() });
  }
  return json(200, { sent: sent.platformMessageIds, via: sent.via });
}

/** The Lambda entry point: stores and senders from config, secrets from Secrets Manager in AWS. */
export const handler = middy(
  createAgentApiHandler(async () => {
    const [
      { readEnv },
      { merchantConfigFromEnv },
      { createSecretsLoader },
      { createDynamoStores },
      { createOutboundChannel },
      { createMediaStore },
    ] = await Promise.all([
      import('../config'),
      import('../core/merchant-config'),
      import('../services/secrets'),
      import('../stores/dynamo'),
      import('../channels/outbound'),
      import('../services/media-store'),
    ]);
    const plainEnv = readEnv();
    const env = { ...plainEnv, ...(await createSecretsLoader(plainEnv)()) };
    const merchant = merchantConfigFromEnv(env);
    const stores = createDynamoStores({ tableName: env.TABLE_NAME });
    const channels = new Map<ChannelName, ChannelOutbound>();
    return {
      conversations: stores.conversations,
      messages: stores.messages,
      ...(env.MEDIA_BUCKET || env.MEDIA_DIR ? { media: createMediaStore(env) } : {}),
      channelFor(name) {
        const known = channels.get(name);
        if (known) return known;
        const channel = createOutboundChannel(name, env, merchant);
        channels.set(name, channel);
        return channel;
      },
    };
  }),
);
