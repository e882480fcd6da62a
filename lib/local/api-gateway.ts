// An API Gateway HTTP API (payload format 2.0) in front of local Lambda handlers: each node request
// becomes a real APIGatewayProxyEventV2 and the handler's result is mapped back as API Gateway does.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createLambdaContext, type LambdaHandler } from './lambda-context';
import { readBody } from './routes';

export interface ApiRoute {
  /** As API Gateway spells it: `POST /webhooks/{channel}`, `ANY /agent/{proxy+}`, `$default`. */
  readonly routeKey: string;
  readonly functionName: string;
  readonly handler: LambdaHandler;
}

export interface RouteMatch {
  route: ApiRoute;
  pathParameters?: Record<string, string>;
}

interface CompiledRoute {
  route: ApiRoute;
  method: string;
  regex: RegExp;
  names: string[];
  /** Higher wins: exact method over ANY, more literal segments over parameters, greedy last. */
  score: number;
}

function compile(route: ApiRoute): CompiledRoute {
  if (route.routeKey === '$default') return { route, method: 'ANY', regex: /^/, names: [], score: -1 };
  const [method = 'ANY', path = '/'] = route.routeKey.split(' ');
  const names: string[] = [];
  let literal = 0;
  let greedy = false;
  const pattern = path
    .split('/')
    .map((segment) => {
      const param = /^\{([^}+]+)(\+?)\}$/.exec(segment);
      if (!param) {
        literal++;
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      names.push(param[1] ?? '');
      if (param[2]) {
        greedy = true;
        return '(.+)';
      }
      return '([^/]+)';
    })
    .join('/');
  const score = literal * 10 + (greedy ? 0 : 5) + (method === 'ANY' ? 0 : 1);
  return { route, method, regex: new RegExp(`^${pattern}$`), names, score };
}

/** The route API Gateway would pick for this method and path, with its path parameters. */
export function matchRoute(
  routes: readonly ApiRoute[],
  method: string,
  path: string,
): RouteMatch | undefined {
  const candidates = routes
    .map(compile)
    .filter((c) => c.method === 'ANY' || c.method === method.toUpperCase())
    .map((c) => ({ c, m: c.regex.exec(path) }))
    .filter((x): x is { c: CompiledRoute; m: RegExpExecArray } => x.m !== null)
    .sort((a, b) => b.c.score - a.c.score);
  const best = candidates[0];
  if (!best) return undefined;
  if (best.c.names.length === 0) return { route: best.c.route };
  const pathParameters = Object.fromEntries(
    best.c.names.map((name, i) => [name, decodeURIComponent(best.m[i + 1] ?? '')]),
  );
  return { route: best.c.route, pathParameters };
}

const TEXT_TYPES =
  /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded|graphql)|.*\+(json|xml))/i;

export interface EventInput {
  method: string;
  /** Path and query as received, e.g. `/webhooks/line?x=1`. */
  url: string;
  /** Node's `req.rawHeaders`: name, value, name, value… (keeps duplicates). */
  rawHeaders: string[];
  body: Buffer;
  sourceIp?: string;
  routeKey: string;
  pathParameters?: Record<string, string>;
  now?: Date;
}

