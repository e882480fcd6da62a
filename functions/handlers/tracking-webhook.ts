// The tracking Lambda: POST /tracking/{events|aftership|17track}. verify → parse → per shipment: lock,
// claim each event (dedupe), load, merge, persist, enqueue a `shipment_update` job (tracking-apply.ts) →
// 200 (202 when a tracking number is not ours). The worker decides whether the shopper hears about it;
// nothing else happens here.

import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ConfigError, readEnv } from '../config';
import type { EventClaimStore, OrderStore, TurnQueue } from '../core/ports';
import { retentionFromMerchantJson } from '../core/retention';
import { createSecretsLoader } from '../services/secrets';
import { createSqsTurnQueue } from '../services/sqs-turn-queue';
import {
  isTrackingSourceName,
  type TrackingParseResult,
  TrackingPayloadError,
  type TrackingSourceName,
  trackingSources,
} from '../services/tracking/index';
import { createDynamoStores } from '../stores/dynamo/index';
import { headerValue, onceLoaded, rawBodyWithin } from './http-edge';
import { applyTrackingEvents, ShipmentBusyError, type TrackingLogger } from './tracking-apply';

export type { TrackingLogger } from './tracking-apply';
export type Result = APIGatewayProxyStructuredResultV2;

export interface TrackingWebhookDeps {
  /** Per source: our TRACKING_WEBHOOK_SECRET, AFTERSHIP_WEBHOOK_SECRET, SEVENTEENTRACK_SECURITY_KEY. */
  secrets: Partial<Record<TrackingSourceName, string>>;
  claims: EventClaimStore;
  orders: Pick<OrderStore, 'getShipment' | 'putShipment'>;
  queue: TurnQueue;
  logger?: TrackingLogger;
  /** @default 256 KiB */
  maxBodyBytes?: number;
  /**
   * How long an event id stays claimed. @default 30 days: aggregators resend a parcel's whole history with
   * every update, so a short claim would re-queue old checkpoints (harmless, the merge drops them, but a job).
   */
  claimTtlSeconds?: number;
  /**
   * Waits (ms) before retrying a shipment another delivery is updating right now; after the last one the
   * delivery gets a 503 and the sender retries. @default 25, 50, 100, 200, 400, 800 (about 1.6 s)
   */
  lockWaitsMs?: readonly number[];
  /** @default Date.now */
  now?: () => number;
  /** @default setTimeout (tests pass a no-op) */
  sleep?: (ms: number) => Promise<void>;
}

const MAX_BODY = 256 * 1024;
const THIRTY_DAYS = 30 * 24 * 3600;
const LOCK_WAITS_MS = [25, 50, 100, 200, 400, 800] as const;
/** SDK call limits: a slow dependency fails fast into a 503 the sender retries, inside the Lambda timeout. */
// throwOnRequestTimeout: without it the SDK's HTTP handler only warns when requestTimeout passes.
const SDK_TIMEOUTS = {
  connectionTimeout: 1_000,
  requestTimeout: 3_000,
  throwOnRequestTimeout: true,
} as const;

const silentLogger: TrackingLogger = { info() {}, warn() {}, error() {} };

const json = (statusCode: number, body: unknown): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const fail = (statusCode: number, error: string, extra: Record<string, unknown> = {}): Result =>
  json(statusCode, { ok: false, error, ...extra });

const sourceOf = (event: APIGatewayProxyEventV2): string | undefined =>
  event.pathParameters?.source ?? /\/tracking\/([^/?]+)\/?$/.exec(event.rawPath ?? '')?.[1];

const errorName = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Builds the tracking handler around its dependencies (or a function that loads them once).
 * @example
 * const stores = createMemoryStores();
 * const handler = createTrackingWebhookHandler({ secrets: { events: 's' }, claims: stores.claims, orders: stores.orders, queue });
 * const result = await handler(apiGatewayEvent, lambdaContext); // { statusCode: 200, … }
 */
