// The laptop "cloud": dynalite, the SQS FIFO emulator, a scheduler and the API Gateway emulator in
// front of the very handler modules Lambda runs. Only configuration differs from AWS: this module
// sets the environment first and imports the handlers after, so their SDK clients find the local
// endpoints exactly as they would find real ones.
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { retentionFromMerchantJson } from '../../functions/core/retention';
import { createDynamoStores } from '../../functions/stores/dynamo';
import { type ApiRoute, createApiGateway } from './api-gateway';
import { carrierSchedule, createCarrierRoute, createSimulatedCarrier } from './carrier';
import { LOCAL_TELEGRAM_AGENTS_CHAT_ID, localSecrets } from './defaults';
import { type LocalDynamo, startDynalite } from './dynalite';
import { createFakeRoutes } from './fakes/index';
import { plantLocalInsightsDemo } from './insights-demo';
import type { LambdaHandler } from './lambda-context';
import { type LocalRoute, sendJson } from './routes';
import { createScheduler, type Scheduler } from './scheduler';
import { seedCarrierDemoData, seedDemoData } from './seed';
import { createDynamoConversationReset } from './simulator/reset';
import { createSimulatorRoutes } from './simulator/routes';
import { simulatorShoppers } from './simulator/shoppers';
import { createFifoQueue, type FifoQueue, type FifoQueueOptions } from './sqs-fifo';
import { createSqsWireRoute, queueUrl } from './sqs-wire';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const QUEUE_NAME = 'crossdesk-turns.fifo';
export const DELAY_SCAN_RATE = 'rate(30 minutes)';
/** The simulated carrier's default pace (CARRIER_INTERVAL overrides it, `off` stops it). */
export const CARRIER_RATE = 'rate(3 minutes)';

export type HandlerName = 'webhook' | 'worker' | 'agentApi' | 'delayScan' | 'tracking';

/** Where the running stack lives and the environment it gave the handlers. */
export interface LocalStackInfo {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly env: Readonly<Record<string, string>>;
}

export interface LocalStackOptions {
  /** @default process.env.PORT, else 3000; 0 picks a free port */
  readonly port?: number;
  /** @default `<project>/.crossdesk` */
  readonly dataDir?: string;
  /** Extra environment, applied last (wins over everything). */
  readonly env?: Record<string, string>;
  /** Replace handler modules (tests); the rest are imported from functions/handlers. */
  readonly handlers?: Partial<Record<HandlerName, LambdaHandler>>;
  /** Routes tried before the API Gateway emulator, after the stack's own /dev routes. */
  readonly extraRoutes?: readonly LocalRoute[];
  /** Mount the platform fakes (lib/local/fakes) and the shopper simulator. @default true */
  readonly loadPlugins?: boolean;
  /** @default true */
  readonly seed?: boolean;
  readonly queue?: Partial<Omit<FifoQueueOptions, 'name' | 'handler'>>;
  /** Start schedule timers. @default true */
  readonly schedules?: boolean;
  readonly log?: (line: string) => void;
}

export interface LocalStack extends LocalStackInfo {
  readonly queue: FifoQueue;
  readonly dynamo: LocalDynamo;
  readonly scheduler: Scheduler;
  readonly apiRoutes: readonly ApiRoute[];
  /** The platform fakes (outbox, scripted failures, media), when mounted. */
  readonly fakes?: ReturnType<typeof createFakeRoutes>;
  /** True when this start seeded the demo data (first start on this data dir). */
  readonly seeded: boolean;
  stop(): Promise<void>;
}

// Literal specifiers, so bundlers and vitest resolve them like any import; imported only after the
// environment is set (a handler module may build its SDK clients at load).
const handlerModules: Record<HandlerName, () => Promise<unknown>> = {
  webhook: () => import('../../functions/handlers/webhook'),
  worker: () => import('../../functions/handlers/worker'),
  agentApi: () => import('../../functions/handlers/agent-api'),
  delayScan: () => import('../../functions/handlers/delay-scan'),
  tracking: () => import('../../functions/handlers/tracking-webhook'),
};

async function importHandler(name: HandlerName): Promise<LambdaHandler> {
  const mod = (await handlerModules[name]()) as { handler?: LambdaHandler };
  if (typeof mod.handler !== 'function')
    throw new Error(`functions/handlers module for ${name} exports no handler`);
  return mod.handler;
}

