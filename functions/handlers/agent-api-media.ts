// GET /agent/conversations/{id}/media/{key}: the bytes of a shopper's photo (or voice note, or file) for
// the agent who reads that conversation. A key is served only through the conversation it belongs to.
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Conversation } from '../core/types';
import { isMediaKey, legacyMediaKeyPrefix, type MediaStore, mediaKeyPrefix } from '../services/media-store';

type Result = APIGatewayProxyStructuredResultV2;

/** What the agent API needs of the media store: reading only. */
export type MediaReader = Pick<MediaStore, 'load'>;

// Types a browser may render inline. Anything else a platform labelled (text/html in a "document", say)
// goes out as a download, so a shopper's file can never run as a page on the API's origin.
const INLINE = /^(image\/(jpeg|png|webp|gif)|audio\/[a-z0-9.+-]+|video\/[a-z0-9.+-]+|application\/pdf)$/;

const notFound = (): Result => ({
  statusCode: 404,
  headers: { 'content-type': 'application/json' },
  // One answer for "not this conversation's" and "not stored": the response reveals nothing about other keys.
  body: JSON.stringify({ error: 'media not found' }),
});

/**
 * The media key from the rest of the path: URL-encoded (`media%2F…`) or plain (`media/…/x.png`).
 * Decoded once; undefined when it is not a well-formed media key.
 * @example
 * parseMediaKeyParam('media%2Fc_3f2a9b0c1d2e4f5a%2Fwamid.png'); // 'media/c_3f2a9b0c1d2e4f5a/wamid.png'
 */
export function parseMediaKeyParam(raw: string): string | undefined {
  let key: string;
  try {
    key = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  return isMediaKey(key) ? key : undefined;
}

/**
 * Serves one stored media object of `conversation`, or 404.
 * @example
 * return serveConversationMedia(deps.media, conversation, key);
 */
export async function serveConversationMedia(
  media: MediaReader | undefined,
  conversation: Pick<Conversation, 'id'>,
  key: string,
): Promise<Result> {
  // The key must be this conversation's: its hashed prefix, or the plain one keys had before hashing.
  const own =
    key.startsWith(mediaKeyPrefix(conversation.id)) || key.startsWith(legacyMediaKeyPrefix(conversation.id));
  if (!media || !own) return notFound();
  const stored = await media.load(key);
  if (!stored) return notFound();
  const mimeType = stored.mimeType.split(';')[0]!.trim().toLowerCase();
  const inline = INLINE.test(mimeType);
  return {
    statusCode: 200,
    headers: {
      'content-type': inline ? stored.mimeType : 'application/octet-stream',
      'cache-control': 'private, max-age=300',
      'x-content-type-options': 'nosniff',
      ...(inline ? {} : { 'content-disposition': `attachment; filename="${key.split('/').pop()}"` }),
    },
    body: stored.bytes.toString('base64'),
    isBase64Encoded: true,
  };
}
