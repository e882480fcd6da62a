// The one shape of an inbound message on the message log (the agent API and transcripts read it). Ingest
// writes it when it persists the message; the worker overwrites the same item (same `at` + `id`) only
// when it learned something: where the media was stored, or a photo's description.
import type { MessageLogEntry } from './ports';
import type { InboundMessage } from './types';

export function inboundLogEntry(message: InboundMessage): MessageLogEntry {
  return {
    conversationId: message.conversationId,
    direction: 'in',
    at: message.receivedAt,
    id: message.eventId,
    ...(message.text !== undefined ? { text: message.text } : {}),
    data: {
      kind: message.kind,
      channel: message.channel,
      ...(message.payload !== undefined ? { payload: message.payload } : {}),
      ...(message.media ? { media: message.media.storedAt ?? message.media.id } : {}),
      ...(message.media?.description ? { mediaDescription: message.media.description } : {}),
    },
  };
}
