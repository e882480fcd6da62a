// Where shoppers' photos and voice notes go so agents can see them: S3 in AWS, a directory locally.
// Keys name the conversation by its keyed hash (log-id.ts), never by the id itself: conversation ids hold
// phone numbers, chat ids and user ids, and object keys end up in S3 access logs kept for a year.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Env } from '../config';
import type { MediaEraser } from '../core/ports';
import { logId } from '../log-id';

export interface StoredMedia {
  bytes: Buffer;
  mimeType: string;
}

export interface MediaStore {
  /** Saves the bytes and returns the key (S3 object key, or a path relative to MEDIA_DIR). */
  save(input: { conversationId: string; mediaId: string; bytes: Buffer; mimeType: string }): Promise<string>;
  /**
   * The bytes saved under `key`, or undefined when there are none.
   * Throws `MediaKeyError` for anything that is not a `media/{conversation}/{file}` key.
   */
  load(key: string): Promise<StoredMedia | undefined>;
  /** Deletes these objects (a shopper's erasure); returns how many keys were well-formed and removed. */
  remove(keys: readonly string[]): Promise<number>;
}

export type { MediaEraser };

export class MediaStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MediaStoreError';
  }
}

/** A key that is not of the shape `mediaKey` makes: refused before any storage is touched. */
export class MediaKeyError extends MediaStoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MediaKeyError';
  }
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/amr': 'amr',
  'video/mp4': 'mp4',
  'application/pdf': 'pdf',
};
const MIME_TYPES: Record<string, string> = Object.fromEntries(
  Object.entries(EXTENSIONS).map(([mime, ext]) => [ext, mime]),
);
const FALLBACK_MIME_TYPE = 'application/octet-stream';

// A segment made only of dots would be `.` or `..` on a file system: never produced, never accepted.
const safeSegment = (value: string): string => {
  const safe = value.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200);
  return /^\.*$/.test(safe) ? safe.replace(/\./g, '_') || '_' : safe;
};
const SEGMENT = /^[A-Za-z0-9._-]{1,220}$/;

/**
 * `media/{logId(conversation)}/{mediaId}.{ext}` with every segment made safe for S3 keys and file names: the
 * conversation appears only as its keyed hash (`c_` + 16 hex), the platform's media id as given.
 */
export function mediaKey(conversationId: string, mediaId: string, mimeType: string): string {
  const ext = EXTENSIONS[mimeType.split(';')[0]!.trim().toLowerCase()] ?? 'bin';
  return `${mediaKeyPrefix(conversationId)}${safeSegment(mediaId)}.${ext}`;
}

/** The prefix every media key of one conversation starts with (`media/{logId(conversation)}/`). */
export function mediaKeyPrefix(conversationId: string): string {
  return `media/${logId(conversationId)}/`;
}

/**
 * The prefix keys had before they were hashed (`media/{safe conversation id}/`): still served through their
 * own conversation until the lifecycle rule has expired them (retention `mediaDays`). Never written.
 */
export function legacyMediaKeyPrefix(conversationId: string): string {
  return `media/${safeSegment(conversationId)}/`;
}

/**
 * True for exactly the keys `mediaKey` can make: `media/`, then two segments of `[A-Za-z0-9._-]`, neither
 * made only of dots. So no `..`, no absolute path, no backslash, no `%` (an encoded variant stays refused).
 */
export function isMediaKey(key: string): boolean {
  const parts = key.split('/');
  return (
    parts.length === 3 &&
    parts[0] === 'media' &&
    parts.slice(1).every((part) => SEGMENT.test(part) && !/^\.+$/.test(part))
  );
}

function assertMediaKey(key: string): void {
  if (!isMediaKey(key)) throw new MediaKeyError(`Not a media key: ${JSON.stringify(key.slice(0, 300))}`);
}

/** What a key's extension says it holds (local files carry no content type of their own). */
export function mimeTypeOfKey(key: string): string {
  const ext = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
  return MIME_TYPES[ext] ?? FALLBACK_MIME_TYPE;
}

// Without s3:ListBucket (which no Crossdesk function gets) S3 answers a GetObject for a missing key with
// 403 AccessDenied instead of 404 NoSuchKey, so it does not reveal which keys exist. The grant covers every
// object of the (SSE-S3, no KMS) bucket, so for a well-formed key a 403 means "no such object" too.
const isMissingObject = (error: unknown): boolean => {
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  const status = e?.$metadata?.httpStatusCode;
  return (
    e?.name === 'NoSuchKey' ||
    e?.name === 'NotFound' ||
    e?.name === 'AccessDenied' ||
    status === 404 ||
    status === 403
  );
};

