// The local server's extension point: platform fakes, the simulator and dev routes plug in here.
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Handles a request it recognizes and resolves true; resolves false to let the next route try.
 * `url` is already parsed against the server's base URL.
 */
export type LocalRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** Reads a request body to the end. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
