// The worker's photo-description step: with a vision LLM, a shopper's photo gets one line for the agent
// (in the agent's language) on the message log and on the damage claim that holds the photo. It runs
// beside the turn, never in front of it: the shopper's reply does not wait for it, and a failure or a slow
// model only means no description.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { CaseStore, MessageLog, MessageLogEntry } from '../core/ports';
import type { Conversation, InboundMessage } from '../core/types';

/** Describes one image in one line; may throw (it is the LLM adapter's `ImageDescriber`). */
export type DescribeMedia = (input: { bytes: Buffer; mimeType: string; caption?: string }) => Promise<string>;

/** The worker's own bound, whatever the adapter's timeout does: after this the record moves on without it. */
export const DESCRIBE_DEADLINE_MS = 6_000;
/** Bigger images are not sent: a WhatsApp photo is at most 5 MB, and base64 makes it a third bigger. */
const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** How far back the log is searched for descriptions of photos a claim picked up later. */
const LOG_LOOKBACK = 100;

/**
 * The image type from the bytes themselves: platforms often answer `application/octet-stream`, and the
 * vision models take JPEG, PNG, WebP and GIF only.
 */
export function sniffImageType(bytes: Buffer): string | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])))
    return 'image/png';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return undefined;
}

/**
 * Starts describing an inbound photo, or returns undefined when there is nothing to describe (not an
 * image, a sticker, no recognizable image bytes, too big). The promise never rejects and settles within
 * `deadlineMs`: undefined on failure or timeout, which is logged.
 */
export function startDescribing(
  describe: DescribeMedia,
  message: InboundMessage,
  downloaded: { bytes: Buffer; mimeType: string },
  options: { logger: Logger; deadlineMs?: number },
): Promise<string | undefined> | undefined {
  if (message.kind !== 'image' || downloaded.bytes.length > MAX_IMAGE_BYTES) return undefined;
  const mimeType = sniffImageType(downloaded.bytes);
  if (!mimeType) return undefined;
  const { logger } = options;
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      logger.warn('photo description timed out', { mediaId: message.media?.id });
      resolve(undefined);
    }, options.deadlineMs ?? DESCRIBE_DEADLINE_MS);
  });
  const work = describe({
    bytes: downloaded.bytes,
    mimeType,
    caption: message.text?.trim() || undefined,
  }).then(
    (text) => {
      const line = text.replace(/\s+/g, ' ').trim();
      logger.info('photo described', { ms: Date.now() - started, chars: line.length });
      return line || undefined;
    },
    (error: unknown) => {
      logger.warn('photo description failed', { error, mediaId: message.media?.id });
      return undefined;
    },
  );
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** The log entries' media field is `storedAt ?? platform id`; a claim's ref is `storedAt ?? channel:id`. */
function claimRefs(entry: MessageLogEntry): string[] {
  const media = entry.data?.media;
  if (typeof media !== 'string') return [];
  const channel = entry.conversationId.slice(0, entry.conversationId.indexOf(':'));
  return [media, `${channel}:${media}`];
}

async function descriptionsFromLog(
  messages: MessageLog,
  conversationId: string,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const entry of await messages.list(conversationId, LOG_LOOKBACK)) {
    const description = entry.direction === 'in' ? entry.data?.mediaDescription : undefined;
    if (typeof description !== 'string' || !description) continue;
    for (const ref of claimRefs(entry)) found.set(ref, description);
  }
  return found;
}

/**
 * Puts photo descriptions next to the photo refs of the open damage claims of the order the turn worked
 * on. Descriptions are read from the message log, where each is written after its own turn: so a photo
 * sent before the damage report gets its description when a later turn puts it on the claim.
 */
export async function describeClaimPhotos(
  deps: { messages: MessageLog; cases: CaseStore; now: Date },
  conversation: Conversation,
): Promise<number> {
  const orderIds = new Set(
    [
      conversation.awaiting && 'orderId' in conversation.awaiting ? conversation.awaiting.orderId : undefined,
      conversation.focusOrderId,
    ].filter((id): id is string => typeof id === 'string' && id.length > 0),
  );
  let known: Map<string, string> | undefined;
  let described = 0;
  for (const orderId of orderIds) {
    for (const claim of await deps.cases.casesForOrder(orderId)) {
      if (claim.kind !== 'damage' || claim.status === 'closed') continue;
      const missing = claim.photos.filter((ref) => !claim.photoDescriptions?.[ref]);
      if (missing.length === 0) continue;
      known ??= await descriptionsFromLog(deps.messages, conversation.id);
      const added = missing.flatMap((ref) => {
        const description = known?.get(ref);
        return description ? [[ref, description] as const] : [];
      });
      if (added.length === 0) continue;
      await deps.cases.putCase({
        ...claim,
        photoDescriptions: { ...claim.photoDescriptions, ...Object.fromEntries(added) },
        updatedAt: deps.now.toISOString(),
      });
      described += added.length;
    }
  }
  return described;
}
