// Amazon Chime SDK Meetings, locally: the REST-JSON API as @aws-sdk/client-chime-sdk-meetings sends it when
// AWS_ENDPOINT_URL_CHIME_SDK_MEETINGS points at `{origin}/fake/chime` (paths and shapes from the client's
// schemas, dist-es/schemas/schemas_0.js):
//
//   POST   /fake/chime/meetings                         { ClientRequestToken, ExternalMeetingId, MediaRegion, … }
//                                                       → 200 { Meeting: { MeetingId, ExternalMeetingId, MediaRegion, MediaPlacement, MeetingArn } }
//   GET    /fake/chime/meetings/{MeetingId}             → 200 { Meeting }
//   POST   /fake/chime/meetings/{MeetingId}/attendees   { ExternalUserId } → 200 { Attendee: { ExternalUserId, AttendeeId, JoinToken } }
//   DELETE /fake/chime/meetings/{MeetingId}             → 204
//
// Errors are what the SDK maps to its exception classes: the status, `x-amzn-errortype` and
// `{ Code, Message }`. A SigV4 authorization header is required (not checked: local credentials are fake).
// As in Chime, ClientRequestToken and ExternalUserId are idempotency tokens: the same token gives back the
// same meeting, the same ExternalUserId the same attendee. For a token whose meeting has ended Chime documents
// nothing; the fake answers with the ended meeting (the worse case: CreateAttendee then says NotFound).
//
// The media placement points at this fake (`ws://{origin}/fake/chime/media/…`), which accepts no WebSocket:
// a browser that joins gets as far as starting the session and connecting, then fails to connect, offline
// and at once (the client SDK keeps retrying for its reconnect timeout, two minutes). Client events POSTed to
// the EventIngestionUrl are accepted and dropped.
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../routes';
import { type Json, reply } from './http';

