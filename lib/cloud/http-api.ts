// The one HTTP API and its route table: who may call what, and how fast. Every construct is created in the
// stack's own scope with the ids it always had, so moving this code out of the stack changed no logical id
// (a replaced API would get a new URL and break every platform's registered webhook).
import { type Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnRoute,
  type CfnStage,
  HttpApi,
  HttpMethod,
  type HttpRoute,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CrossdeskFunction } from './crossdesk-function';

/** Requests per second (steady) and burst of one route; API Gateway answers 429 beyond them. */
export interface RouteThrottle {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/**
 * The stage default: only a route without its own setting below falls back to it, so a route added later
 * starts small until someone gives it a budget.
 */
export const DEFAULT_ROUTE_THROTTLE = { rateLimit: 10, burstLimit: 20 } as const satisfies RouteThrottle;
/**
 * POST /webhooks/{channel}: the three platforms' deliveries share this one route. Platforms retry on 429 and
 * 5xx, so throttling sheds a flood without losing messages; ingest's reserved concurrency bounds it again.
 */
export const WEBHOOK_THROTTLE = { rateLimit: 100, burstLimit: 200 } as const satisfies RouteThrottle;
/** GET /webhooks/whatsapp: Meta's verify-token handshake, called once when the URL is registered. */
export const HANDSHAKE_THROTTLE = { rateLimit: 5, burstLimit: 10 } as const satisfies RouteThrottle;
/** Each POST /tracking/{source}: carriers and aggregators push in batches, far below the shoppers' traffic. */
export const TRACKING_THROTTLE = { rateLimit: 25, burstLimit: 50 } as const satisfies RouteThrottle;
/**
 * A team of agents polling transcripts and replying stays far below this; a stolen token cannot use the
 * webhooks' budget to hammer the table.
 */
export const AGENT_THROTTLE = { rateLimit: 25, burstLimit: 50 } as const satisfies RouteThrottle;
/** The unauthenticated pages (console shell, video redirect) invoke a Lambda: cap what a stranger can spend. */
export const PUBLIC_PAGE_THROTTLE = { rateLimit: 10, burstLimit: 20 } as const satisfies RouteThrottle;

export interface CrossdeskHttpApi {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  /** The per-route limits set so far (route key → limits), written to the stage as RouteSettings. */
  readonly routeThrottles: Map<string, RouteThrottle>;
}

/**
 * The API and its `$default` stage (access-logged, throttled), with no routes yet: the agents' app client
 * needs the API's URL before the agent routes can get their authorizer.
 * @example
 * const { api, stage } = createHttpApi(this);
 */
export function createHttpApi(scope: Stack): CrossdeskHttpApi {
  const api = new HttpApi(scope, 'Api', {
    description: 'Crossdesk webhooks and agent API',
    createDefaultStage: false,
  });
  const accessLogs = new LogGroup(scope, 'ApiAccessLogs', { retention: RetentionDays.THREE_MONTHS });
  const stage = new HttpStage(scope, 'ApiDefaultStage', {
    httpApi: api,
    stageName: '$default',
    autoDeploy: true,
    throttle: DEFAULT_ROUTE_THROTTLE,
    accessLogSettings: {
      destination: new LogGroupLogDestination(accessLogs),
      format: AccessLogFormat.custom(
        JSON.stringify({
          requestId: '$context.requestId',
          routeKey: '$context.routeKey',
          status: '$context.status',
          latencyMs: '$context.responseLatency',
          integrationError: '$context.integrationErrorMessage',
          requestTime: '$context.requestTime',
        }),
      ),
    },
  });
  return { api, stage, routeThrottles: new Map() };
}

/**
 * Gives routes their own limits, overriding the stage default. Raw CloudFormation (an escape hatch: the L2
 * stage has no per-route settings), hence the PascalCase keys; the whole RouteSettings map is rewritten on
 * every call, so callers add routes in any order. A stage may only name routes that already exist, so the
 * stage waits for them (the API itself does not depend on the stage: no cycle).
 * @example
 * throttleRoutes(http, routes, WEBHOOK_THROTTLE);
 */
export function throttleRoutes(
  { stage, routeThrottles }: CrossdeskHttpApi,
  routes: readonly HttpRoute[],
  limits: RouteThrottle,
): void {
  const cfnStage = stage.node.defaultChild as CfnStage;
  for (const route of routes) {
    const cfnRoute = route.node.defaultChild as CfnRoute;
    routeThrottles.set(cfnRoute.routeKey, limits);
    cfnStage.node.addDependency(cfnRoute);
  }
  cfnStage.addPropertyOverride(
    'RouteSettings',
    Object.fromEntries(
      [...routeThrottles].map(([key, t]) => [
        key,
        { ThrottlingRateLimit: t.rateLimit, ThrottlingBurstLimit: t.burstLimit },
      ]),
    ),
  );
}

/**
 * POST /webhooks/{channel} and GET /webhooks/whatsapp (Meta's verification handshake) → ingest.
 * @example
 * addWebhookRoutes(http, ingest);
 */
export function addWebhookRoutes(http: CrossdeskHttpApi, ingest: CrossdeskFunction): HttpRoute[] {
  const { api } = http;
  const integration = new HttpLambdaIntegration('IngestIntegration', ingest);
  const deliveries = api.addRoutes({ path: '/webhooks/{channel}', methods: [HttpMethod.POST], integration });
  const handshake = api.addRoutes({ path: '/webhooks/whatsapp', methods: [HttpMethod.GET], integration });
  throttleRoutes(http, deliveries, WEBHOOK_THROTTLE);
  throttleRoutes(http, handshake, HANDSHAKE_THROTTLE);
  const routes = [...deliveries, ...handshake];
  for (const route of routes) {
    Validations.of(route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Platform webhooks cannot sign AWS requests; ingest verifies each platform signature (WhatsApp HMAC, LINE HMAC, Telegram secret token, WhatsApp verify token) before doing anything.',
    });
  }
  return routes;
}