const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::(\d+))?$/i;

/**
 * The local stack listens on 127.0.0.1 only, but any web page the developer opens can still make their
 * browser send requests to it. Refused here, before any route: a Host that is not a loopback name (DNS
 * rebinding: evil.example resolving to 127.0.0.1) and, on the dev and agent routes, a browser request from
 * another origin (the Origin header a browser adds to cross-site POSTs and fetches). The platforms' signed
 * webhooks, the fakes and tools like curl or the tests send no Origin and are unaffected.
 * @returns why the request is refused, or undefined
 */
export function crossSiteRefusal(req: IncomingMessage, port: number): string | undefined {
  const host = LOOPBACK_HOST.exec(req.headers.host ?? '');
  if (!host || (host[1] !== undefined && Number(host[1]) !== port))
    return 'the local stack answers only requests addressed to 127.0.0.1 or localhost';
  const origin = req.headers.origin;
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (origin === undefined || !/^\/(?:dev|agent)(?:\/|$)/.test(path)) return undefined;
  try {
    const from = new URL(origin);
    if (LOOPBACK_HOST.test(from.host) && Number(from.port || 80) === port) return undefined;
  } catch {
    // An unreadable Origin is refused like a foreign one.
  }
  return 'cross-site requests to the local dev and agent routes are refused';
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePort((server.address() as AddressInfo).port));
  });
}

