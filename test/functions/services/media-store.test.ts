import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { logId } from '../../../functions/log-id';
import {
  createMediaStore,
  isMediaKey,
  MediaKeyError,
  MediaStoreError,
  mediaKey,
  mediaKeyPrefix,
  mimeTypeOfKey,
  sweepLocalMedia,
} from '../../../functions/services/media-store';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3]);

/** Keys that must never reach storage: traversal, absolute paths, encoded and other-shaped variants. */
const HOSTILE_KEYS = [
  '',
  'media',
  'media/',
  'media/c/',
  'media//m.png',
  'media/c/m.png/',
  '../secret.png',
  'media/../secret.png',
  'media/../../secret.png',
  'media/c/../../secret.png',
  'media/./m.png',
  'media/../m.png',
  'media/c/..',
  'media/c/...',
  'media/c/d/m.png',
  'media/%2e%2e/secret.png',
  'media/c/%2e%2e%2fsecret.png',
  'media/..%2fsecret.png',
  'media\\..\\secret.png',
  'media/c\\..\\..\\secret.png',
  '/etc/passwd',
  '/media/c/m.png',
  'C:/media/c/m.png',
  'other/c/m.png',
  'MEDIA/c/m.png',
  'media/c/m.png\0.txt',
  'media/c/m .png',
  `media/c/${'a'.repeat(300)}.png`,
];

describe('media keys', () => {
  it('accepts every key mediaKey makes, even from hostile ids, and scopes it to the conversation', () => {
    for (const [conversationId, mediaId] of [
      ['whatsapp:123:34600111222', 'wamid.HBgLMzQ2='],
      ['line:Ubot:U1', '../../etc'],
      ['..', '..'],
      ['.', '/'],
      ['telegram:1:-100200', `AgACAgQAAxkBAAIB${'x'.repeat(400)}`],
    ] as const) {
      const key = mediaKey(conversationId, mediaId, 'image/png');
      expect(isMediaKey(key), key).toBe(true);
      expect(key.startsWith(mediaKeyPrefix(conversationId))).toBe(true);
    }
    expect(mediaKey('..', '..', 'image/png')).toBe(`media/${logId('..')}/__.png`);
    // Different conversations never share a prefix.
    expect(mediaKeyPrefix('whatsapp:1:2')).not.toBe(mediaKeyPrefix('whatsapp:1:3'));
  });

  it.each(HOSTILE_KEYS)('refuses %j', (key) => {
    expect(isMediaKey(key)).toBe(false);
  });

  it('derives a type from the extension, octet-stream when unknown', () => {
    expect(mimeTypeOfKey('media/c/m.png')).toBe('image/png');
    expect(mimeTypeOfKey('media/c/m.ogg')).toBe('audio/ogg');
    expect(mimeTypeOfKey('media/c/m.bin')).toBe('application/octet-stream');
  });
});

describe('local media store (MEDIA_DIR)', () => {
  let parent: string;
  let dir: string;
  beforeAll(() => {
    parent = mkdtempSync(path.join(tmpdir(), 'media-load-'));
    dir = path.join(parent, 'media-dir');
    mkdirSync(dir);
    // Bait outside MEDIA_DIR that a traversal would reach.
    writeFileSync(path.join(parent, 'secret.png'), 'outside');
  });
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('loads exactly the bytes it saved, with the type its key names', async () => {
    const store = createMediaStore({ MEDIA_DIR: dir });
    const key = await store.save({
      conversationId: 'whatsapp:1:2',
      mediaId: 'w1',
      bytes: PNG,
      mimeType: 'image/png',
    });
    expect(await store.load(key)).toEqual({ bytes: PNG, mimeType: 'image/png' });
    const voice = await store.save({
      conversationId: 'whatsapp:1:2',
      mediaId: 'v1',
      bytes: Buffer.from('OggS'),
      mimeType: 'audio/ogg; codecs=opus',
    });
    expect(await store.load(voice)).toEqual({ bytes: Buffer.from('OggS'), mimeType: 'audio/ogg' });
  });

  it('answers undefined for a well-formed key with no file', async () => {
    expect(await createMediaStore({ MEDIA_DIR: dir }).load('media/whatsapp_1_2/nothing.png')).toBeUndefined();
  });

  it.each(HOSTILE_KEYS)('refuses %j with MediaKeyError and reads nothing', async (key) => {
    const error = await createMediaStore({ MEDIA_DIR: dir })
      .load(key)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaKeyError);
    expect(error).toBeInstanceOf(MediaStoreError);
  });

  it('wraps other read failures in MediaStoreError', async () => {
    mkdirSync(path.join(dir, 'media', 'c', 'dir.png'), { recursive: true });
    const error = await createMediaStore({ MEDIA_DIR: dir })
      .load('media/c/dir.png')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaStoreError);
    expect(error).not.toBeInstanceOf(MediaKeyError);
    expect((error as Error).cause).toMatchObject({ code: 'EISDIR' });
  });
});