export const FAKE_CHIME_PREFIX = '/fake/chime';
const MEETING_ID = /^[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}$/;
const CLIENT_REQUEST_TOKEN = /^[-_a-zA-Z0-9]*$/;
// The documented pattern of ExternalMeetingId and ExternalUserId.
const EXTERNAL_ID = /^[-_&@+=,(){}[\]/«».:|'"#a-zA-Z0-9À-ÿ\s]*$/;
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

export interface FakeChimeMeeting {
  MeetingId: string;
  ExternalMeetingId: string;
  MediaRegion: string;
  MediaPlacement: Record<string, string>;
  MeetingArn: string;
  MeetingFeatures?: Json;
  clientRequestToken: string;
  deleted: boolean;
  attendees: Map<string, { ExternalUserId: string; AttendeeId: string; JoinToken: string }>;
}

export interface FakeChimeRequest {
  method: string;
  path: string;
  body: Json | undefined;
}

export interface FakeChimeState {
  meetings: Map<string, FakeChimeMeeting>;
  requests: FakeChimeRequest[];
  /** The next `count` requests answer `status` (429 Throttling, 503 ServiceUnavailable…). */
  failNext(count: number, status: number): void;
  /** The next `count` requests wait `ms` before answering (SDK timeout tests). */
  delayNext(count: number, ms: number): void;
  /** Ends a meeting as Chime does on its own (nobody connected for five minutes). */
  endMeeting(meetingId: string): void;
  reset(): void;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function chimeError(res: ServerResponse, status: number, type: string, message: string): true {
  return reply(
    res,
    status,
    { Code: type.replace(/Exception$/, ''), Message: message },
    {
      'x-amzn-errortype': type,
      'x-amzn-requestid': randomUUID(),
    },
  );
}

const scriptedType = (status: number): string =>
  status === 429
    ? 'ThrottlingException'
    : status === 503
      ? 'ServiceUnavailableException'
      : status >= 500
        ? 'ServiceFailureException'
        : status === 403
          ? 'ForbiddenException'
          : status === 404
            ? 'NotFoundException'
            : 'BadRequestException';

function idProblem(value: unknown, name: string, pattern = EXTERNAL_ID): string | undefined {
  if (typeof value !== 'string') return `${name} is required`;
  if (value.length < 2 || value.length > 64) return `${name} must be 2 to 64 characters`;
  if (!pattern.test(value)) return `${name} has characters Chime does not accept`;
  if (/^aws:/i.test(value)) return `${name} must not start with aws:`;
  return undefined;
}

function placement(origin: string, meetingId: string): Record<string, string> {
  const ws = origin.replace(/^http/, 'ws');
  const media = `${FAKE_CHIME_PREFIX}/media/${meetingId}`;
  return {
    AudioHostUrl: `${origin.replace(/^https?:\/\//, '')}${media}/audio`,
    AudioFallbackUrl: `${ws}${media}/audio-fallback`,
    SignalingUrl: `${ws}${media}/signal`,
    TurnControlUrl: `${origin}${media}/turn`,
    ScreenDataUrl: `${ws}${media}/screen-data`,
    ScreenViewingUrl: `${ws}${media}/screen-view`,
    ScreenSharingUrl: `${ws}${media}/screen-share`,
    EventIngestionUrl: `${origin}${media}/events`,
  };
}

const meetingView = (m: FakeChimeMeeting) => ({
  MeetingId: m.MeetingId,
  ExternalMeetingId: m.ExternalMeetingId,
  MediaRegion: m.MediaRegion,
  MediaPlacement: m.MediaPlacement,
  ...(m.MeetingFeatures ? { MeetingFeatures: m.MeetingFeatures } : {}),
  MeetingArn: m.MeetingArn,
});

/**
 * The Chime SDK Meetings fake; mount `route` on the local server.
 * @example
 * const chime = createFakeChime();
 * // AWS_ENDPOINT_URL_CHIME_SDK_MEETINGS=http://127.0.0.1:3000/fake/chime
 */
export function createFakeChime() {
  const meetings = new Map<string, FakeChimeMeeting>();
  const byRequestToken = new Map<string, string>();
  const requests: FakeChimeRequest[] = [];
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let delays: { count: number; ms: number } = { count: 0, ms: 0 };

  const state: FakeChimeState = {
    meetings,
    requests,
    failNext: (count, status) => {
      failures = { count, status };
    },
    delayNext: (count, ms) => {
      delays = { count, ms };
    },
    endMeeting: (meetingId) => {
      const meeting = meetings.get(meetingId);
      if (meeting) meeting.deleted = true;
    },
    reset: () => {
      meetings.clear();
      byRequestToken.clear();
      requests.splice(0);
      failures = { count: 0, status: 500 };
      delays = { count: 0, ms: 0 };
    },
  };

  function createMeeting(res: ServerResponse, body: Json | undefined, origin: string): true {
    if (!body) return chimeError(res, 400, 'BadRequestException', 'The request body is not a JSON object');
    const problem =
      (typeof body.MediaRegion !== 'string' || !REGION.test(body.MediaRegion)
        ? 'MediaRegion is required and must be a Region code'
        : undefined) ??
      idProblem(body.ExternalMeetingId, 'ExternalMeetingId') ??
      idProblem(body.ClientRequestToken, 'ClientRequestToken', CLIENT_REQUEST_TOKEN);
    if (problem) return chimeError(res, 400, 'BadRequestException', problem);
    const token = body.ClientRequestToken as string;
    const known = byRequestToken.get(token);
    if (known) return reply(res, 200, { Meeting: meetingView(meetings.get(known)!) });
    const MeetingId = randomUUID();
    const meeting: FakeChimeMeeting = {
      MeetingId,
      ExternalMeetingId: body.ExternalMeetingId as string,
      MediaRegion: body.MediaRegion as string,
      MediaPlacement: placement(origin, MeetingId),
      MeetingArn: `arn:aws:chime:us-east-1:000000000000:meeting/${MeetingId}`,
      ...(isObject(body.MeetingFeatures) ? { MeetingFeatures: body.MeetingFeatures } : {}),
      clientRequestToken: token,
      deleted: false,
      attendees: new Map(),
    };
    meetings.set(MeetingId, meeting);
    byRequestToken.set(token, MeetingId);
    return reply(res, 200, { Meeting: meetingView(meeting) });
  }

  function createAttendee(res: ServerResponse, meeting: FakeChimeMeeting, body: Json | undefined): true {
    if (!body) return chimeError(res, 400, 'BadRequestException', 'The request body is not a JSON object');
    const problem = idProblem(body.ExternalUserId, 'ExternalUserId');
    if (problem) return chimeError(res, 400, 'BadRequestException', problem);
    const externalUserId = body.ExternalUserId as string;
    let attendee = meeting.attendees.get(externalUserId);
    if (!attendee) {
      if (meeting.attendees.size >= 250)
        return chimeError(res, 400, 'LimitExceededException', 'The meeting has its maximum of attendees');
      attendee = {
        ExternalUserId: externalUserId,
        AttendeeId: randomUUID(),
        // Chime's tokens are base64-like; the client sends it as a WebSocket subprotocol, where '/' is not allowed.
        JoinToken: randomBytes(48).toString('base64').replace(/[+/=]/g, ''),
      };
      meeting.attendees.set(externalUserId, attendee);
    }
    return reply(res, 200, { Attendee: attendee });
  }

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== FAKE_CHIME_PREFIX && !url.pathname.startsWith(`${FAKE_CHIME_PREFIX}/`)) return false;
    const path = url.pathname.slice(FAKE_CHIME_PREFIX.length) || '/';
    const method = req.method ?? 'GET';
    // The media placement's hosts: no WebSocket, no TURN, no ingestion here (see the header).
    if (path.startsWith('/media/'))
      return chimeError(res, 404, 'NotFoundException', 'No media is served locally');

    const raw = (await readBody(req)).toString('utf8');
    let body: Json | undefined;
    if (raw) {
      try {
        const parsed: unknown = JSON.parse(raw);
        body = isObject(parsed) ? parsed : undefined;
      } catch {
        return chimeError(res, 400, 'BadRequestException', 'The request body is not JSON');
      }
    } else body = {};
    requests.push({ method, path, body });

    if (delays.count > 0) {
      delays.count--;
      await new Promise((done) => setTimeout(done, delays.ms));
      if (res.destroyed || req.socket.destroyed) return true;
    }
    if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'))
      return chimeError(res, 403, 'UnauthorizedException', 'Missing Authentication Token');
    if (failures.count > 0) {
      failures.count--;
      return chimeError(res, failures.status, scriptedType(failures.status), 'scripted failure');
    }

    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    if (path === '/meetings' || path === '/meetings/') {
      if (method !== 'POST') return chimeError(res, 404, 'NotFoundException', 'Unknown operation');
      if (url.searchParams.has('operation'))
        return chimeError(
          res,
          400,
          'BadRequestException',
          'This fake serves CreateMeeting only on /meetings',
        );
      return createMeeting(res, body, origin);
    }
    const match = /^\/meetings\/([^/]+)(\/attendees)?\/?$/.exec(path);
    if (!match) return chimeError(res, 404, 'NotFoundException', 'Unknown operation');
    const meetingId = decodeURIComponent(match[1]!);
    if (!MEETING_ID.test(meetingId))
      return chimeError(res, 400, 'BadRequestException', 'MeetingId is not a meeting id');
    const meeting = meetings.get(meetingId);
    if (!meeting || meeting.deleted)
      return chimeError(
        res,
        404,
        'NotFoundException',
        `The meeting ${meetingId} does not exist or has ended`,
      );

    if (match[2]) {
      if (method !== 'POST' || url.searchParams.has('operation'))
        return chimeError(res, 404, 'NotFoundException', 'This fake serves CreateAttendee only');
      return createAttendee(res, meeting, body);
    }
    if (method === 'GET') return reply(res, 200, { Meeting: meetingView(meeting) });
    if (method === 'DELETE') {
      meeting.deleted = true;
      res.writeHead(204, { 'x-amzn-requestid': randomUUID() }).end();
      return true;
    }
    return chimeError(res, 404, 'NotFoundException', 'Unknown operation');
  };

  return { route, state };
}