export function createTrackingWebhookHandler(
  deps: TrackingWebhookDeps | (() => Promise<TrackingWebhookDeps>),
) {
  const getDeps = onceLoaded(deps);

  const handle = async (event: APIGatewayProxyEventV2): Promise<Result> => {
    const source = sourceOf(event);
    if (!isTrackingSourceName(source)) return fail(404, 'unknown tracking source');
    const method = event.requestContext?.http?.method?.toUpperCase() ?? 'POST';
    if (method !== 'POST') return fail(405, 'method not allowed');

    let d: TrackingWebhookDeps;
    try {
      d = await getDeps();
    } catch (error) {
      // Our misconfiguration or an AWS outage, not the sender's doing: 503 so the sender retries.
      console.error('tracking dependencies failed to load:', error instanceof Error ? error.name : 'unknown');
      return fail(503, 'temporarily unavailable');
    }
    const log = d.logger ?? silentLogger;
    const secret = d.secrets[source];
    if (!secret) return fail(404, 'tracking source not configured');

    const limit = d.maxBodyBytes ?? MAX_BODY;
    const rawBody = rawBodyWithin(event, limit);
    if (!rawBody) return fail(413, 'body too large');

    const adapter = trackingSources[source];
    const signature = headerValue(event.headers, adapter.signatureHeader);
    if (!adapter.verify(rawBody, signature, secret)) {
      log.warn('tracking webhook rejected', { source, reason: signature ? 'bad signature' : 'no signature' });
      return fail(401, 'unauthorized');
    }

    let parsed: TrackingParseResult;
    try {
      parsed = adapter.parse(rawBody);
    } catch (error) {
      // Whatever the parser throws was caused by the body: a 400 stops the sender re-sending poison.
      const payload = error instanceof TrackingPayloadError;
      log[payload ? 'warn' : 'error']('tracking body refused', {
        source,
        reason: errorName(error),
        bytes: rawBody.length,
      });
      return payload ? fail(400, error.message, { issues: error.issues }) : fail(400, 'unreadable body');
    }
    for (const line of parsed.ignored) log.info('tracking event ignored', { source, event: line });

    const outcome = await applyTrackingEvents(
      {
        claims: d.claims,
        orders: d.orders,
        queue: d.queue,
        log,
        claimTtlSeconds: d.claimTtlSeconds ?? THIRTY_DAYS,
        lockWaitsMs: d.lockWaitsMs ?? LOCK_WAITS_MS,
        now: d.now ?? Date.now,
        ...(d.sleep ? { sleep: d.sleep } : {}),
      },
      source,
      parsed.events,
    );
    if (outcome.failures.length > 0) {
      const busy = outcome.failures.every((failure) => failure instanceof ShipmentBusyError);
      log[busy ? 'warn' : 'error']('tracking update failed; the sender will retry', {
        source,
        failures: outcome.failures.length,
        error: errorName(outcome.failures[0]),
      });
      // Our side (a store or the queue is down, or another delivery holds the parcel): the sender retries.
      return fail(503, 'temporarily unavailable');
    }
    const unknown = outcome.unknown + (parsed.foreign ?? 0);
    const counts = {
      applied: outcome.applied,
      duplicates: outcome.duplicates,
      unknown,
      ignored: parsed.ignored.length + outcome.future,
    };
    // 202: taken, but some tracking number is not one of our shipments (nothing to retry: a 2xx). The list
    // goes back only to the sender that sent it, never to the logs.
    if (unknown > 0)
      return json(202, { ok: true, ...counts, unknownTrackingNumbers: outcome.unknownTrackingNumbers });
    return json(200, { ok: true, ...counts });
  };

  return middy<APIGatewayProxyEventV2, Result>().handler(handle);
}

/** The Lambda entry point: dependencies come from config, secrets from Secrets Manager in AWS. */
export const handler = createTrackingWebhookHandler(async () => {
  const env = readEnv();
  if (!env.QUEUE_URL) throw new ConfigError('QUEUE_URL is required by the tracking function');
  const secrets = await createSecretsLoader(
    env,
    new SecretsManagerClient({ requestHandler: SDK_TIMEOUTS, maxAttempts: 2 }),
  )();
  const stores = createDynamoStores({
    tableName: env.TABLE_NAME,
    client: new DynamoDBClient({ requestHandler: SDK_TIMEOUTS, maxAttempts: 2 }),
    retention: retentionFromMerchantJson(env.MERCHANT_CONFIG),
  });
  return {
    secrets: {
      ...(secrets.TRACKING_WEBHOOK_SECRET ? { events: secrets.TRACKING_WEBHOOK_SECRET } : {}),
      ...(secrets.AFTERSHIP_WEBHOOK_SECRET ? { aftership: secrets.AFTERSHIP_WEBHOOK_SECRET } : {}),
      ...(secrets.SEVENTEENTRACK_SECURITY_KEY ? { '17track': secrets.SEVENTEENTRACK_SECURITY_KEY } : {}),
    },
    claims: stores.claims,
    orders: stores.orders,
    queue: createSqsTurnQueue({
      queueUrl: env.QUEUE_URL,
      client: new SQSClient({ requestHandler: SDK_TIMEOUTS, maxAttempts: 2 }),
    }),
    logger: powertoolsLogger(new Logger({ serviceName: 'crossdesk-tracking' })),
  };
});

// What the handler logs is hashed references (logRef), codes and counts: never a tracking number, an event
// id a sender chose, nor the carrier's text (it may name the recipient).
function powertoolsLogger(logger: Logger): TrackingLogger {
  return {
    info: (message, extra) => logger.info(message, extra ?? {}),
    warn: (message, extra) => logger.warn(message, extra ?? {}),
    error: (message, extra) => logger.error(message, extra ?? {}),
  };
}
