// Telegram asks bots to send no more than about one message per second to the same chat (20 per minute
// in groups) and answers bursts with 429. Spacing sends ourselves is cheaper than eating those 429s.
//
// Caveat: this is per process. Two Lambda instances answering the same chat at once would not see each
// other — SQS FIFO's MessageGroupId = conversation id already makes that rare (one worker per chat at a
// time), and the 429 retry path covers the rest.
import { realSleep } from '../retry';

export interface ChatSpacing {
  /** Resolves when a message to `chatId` may go out, and books that slot. */
  wait(chatId: string): Promise<void>;
}

export interface ChatSpacingOptions {
  /** Minimum gap between two sends to one private chat. @default 1000 */
  intervalMs?: number;
  /** Minimum gap in group chats (negative chat ids). @default 3000 */
  groupIntervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Creates a per-chat spacing limiter.
 * @example
 * const spacing = createChatSpacing();
 * await spacing.wait('123456'); await api.sendMessage(123456, 'hi');
 */
export function createChatSpacing(options: ChatSpacingOptions = {}): ChatSpacing {
  const interval = options.intervalMs ?? 1000;
  const groupInterval = options.groupIntervalMs ?? 3000;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const nextSlot = new Map<string, number>();

  return {
    async wait(chatId) {
      const at = now();
      // Forget idle chats so a long-lived worker does not grow the map without bound.
      if (nextSlot.size > 10_000) for (const [id, slot] of nextSlot) if (slot < at) nextSlot.delete(id);
      const gap = chatId.startsWith('-') ? groupInterval : interval;
      const slot = Math.max(at, nextSlot.get(chatId) ?? 0);
      // Book before sleeping so concurrent senders to the same chat queue up behind each other.
      nextSlot.set(chatId, slot + gap);
      if (slot > at) await sleep(slot - at);
    },
  };
}