/**
 * Boots the whole local stack.
 * @example
 * const stack = await startLocalStack({ port: 0, dataDir: tmp });
 * await fetch(`${stack.url}/dev/health`);
 * await stack.stop();
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir ?? resolve(PROJECT_ROOT, '.crossdesk'));
  const mediaDir = resolve(dataDir, 'media');
  mkdirSync(mediaDir, { recursive: true });

  // Listen first so the fake platform URLs in the environment can name the real port.
  let dispatch: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async (_req, res) =>
    sendJson(res, 503, { message: 'Local stack is starting' });
  const server = createServer((req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { message: 'Internal Server Error' });
      else res.end();
    });
  });
  // `PORT=0` means any free port, as documented: only an unset or non-numeric PORT falls back to 3000.
  const envPort = process.env.PORT?.trim() ? Number(process.env.PORT) : Number.NaN;
  const port = await listen(server, options.port ?? (Number.isInteger(envPort) ? envPort : 3000));
  const url = `http://127.0.0.1:${port}`;

  const tableName = options.env?.TABLE_NAME ?? process.env.TABLE_NAME ?? 'crossdesk';
  let dynamo: LocalDynamo;
  try {
    dynamo = await startDynalite({ path: resolve(dataDir, 'dynamodb'), tableName });
  } catch (error) {
    server.close();
    throw error;
  }

  const merchantConfig = readFileSync(resolve(PROJECT_ROOT, 'crossdesk.config.json'), 'utf8');
  const env: Record<string, string> = {
    AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    TABLE_NAME: tableName,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    // The SQS wire protocol is served by this same server (POST / with X-Amz-Target).
    AWS_ENDPOINT_URL_SQS: url,
    QUEUE_URL: queueUrl(url, QUEUE_NAME),
    MERCHANT_CONFIG: process.env.MERCHANT_CONFIG ?? JSON.stringify(JSON.parse(merchantConfig)),
    ...localSecrets(process.env),
    WHATSAPP_GRAPH_URL: `${url}/fake/whatsapp`,
    // The LINE SDK drops any base path, so its fake answers `/v2/bot/…` at the server's root.
    LINE_API_BASE_URL: url,
    LINE_DATA_API_BASE_URL: url,
    TELEGRAM_API_ROOT: `${url}/fake/telegram`,
    MEDIA_DIR: mediaDir,
    // Handoff notices go to the local receiver, which checks the signature and shows them in /dev/outbox.
    AGENT_WEBHOOK_URL: `${url}/fake/agent-webhook`,
    TRANSLATOR: 'aws',
    AWS_ENDPOINT_URL_TRANSLATE: `${url}/fake/translate`,
    // …and to the local Slack webhook, agents' Telegram group and SES, each shown in /dev/outbox as agent:*.
    SLACK_WEBHOOK_URL: `${url}/fake/slack/webhook`,
    TELEGRAM_AGENTS_CHAT_ID: LOCAL_TELEGRAM_AGENTS_CHAT_ID,
    AGENT_EMAILS: 'agents@shop.example',
    SES_FROM_ADDRESS: 'crossdesk@shop.example',
    AWS_ENDPOINT_URL_SESV2: `${url}/fake/ses`,
    // Used only with VIDEO_ROOM=chime: the Chime SDK Meetings fake speaks the real REST shapes.
    AWS_ENDPOINT_URL_CHIME_SDK_MEETINGS: `${url}/fake/chime`,
    // The agent console and the shoppers' expiring video links are served by this server too.
    PUBLIC_BASE_URL: url,
    CONSOLE_URL: `${url}/console`,
    ...options.env,
  };
  const previousEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  // Credentials from a developer's profile must not leak into local calls.
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  Object.assign(process.env, env);

  const cleanup: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  };
  cleanup.push(() => {
    for (const [k, v] of Object.entries(previousEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  cleanup.push(() => dynamo.stop());
  cleanup.push(
    () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  );

  try {
    const stores = createDynamoStores({
      tableName,
      client: dynamo.client,
      retention: retentionFromMerchantJson(env.MERCHANT_CONFIG),
    });
    const seeded = options.seed === false ? false : await seedDemoData(stores, dynamo.client, tableName);
    if (seeded) log('seeded demo merchant data');
    // The simulated carrier's own parcels, beside (never inside) the demo set.
    if (options.seed !== false && (await seedCarrierDemoData(stores, dynamo.client, tableName)))
      log('seeded the simulated carrier parcels');

    const handlers = { ...options.handlers } as Partial<Record<HandlerName, LambdaHandler>>;
    for (const name of Object.keys(handlerModules) as HandlerName[])
      handlers[name] ??= await importHandler(name);
    const handler = (name: HandlerName) => handlers[name] as LambdaHandler;

    const queue = createFifoQueue({
      name: QUEUE_NAME,
      handler: handler('worker'),
      functionName: 'worker',
      visibilityTimeoutMs: 10_000,
      maxReceiveCount: 3,
      // SQS outlives its consumers: what was queued when the stack died is delivered after the restart.
      journal: resolve(dataDir, 'sqs', `${QUEUE_NAME}.jsonl`),
      onError: (error) => log(`worker failed: ${error instanceof Error ? error.stack : String(error)}`),
      ...options.queue,
    });
    cleanup.push(() => queue.stop());

    // Posts through the real tracking webhook of this very server (never to the store).
    const carrier = createSimulatedCarrier({
      trackingUrl: `${url}/tracking/events`,
      secret: localSecrets(env).TRACKING_WEBHOOK_SECRET,
      orders: stores.orders,
      log,
    });
    // Every few minutes by default; off under vitest unless a test asks (CARRIER_INTERVAL).
    const carrierRate = carrierSchedule(
      env.CARRIER_INTERVAL ?? process.env.CARRIER_INTERVAL,
      process.env.VITEST ? undefined : CARRIER_RATE,
    );
    const scheduler = createScheduler({
      schedules: [
        { name: 'delay-scan', expression: DELAY_SCAN_RATE, handler: handler('delayScan') },
        // The agent API's hourly insights chore, as in AWS (docs/insights.md "Day summaries").
        { name: 'insights-summaries', expression: 'rate(1 hour)', handler: handler('agentApi') },
        ...(carrierRate
          ? [{ name: 'carrier', expression: carrierRate, handler: () => carrier.advance() }]
          : []),
      ],
      autoStart: options.schedules ?? true,
      onError: (error, name) => log(`schedule ${name} failed: ${String(error)}`),
    });
    cleanup.push(() => scheduler.stop());

    const apiRoutes: ApiRoute[] = [
      { routeKey: 'POST /webhooks/{channel}', functionName: 'webhook', handler: handler('webhook') },
      ...['events', 'aftership', '17track'].map((source) => ({
        routeKey: `POST /tracking/${source}`,
        functionName: 'tracking',
        handler: handler('tracking'),
      })),
      { routeKey: 'GET /webhooks/whatsapp', functionName: 'webhook', handler: handler('webhook') },
      { routeKey: 'ANY /agent/{proxy+}', functionName: 'agent-api', handler: handler('agentApi') },
      { routeKey: 'GET /console', functionName: 'agent-api', handler: handler('agentApi') },
      { routeKey: 'GET /console/{proxy+}', functionName: 'agent-api', handler: handler('agentApi') },
      { routeKey: 'GET /insights', functionName: 'agent-api', handler: handler('agentApi') },
      { routeKey: 'GET /video/{token}', functionName: 'agent-api', handler: handler('agentApi') },
    ];
    const api = createApiGateway({
      routes: apiRoutes,
      onError: (error, route) =>
        log(`${route.routeKey} failed: ${error instanceof Error ? error.stack : String(error)}`),
    });

    const pluginRoutes: LocalRoute[] = [];
    let fakes: ReturnType<typeof createFakeRoutes> | undefined;
    if (options.loadPlugins ?? true) {
      fakes = createFakeRoutes({ secrets: localSecrets(env) });
      const simulator = createSimulatorRoutes({
        shoppers: simulatorShoppers(),
        secrets: localSecrets(env),
        addMedia: fakes.addMedia,
        // Read-only: the simulator shows who owns a shopper's chat; changes go through the agent API.
        conversations: stores.conversations,
        // Both sides of a chat from the log (survives reloads and restarts); the raw payloads from the fakes.
        messages: stores.messages,
        outbox: fakes.outbox,
        // POST /dev/reset: one shopper's conversation deleted so a demo can start over (local only).
        reset: createDynamoConversationReset({ client: dynamo.client, tableName }),
        // This stack's own address, never one taken from the request's Host header.
        webhookBaseUrl: url,
        agentApiBaseUrl: url,
      });
      pluginRoutes.push(...fakes.routes, ...simulator.routes);
    }

    const sqsRoute = createSqsWireRoute([queue]);
    const devRoutes: LocalRoute[] = [
      async (req, res, u) => {
        if (req.method !== 'GET' || u.pathname !== '/dev/health') return false;
        sendJson(res, 200, { ok: true, url, dataDir, queue: queue.stats(), schedules: scheduler.describe() });
        return true;
      },
      async (req, res, u) => {
        const match = /^\/dev\/schedules\/([^/]+)\/run$/.exec(u.pathname);
        if (req.method !== 'POST' || !match) return false;
        const name = decodeURIComponent(match[1] ?? '');
        if (!scheduler.names.includes(name)) {
          sendJson(res, 404, { message: `No schedule named ${name}`, schedules: scheduler.names });
          return true;
        }
        try {
          sendJson(res, 200, { ran: name, result: (await scheduler.run(name)) ?? null });
        } catch (error) {
          log(`schedule ${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
          sendJson(res, 500, { ran: name, error: error instanceof Error ? error.message : String(error) });
        }
        return true;
      },
      async (req, res, u) => {
        if (req.method !== 'GET' || u.pathname !== '/dev/queue') return false;
        sendJson(res, 200, {
          stats: queue.stats(),
          pending: queue.pending(),
          deadLetters: queue.deadLetters(),
        });
        return true;
      },
      createCarrierRoute(carrier, log),
      // Demo insights (lib/local/insights-demo.ts): four weeks of history and a planted defect spike.
      async (req, res, u) => {
        if (req.method !== 'POST' || u.pathname !== '/dev/insights/demo') return false;
        sendJson(res, 200, await plantLocalInsightsDemo({ tableName, stores }));
        return true;
      },
      async (req, res) => sqsRoute(req, res),
    ];
    const routes = [...devRoutes, ...(options.extraRoutes ?? []), ...pluginRoutes];

    dispatch = async (req, res) => {
      const u = new URL(req.url ?? '/', url);
      const refused = crossSiteRefusal(req, port);
      if (refused) return sendJson(res, 403, { message: refused });
      for (const route of routes) if (await route(req, res, u)) return;
      if (await api.handle(req, res)) return;
      sendJson(res, 404, { message: 'Not Found' });
    };

    // A fresh demo data dir gets the demo insights once (tests ask for them: POST /dev/insights/demo).
    if (seeded && !process.env.VITEST)
      await plantLocalInsightsDemo({ tableName, stores }).then(
        (planted) => log(`planted demo insights: ${planted.events} events, ${planted.alerts} alert`),
        (error: unknown) => log(`demo insights not planted: ${String(error)}`),
      );
    return { url, port, dataDir, env, queue, dynamo, scheduler, apiRoutes, fakes, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
