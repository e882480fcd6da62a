import type { WebhookRequest } from '../core/ports';

/** A header's value by name. API Gateway HTTP APIs lower-case names; other callers may not. */
export function header(req: Pick<WebhookRequest, 'headers'>, name: string): string | undefined {
  const lower = name.toLowerCase();
  const direct = req.headers[lower];
  if (direct !== undefined) return direct;
  for (const [key, value] of Object.entries(req.headers)) {
    if (key.toLowerCase() === lower) return value;
  }
  return undefined;
}
