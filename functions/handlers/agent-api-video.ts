// `/video/{token}` when the video rooms are Amazon Chime SDK meetings (VIDEO_ROOM=chime): the token's
// holder gets a small join page, the page gets its join info from `?join` and the Chime SDK from `?sdk`.
// Every answer verifies the token first; after its expiry the page and the join info say only that.
//
//   GET /video/{token}          the join page (HTML, a few KB)
//   GET /video/{token}?join={tab}  { Meeting, Attendee, role, expiresAt }   401 expired · 404 forged · 503 Chime down
//   GET /video/{token}?sdk      amazon-chime-sdk-js for the browser (gzipped when the browser accepts it)
import { randomBytes } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ChimeJoinInfo, ChimeTokenCheck } from '../services/video-room-chime';

type Result = APIGatewayProxyStructuredResultV2;

/** What the agent API needs of the Chime room service (services/video-room-chime.ts). */
export interface VideoJoinService {
  readToken(token: string, now: Date): ChimeTokenCheck;
  joinInfo(
    token: string,
    now: Date,
    device?: string,
  ): Promise<{ ok: true; info: ChimeJoinInfo } | { ok: false; reason: 'invalid' | 'expired' }>;
  /** The browser bundle of the Chime SDK (services/video-room-chime-sdk.ts). */
  sdkScript(): Promise<{ js: string; gzip: Buffer }>;
}

const PRIVATE = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } as const;

const json = (statusCode: number, body: unknown): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json', ...PRIVATE },
  body: JSON.stringify(body),
});

const notice = (status: number, text: string): Result => ({
  statusCode: status,
  headers: { 'content-type': 'text/html; charset=utf-8', ...PRIVATE },
  body: `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Video call</title><p style="font:18px system-ui;margin:2em">${text}</p>`,
});

// Chime's media and signalling hosts (wss/https on *.chime.aws, event ingestion on *.amazonaws.com); 'self'
// covers the local fake, which the local stack serves from the same origin.
const CONNECT_SRC = "'self' https://*.chime.aws wss://*.chime.aws https://*.amazonaws.com";