describe('S3 media store (MEDIA_BUCKET), stubbed client', () => {
  const s3Error = (name: string, httpStatusCode: number) =>
    new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode }, message: name });
  const stub = (answer: (input: { Bucket?: string; Key?: string }) => unknown) => {
    const inputs: unknown[] = [];
    const s3 = {
      async send(command: { input: { Bucket?: string; Key?: string } }) {
        expect(command).toBeInstanceOf(GetObjectCommand);
        inputs.push(command.input);
        return answer(command.input);
      },
    } as unknown as S3Client;
    return { s3, inputs };
  };

  it('gets the object from the bucket with its stored content type', async () => {
    const { s3, inputs } = stub(() => ({
      ContentType: 'image/jpeg',
      Body: { transformToByteArray: async () => new Uint8Array(PNG) },
    }));
    const loaded = await createMediaStore({ MEDIA_BUCKET: 'media-bucket' }, { s3 }).load('media/c/m.jpg');
    expect(loaded).toEqual({ bytes: PNG, mimeType: 'image/jpeg' });
    expect(inputs).toEqual([{ Bucket: 'media-bucket', Key: 'media/c/m.jpg' }]);
  });

  it('falls back to the key extension when S3 has no content type', async () => {
    const { s3 } = stub(() => ({ Body: { transformToByteArray: async () => new Uint8Array([1]) } }));
    expect(await createMediaStore({ MEDIA_BUCKET: 'b' }, { s3 }).load('media/c/m.webp')).toMatchObject({
      mimeType: 'image/webp',
    });
  });

  it.each([
    ['NoSuchKey', 404],
    // What S3 answers for a missing key to a caller without s3:ListBucket.
    ['AccessDenied', 403],
  ])('answers undefined on %s', async (name, status) => {
    const { s3 } = stub(() => Promise.reject(s3Error(name, status)));
    expect(await createMediaStore({ MEDIA_BUCKET: 'b' }, { s3 }).load('media/c/m.png')).toBeUndefined();
  });

  it('wraps other failures in MediaStoreError', async () => {
    const cause = s3Error('InternalError', 500);
    const { s3 } = stub(() => Promise.reject(cause));
    const error = await createMediaStore({ MEDIA_BUCKET: 'b' }, { s3 })
      .load('media/c/m.png')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaStoreError);
    expect((error as Error).cause).toBe(cause);
  });

  it('refuses malformed keys without calling S3', async () => {
    const { s3, inputs } = stub(() => ({}));
    const store = createMediaStore({ MEDIA_BUCKET: 'b' }, { s3 });
    for (const key of HOSTILE_KEYS) await expect(store.load(key)).rejects.toBeInstanceOf(MediaKeyError);
    expect(inputs).toEqual([]);
  });
});

// The real SDK over real HTTP against a tiny path-style S3 endpoint: PutObject stores, GetObject serves.
describe('S3 media store through the real SDK wire format', () => {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const requests: string[] = [];
  let server: Server;
  let s3: S3Client;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        requests.push(`${req.method} ${url.pathname}`);
        const name = decodeURIComponent(url.pathname);
        if (req.method === 'PUT') {
          objects.set(name, { body: Buffer.concat(chunks), type: String(req.headers['content-type']) });
          res.writeHead(200, { etag: '"1"' }).end();
          return;
        }
        const object = objects.get(name);
        if (req.method === 'GET' && object) {
          res.writeHead(200, { 'content-type': object.type, 'content-length': object.body.length });
          res.end(object.body);
          return;
        }
        res.writeHead(404, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
        );
      });
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    s3 = new S3Client({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      forcePathStyle: true,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
  });
  afterEach(() => {
    requests.length = 0;
  });
  afterAll(async () => {
    s3.destroy();
    await new Promise((done) => server.close(done));
  });

  it('round-trips a photo: PutObject with its type, GetObject returns the same bytes and type', async () => {
    const store = createMediaStore({ MEDIA_BUCKET: 'crossdesk-media' }, { s3 });
    const key = await store.save({
      conversationId: 'line:Ubot:U1',
      mediaId: 'm1',
      bytes: PNG,
      mimeType: 'image/png',
    });
    expect(await store.load(key)).toEqual({ bytes: PNG, mimeType: 'image/png' });
    const hashed = logId('line:Ubot:U1');
    expect(requests).toEqual([
      `PUT /crossdesk-media/media/${hashed}/m1.png`,
      `GET /crossdesk-media/media/${hashed}/m1.png`,
    ]);
  });

  it('answers undefined for a NoSuchKey from S3', async () => {
    const store = createMediaStore({ MEDIA_BUCKET: 'crossdesk-media' }, { s3 });
    expect(await store.load('media/line_Ubot_U1/missing.png')).toBeUndefined();
    expect(requests).toEqual(['GET /crossdesk-media/media/line_Ubot_U1/missing.png']);
  });
});

describe('media keys without personal data, removal and the local sweep', () => {
  it('names the conversation only by its keyed hash: no digits of the phone, no chat or user id', () => {
    for (const id of [
      'whatsapp:1000:34600111222',
      'telegram:7000000001:-100200300',
      'line:Ubot:U4af4980629',
    ]) {
      const key = mediaKey(id, 'wamid.X', 'image/jpeg');
      expect(key).toMatch(/^media\/c_[0-9a-f]{16}\/wamid\.X\.jpg$/);
      for (const part of id.split(':').slice(1)) expect(key).not.toContain(part);
    }
  });

  it('removes well-formed keys (a missing file is no error) and sweeps files past the retention', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crossdesk-media-rm-'));
    try {
      const store = createMediaStore({ MEDIA_DIR: dir });
      const key = await store.save({
        conversationId: 'line:U:1',
        mediaId: 'm',
        bytes: Buffer.from('x'),
        mimeType: 'image/png',
      });
      expect(await store.remove([key, '../etc/passwd', 'media/c_0000000000000000/none.png'])).toBe(1);
      expect(await store.load(key)).toBeUndefined();
      const old = await store.save({
        conversationId: 'line:U:2',
        mediaId: 'o',
        bytes: Buffer.from('x'),
        mimeType: 'image/png',
      });
      expect(await sweepLocalMedia(dir, 90, Date.now() + 91 * 86_400_000)).toBe(1);
      expect(await store.load(old)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
