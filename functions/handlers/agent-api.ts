// The agent API and the console that uses it: what a human agent needs to pick up a handed-off conversation.
// Thin: every decision is the agent desk's (core/agent-desk.ts); this file checks who is calling, validates
// bodies (zod, clear 400s) and maps desk errors to HTTP.
//
//   GET  /console                              the agent console page (public; it signs the agent in)
//   GET  /video/{token}                        a shopper's expiring video-room link → the room (public;
//                                              with Chime a join page + `?join` info, agent-api-video.ts)
//   GET  /agent/conversations?status=handoff|human|bot|closed   the queues
//   GET  /agent/conversations/{id}             state, handoff record, transcript in both languages
//   POST /agent/conversations/{id}/claim       take it (409 when another agent has it)
//   POST /agent/conversations/{id}/translate   { "text" } → how the shopper will read it
//   POST /agent/conversations/{id}/messages    { "text" } → translated, sent to the shopper, logged
//   POST /agent/conversations/{id}/video       a video room: the shopper gets a button, the agent a link
//   POST /agent/conversations/{id}/release     back to the bot (also /handback), the shopper is told
//   POST /agent/conversations/{id}/close       { "resolution" } → closed, back to the bot, rating asked
//   GET  /agent/conversations/{id}/media/{key} a shopper's photo (agent-api-media.ts)
//   GET  /insights (also /agent/insights), /console/insights   the merchant's report and dashboard
//   POST /agent/conversations/{id}/privacy/delete  erase this conversation's shopper (agent-api-privacy.ts)
//   POST /agent/privacy/export|delete          { "shopper" } → their data as JSON / erase it
//
// Who may call /agent: in AWS the API's Cognito JWT authorizer has checked the token and passes its claims;
// locally a bearer AGENT_TOKEN. Nothing under /agent answers without one (401). Conversation ids contain
// ':' and must be URL-encoded in the path.
import { timingSafeEqual } from 'node:crypto';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, ScheduledEvent } from 'aws-lambda';
import * as z from 'zod';
import { createAgentDesk, DeskError } from '../core/agent-desk';
import { DESK_STATUSES } from '../core/desk-status';
import type { DeskStatus } from '../core/ports';
import type { SummaryReadStats } from '../insights/read-summaries';
import { openVideoToken } from '../services/video-room';
import type { AgentApiDeps, AgentAuth } from './agent-api-deps';
import { parseMediaKeyParam, serveConversationMedia } from './agent-api-media';
import {
  CONVERSATION_PRIVACY_ROUTE,
  PRIVACY_ROUTE,
  runPrivacyRequest,
  shopperBody,
} from './agent-api-privacy';
import { serveChimeVideo } from './agent-api-video';
import type { ConsolePageOptions } from './agent-console-page';
import { headerValue } from './http-edge';

type Result = APIGatewayProxyStructuredResultV2;

export type { AgentApiDeps, AgentAuth } from './agent-api-deps';

const json = (statusCode: number, body: unknown): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  body: JSON.stringify(body),
});

const MAX_AGENT_TEXT = 4096;
const textBody = z.object({ text: z.string().trim().min(1).max(MAX_AGENT_TEXT) });
const closeBody = z.object({ resolution: z.string().trim().min(1).max(200) });
const ACTIONS = ['claim', 'translate', 'messages', 'video', 'release', 'handback', 'close'] as const;
type Action = (typeof ACTIONS)[number];

const ROUTE = /^\/agent\/conversations(?:\/([^/]+)(?:\/([a-z]+)\/?|\/media\/(.+)|\/?))?$/;

/** Agent bodies are a reply or a resolution: a few KB. */
const MAX_BODY_BYTES = 64 * 1024;
const MAX_ID_BYTES = 512;

const bodyBytes = (event: APIGatewayProxyEventV2): number =>
  event.isBase64Encoded
    ? Math.floor(((event.body ?? '').length * 3) / 4)
    : Buffer.byteLength(event.body ?? '');

const isJson = (headers: APIGatewayProxyEventV2['headers'] | undefined): boolean =>
  /^application\/json\b/i.test(headerValue(headers, 'content-type') ?? '');

function readBody<T>(
  event: APIGatewayProxyEventV2,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; result: Result } {
  const raw = event.isBase64Encoded
    ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
    : (event.body ?? '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, result: json(400, { error: 'body must be JSON' }) };
  }
  const checked = schema.safeParse(parsed);
  if (checked.success) return { ok: true, value: checked.data };
  return {
    ok: false,
    result: json(400, {
      error: 'invalid body',
      issues: checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    }),
  };
}

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A display name a shopper never sees raw: printable, short. */
const cleanName = (name: string | undefined): string | undefined => {
  const cleaned = name
    ?.replace(/[\p{C}<>]/gu, '')
    .trim()
    .slice(0, 64);
  return cleaned ? cleaned : undefined;
};

