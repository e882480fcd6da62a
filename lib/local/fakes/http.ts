// Small request helpers the fakes share.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../routes';

export type Json = Record<string, unknown>;

/** Parses a JSON, form-encoded or empty body into an object (Telegram clients use all three). */
export async function readParams(req: IncomingMessage, url: URL): Promise<Json | undefined> {
  const raw = (await readBody(req)).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  const params: Json = Object.fromEntries(url.searchParams);
  if (!raw) return params;
  if (type.includes('application/x-www-form-urlencoded')) {
    return { ...params, ...Object.fromEntries(new URLSearchParams(raw)) };
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? { ...params, ...(parsed as Json) }
      : undefined;
  } catch {
    return undefined;
  }
}

export function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : undefined;
}

export function reply(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
  return true;
}

export function replyBytes(res: ServerResponse, bytes: Buffer, mimeType: string): true {
  res.writeHead(200, { 'content-type': mimeType, 'content-length': String(bytes.length) });
  res.end(bytes);
  return true;
}

/** The origin the caller used, so URLs we hand back (media downloads) point at this same server. */
export function originOf(req: IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}

/** Webhook targets the fakes accept besides https: the local stack itself, over plain http. */
export const isLocalHttpUrl = (url: string): boolean =>
  /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);

export const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

export function randomId(length = 24): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(Math.random() * alphabet.length)];
  return out;
}