function createS3MediaStore(bucket: string, s3: S3Client): MediaStore {
  return {
    async save({ conversationId, mediaId, bytes, mimeType }) {
      const key = mediaKey(conversationId, mediaId, mimeType);
      try {
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: mimeType }));
      } catch (error) {
        throw new MediaStoreError(`Could not store media ${key}`, { cause: error });
      }
      return key;
    },
    async load(key) {
      assertMediaKey(key);
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!object.Body) return undefined;
        const bytes = Buffer.from(await object.Body.transformToByteArray());
        return { bytes, mimeType: object.ContentType || mimeTypeOfKey(key) };
      } catch (error) {
        if (isMissingObject(error)) return undefined;
        throw new MediaStoreError(`Could not read media ${key}`, { cause: error });
      }
    },
    async remove(keys) {
      let removed = 0;
      for (const key of keys.filter(isMediaKey)) {
        try {
          await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
          removed += 1;
        } catch (error) {
          throw new MediaStoreError(`Could not delete media ${key}`, { cause: error });
        }
      }
      return removed;
    },
  };
}

/**
 * Deletes files under `dir/media` older than `days` (by modification time) and the folders left empty: the
 * local stand-in for the bucket's lifecycle rule. Returns how many files went.
 * @example
 * await sweepLocalMedia('.crossdesk/media', merchant.retention.mediaDays);
 */
export async function sweepLocalMedia(dir: string, days: number, nowMs = Date.now()): Promise<number> {
  const root = path.resolve(dir, 'media');
  const cutoff = nowMs - days * 86_400_000;
  let removed = 0;
  let folders: string[];
  try {
    folders = await readdir(root);
  } catch {
    return 0;
  }
  for (const folder of folders) {
    const folderPath = path.join(root, folder);
    const files = await readdir(folderPath).catch(() => [] as string[]);
    for (const file of files) {
      const filePath = path.join(folderPath, file);
      const info = await stat(filePath).catch(() => undefined);
      if (info?.isFile() && info.mtimeMs < cutoff) {
        await rm(filePath, { force: true });
        removed += 1;
      }
    }
    if ((await readdir(folderPath).catch(() => ['?'])).length === 0)
      await rm(folderPath, { recursive: true });
  }
  return removed;
}

function createLocalMediaStore(dir: string): MediaStore {
  const root = path.resolve(dir);
  // Second line of defence behind isMediaKey: whatever the key, the file must be inside MEDIA_DIR.
  const fileFor = (key: string): string => {
    const file = path.resolve(root, key);
    const relative = path.relative(root, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
      throw new MediaKeyError(`Media key escapes MEDIA_DIR: ${JSON.stringify(key.slice(0, 300))}`);
    return file;
  };
  return {
    async save({ conversationId, mediaId, bytes, mimeType }) {
      const key = mediaKey(conversationId, mediaId, mimeType);
      const file = fileFor(key);
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, bytes);
      } catch (error) {
        throw new MediaStoreError(`Could not store media ${key}`, { cause: error });
      }
      return key;
    },
    async load(key) {
      assertMediaKey(key);
      const file = fileFor(key);
      try {
        return { bytes: await readFile(file), mimeType: mimeTypeOfKey(key) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new MediaStoreError(`Could not read media ${key}`, { cause: error });
      }
    },
    async remove(keys) {
      let removed = 0;
      for (const key of keys.filter(isMediaKey)) {
        try {
          await rm(fileFor(key));
          removed += 1;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
            throw new MediaStoreError(`Could not delete media ${key}`, { cause: error });
        }
      }
      return removed;
    },
  };
}

/**
 * Creates the media store from MEDIA_BUCKET (S3) or MEDIA_DIR (local directory).
 * @example
 * const store = createMediaStore(readEnv());
 * const key = await store.save({ conversationId, mediaId, ...(await channel.downloadMedia!(mediaId)) });
 * const photo = await store.load(key); // { bytes, mimeType } | undefined
 */
export function createMediaStore(
  env: Pick<Env, 'MEDIA_BUCKET' | 'MEDIA_DIR'>,
  options: {
    s3?: S3Client;
    /**
     * MEDIA_DIR only: files older than this many days are swept once when the store is created (S3 has
     * its lifecycle rule instead). @default no sweep
     */
    retentionDays?: number;
  } = {},
): MediaStore {
  if (env.MEDIA_BUCKET) return createS3MediaStore(env.MEDIA_BUCKET, options.s3 ?? new S3Client({}));
  if (env.MEDIA_DIR) {
    // Best effort, in the background: a failed sweep must not keep agents from their photos.
    if (options.retentionDays) void sweepLocalMedia(env.MEDIA_DIR, options.retentionDays).catch(() => 0);
    return createLocalMediaStore(env.MEDIA_DIR);
  }
  throw new MediaStoreError('Neither MEDIA_BUCKET nor MEDIA_DIR is set: nowhere to store media');
}
