// The scheduled scan (every 30 minutes). Two chores, both read + enqueue only — the worker does the work,
// in the right FIFO group, between that shopper's turns, through the same reply path as any turn:
// - shipments due for a look (the watch index: one partition per day, keyed by when each open shipment
//   could next count as late — never a table scan): a `shipment_update` job each, in the shipment's
//   group; the worker assesses it, tells the shopper first when it is newly delayed, and files it again;
// - handoffs whose agents stayed silent longer than the merchant allows (open hours only): a
//   `release_silent` job each, so nobody is left waiting on a handoff no one picks up.
import { Logger } from '@aws-lambda-powertools/logger';
import type { ScheduledEvent } from 'aws-lambda';
import type { TurnQueue } from '../core/ports';
import type { QueuedDeskJob } from '../core/types';
import { eachLimited } from './each-limited';

const logger = new Logger({ serviceName: 'crossdesk-delay-scan' });

export interface DelayScanDeps {
  silentHandoffs(): Promise<{ conversationId: string; handoffId: string }[]>;
  /** Tracking numbers whose watch entry is due by `now` (OrderStore.shipmentsDue). */
  dueShipments?(now: Date): Promise<string[]>;
  queue: TurnQueue;
  now?: () => Date;
  /** Jobs sent to the queue at once. @default 16 */
  concurrency?: number;
}

export interface DelayScanResult {
  /** Shipments read from the watch index (all of them due: the index holds nothing else). */
  scanned: number;
  shipmentsQueued: number;
  handedBack: number;
}

/** The scan's period: a job queued twice within one is the same job (FIFO deduplication). */
const SLOT_MS = 30 * 60_000;

/**
 * @example
 * const scan = createDelayScan({ silentHandoffs: desk.silentHandoffs, dueShipments: (now) => orders.shipmentsDue(now), queue });
 * await scan(); // { scanned: 120, shipmentsQueued: 120, handedBack: 2 }
 */
export function createDelayScan(deps: DelayScanDeps) {
  const now = deps.now ?? (() => new Date());
  const concurrency = deps.concurrency ?? 16;
  return async (): Promise<DelayScanResult> => {
    const at = now();
    const slot = Math.floor(at.getTime() / SLOT_MS);
    const due = deps.dueShipments ? await deps.dueShipments(at) : [];
    await eachLimited(due, concurrency, async (trackingNumber) => {
      const body: QueuedDeskJob = { v: 1, job: { kind: 'shipment_update', trackingNumber } };
      // The shipment's own group: its tracking events and scan checks never run at once.
      await deps.queue.enqueue(
        `shipment:${trackingNumber}`,
        `shipment-check:${trackingNumber}:${slot}`,
        JSON.stringify(body),
      );
    });
    const silent = await deps.silentHandoffs();
    for (const { conversationId, handoffId } of silent) {
      const body: QueuedDeskJob = { v: 1, job: { kind: 'release_silent', conversationId, handoffId } };
      // One job per handoff: the FIFO dedup id makes a second scan within five minutes a no-op, and the
      // worker re-checks the silence on fresh state anyway.
      await deps.queue.enqueue(conversationId, `release-silent:${handoffId}`, JSON.stringify(body));
    }
    return { scanned: due.length, shipmentsQueued: due.length, handedBack: silent.length };
  };
}

let scan: (() => Promise<DelayScanResult>) | undefined;

async function wire(): Promise<() => Promise<DelayScanResult>> {
  const [
    { readEnv, ConfigError },
    { merchantConfigFromEnv },
    { createDynamoStores },
    { createAgentDesk },
    { createSqsTurnQueue },
  ] = await Promise.all([
    import('../config'),
    import('../core/merchant-config'),
    import('../stores/dynamo/index'),
    import('../core/agent-desk'),
    import('../services/sqs-turn-queue'),
  ]);
  const env = readEnv();
  if (!env.QUEUE_URL) throw new ConfigError('QUEUE_URL is required by the delay scan');
  const merchant = merchantConfigFromEnv(env);
  const stores = createDynamoStores({ tableName: env.TABLE_NAME });
  const desk = createAgentDesk({
    conversations: stores.conversations,
    messages: stores.messages,
    merchant,
    channelFor: () => {
      throw new Error('the delay scan sends nothing itself: the worker does');
    },
  });
  return createDelayScan({
    silentHandoffs: () => desk.silentHandoffs(),
    dueShipments: (now) => stores.orders.shipmentsDue(now, { limit: 10_000 }),
    queue: createSqsTurnQueue({ queueUrl: env.QUEUE_URL }),
  });
}

export const handler = async (event: ScheduledEvent): Promise<DelayScanResult> => {
  scan ??= await wire();
  const result = await scan();
  logger.info('scan done', {
    scheduledAt: event.time,
    shipmentsDue: result.scanned,
    queuedHandBacks: result.handedBack,
  });
  return result;
};
