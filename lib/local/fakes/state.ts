// What the platform fakes share: the outbox (everything the bot sent), scripted failures for tests, and
// the media objects shoppers "uploaded" so the bot can download them.
import type { ChannelName } from '../../../functions/core/types';

/** The receivers of handoff notices: the signed webhook, Slack, the Telegram agents group, email. */
export const AGENT_FAKE_NAMES = ['agent:webhook', 'agent:slack', 'agent:telegram', 'agent:email'] as const;
export type AgentFakeName = (typeof AGENT_FAKE_NAMES)[number];

/** The fakes that record and fail: the three platforms and the agents' receivers. */
export type FakeName = ChannelName | AgentFakeName;

/** Agents' notices are not shopper messages: counts of what shoppers received leave these out. */
export const isAgentFake = (name: FakeName): name is AgentFakeName => name.startsWith('agent:');

export interface OutboxEntry {
  /** A shopper channel, or `agent:…` for a handoff notice one of the agents' receivers got. */
  channel: FakeName;
  /** wa_id, LINE userId/groupId, or Telegram chat id. */
  to: string;
  /** What the shopper reads: text, caption, interactive body or template parameter. */
  text: string;
  /** The request as the SDK sent it (one message object for LINE, the whole body otherwise). */
  raw: unknown;
  /** ISO time the fake received it. */
  at: string;
  /** How it rendered, for the simulator: 'text' | 'image' | 'interactive' | 'template'. */
  kind: string;
  /** Tappable options, as the platform will send them back. */
  buttons?: { id: string; title: string }[];
  links?: { url: string; title: string }[];
  imageUrl?: string;
}

export interface Outbox {
  add(entry: Omit<OutboxEntry, 'at'>): OutboxEntry;
  list(filter?: { channel?: string; to?: string }): OutboxEntry[];
  clear(): void;
  /** Calls `listener` for every entry added from now on (benchmarks count replies exactly this way). */
  subscribe(listener: (entry: OutboxEntry) => void): () => void;
}

export function createOutbox(now: () => number, limit = 10_000): Outbox {
  let entries: OutboxEntry[] = [];
  const listeners = new Set<(entry: OutboxEntry) => void>();
  return {
    add(entry) {
      const full = { ...entry, at: new Date(now()).toISOString() };
      entries.push(full);
      for (const listener of listeners) listener(full);
      // A long local session should not grow without bound; the oldest go first.
      if (entries.length > limit) entries = entries.slice(-limit);
      return full;
    },
    list(filter = {}) {
      return entries.filter(
        (entry) =>
          (!filter.channel || entry.channel === filter.channel) && (!filter.to || entry.to === filter.to),
      );
    },
    clear() {
      entries = [];
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface ScriptedFailure {
  status: number;
  /** Seconds, sent as Retry-After (and Telegram's parameters.retry_after). */
  retryAfter?: number;
}

/** The Retry-After header a scripted failure asks for, if any. */
export function retryAfterHeaders(failure: ScriptedFailure): Record<string, string> {
  return failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) };
}

/** Queues of failures per channel: the next N calls to that fake answer with them. */
export interface FailureScript {
  failNext(channel: FakeName, count: number, failure: ScriptedFailure): void;
  take(channel: FakeName): ScriptedFailure | undefined;
  reset(): void;
}

export function createFailureScript(): FailureScript {
  const queues = new Map<FakeName, ScriptedFailure[]>();
  return {
    failNext(channel, count, failure) {
      const queue = queues.get(channel) ?? [];
      for (let i = 0; i < count; i++) queue.push(failure);
      queues.set(channel, queue);
    },
    take(channel) {
      return queues.get(channel)?.shift();
    },
    reset() {
      queues.clear();
    },
  };
}

export interface FakeMedia {
  bytes: Buffer;
  mimeType: string;
}

export interface MediaShelf {
  put(channel: ChannelName, id: string, media: FakeMedia): void;
  get(channel: ChannelName, id: string): FakeMedia | undefined;
}

export function createMediaShelf(): MediaShelf {
  const items = new Map<string, FakeMedia>();
  return {
    put: (channel, id, media) => void items.set(`${channel}:${id}`, media),
    get: (channel, id) => items.get(`${channel}:${id}`),
  };
}

/** A valid 1×1 PNG: what the simulator "photographs". */
export const SAMPLE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
