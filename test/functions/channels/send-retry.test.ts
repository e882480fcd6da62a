import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChannelSendError, parseRetryAfter, withRetry } from '../../../functions/channels/retry';
import { logId } from '../../../functions/log-id';
import { createMediaStore, mediaKey } from '../../../functions/services/media-store';

describe('retry policy', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-21T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('backs off exponentially with jitter and stops after the bounded attempts', async () => {
    const waits: number[] = [];
    let calls = 0;
    const error = await withRetry(
      async () => {
        calls++;
        throw new Error('boom');
      },
      {
        channel: 'line',
        attempts: 4,
        baseDelayMs: 100,
        classify: () => ({ retryable: true, status: 503 }),
        sleep: async (ms) => void waits.push(ms),
        random: () => 1,
      },
    ).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(waits).toEqual([100, 200, 400]);
    expect(error).toBeInstanceOf(ChannelSendError);
    expect((error as ChannelSendError).cause).toBeInstanceOf(Error);
  });

  it('hands a Retry-After too long to wait in-process to SQS as retryable', async () => {
    const waits: number[] = [];
    const error = await withRetry(
      async () => {
        throw new Error('429');
      },
      {
        channel: 'telegram',
        classify: () => ({ retryable: true, status: 429, retryAfterMs: 120_000 }),
        sleep: async (ms) => void waits.push(ms),
      },
    ).catch((e: unknown) => e);
    expect(waits).toEqual([]);
    expect(error).toMatchObject({ retryable: true, status: 429 });
  });
});

describe('media store', () => {
  it('writes bytes under MEDIA_DIR and returns a safe key', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'media-'));
    const store = createMediaStore({ MEDIA_DIR: dir });
    const key = await store.save({
      conversationId: 'line:Ubot:U1',
      mediaId: '../../etc',
      bytes: Buffer.from('png'),
      mimeType: 'image/png',
    });
    expect(key).toBe(`media/${logId('line:Ubot:U1')}/.._.._etc.png`);
    expect(readFileSync(path.join(dir, key), 'utf8')).toBe('png');
    expect(mediaKey('c', 'm', 'audio/ogg; codecs=opus')).toBe(`media/${logId('c')}/m.ogg`);
  });

  it('puts the object to S3 when MEDIA_BUCKET is set', async () => {
    const sent: unknown[] = [];
    const s3 = { send: async (command: { input: unknown }) => void sent.push(command.input) } as never;
    const key = await createMediaStore({ MEDIA_BUCKET: 'bucket' }, { s3 }).save({
      conversationId: 'c',
      mediaId: 'm',
      bytes: Buffer.from('x'),
      mimeType: 'image/jpeg',
    });
    expect(key).toBe(`media/${logId('c')}/m.jpg`);
    expect(sent).toEqual([
      expect.objectContaining({
        Bucket: 'bucket',
        Key: `media/${logId('c')}/m.jpg`,
        ContentType: 'image/jpeg',
      }),
    ]);
    expect(() => createMediaStore({})).toThrow(/MEDIA_BUCKET nor MEDIA_DIR/);
  });
});
