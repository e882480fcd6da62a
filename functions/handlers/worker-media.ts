// The worker's media chores around a turn: copy an inbound photo or voice note to our storage before the
// turn (a damage claim refers to it), and describe a photo for the agent after the replies went out.
import type { Logger } from '@aws-lambda-powertools/logger';
import { inboundLogEntry } from '../core/message-log';
import type { CaseStore, ChannelOutbound, MessageLog } from '../core/ports';
import type { TurnInput, TurnResult } from '../core/turn-types';
import type { Conversation, InboundMessage } from '../core/types';
import { type DescribeMedia, describeClaimPhotos, startDescribing } from './describe-media';

export interface MediaDeps {
  messages: MessageLog;
  cases?: CaseStore;
  saveMedia?(input: {
    conversationId: string;
    mediaId: string;
    bytes: Buffer;
    mimeType: string;
  }): Promise<string>;
  describeMedia?: DescribeMedia;
}

export interface FetchedMedia {
  media?: TurnInput['media'];
  /** The photo's description, started now and awaited after the replies (the shopper never waits for it). */
  describing?: Promise<string | undefined>;
}

/** Downloads and stores the message's media; a failure leaves the platform media id for the agent to fetch. */
export async function fetchMedia(
  deps: MediaDeps,
  channel: ChannelOutbound,
  message: InboundMessage,
  logger: Logger,
): Promise<FetchedMedia> {
  if (!message.media || !channel.downloadMedia) return {};
  // LINE has no content endpoint for stickers (they are identified by package and sticker id): asking
  // for one is a 404 every time.
  if (message.kind === 'sticker' && message.channel === 'line') return {};
  try {
    const downloaded = await channel.downloadMedia(message.media.id);
    const describing = deps.describeMedia
      ? startDescribing(deps.describeMedia, message, downloaded, { logger })
      : undefined;
    if (deps.saveMedia) {
      message.media.storedAt = await deps.saveMedia({
        conversationId: message.conversationId,
        mediaId: message.media.id,
        ...downloaded,
      });
      // Ingest logged the platform id; the log now points at our copy (same item, overwritten).
      await deps.messages.append(inboundLogEntry(message));
    }
    return { media: downloaded, ...(describing ? { describing } : {}) };
  } catch (error) {
    logger.warn('media download failed', { error, mediaId: message.media.id });
    return {};
  }
}

/** The photo's description onto its log entry (same key: overwritten) and onto damage claims. Best effort. */
export async function recordDescriptions(
  deps: MediaDeps,
  message: InboundMessage,
  fetched: FetchedMedia,
  result: TurnResult,
  saved: Conversation,
  now: Date,
  logger: Logger,
): Promise<void> {
  try {
    const description = await fetched.describing;
    if (description && message.media) {
      message.media.description = description;
      await deps.messages.append(inboundLogEntry(message));
    }
    // A claim may take this photo, or photos sent before the damage report, whose descriptions are logged.
    if (deps.describeMedia && deps.cases && result.log.tools.includes('report_damage')) {
      await describeClaimPhotos({ messages: deps.messages, cases: deps.cases, now }, saved);
    }
  } catch (error) {
    logger.warn('storing the photo description failed', { error });
  }
}
