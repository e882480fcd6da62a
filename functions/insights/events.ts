// The insight events of one worker turn (core/insights.ts), derived from what the turn already knows: the
// inbound message, the conversation before and after, and the turn's log. Pure but for the extractor; the
// worker writes them in one batch after the replies went out.
import type { InsightEvent, MessageInsight } from '../core/insights';
import type { TurnResult } from '../core/turn-types';
import type { Conversation, InboundMessage, Language, Order } from '../core/types';
import { extractInsights } from './extract';

export type {
  InsightEvent,
  InsightKind,
  InsightsLog,
  InsightsRecorder,
  MessageInsight,
} from '../core/insights';

/** How much of a complaint is kept as the dashboard's example. */
export const EXCERPT_CHARS = 280;

export interface TurnInsightInput {
  message: InboundMessage;
  before: Conversation | undefined;
  after: Conversation;
  result: TurnResult;
  /** When the replies went out. */
  sentAt: Date;
  /** The conversation's name in the log (the log id). */
  conversation: string;
  /** The order in focus, read only when the message names a defect (its products are what is defective). */
  order?(orderId: string): Promise<Pick<Order, 'lines'> | undefined>;
}

/**
 * The events one turn produced: the shopper's message, the bot's reply, a handoff, a rating.
 * @example
 * const events = await turnInsights({ message, before, after: saved, result, sentAt: new Date(), conversation: logId(id) });
 */
export async function turnInsights(input: TurnInsightInput): Promise<InsightEvent[]> {
  const { message, before, after, result } = input;
  const base = {
    at: message.receivedAt,
    conversation: input.conversation,
    channel: message.channel,
    language: result.log.language,
  };
  const events: InsightEvent[] = [];
  const text = message.text?.trim();
  if (text) {
    const read = message.kind === 'button' ? undefined : safeExtract(text, result.log.language);
    const orderId = after.focusOrderId;
    const event: MessageInsight = {
      ...base,
      id: `${message.eventId}:message`,
      kind: 'message',
      ...(result.log.intent ? { intent: result.log.intent } : {}),
      ...(result.log.confidence !== undefined ? { confidence: round(result.log.confidence) } : {}),
      sentiment: round(read?.sentiment ?? 0),
      defects: read?.defects ?? [],
      ...(orderId ? { orderId } : {}),
    };
    if (event.defects.length > 0) {
      event.text = text.slice(0, EXCERPT_CHARS);
      const order = orderId && input.order ? await input.order(orderId).catch(() => undefined) : undefined;
      if (order) event.productIds = [...new Set(order.lines.map((line) => line.productId))];
    }
    if (before?.contactPreference?.proactive !== false && after.contactPreference?.proactive === false)
      event.optOut = true;
    events.push(event);
  }
  if (result.replies.length > 0)
    events.push({
      ...base,
      id: `${message.eventId}:reply`,
      at: input.sentAt.toISOString(),
      kind: 'reply',
      action: result.log.action,
      ...(result.log.source ? { source: result.log.source } : {}),
      ...(result.log.intent ? { intent: result.log.intent } : {}),
      responseMs: Math.max(0, input.sentAt.getTime() - Date.parse(message.receivedAt)),
      cost: {
        messages: result.replies.length,
        ...(result.log.llmTokens ? { llmTokens: result.log.llmTokens } : {}),
      },
    });
  const handoff = after.handoff;
  if (result.handoff && handoff && handoff.id !== before?.handoff?.id)
    events.push({
      ...base,
      id: `${message.eventId}:handoff`,
      kind: 'handoff',
      handoffId: handoff.id,
      reason: result.handoff.reason,
      ...(handoff.understood?.orderId ? { orderId: handoff.understood.orderId } : {}),
    });
  const rating = handoff?.rating;
  if (handoff && rating && rating.at !== before?.handoff?.rating?.at)
    events.push({
      ...base,
      id: `rating:${handoff.id}`,
      kind: 'rating',
      handoffId: handoff.id,
      score: rating.score,
    });
  return events;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** A lexicon bug must not cost the turn's other events: the message is then recorded as neutral. */
function safeExtract(text: string, language: Language): ReturnType<typeof extractInsights> | undefined {
  try {
    return extractInsights(text, language);
  } catch {
    return undefined;
  }
}
