// Video rooms for a shopper and an agent: an unguessable Jitsi Meet room (128 random bits) behind a link of
// our own, `/video/{token}`, that stops working at its expiry. Jitsi rooms on a public server never expire,
// so the expiry lives in our signed token: the shopper's link is what expires, and only the redirect ever
// reveals the room name. (An Amazon Chime SDK adapter would implement the same VideoRoom port.)
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { VideoLink, VideoRoom } from '../core/ports';

export interface JitsiVideoRoomOptions {
  /** Where the `/video/{token}` redirect is served (the API's public URL). */
  publicBaseUrl: string;
  secret: string;
  /** @default 'https://meet.jit.si' */
  jitsiBaseUrl?: string;
  /** @default 120 */
  ttlMinutes?: number;
  /** Room-name prefix, e.g. the brand: rooms are easier to recognise in the Jitsi UI. */
  prefix?: string;
}

interface TokenBody {
  room: string;
  exp: number;
}

const sign = (secret: string, payload: string): string =>
  createHmac('sha256', secret).update(payload).digest('base64url');

/** Reads a `/video/{token}`: the room to redirect to, or why not. */
export function openVideoToken(
  token: string,
  secret: string,
  now: Date,
): { ok: true; room: string } | { ok: false; reason: 'invalid' | 'expired' } {
  const [payload, signature] = token.split('.');
  if (!payload || !signature || token.length > 512) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'invalid' };
  let body: TokenBody;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenBody;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof body.room !== 'string' || typeof body.exp !== 'number') return { ok: false, reason: 'invalid' };
  if (now.getTime() > body.exp) return { ok: false, reason: 'expired' };
  return { ok: true, room: body.room };
}

/**
 * @example
 * const rooms = createJitsiVideoRoom({ publicBaseUrl: 'https://api.example.com', secret });
 * const { url, agentUrl, expiresAt } = rooms.linkFor(new Date());
 */
export function createJitsiVideoRoom(options: JitsiVideoRoomOptions): VideoRoom & {
  /** The same, synchronously (the turn offers a room while it composes the handoff reply). */
  /** `conversationId` is unused here (a Jitsi room is its random name); the Chime adapter keys on it. */
  linkFor(now: Date, conversationId?: string): VideoLink;
  /** Where a valid token sends its holder. */
  roomUrl(room: string): string;
} {
  const jitsi = (options.jitsiBaseUrl ?? 'https://meet.jit.si').replace(/\/+$/, '');
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  const ttl = (options.ttlMinutes ?? 120) * 60_000;
  const prefix = (options.prefix ?? 'support')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 24);

  function linkFor(now: Date): VideoLink {
    const room = `${prefix || 'support'}-${randomBytes(16).toString('base64url').replace(/[-_]/g, 'x')}`;
    const exp = now.getTime() + ttl;
    const payload = Buffer.from(JSON.stringify({ room, exp } satisfies TokenBody)).toString('base64url');
    return {
      url: `${base}/video/${payload}.${sign(options.secret, payload)}`,
      // Agents are signed in where they get it (console, their team chat): the room itself.
      agentUrl: `${jitsi}/${room}`,
      expiresAt: new Date(exp).toISOString(),
    };
  }

  return {
    name: 'jitsi',
    linkFor,
    roomUrl: (room) => `${jitsi}/${room}`,
    open: async ({ now }) => linkFor(now),
  };
}
