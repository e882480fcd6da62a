// Video rooms on the Amazon Chime SDK for merchants on AWS: the same VideoRoom port as the Jitsi adapter and
// the same token discipline — the shopper and the agent each get our own signed, expiring `/video/{token}`
// link, which serves a small join page (handlers/agent-api-video.ts); the page asks `/video/{token}?join`
// for the meeting and its attendee. A link reveals no meeting, attendee or join token by itself, and after
// its expiry it reveals nothing at all: the join info is only handed out while the token verifies.
//
// Chime ends a meeting nobody is connected to after about five minutes, so a meeting created when the agent
// clicks "Video call" may be gone by the time the shopper taps the link. The token therefore names the
// meeting by its ClientRequestToken, not its MeetingId: every join calls CreateMeeting with that token
// (idempotent: the live meeting comes back, no second one is made) and CreateAttendee with the role's
// ExternalUserId (idempotent too: the same attendee and join token come back). When the meeting has ended,
// both sides deterministically move on to the next generation's token (`{token}-1`, `-2`…), so the shopper
// and the agent still meet in the same new meeting.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ChimeSDKMeetingsClient, Meeting } from '@aws-sdk/client-chime-sdk-meetings';
import type { VideoLink, VideoRoom } from '../core/ports';

export type ChimeRole = 'shopper' | 'agent';

export interface ChimeVideoRoomOptions {
  /** Where `/video/{token}` is served (the API's public URL). */
  publicBaseUrl: string;
  secret: string;
  /** The Region the meeting's media is hosted in (CHIME_MEDIA_REGION), e.g. 'eu-central-1'. */
  mediaRegion: string;
  /** The Chime SDK Meetings control Region the client calls. @default the SDK's (AWS_REGION) */
  region?: string;
  /** The API endpoint; the local stack points it at its fake. @default the regional endpoint */
  endpoint?: string;
  /** A ready client (tests); `region`, `endpoint` and the timeouts are then ignored. */
  client?: ChimeSDKMeetingsClient;
  /** @default 120 */
  ttlMinutes?: number;
  /** Connection and request timeout of every Chime call. @default 3000 */
  timeoutMs?: number;
}

/** What a valid token says: which meeting (by its idempotency token), for whom, until when. */
export interface ChimeTokenClaims {
  /** ClientRequestToken of the meeting (random, 128 bits). */
  meetingToken: string;
  /** ExternalMeetingId: a keyed hash of the conversation, no personal data. */
  externalMeetingId: string;
  role: ChimeRole;
  expiresAt: Date;
}

/** What the join page hands the Chime SDK: the CreateMeeting and CreateAttendee answers, trimmed. */
export interface ChimeJoinInfo {
  Meeting: Pick<
    Meeting,
    'MeetingId' | 'ExternalMeetingId' | 'MediaRegion' | 'MediaPlacement' | 'MeetingFeatures'
  >;
  Attendee: { AttendeeId: string; ExternalUserId: string; JoinToken: string };
  role: ChimeRole;
  expiresAt: string;
}

export type ChimeTokenCheck =
  | { ok: true; claims: ChimeTokenClaims }
  | { ok: false; reason: 'invalid' | 'expired' };

export class ChimeVideoError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChimeVideoError';
  }
}

/** How many times a join moves on to a fresh meeting after the previous one ended. */
const MAX_GENERATIONS = 5;
/** The join page's per-tab id: ExternalUserId is `{role}-{22-char token}-{id}`, at most 64 characters. */
const DEVICE = /^[A-Za-z0-9_]{8,32}$/;
const ROLE_CODES = { s: 'shopper', a: 'agent' } as const satisfies Record<string, ChimeRole>;
const CODE_OF: Record<ChimeRole, keyof typeof ROLE_CODES> = { shopper: 's', agent: 'a' };

interface TokenBody {
  k: string;
  x: string;
  r: keyof typeof ROLE_CODES;
  exp: number;
}

// Domain-separated from the Jitsi tokens signed with the same VIDEO_LINK_SECRET: neither verifies as the other.
const sign = (secret: string, payload: string): string =>
  createHmac('sha256', secret).update(`chime:${payload}`).digest('base64url');