/** The calling agent's name, or undefined when the caller is not an agent. */
export function agentFrom(event: APIGatewayProxyEventV2, auth: AgentAuth): string | undefined {
  if (auth.mode === 'cognito') {
    const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } })
      .authorizer?.jwt?.claims;
    if (!claims || typeof claims.sub !== 'string') return undefined;
    const named = [claims.name, claims.email, claims['cognito:username'], claims.username].find(
      (v): v is string => typeof v === 'string' && v !== '',
    );
    return cleanName(named) ?? claims.sub;
  }
  const header = event.headers?.authorization ?? event.headers?.Authorization;
  const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
  if (!auth.token || !given || !sameSecret(given, auth.token)) return undefined;
  return cleanName(event.headers?.['x-agent-name']) ?? 'Agent';
}

function deskFailure(error: unknown): Result {
  if (error instanceof DeskError) {
    const status = { not_found: 404, conflict: 409, not_handed_off: 409, unavailable: 501 }[error.code];
    return json(status, { error: error.message, ...(error.claimedBy ? { claimedBy: error.claimedBy } : {}) });
  }
  if (error instanceof Error && error.name === 'StaleConversationError')
    return json(409, { error: 'the conversation changed meanwhile; reload and try again' });
  throw error;
}

function consolePage(options: ConsolePageOptions | undefined): Promise<Result> {
  if (!options) return Promise.resolve(json(404, { error: 'not found' }));
  return import('./agent-console-page').then(({ renderConsolePage }) => {
    const page = renderConsolePage(options);
    return { statusCode: 200, headers: { ...page.headers }, body: page.html };
  });
}

