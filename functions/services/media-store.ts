// Where shoppers' photos and voice notes go so agents can see them: S3 in AWS, a directory locally.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Env } from '../config';

export interface MediaStore {
  /** Saves the bytes and returns the key (S3 object key, or a path relative to MEDIA_DIR). */
  save(input: { conversationId: string; mediaId: string; bytes: Buffer; mimeType: string }): Promise<string>;
}

export class MediaStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MediaStoreError';
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

/** `media/{conversation}/{mediaId}.{ext}` with every segment made safe for S3 keys and file names. */
export function mediaKey(conversationId: string, mediaId: string, mimeType: string): string {
  const safe = (value: string) => value.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200);
  const ext = EXTENSIONS[mimeType.split(';')[0]!.trim().toLowerCase()] ?? 'bin';
  return `media/${safe(conversationId)}/${safe(mediaId)}.${ext}`;
}

/**
 * Creates the media store from MEDIA_BUCKET (S3) or MEDIA_DIR (local directory).
 * @example
 * const store = createMediaStore(readEnv());
 * const key = await store.save({ conversationId, mediaId, ...(await channel.downloadMedia!(mediaId)) });
 */
export function createMediaStore(
  env: Pick<Env, 'MEDIA_BUCKET' | 'MEDIA_DIR'>,
  options: { s3?: S3Client } = {},
): MediaStore {
  if (env.MEDIA_BUCKET) {
    const bucket = env.MEDIA_BUCKET;
    const s3 = options.s3 ?? new S3Client({});
    return {
      async save({ conversationId, mediaId, bytes, mimeType }) {
        const key = mediaKey(conversationId, mediaId, mimeType);
        try {
          await s3.send(
            new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: mimeType }),
          );
        } catch (error) {
          throw new MediaStoreError(`Could not store media ${key}`, { cause: error });
        }
        return key;
      },
    };
  }
  if (env.MEDIA_DIR) {
    const root = path.resolve(env.MEDIA_DIR);
    return {
      async save({ conversationId, mediaId, bytes, mimeType }) {
        const key = mediaKey(conversationId, mediaId, mimeType);
        const file = path.join(root, key);
        try {
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, bytes);
        } catch (error) {
          throw new MediaStoreError(`Could not store media ${key}`, { cause: error });
        }
        return key;
      },
    };
  }
  throw new MediaStoreError('Neither MEDIA_BUCKET nor MEDIA_DIR is set: nowhere to store media');
}