/** Reads a Chime `/video/{token}`: its claims, or why not. */
export function readChimeToken(token: string, secret: string, now: Date): ChimeTokenCheck {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 512)
    return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'invalid' };
  let body: Partial<TokenBody>;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<TokenBody>;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const role = body.r !== undefined ? ROLE_CODES[body.r] : undefined;
  if (typeof body.k !== 'string' || typeof body.x !== 'string' || !role || typeof body.exp !== 'number')
    return { ok: false, reason: 'invalid' };
  if (now.getTime() > body.exp) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claims: { meetingToken: body.k, externalMeetingId: body.x, role, expiresAt: new Date(body.exp) },
  };
}

const errorName = (error: unknown): string | undefined =>
  error instanceof Error ? (error.name === 'Error' ? undefined : error.name) : undefined;

/**
 * Creates the Chime SDK video room.
 * @example
 * const rooms = createChimeVideoRoom({ publicBaseUrl: 'https://api.example.com', secret, mediaRegion: 'eu-central-1' });
 * const { url, agentUrl } = await rooms.open({ conversationId, now: new Date() });
 * const info = await rooms.joinInfo(tokenFromPath, new Date()); // what the join page asks for
 */
export function createChimeVideoRoom(options: ChimeVideoRoomOptions) {
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  const ttl = (options.ttlMinutes ?? 120) * 60_000;
  const timeoutMs = options.timeoutMs ?? 3000;
  // Loaded on first use: a merchant on Jitsi never pays the module's load time in a cold start.
  let sdk: Promise<{
    client: ChimeSDKMeetingsClient;
    module: typeof import('@aws-sdk/client-chime-sdk-meetings');
  }>;
  const chime = () =>
    (sdk ??= import('@aws-sdk/client-chime-sdk-meetings').then((module) => ({
      module,
      client:
        options.client ??
        new module.ChimeSDKMeetingsClient({
          ...(options.region ? { region: options.region } : {}),
          ...(options.endpoint ? { endpoint: options.endpoint } : {}),
          // One retry at most: the join page and the agent's click are waiting.
          maxAttempts: 2,
          // throwOnRequestTimeout: without it this @smithy version only logs a warning and keeps waiting.
          requestHandler: {
            connectionTimeout: timeoutMs,
            requestTimeout: timeoutMs,
            throwOnRequestTimeout: true,
          },
        }),
    })));

  /** A stable pseudonym of the conversation (its id holds phone numbers and platform user ids). */
  const externalMeetingIdFor = (conversationId: string | undefined): string =>
    `cd-${
      conversationId === undefined
        ? randomBytes(16).toString('base64url')
        : createHmac('sha256', options.secret)
            .update(`chime-meeting:${conversationId}`)
            .digest()
            .subarray(0, 16)
            .toString('base64url')
    }`;

  const tokenFor = (body: TokenBody): string => {
    const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
    return `${payload}.${sign(options.secret, payload)}`;
  };

  /**
   * The links for a new room without calling Chime (the turn offers a room synchronously while it composes
   * the handoff reply); the meeting is created by the first join.
   */
  function linkFor(now: Date, conversationId?: string): VideoLink & { meetingToken: string } {
    const k = randomBytes(16).toString('base64url');
    const x = externalMeetingIdFor(conversationId);
    const exp = now.getTime() + ttl;
    return {
      url: `${base}/video/${tokenFor({ k, x, r: CODE_OF.shopper, exp })}`,
      agentUrl: `${base}/video/${tokenFor({ k, x, r: CODE_OF.agent, exp })}`,
      expiresAt: new Date(exp).toISOString(),
      meetingToken: k,
    };
  }

  async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new ChimeVideoError(`Chime ${what} failed (${errorName(error) ?? 'unknown error'})`, {
        cause: error,
      });
    }
  }

  const createMeeting = (clientRequestToken: string, externalMeetingId: string) =>
    call('CreateMeeting', async () => {
      const { client, module } = await chime();
      return client.send(
        new module.CreateMeetingCommand({
          ClientRequestToken: clientRequestToken,
          ExternalMeetingId: externalMeetingId,
          MediaRegion: options.mediaRegion,
        }),
      );
    }).then(({ Meeting: meeting }) => {
      if (!meeting?.MeetingId) throw new ChimeVideoError('Chime CreateMeeting returned no meeting');
      return meeting;
    });

  const createAttendee = async (meetingId: string, externalUserId: string) => {
    const { client, module } = await chime();
    return client.send(
      new module.CreateAttendeeCommand({ MeetingId: meetingId, ExternalUserId: externalUserId }),
    );
  };

  /** The live meeting of this room and the roles' attendees in it (see the header: generations). */
  async function meetingWith(
    claims: Pick<ChimeTokenClaims, 'meetingToken' | 'externalMeetingId'>,
    roles: readonly ChimeRole[],
    device?: string,
  ) {
    for (let generation = 0; generation < MAX_GENERATIONS; generation++) {
      const requestToken = generation === 0 ? claims.meetingToken : `${claims.meetingToken}-${generation}`;
      const meeting = await createMeeting(requestToken, claims.externalMeetingId);
      try {
        const attendees: ChimeJoinInfo['Attendee'][] = [];
        for (const role of roles) {
          const externalUserId = `${role}-${claims.meetingToken}${device ? `-${device}` : ''}`;
          const { Attendee: attendee } = await createAttendee(meeting.MeetingId!, externalUserId);
          if (!attendee?.AttendeeId || !attendee.JoinToken || !attendee.ExternalUserId)
            throw new ChimeVideoError('Chime CreateAttendee returned no attendee');
          const { AttendeeId, ExternalUserId, JoinToken } = attendee;
          attendees.push({ AttendeeId, ExternalUserId, JoinToken });
        }
        return { meeting, attendees };
      } catch (error) {
        // NotFound: the meeting this token names has ended; the next generation's token makes a fresh one.
        if (errorName(error) === 'NotFoundException') continue;
        if (error instanceof ChimeVideoError) throw error;
        throw new ChimeVideoError(`Chime CreateAttendee failed (${errorName(error) ?? 'unknown error'})`, {
          cause: error,
        });
      }
    }
    throw new ChimeVideoError(`no live Chime meeting after ${MAX_GENERATIONS} attempts`);
  }

  const room = {
    name: 'chime',
    linkFor,
    /** Verifies a `/video/{token}` of this room service. */
    readToken: (token: string, now: Date) => readChimeToken(token, options.secret, now),

    /**
     * Creates the meeting and both attendees now, so a Chime that refuses (quota, permissions, outage)
     * fails the agent's click instead of the shopper's tap.
     */
    async open({ conversationId, now }: { conversationId: string; now: Date }): Promise<VideoLink> {
      const { meetingToken, ...link } = linkFor(now, conversationId);
      const claims = { meetingToken, externalMeetingId: externalMeetingIdFor(conversationId) };
      await meetingWith(claims, ['shopper', 'agent']);
      return link;
    },

    /**
     * The join info for a valid, unexpired token; `{ ok: false }` says why not (nothing else is revealed).
     * `device` (the join page's per-tab id) gives each browser tab its own attendee: a bot-offered room keeps
     * only the shopper's link, and an agent opening it must not take the shopper's seat (Chime moves an
     * attendee who joins again to the newer connection). The same tab always gets the same attendee.
     * Throws ChimeVideoError when Chime fails.
     */
    async joinInfo(
      token: string,
      now: Date,
      device?: string,
    ): Promise<{ ok: true; info: ChimeJoinInfo } | { ok: false; reason: 'invalid' | 'expired' }> {
      const checked = readChimeToken(token, options.secret, now);
      if (!checked.ok) return checked;
      const { claims } = checked;
      const tab = device !== undefined && DEVICE.test(device) ? device : undefined;
      const { meeting, attendees } = await meetingWith(claims, [claims.role], tab);
      return {
        ok: true,
        info: {
          Meeting: {
            MeetingId: meeting.MeetingId,
            ExternalMeetingId: meeting.ExternalMeetingId,
            MediaRegion: meeting.MediaRegion,
            MediaPlacement: meeting.MediaPlacement,
            ...(meeting.MeetingFeatures ? { MeetingFeatures: meeting.MeetingFeatures } : {}),
          },
          Attendee: attendees[0]!,
          role: claims.role,
          expiresAt: claims.expiresAt.toISOString(),
        },
      };
    },
  };
  return room satisfies VideoRoom;
}

export type ChimeVideoRoom = ReturnType<typeof createChimeVideoRoom>;