/** Builds the event API Gateway would send for this request. */
export function toApiGatewayEvent(input: EventInput): APIGatewayProxyEventV2 {
  const now = input.now ?? new Date();
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (let i = 0; i + 1 < input.rawHeaders.length; i += 2) {
    const name = (input.rawHeaders[i] ?? '').toLowerCase();
    const value = input.rawHeaders[i + 1] ?? '';
    // Payload 2.0 moves cookies out of the headers into their own array.
    if (name === 'cookie')
      cookies.push(
        ...value
          .split(';')
          .map((c) => c.trim())
          .filter(Boolean),
      );
    else headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  const queryAt = input.url.indexOf('?');
  const rawPath = queryAt >= 0 ? input.url.slice(0, queryAt) : input.url;
  const rawQueryString = queryAt >= 0 ? input.url.slice(queryAt + 1) : '';
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    query[name] = name in query ? `${query[name]},${value}` : value;
  }
  const contentType = headers['content-type'] ?? '';
  const utf8 = input.body.toString('utf8');
  const asText = TEXT_TYPES.test(contentType) && Buffer.from(utf8, 'utf8').equals(input.body);
  const host = headers.host ?? 'localhost';
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey: input.routeKey,
    rawPath,
    rawQueryString,
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method: input.method.toUpperCase(),
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: input.sourceIp ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: input.routeKey,
      stage: '$default',
      time: formatClf(now),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: input.body.length > 0 && !asText,
  };
  if (cookies.length > 0) event.cookies = cookies;
  if (Object.keys(query).length > 0) event.queryStringParameters = query;
  if (input.pathParameters) event.pathParameters = input.pathParameters;
  if (input.body.length > 0) event.body = asText ? utf8 : input.body.toString('base64');
  return event;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `12/Mar/2020:19:03:58 +0000`, as requestContext.time spells it. */
function formatClf(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())} +0000`;
}

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** Maps a handler's return value as API Gateway does for payload 2.0. */
export function fromHandlerResult(result: unknown): HttpResult {
  const structured =
    typeof result === 'object' && result !== null && 'statusCode' in result
      ? (result as APIGatewayProxyStructuredResultV2)
      : undefined;
  if (!structured) {
    // Anything but a structured result is taken as a JSON 200 body.
    const body = result === undefined ? '' : typeof result === 'string' ? result : JSON.stringify(result);
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(body) };
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(structured.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  if (structured.cookies?.length) headers['set-cookie'] = structured.cookies;
  if (!headers['content-type'] && structured.body !== undefined) headers['content-type'] = 'application/json';
  const raw = structured.body ?? '';
  const body = structured.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  return { statusCode: structured.statusCode ?? 200, headers, body };
}

export interface ApiGatewayOptions {
  routes: readonly ApiRoute[];
  /** Called with a handler's error before the 500 goes out (API Gateway itself logs nothing). */
  onError?: (error: unknown, route: ApiRoute) => void;
}

export interface ApiGateway {
  readonly routes: readonly ApiRoute[];
  /** Serves the request if a route matches; resolves false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/**
 * @example
 * const api = createApiGateway({ routes: [{ routeKey: 'POST /webhooks/{channel}', functionName: 'webhook', handler }] });
 * http.createServer((req, res) => api.handle(req, res));
 */
export function createApiGateway(options: ApiGatewayOptions): ApiGateway {
  return {
    routes: options.routes,
    async handle(req, res) {
      const url = req.url ?? '/';
      const path = url.split('?')[0] ?? '/';
      const match = matchRoute(options.routes, req.method ?? 'GET', path);
      if (!match) return false;
      const event = toApiGatewayEvent({
        method: req.method ?? 'GET',
        url,
        rawHeaders: req.rawHeaders,
        body: await readBody(req),
        sourceIp: req.socket.remoteAddress?.replace(/^::ffff:/, ''),
        routeKey: match.route.routeKey,
        pathParameters: match.pathParameters,
      });
      let out: HttpResult;
      try {
        const result = await match.route.handler(
          event,
          createLambdaContext({ functionName: match.route.functionName }),
        );
        out = fromHandlerResult(result);
      } catch (error) {
        options.onError?.(error, match.route);
        out = {
          statusCode: 500,
          headers: { 'content-type': 'application/json' },
          body: Buffer.from(JSON.stringify({ message: 'Internal Server Error' })),
        };
      }
      out.headers['apigw-requestid'] = event.requestContext.requestId;
      res.writeHead(out.statusCode, { ...out.headers, 'content-length': out.body.length });
      res.end(out.body);
      return true;
    },
  };
}