export function renderJoinPage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Video call</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">
  body { margin: 0; font: 16px/1.4 system-ui, sans-serif; background: #111; color: #eee; }
  main { display: grid; gap: 12px; padding: 16px; max-width: 960px; margin: 0 auto; }
  #remote { width: 100%; aspect-ratio: 16 / 9; background: #222; border-radius: 8px; }
  #local { width: 30%; max-width: 200px; justify-self: end; margin-top: -25%; border-radius: 6px; background: #333; }
  #controls { display: flex; gap: 8px; flex-wrap: wrap; }
  button { font: inherit; padding: 10px 16px; border-radius: 6px; border: 0; background: #3a3a3a; color: #fff; }
  button#leave { background: #b3261e; }
  [hidden] { display: none !important; }
</style>
<main>
  <p id="status" role="status" aria-live="polite">Preparing your video call…</p>
  <video id="remote" autoplay playsinline aria-label="The other person"></video>
  <video id="local" autoplay playsinline muted aria-label="You"></video>
  <audio id="audio" autoplay></audio>
  <div id="controls" hidden>
    <button id="mute" type="button">Mute</button>
    <button id="camera" type="button">Camera off</button>
    <button id="leave" type="button">Leave</button>
  </div>
</main>
<script src="?sdk"></script>
<script nonce="${nonce}">
(async () => {
  const $ = (id) => document.getElementById(id);
  const show = (state, text) => { document.body.dataset.state = state; $('status').textContent = text; };
  if (!window.ChimeSDK) return show('error', 'The video call could not be loaded. Please try again.');
  // One attendee per browser tab, the same one across reloads (see joinInfo in video-room-chime.ts).
  let tab = sessionStorage.getItem('video-tab');
  if (!tab) {
    tab = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
    sessionStorage.setItem('video-tab', tab);
  }
  let info;
  try {
    const res = await fetch('?join=' + tab, { cache: 'no-store', credentials: 'omit' });
    if (res.status === 401) return show('expired', 'This video link has expired. Please ask in the chat for a new one.');
    if (!res.ok) return show('error', res.status === 404 ? 'This video link is not valid.' : 'The video call is not available right now. Please try again in a minute.');
    info = await res.json();
  } catch {
    return show('error', 'The video call could not be reached. Please check your connection.');
  }
  const { ConsoleLogger, LogLevel, DefaultDeviceController, DefaultMeetingSession, MeetingSessionConfiguration, MeetingSessionStatusCode } = window.ChimeSDK;
  const logger = new ConsoleLogger('video', LogLevel.WARN);
  const devices = new DefaultDeviceController(logger);
  const session = new DefaultMeetingSession(new MeetingSessionConfiguration({ Meeting: info.Meeting }, { Attendee: info.Attendee }), logger, devices);
  const av = session.audioVideo;
  window.crossdeskVideo = { session, meetingId: session.configuration.meetingId, attendeeId: session.configuration.credentials.attendeeId };
  show('joining', 'Joining the video call…');
  av.addObserver({
    audioVideoDidStartConnecting: (reconnecting) => {
      show('connecting', reconnecting ? 'Reconnecting…' : 'Connecting to the video call…');
    },
    audioVideoDidStart: () => { show('connected', 'You are in the video call.'); $('controls').hidden = false; },
    audioVideoDidStop: (status) => {
      const code = status.statusCode();
      show('stopped', code === MeetingSessionStatusCode.Left ? 'You left the video call.'
        : code === MeetingSessionStatusCode.MeetingEnded ? 'The video call has ended.'
        : 'The video call could not connect. Please try again.');
      $('controls').hidden = true;
    },
    videoTileDidUpdate: (tile) => {
      if (!tile.boundAttendeeId || tile.isContent) return;
      av.bindVideoElement(tile.tileId, tile.localTile ? $('local') : $('remote'));
    },
  });
  try {
    await av.bindAudioElement($('audio'));
    const mics = await av.listAudioInputDevices();
    if (mics[0]) await av.startAudioInput(mics[0].deviceId);
    const cams = await av.listVideoInputDevices();
    if (cams[0]) await av.startVideoInput(cams[0].deviceId);
  } catch (error) {
    logger.warn('no camera or microphone: ' + (error && error.name));
  }
  av.start();
  if ((await av.listVideoInputDevices()).length) av.startLocalVideoTile();
  let muted = false;
  $('mute').addEventListener('click', () => {
    muted = !muted;
    if (muted) av.realtimeMuteLocalAudio(); else av.realtimeUnmuteLocalAudio();
    $('mute').textContent = muted ? 'Unmute' : 'Mute';
  });
  let cameraOn = true;
  $('camera').addEventListener('click', () => {
    cameraOn = !cameraOn;
    if (cameraOn) av.startLocalVideoTile(); else av.stopLocalVideoTile();
    $('camera').textContent = cameraOn ? 'Camera off' : 'Camera on';
  });
  $('leave').addEventListener('click', () => av.stop());
})();
</script>
</html>`;
}

function wantsQuery(event: APIGatewayProxyEventV2, name: string): boolean {
  if (event.queryStringParameters && name in event.queryStringParameters) return true;
  return (event.rawQueryString ?? '').split('&').some((part) => part.split('=')[0] === name);
}

/**
 * Serves `/video/{token}` for Chime rooms (see the header).
 * @example
 * if (video) return serveChimeVideo(d.videoJoin, token, event, now());
 */
export async function serveChimeVideo(
  service: VideoJoinService,
  token: string,
  event: APIGatewayProxyEventV2,
  now: Date,
): Promise<Result> {
  if (event.requestContext?.http?.method?.toUpperCase() !== 'GET') return json(405, { error: 'GET only' });

  if (wantsQuery(event, 'join')) {
    let joined: Awaited<ReturnType<VideoJoinService['joinInfo']>>;
    try {
      const device = event.queryStringParameters?.join;
      joined = await service.joinInfo(token, now, device ? device : undefined);
    } catch (error) {
      // Not the shopper's fault and nothing to retry on their side but a reload; the cause goes to the log.
      console.error('video join failed', error instanceof Error ? `${error.name}: ${error.message}` : error);
      return json(503, { error: 'the video service is not available right now' });
    }
    if (!joined.ok)
      return joined.reason === 'expired'
        ? json(401, { error: 'this video link has expired' })
        : json(404, { error: 'this video link is not valid' });
    return json(200, joined.info);
  }

  const checked = service.readToken(token, now);
  if (!checked.ok)
    return checked.reason === 'expired'
      ? notice(410, 'This video link has expired. Please ask in the chat for a new one. ⏱️')
      : notice(404, 'This video link is not valid.');

  if (wantsQuery(event, 'sdk')) {
    const script = await service.sdkScript();
    const gzip = /\bgzip\b/.test(event.headers?.['accept-encoding'] ?? '');
    return {
      statusCode: 200,
      headers: {
        'content-type': 'text/javascript; charset=utf-8',
        // The same bytes for every token: the browser may keep them while the link lives.
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      },
      body: gzip ? script.gzip.toString('base64') : script.js,
      isBase64Encoded: gzip,
    };
  }

  const nonce = randomBytes(16).toString('base64');
  return {
    statusCode: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      ...PRIVATE,
      'content-security-policy': [
        "default-src 'none'",
        `script-src 'self' 'nonce-${nonce}'`,
        `style-src 'nonce-${nonce}'`,
        `connect-src ${CONNECT_SRC}`,
        "media-src 'self' blob: mediastream:",
        "img-src 'self' data: blob:",
        'worker-src blob:',
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
      'permissions-policy': 'camera=(self), microphone=(self), autoplay=(self)',
      'x-content-type-options': 'nosniff',
    },
    body: renderJoinPage(nonce),
  };
}