function videoRedirect(d: AgentApiDeps, token: string, now: Date): Result {
  const page = (status: number, text: string): Result => ({
    statusCode: status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Video call</title><p style="font:18px system-ui;margin:2em">${text}</p>`,
  });
  if (!d.video) return page(404, 'This video link is not valid.');
  const opened = openVideoToken(token, d.video.secret, now);
  if (!opened.ok)
    return opened.reason === 'expired'
      ? page(410, 'This video link has expired. Please ask in the chat for a new one. ⏱️')
      : page(404, 'This video link is not valid.');
  return {
    statusCode: 302,
    headers: {
      location: d.video.roomUrl(opened.room),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  };
}

/**
 * Builds the agent API handler.
 * @example
 * const handler = createAgentApiHandler({ ...stores, channelFor, merchant, auth: { mode: 'token', token } });
 */
export function createAgentApiHandler(deps: AgentApiDeps | (() => Promise<AgentApiDeps>)) {
  let loaded: Promise<{ d: AgentApiDeps; desk: ReturnType<typeof createAgentDesk> }> | undefined;
  const getDeps = () => {
    loaded ??= (typeof deps === 'function' ? deps() : Promise.resolve(deps))
      .then((d) => ({ d, desk: createAgentDesk(d) }))
      .catch((error: unknown) => {
        loaded = undefined;
        throw error;
      });
    return loaded;
  };

  async function serve(event: APIGatewayProxyEventV2): Promise<Result> {
    const path = event.rawPath ?? '';
    const method = event.requestContext?.http?.method?.toUpperCase();
    const { d, desk } = await getDeps();
    const now = d.now ?? (() => new Date());

    if (/^\/console\/?$/.test(path))
      return method === 'GET' ? consolePage(d.console) : json(405, { error: 'method not allowed' });
    const video = /^\/video\/([A-Za-z0-9_.-]+)$/.exec(path);
    if (video)
      return d.videoJoin
        ? serveChimeVideo(d.videoJoin, video[1]!, event, now())
        : videoRedirect(d, video[1]!, now());
    // Insights: the report (agents only) and the dashboard page (agent-api-insights.ts).
    if (/^\/(?:agent\/|console\/)?insights(?:\/|$)/.test(path)) {
      const insights = await import('./agent-api-insights');
      if (!insights.INSIGHTS_PATH.test(path)) return json(404, { error: 'not found' });
      return insights.serveInsights(event, d, { agent: agentFrom(event, d.auth), now: now() });
    }

    const privacyRoute = PRIVACY_ROUTE.exec(path);
    const conversationPrivacy = CONVERSATION_PRIVACY_ROUTE.exec(path);
    const match = ROUTE.exec(path);
    if (!match && !privacyRoute && !conversationPrivacy) return json(404, { error: 'not found' });
    const agent = agentFrom(event, d.auth);
    if (!agent) return json(401, { error: 'sign in as an agent: Authorization: Bearer <token>' });
    if (privacyRoute || conversationPrivacy) {
      if (method !== 'POST') return json(405, { error: 'method not allowed' });
      if (bodyBytes(event) > MAX_BODY_BYTES) return json(413, { error: 'body too large' });
      if (event.body && !isJson(event.headers))
        return json(415, { error: 'content-type must be application/json' });
      if (privacyRoute) {
        const body = readBody(event, shopperBody);
        if (!body.ok) return body.result;
        return runPrivacyRequest(
          d.shopperPrivacy,
          privacyRoute[1] as 'export' | 'delete',
          body.value.shopper,
          agent,
        );
      }
      let conversationId: string;
      try {
        conversationId = decodeURIComponent(conversationPrivacy![1]!);
      } catch {
        return json(400, { error: 'malformed conversation id' });
      }
      if (Buffer.byteLength(conversationId) > MAX_ID_BYTES)
        return json(400, { error: 'conversation id too long' });
      if (!(await d.conversations.get(conversationId))) return json(404, { error: 'unknown conversation' });
      return runPrivacyRequest(d.shopperPrivacy, 'delete', conversationId, agent);
    }
    if (!match) return json(404, { error: 'not found' });

    if (match[1] === undefined) {
      if (method !== 'GET') return json(405, { error: 'method not allowed' });
      const status = (event.queryStringParameters?.status ?? 'handoff') as DeskStatus;
      if (!DESK_STATUSES.includes(status))
        return json(400, { error: `status must be one of ${DESK_STATUSES.join(', ')}` });
      return json(200, { conversations: await desk.list(status) });
    }

    let id: string;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      return json(400, { error: 'malformed conversation id' });
    }
    // No conversation id is this long (platform ids are under 100 bytes); a DynamoDB key would refuse it.
    if (Buffer.byteLength(id) > MAX_ID_BYTES) return json(400, { error: 'conversation id too long' });
    if (bodyBytes(event) > MAX_BODY_BYTES) return json(413, { error: 'body too large' });
    // JSON only: a browser's cross-site "simple" request (form, text/plain) cannot carry this content type
    // without a CORS preflight, which this API never grants.
    if (method === 'POST' && event.body && !isJson(event.headers))
      return json(415, { error: 'content-type must be application/json' });
    const rawMediaKey = match[3];
    if (rawMediaKey !== undefined) {
      if (method !== 'GET') return json(405, { error: 'method not allowed' });
      const mediaKey = parseMediaKeyParam(rawMediaKey);
      if (!mediaKey) return json(400, { error: 'malformed media key' });
      const conversation = await d.conversations.get(id);
      if (!conversation) return json(404, { error: 'unknown conversation' });
      return serveConversationMedia(d.media, conversation, mediaKey);
    }

    const action = match[2] as Action | undefined;
    if (action !== undefined && !ACTIONS.includes(action)) return json(404, { error: 'not found' });
    if (action === undefined ? method !== 'GET' : method !== 'POST')
      return json(405, { error: 'method not allowed' });
    try {
      switch (action) {
        case undefined:
          return json(200, await desk.detail(id));
        case 'claim':
          return json(200, { conversation: desk.conversationView(await desk.claim(id, agent)) });
        case 'translate': {
          const body = readBody(event, textBody);
          return body.ok ? json(200, await desk.preview(id, body.value.text)) : body.result;
        }
        case 'messages': {
          const body = readBody(event, textBody);
          if (!body.ok) return body.result;
          return json(200, await desk.reply(id, agent, body.value.text));
        }
        case 'video':
          return json(200, { video: await desk.video(id, agent) });
        case 'release':
        case 'handback':
          return json(200, { conversation: desk.conversationView(await desk.release(id, agent)) });
        case 'close': {
          const body = readBody(event, closeBody);
          if (!body.ok) return body.result;
          return json(200, {
            conversation: desk.conversationView(await desk.close(id, agent, body.value.resolution)),
          });
        }
      }
    } catch (error) {
      return deskFailure(error);
    }
  }

  // One function, two triggers: HTTP from the API, and the hourly insights chore from EventBridge.
  async function handle(event: APIGatewayProxyEventV2): Promise<Result>;
  async function handle(event: ScheduledEvent): Promise<SummaryReadStats | undefined>;
  async function handle(
    event: APIGatewayProxyEventV2 | ScheduledEvent,
  ): Promise<Result | SummaryReadStats | undefined> {
    if ('detail-type' in event && event['detail-type'] === 'Scheduled Event') {
      const { d } = await getDeps();
      const insights = await import('./agent-api-insights');
      return insights.summarizeFinishedDays(d, (d.now ?? (() => new Date()))());
    }
    return serve(event as APIGatewayProxyEventV2);
  }
  return handle;
}

/** The Lambda entry point: stores, senders, translator and video rooms from config. */
export const handler = middy(
  createAgentApiHandler(async () => (await import('./agent-api-wiring')).createAgentApiDepsFromEnv()),
);
