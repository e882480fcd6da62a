// What every HTTP Lambda of ours does the same way before its own work: load its dependencies once (and
// again after a failed load), and read the raw body within a size limit without decoding a huge one.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * The dependencies, or a loader called once per cold start. A failed load (Secrets Manager down) is not
 * cached: the next invocation tries again.
 */
export function onceLoaded<T>(deps: T | (() => Promise<T>)): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    if (typeof deps !== 'function') return Promise.resolve(deps);
    loaded ??= (deps as () => Promise<T>)().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
}

/** The body's bytes (base64 decoded as API Gateway marks it), or undefined when it is over `limit`. */
export function rawBodyWithin(event: APIGatewayProxyEventV2, limit: number): Buffer | undefined {
  const body = event.body ?? '';
  // Cheap pre-check on the text length before decoding anything big.
  if (body.length > (event.isBase64Encoded ? Math.ceil((limit * 4) / 3) + 4 : limit * 4)) return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
  return raw.length > limit ? undefined : raw;
}

/** A request header by name, whatever case the sender (or API Gateway) gave it. */
export function headerValue(
  headers: APIGatewayProxyEventV2['headers'] | undefined,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === wanted) return value;
  return undefined;
}
