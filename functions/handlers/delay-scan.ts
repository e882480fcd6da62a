// The scheduled scan (every 30 minutes). Today it does one job: it finds handoffs whose agents stayed
// silent longer than the merchant allows (open hours only) and queues each to the worker, which hands the
// conversation back to the bot and tells the shopper — nobody is left waiting on a handoff no one picks
// up. The scan only reads and enqueues: the job runs in the conversation's FIFO group, between that
// shopper's turns, through the worker's reply path. (A shopper who writes meanwhile is handed back by the
// worker's human-mode step at once.) The delay scan proper — late or stuck shipments → a proactive
// message — is the subject of the proactive-notifications issue.
import { Logger } from '@aws-lambda-powertools/logger';
import type { ScheduledEvent } from 'aws-lambda';
import type { TurnQueue } from '../core/ports';
import type { QueuedDeskJob } from '../core/types';

const logger = new Logger({ serviceName: 'crossdesk-delay-scan' });

export interface DelayScanDeps {
  silentHandoffs(): Promise<{ conversationId: string; handoffId: string }[]>;
  queue: TurnQueue;
}

/**
 * @example
 * const scan = createDelayScan({ silentHandoffs: desk.silentHandoffs, queue });
 * await scan(); // { scanned: 0, handedBack: 2 }
 */
export function createDelayScan(deps: DelayScanDeps) {
  return async (): Promise<{ scanned: number; handedBack: number }> => {
    const silent = await deps.silentHandoffs();
    for (const { conversationId, handoffId } of silent) {
      const body: QueuedDeskJob = { v: 1, job: { kind: 'release_silent', conversationId, handoffId } };
      // One job per handoff: the FIFO dedup id makes a second scan within five minutes a no-op, and the
      // worker re-checks the silence on fresh state anyway.
      await deps.queue.enqueue(conversationId, `release-silent:${handoffId}`, JSON.stringify(body));
    }
    return { scanned: 0, handedBack: silent.length };
  };
}

let scan: (() => Promise<{ scanned: number; handedBack: number }>) | undefined;

async function wire(): Promise<() => Promise<{ scanned: number; handedBack: number }>> {
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
    queue: createSqsTurnQueue({ queueUrl: env.QUEUE_URL }),
  });
}

export const handler = async (event: ScheduledEvent): Promise<{ scanned: number; handedBack: number }> => {
  scan ??= await wire();
  const result = await scan();
  logger.info('scan done', { scheduledAt: event.time, queuedHandBacks: result.handedBack });
  logger.warn('shipment delay scan is not implemented yet: no shipments were scanned');
  return result;
};
