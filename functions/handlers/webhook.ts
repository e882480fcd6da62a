// The ingest Lambda: verify → parse → claim → persist → enqueue → 200. Nothing else happens here, so
// the platforms get their answer fast and the worker does the slow part.
import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { WebhookShapeError } from '../channels/errors';
import {
  type HandshakeResult,
  type InboundChannel,
  inboundChannels,
  isChannelName,
} from '../channels/registry';
import { ConfigError, readEnv } from '../config';
import { inboundLogEntry } from '../core/message-log';
import type { EventClaimStore, MessageLog, StatusLog, TurnQueue, WebhookRequest } from '../core/ports';
import { retentionFromMerchantJson } from '../core/retention';
import type { ChannelName, InboundMessage, QueuedTurn } from '../core/types';
import { createSecretsLoader } from '../services/secrets';
import { createSqsTurnQueue } from '../services/sqs-turn-queue';
import { createDynamoStores } from '../stores/dynamo';
import { eachLimited } from './each-limited';
import { onceLoaded, rawBodyWithin } from './http-edge';

export type Result = APIGatewayProxyStructuredResultV2;

export interface IngestLogger {
  debug(message: string, extra?: Record<string, unknown>): void;
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export interface WebhookDeps {
  /** Usually `inboundChannels(secrets)` from the registry; a channel's `handshake` answers GET. */
  channels: Partial<Record<ChannelName, InboundChannel>>;
  claims: EventClaimStore;
  messages: MessageLog;
  statuses: StatusLog;
  queue: TurnQueue;
  logger?: IngestLogger;
  /** @default 1 MiB */
  maxBodyBytes?: number;
  /** How long a platform event id stays claimed. @default 7 days (WhatsApp retries for up to 7 days) */
  claimTtlSeconds?: number;
  /**
   * Messages the platform dated longer ago than this are ignored (logged): a replay after the claim expired
   * would otherwise be answered again. The deployed handler uses the claim TTL; unset = no freshness check
   * (tests that replay recorded platform samples).
   */
  maxEventAgeSeconds?: number;
}

const ONE_MIB = 1024 * 1024;
const SEVEN_DAYS = 7 * 24 * 3600;
/** DynamoDB items stop at 400 KB; a message bigger than this is stored without its raw platform JSON. */
const MAX_STORED_BYTES = 120_000;
const MAX_STORED_TEXT = 10_000;
/**
 * Longest event / conversation / platform message id we store. DynamoDB keys stop at 2,048 bytes (partition)
 * and 1,024 (sort, e.g. `MSG#<at>#<eventId>`); real platform ids are under 100.
 */
const MAX_ID_BYTES = 512;
/**
 * The claim's lease until the event is queued: longer than ingest's own timeout (10 s), far shorter than the
 * platforms' retry schedules (WhatsApp, LINE and Telegram retry for minutes to days).
 */
export const CLAIM_LEASE_SECONDS = 60;
/**
 * Why a retry takes over an unconfirmed claim rather than waiting for its lease: it cannot tell a holder
 * that died from one still at work, and a 200 to it ends the platform's retries. Doing the work twice up to
 * the confirm is harmless: the transcript line is the same item, and SQS FIFO drops the second enqueue
 * (the event id is its deduplication id for 5 minutes, far longer than the lease).
 */
const OVER_LEASE = { overLease: true } as const;

const silentLogger: IngestLogger = { debug() {}, info() {}, warn() {}, error() {} };

const json = (statusCode: number, body: unknown): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const fail = (statusCode: number, error: string): Result => json(statusCode, { ok: false, error });

function channelOf(event: APIGatewayProxyEventV2): string | undefined {
  return event.pathParameters?.channel ?? /\/webhooks\/([^/?]+)/.exec(event.rawPath ?? '')?.[1];
}

function lowerCaseHeaders(headers: APIGatewayProxyEventV2['headers'] | undefined): WebhookRequest['headers'] {
  const out: WebhookRequest['headers'] = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

const fromHandshake = (answer: HandshakeResult): Result => ({
  statusCode: answer.status,
  headers: { 'content-type': answer.contentType },
  body: answer.body,
});

/** What is stored and queued: the message, shrunk only if a forged-but-signed body made it huge. */
function storable(message: InboundMessage): InboundMessage {
  if (Buffer.byteLength(JSON.stringify(message)) <= MAX_STORED_BYTES) return message;
  const text = message.text?.slice(0, MAX_STORED_TEXT);
  return { ...message, ...(text !== undefined ? { text } : {}), raw: { omitted: 'too large to store' } };
}

/**
 * Builds the ingest handler around its dependencies (or a function that loads them once).
 * @example
 * const stores = createMemoryStores();
 * const handler = createWebhookHandler({ channels: inboundChannels(localSecrets()), ...stores, queue });
 * const result = await handler(apiGatewayEvent, lambdaContext);
 */
export function createWebhookHandler(deps: WebhookDeps | (() => Promise<WebhookDeps>)) {
  const getDeps = onceLoaded(deps);

  const handle = async (event: APIGatewayProxyEventV2): Promise<Result> => {
    const channelName = channelOf(event);
    if (!isChannelName(channelName)) return fail(404, 'unknown channel');
    const method = event.requestContext?.http?.method?.toUpperCase() ?? 'POST';

    let d: WebhookDeps;
    try {
      d = await getDeps();
    } catch (error) {
      // Our misconfiguration or an AWS outage, not the sender's doing: 500 so the platform retries.
      console.error('ingest dependencies failed to load:', error instanceof Error ? error.name : 'unknown');
      return fail(500, 'temporarily unavailable');
    }
    const log = d.logger ?? silentLogger;

    const channel = d.channels[channelName];
    if (!channel) return fail(404, 'channel not configured');
    // A GET is the platform checking the webhook URL (Meta's hub.challenge), for channels that have one.
    if (method === 'GET') {
      if (!channel.handshake) return fail(405, 'method not allowed');
      return fromHandshake(
        channel.handshake({
          method,
          headers: lowerCaseHeaders(event.headers),
          query: event.queryStringParameters ?? {},
          rawBody: Buffer.alloc(0),
        }),
      );
    }
    if (method !== 'POST') return fail(405, 'method not allowed');

    const limit = d.maxBodyBytes ?? ONE_MIB;
    const rawBody = rawBodyWithin(event, limit);
    if (!rawBody) return fail(413, 'body too large');

    const req: WebhookRequest = {
      method,
      headers: lowerCaseHeaders(event.headers),
      query: event.queryStringParameters ?? {},
      rawBody,
    };
    const verified = channel.verify(req);
    if (!verified.ok) {
      log.warn('webhook rejected', { channel: channelName, reason: verified.reason });
      return fail(401, 'unauthorized');
    }

    let parsed: ReturnType<InboundChannel['parse']>;
    try {
      parsed = channel.parse(rawBody);
    } catch (error) {
      // Whatever the parser throws was caused by the body: a 400 stops the platform re-sending poison.
      const shape = error instanceof WebhookShapeError;
      log[shape ? 'warn' : 'error']('webhook body refused', {
        channel: channelName,
        reason: error instanceof Error ? error.message : String(error),
        bytes: rawBody.length,
      });
      return fail(400, shape ? error.message : 'unreadable body');
    }

    // Ids no platform sends but a signed body can carry: too long for a DynamoDB key, so they would fail
    // the claim with a 5xx on every retry. Dropped with a log line (200): nothing real is lost.
    const keyable = (...ids: string[]) => ids.every((id) => Buffer.byteLength(id) <= MAX_ID_BYTES);
    // Older than the dedupe window: a replay (or a platform retrying for longer than we remember ids) would
    // be answered again, on WhatsApp through a paid template. Ignored, logged.
    const ttl = d.claimTtlSeconds ?? SEVEN_DAYS;
    const oldest = d.maxEventAgeSeconds === undefined ? undefined : Date.now() - d.maxEventAgeSeconds * 1000;
    const fresh =
      oldest === undefined
        ? parsed.messages
        : parsed.messages.filter((m) => !(Date.parse(m.receivedAt) < oldest));
    if (fresh.length < parsed.messages.length)
      log.warn('webhook events ignored: older than the dedupe window', {
        channel: channelName,
        events: parsed.messages.length - fresh.length,
      });
    const messages = fresh.filter((m) => keyable(m.eventId, m.conversationId));
    const statuses = parsed.statuses.filter((s) =>
      keyable(s.eventId, s.conversationId, s.platformMessageId, s.status),
    );
    const dropped = fresh.length - messages.length + parsed.statuses.length - statuses.length;
    if (dropped > 0)
      log.warn('webhook events ignored: an id is longer than a stored key allows', {
        channel: channelName,
        events: dropped,
      });
    for (const line of parsed.ignored)
      log.info('webhook event ignored', { channel: channelName, event: line });

    const results = await Promise.allSettled([
      ...groupByConversation(messages).map((group) => ingestInOrder(d, group, ttl, log)),
      ...statuses.map((status) => d.statuses.record(status)),
    ]);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed.length > 0) {
      log.error('webhook ingest failed; the platform will retry', {
        channel: channelName,
        failures: failed.length,
        error: failed[0]?.reason instanceof Error ? failed[0].reason.message : String(failed[0]?.reason),
      });
      return fail(500, 'temporarily unavailable');
    }
    log.debug('webhook ingested', {
      channel: channelName,
      messages: messages.length,
      statuses: statuses.length,
      ignored: parsed.ignored.length,
    });
    return json(200, { ok: true });
  };

  return middy<APIGatewayProxyEventV2, Result>().handler(handle);
}

/** Keeps payload order inside each conversation (FIFO per conversation), conversations in parallel. */
function groupByConversation(messages: InboundMessage[]): InboundMessage[][] {
  const groups = new Map<string, InboundMessage[]>();
  for (const message of messages) {
    const group = groups.get(message.conversationId);
    if (group) group.push(message);
    else groups.set(message.conversationId, [message]);
  }
  return [...groups.values()];
}

async function ingestInOrder(d: WebhookDeps, group: InboundMessage[], ttl: number, log: IngestLogger) {
  if (group.length <= 4) {
    for (const message of group) await ingestOne(d, message, ttl, log);
    return;
  }
  await ingestMany(d, group, ttl, log);
}

/** Store calls in flight at once for one big body (a LINE batch of thousands of events). */
const BATCH_CONCURRENCY = 16;

const eachBounded = <T>(items: readonly T[], work: (item: T) => Promise<void>) =>
  eachLimited(items, BATCH_CONCURRENCY, work);

/**
 * One conversation's many messages in one body: claims, transcript lines and confirms run in parallel
 * (their order does not matter), only the enqueue goes one by one, in the body's order, so the FIFO group
 * keeps it. 2,000 events then take a fraction of ingest's timeout instead of all of it.
 */
async function ingestMany(d: WebhookDeps, group: InboundMessage[], ttl: number, log: IngestLogger) {
  const won = new Array<boolean>(group.length).fill(false);
  const indexes = group.map((_, i) => i);
  await eachBounded(indexes, async (i) => {
    won[i] = await d.claims.claim((group[i] as InboundMessage).eventId, CLAIM_LEASE_SECONDS, OVER_LEASE);
  });
  const fresh = group.filter((_, i) => won[i]);
  const skipped = group.length - fresh.length;
  if (skipped > 0) log.info('duplicate deliveries skipped', { channel: group[0]?.channel, events: skipped });
  const stored = fresh.map(storable);
  let enqueued = 0;
  try {
    await eachBounded(stored, (message) => d.messages.append(inboundLogEntry(message)));
    for (const chunk of queueChunks(stored)) {
      const entries = chunk.map((message) => ({
        groupId: message.conversationId,
        dedupId: message.eventId,
        body: JSON.stringify({ v: 1, message } satisfies QueuedTurn),
      }));
      if (d.queue.enqueueBatch) await d.queue.enqueueBatch(entries);
      else for (const e of entries) await d.queue.enqueue(e.groupId, e.dedupId, e.body);
      enqueued += chunk.length;
    }
  } catch (error) {
    // What did not reach the queue gives its claim back, so the platform's retry brings exactly that.
    await eachBounded(fresh.slice(enqueued), (message) => releaseClaim(d, message, log));
    await confirmAll(d, fresh.slice(0, enqueued), ttl, log);
    throw error;
  }
  await confirmAll(d, fresh, ttl, log);
}

/** SQS batches: at most 10 entries and 256 KB together (kept under 200 KB for the JSON around them). */
function queueChunks(messages: InboundMessage[]): InboundMessage[][] {
  const chunks: InboundMessage[][] = [];
  let current: InboundMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = Buffer.byteLength(JSON.stringify(message));
    if (current.length > 0 && (current.length === 10 || bytes + size > 200_000)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function confirmAll(d: WebhookDeps, messages: InboundMessage[], ttl: number, log: IngestLogger) {
  await eachBounded(messages, (message) =>
    d.claims.confirm(message.eventId, ttl).catch(() => {
      log.warn('claim confirm failed; the lease expires and a late retry may be queued again', {
        eventId: message.eventId,
      });
    }),
  );
}

async function ingestOne(d: WebhookDeps, original: InboundMessage, ttl: number, log: IngestLogger) {
  // A lease first, confirmed for the full TTL only after the enqueue: a Lambda that dies in between leaves
  // an unconfirmed claim, which the platform's retry takes over (OVER_LEASE) instead of being skipped as
  // a duplicate — and answered 200, never to come back.
  if (!(await d.claims.claim(original.eventId, CLAIM_LEASE_SECONDS, OVER_LEASE))) {
    log.info('duplicate delivery skipped', { channel: original.channel, eventId: original.eventId });
    return;
  }
  const message = storable(original);
  try {
    // Persist first: if the enqueue fails, the transcript still shows what the shopper said.
    await d.messages.append(inboundLogEntry(message));
    const turn: QueuedTurn = { v: 1, message };
    await d.queue.enqueue(message.conversationId, message.eventId, JSON.stringify(turn));
  } catch (error) {
    await releaseClaim(d, original, log);
    throw error;
  }
  // Enqueued: from here a retry must be a duplicate. A failed confirm leaves the lease, whose expiry lets
  // a late retry enqueue again; SQS FIFO's 5-minute dedup and the worker's committed-turn check absorb it.
  await d.claims.confirm(original.eventId, ttl).catch(() => {
    log.warn('claim confirm failed; the lease expires and a late retry may be queued again', {
      eventId: original.eventId,
    });
  });
}

/**
 * Why release: the claim was written but nothing reached the queue. Left in place it would make the
 * platform's retry look like a duplicate until the lease expires. Releasing (one delete) lets the retry
 * through at once; the re-append overwrites the same log item (same at + id), and SQS FIFO's 5-minute
 * dedup on the event id absorbs an enqueue that in fact succeeded. If the release itself fails (or the
 * Lambda dies between claim and enqueue), only the lease is left: it expires within CLAIM_LEASE_SECONDS.
 */
async function releaseClaim(d: WebhookDeps, original: InboundMessage, log: IngestLogger) {
  await d.claims.release(original.eventId).catch(() => {
    log.error('claim release failed; the lease expires within a minute', { eventId: original.eventId });
  });
}

/** The Lambda entry point: dependencies come from config, secrets from Secrets Manager in AWS. */
export const handler = createWebhookHandler(async () => {
  const env = readEnv();
  if (!env.QUEUE_URL) throw new ConfigError('QUEUE_URL is required by the ingest function');
  const secrets = await createSecretsLoader(env)();
  const stores = createDynamoStores({
    tableName: env.TABLE_NAME,
    retention: retentionFromMerchantJson(env.MERCHANT_CONFIG),
  });
  return {
    channels: inboundChannels(secrets),
    claims: stores.claims,
    messages: stores.messages,
    statuses: stores.statuses,
    queue: createSqsTurnQueue({ queueUrl: env.QUEUE_URL }),
    maxEventAgeSeconds: SEVEN_DAYS,
    logger: powertoolsLogger(new Logger({ serviceName: 'crossdesk-ingest' })),
  };
});

// Info level logs event kinds and ids only, never bodies or secrets.
function powertoolsLogger(logger: Logger): IngestLogger {
  return {
    debug: (message, extra) => logger.debug(message, extra ?? {}),
    info: (message, extra) => logger.info(message, extra ?? {}),
    warn: (message, extra) => logger.warn(message, extra ?? {}),
    error: (message, extra) => logger.error(message, extra ?? {}),
  };
}
