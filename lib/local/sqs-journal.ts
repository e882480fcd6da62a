// The local FIFO queue's journal. SQS keeps a message until a consumer deletes it, whatever happens to the
// consumers; an in-memory emulator loses every accepted-but-unprocessed turn when the stack is killed, and
// the platforms never redeliver those (they got their 200). So every send, receive, delete and
// dead-lettering is appended to a file in the data dir before the queue answers, and a restarted stack
// gets back what was queued. Synchronous appends: the bytes are in the kernel before SendMessage answers,
// which is all a killed process needs (a machine crash is out of scope, as it is for dynalite's LevelDB).
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { QueuedMessage } from './sqs-fifo-shapes';

export interface DedupEntry {
  readonly deduplicationId: string;
  readonly at: number;
  readonly messageId: string;
  readonly sequenceNumber: string;
}

export type JournalEntry =
  | { readonly op: 'send'; readonly message: QueuedMessage }
  | { readonly op: 'receive'; readonly ids: readonly string[]; readonly at: number }
  | { readonly op: 'delete' | 'dead'; readonly ids: readonly string[] }
  | ({ readonly op: 'dedup' } & DedupEntry);

export interface RestoredQueue {
  /** Not deleted yet, in queue order, none in flight. */
  readonly messages: QueuedMessage[];
  readonly dead: QueuedMessage[];
  readonly dedup: DedupEntry[];
}

export interface QueueJournal {
  readonly restored: RestoredQueue;
  record(entry: JournalEntry): void;
}

/**
 * Replays the journal at `path` (if any), rewrites it compacted, and returns what it held.
 * @example
 * const journal = openQueueJournal('.crossdesk/sqs/turns.fifo.jsonl', { visibilityTimeoutMs: 10_000, dedupWindowMs: 300_000 });
 * for (const m of journal.restored.messages) messages.push(m);
 */
export function openQueueJournal(
  path: string,
  options: {
    readonly visibilityTimeoutMs: number;
    readonly dedupWindowMs: number;
    readonly now?: () => number;
  },
): QueueJournal {
  const now = options.now ?? Date.now;
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // No journal yet: a fresh data dir.
  }
  const live = new Map<string, QueuedMessage>();
  const dead = new Map<string, QueuedMessage>();
  const dedup = new Map<string, DedupEntry>();
  for (const line of text.split('\n')) {
    let entry: JournalEntry;
    try {
      entry = JSON.parse(line) as JournalEntry;
    } catch {
      continue; // an empty line, or the torn last line of a killed write
    }
    if (entry.op === 'send') {
      const m = entry.message;
      live.set(m.messageId, { ...m, inFlight: false });
      dedup.set(m.deduplicationId, {
        deduplicationId: m.deduplicationId,
        at: m.sentTimestamp,
        messageId: m.messageId,
        sequenceNumber: m.sequenceNumber,
      });
    } else if (entry.op === 'receive') {
      for (const id of entry.ids) {
        const m = live.get(id);
        if (!m) continue;
        m.receiveCount += 1;
        m.firstReceiveTimestamp ??= entry.at;
        // A consumer that died holding the message: SQS shows it again once its visibility timeout ends.
        m.visibleAt = entry.at + options.visibilityTimeoutMs;
      }
    } else if (entry.op === 'delete' || entry.op === 'dead') {
      for (const id of entry.ids) {
        const m = live.get(id);
        live.delete(id);
        if (m && entry.op === 'dead') dead.set(id, m);
      }
    } else if (entry.op === 'dedup') {
      const { op: _op, ...kept } = entry;
      dedup.set(entry.deduplicationId, kept);
    }
  }
  const recent = [...dedup.values()].filter((d) => now() - d.at < options.dedupWindowMs);
  const restored: RestoredQueue = {
    messages: [...live.values()].sort((a, b) => compareSequence(a.sequenceNumber, b.sequenceNumber)),
    dead: [...dead.values()],
    dedup: recent,
  };

  // Compacted: what is still queued, the dead letters and the dedup ids still inside SQS's window.
  mkdirSync(dirname(path), { recursive: true });
  const lines = [
    ...recent.map((d) => JSON.stringify({ op: 'dedup', ...d })),
    ...[...restored.messages, ...restored.dead].map((message) => JSON.stringify({ op: 'send', message })),
    ...(restored.dead.length
      ? [JSON.stringify({ op: 'dead', ids: restored.dead.map((m) => m.messageId) })]
      : []),
  ];
  writeFileSync(`${path}.tmp`, lines.map((line) => `${line}\n`).join(''));
  renameSync(`${path}.tmp`, path);

  return {
    restored,
    record(entry) {
      appendFileSync(path, `${JSON.stringify(entry)}\n`);
    },
  };
}

const compareSequence = (a: string, b: string): number =>
  BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