/** The tracking senders we accept, one route each (functions/services/tracking TRACKING_SOURCES). */
export const TRACKING_ROUTE_SOURCES = ['events', 'aftership', '17track'] as const;

/**
 * POST /tracking/events (our signed schema), /tracking/aftership and /tracking/17track → tracking.
 * @example
 * addTrackingRoutes(http, tracking);
 */
export function addTrackingRoutes(http: CrossdeskHttpApi, tracking: CrossdeskFunction): HttpRoute[] {
  const integration = new HttpLambdaIntegration('TrackingIntegration', tracking);
  const routes = TRACKING_ROUTE_SOURCES.flatMap((source) =>
    http.api.addRoutes({ path: `/tracking/${source}`, methods: [HttpMethod.POST], integration }),
  );
  // Each route gets its own budget: one aggregator's flood does not starve the others.
  throttleRoutes(http, routes, TRACKING_THROTTLE);
  for (const route of routes) {
    Validations.of(route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Carriers and tracking aggregators cannot sign AWS requests; the tracking function verifies each sender signature (our HMAC-SHA256, AfterShip HMAC, 17TRACK sign) before reading the body.',
    });
  }
  return routes;
}

/**
 * The agent API's routes: everything under /agent behind the JWT authorizer; the console shell and the
 * video redirect public, each with its own throttle.
 * @example
 * addAgentRoutes(http, agentApi, auth.authorizer);
 */
export function addAgentRoutes(
  http: CrossdeskHttpApi,
  agentApi: CrossdeskFunction,
  authorizer: IHttpRouteAuthorizer,
): HttpRoute[] {
  const { api } = http;
  const integration = new HttpLambdaIntegration('AgentApiIntegration', agentApi);
  const agentRoutes = [
    ...api.addRoutes({
      path: '/agent/{proxy+}',
      methods: [HttpMethod.ANY],
      integration,
      authorizer,
    }),
    // The merchant's insights report (functions/handlers/agent-api-insights.ts), behind the same JWT.
    ...api.addRoutes({ path: '/insights', methods: [HttpMethod.GET], integration, authorizer }),
  ];
  const publicRoutes = [
    // The console is a static page that runs the PKCE sign-in itself; it holds no data until the agent
    // has a token, and every call it makes goes to /agent.
    ...api.addRoutes({ path: '/console', methods: [HttpMethod.GET], integration }),
    ...api.addRoutes({ path: '/console/{proxy+}', methods: [HttpMethod.GET], integration }),
    // Shoppers open this from a chat message; the token in the path is signed and expiring (VIDEO_LINK_SECRET).
    ...api.addRoutes({ path: '/video/{token}', methods: [HttpMethod.GET], integration }),
  ];
  for (const route of publicRoutes) {
    Validations.of(route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: route.path?.startsWith('/video/')
        ? 'Shoppers have no account: GET /video/{token} only redirects to a video room when the HMAC-signed, expiring token in the path verifies.'
        : 'The agent console shell (static HTML/JS, no data) must load before sign-in to run the Cognito PKCE flow; all data comes from /agent/*, which requires the JWT.',
    });
  }

  throttleRoutes(http, agentRoutes, AGENT_THROTTLE);
  throttleRoutes(http, publicRoutes, PUBLIC_PAGE_THROTTLE);
  return [...agentRoutes, ...publicRoutes];
}
