// Recording through the worker: a turn writes its events (the shopper's message, the bot's reply, a
// handoff) in one batch, named by the conversation's log id; a failing insights log never fails the turn.
import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import type { InsightsLog } from '../../../functions/core/insights';
import type { ChannelOutbound } from '../../../functions/core/ports';
import type { InboundMessage } from '../../../functions/core/types';
import { createWorkerHandler } from '../../../functions/handlers/worker';
import { logId } from '../../../functions/log-id';
import { createMemoryInsightsLog } from '../../../functions/stores/memory-insights';
import { keywordTurn, sqsEvent } from '../core/turn-helpers';
import { NOW, seededStores } from '../tools/fixtures';

const silent = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const MEI = 'whatsapp:pn1:6591234567';

const message = (eventId: string, text: string): InboundMessage => ({
  eventId,
  conversationId: MEI,
  channel: 'whatsapp',
  sender: { id: '6591234567', phone: '6591234567' },
  kind: 'text',
  text,
  receivedAt: NOW.toISOString(),
  raw: {},
});

async function setup(log: InsightsLog) {
  const seeded = await seededStores();
  const sent: string[] = [];
  const channel: ChannelOutbound = {
    name: 'whatsapp',
    capabilities: { maxButtons: 3, images: true, typingIndicator: false, markRead: true },
    async send(_ctx, reply) {
      sent.push(reply.text);
      return { platformMessageIds: [`wamid.${sent.length}`], via: 'message' };
    },
  };
  const later = new Date(NOW.getTime() + 1500);
  const handle = createWorkerHandler({
    ...seeded.stores,
    cases: seeded.cases,
    channelFor: () => channel,
    runTurn: keywordTurn(seeded),
    logger: silent,
    now: () => later,
    insights: {
      recorder: { log, conversationKey: (id) => logId(id) },
      order: (id) => seeded.stores.orders.getOrder(id),
    },
  });
  return { handle, sent };
}

describe('worker records insights', () => {
  it('a turn produces its message and reply events in one write', async () => {
    const log = createMemoryInsightsLog({ now: () => NOW.getTime() });
    const { handle, sent } = await setup(log);
    const result = await handle(sqsEvent(message('e1', 'where is 48213?')));
    expect(result.batchItemFailures).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(log.writes).toBe(1);
    const events = log.recorded;
    expect(events.map((e) => e.kind)).toEqual(['message', 'reply']);
    expect(events[0]).toMatchObject({
      id: 'e1:message',
      conversation: logId(MEI),
      channel: 'whatsapp',
      language: 'en',
    });
    expect(JSON.stringify(events)).not.toContain('6591234567');
    expect(events[1]).toMatchObject({ kind: 'reply', responseMs: 1500, cost: { messages: 1 } });
  });

  it('a handoff is recorded', async () => {
    const log = createMemoryInsightsLog({ now: () => NOW.getTime() });
    const { handle } = await setup(log);
    await handle(sqsEvent(message('e2', 'I want to talk to a human agent')));
    expect(log.recorded.map((e) => e.kind)).toContain('handoff');
  });

  it('a failing log never fails the turn', async () => {
    const broken: InsightsLog = {
      record: async () => {
        throw new Error('throttled');
      },
      list: async () => [],
    };
    const { handle, sent } = await setup(broken);
    const result = await handle(sqsEvent(message('e3', 'where is 48213?')));
    expect(result.batchItemFailures).toEqual([]);
    expect(sent).toHaveLength(1);
  });
});
