import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { ChannelOutbound, SendContext } from '../../../functions/core/ports';
import type { InboundMessage, OutboundMessage } from '../../../functions/core/types';
import { createWorkerHandler } from '../../../functions/handlers/worker';
import { StaleConversationError } from '../../../functions/stores/errors';
import { keywordTurn, sqsEvent } from '../core/turn-helpers';
import { NOW, seededStores } from '../tools/fixtures';

const silent = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const MEI = 'whatsapp:pn1:6591234567';
const TOM = 'whatsapp:pn1:4915112345678';

function message(conversationId: string, eventId: string, text: string): InboundMessage {
  const waId = conversationId.split(':')[2]!;
  return {
    eventId,
    conversationId,
    channel: 'whatsapp',
    sender: { id: waId, phone: waId },
    kind: 'text',
    text,
    receivedAt: NOW.toISOString(),
    raw: {},
  };
}

function recordingChannel(fail?: (text: string, attempt: number) => Error | undefined) {
  const sent: { to: string; text: string }[] = [];
  let attempts = 0;
  const channel: ChannelOutbound = {
    name: 'whatsapp',
    capabilities: { maxButtons: 3, images: true, typingIndicator: false, markRead: true },
    async send(ctx: SendContext, reply: OutboundMessage) {
      attempts += 1;
      const error = fail?.(reply.text, attempts);
      if (error) throw error;
      sent.push({ to: ctx.conversation.recipient, text: reply.text });
      return { platformMessageIds: [`wamid.${attempts}`], via: 'message' };
    },
    async acknowledge() {
      throw new Error('typing indicator down'); // best effort: must not fail the record
    },
  };
  return { channel, sent };
}

async function setup(fail?: (text: string, attempt: number) => Error | undefined) {
  const seeded = await seededStores();
  const { stores, cases } = seeded;
  const { channel, sent } = recordingChannel(fail);
  const runTurn = keywordTurn(seeded);
  const handle = createWorkerHandler({
    ...stores,
    cases,
    channelFor: () => channel,
    runTurn,
    logger: silent,
    now: () => NOW,
  });
  return { stores, sent, handle };
}

describe('worker', () => {
  it('runs each record’s turn in order, sends replies, logs both ways and saves the conversation', async () => {
    const { stores, sent, handle } = await setup();
    const result = await handle(sqsEvent(message(MEI, 'e1', 'cancel 48215'), message(MEI, 'e2', 'yes')));
    expect(result.batchItemFailures).toEqual([]);
    expect(sent.map((s) => s.to)).toEqual(['6591234567', '6591234567']);
    expect(sent[0]?.text).toMatch(/Do you want to cancel order 48215/);
    expect(sent[1]?.text).toMatch(/Order 48215 is cancelled/);
    const conv = await stores.conversations.get(MEI);
    expect(conv).toMatchObject({ version: 2, identity: { kind: 'phone', phone: '6591234567' } });
    const log = await stores.messages.list(MEI);
    // The inbound entries are ingest's to write (persisted before the webhook is acknowledged): the
    // worker adds only what it sent.
    expect(log.map((e) => `${e.direction}:${e.id}`)).toEqual(['out:e1:0', 'out:e2:0']);
  });

  it('a typing indicator that hangs does not hold the reply (bounded at 2 s)', async () => {
    const seeded = await seededStores();
    const { channel, sent } = recordingChannel();
    channel.acknowledge = () => new Promise<void>(() => {}); // never settles
    const handle = createWorkerHandler({
      ...seeded.stores,
      cases: seeded.cases,
      channelFor: () => channel,
      runTurn: keywordTurn(seeded),
      logger: silent,
      now: () => NOW,
    });
    const started = Date.now();
    const result = await handle(sqsEvent(message(MEI, 'h1', 'where is 48213?')));
    expect(result.batchItemFailures).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('does not send a reply twice when SQS delivers the same record again', async () => {
    const { sent, handle } = await setup();
    const e = sqsEvent(message(MEI, 'e1', 'where is 48215?'));
    await handle(e);
    await handle(e);
    expect(sent).toHaveLength(1);
  });

  it('a failed record fails the rest of its group; other groups go on; the retry sends only what is missing', async () => {
    let down = true;
    const { sent, handle } = await setup((text) =>
      down && /Order 48215/.test(text) ? Object.assign(new Error('503'), { retryable: true }) : undefined,
    );
    const batch = sqsEvent(
      message(MEI, 'e1', 'where is 48215?'),
      message(TOM, 't1', 'where is 51001?'),
      message(MEI, 'e2', 'thanks'),
    );
    const first = await handle(batch);
    expect(first.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['sqs-e1', 'sqs-e2']);
    expect(sent.map((s) => s.to)).toEqual(['4915112345678']);
    down = false;
    const retry = await handle(sqsEvent(message(MEI, 'e1', 'where is 48215?'), message(MEI, 'e2', 'thanks')));
    expect(retry.batchItemFailures).toEqual([]);
    expect(sent.map((s) => s.text.slice(0, 14))).toEqual([
      'Order 51001 is',
      'Order 48215 is',
      'You’re welcome',
    ]);
    // And a third delivery sends nothing more.
    await handle(sqsEvent(message(MEI, 'e1', 'where is 48215?'), message(MEI, 'e2', 'thanks')));
    expect(sent).toHaveLength(3);
  });

  it('a permanent channel error (window closed) is logged and the record completes', async () => {
    const { sent, handle } = await setup(() =>
      Object.assign(new Error('window closed'), { retryable: false }),
    );
    const result = await handle(sqsEvent(message(MEI, 'e1', 'where is 48215?')));
    expect(result.batchItemFailures).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('retries the turn once on a stale conversation', async () => {
    const { stores, sent, handle } = await setup();
    const save = stores.conversations.save.bind(stores.conversations);
    let raced = false;
    stores.conversations.save = async (c) => {
      if (!raced) {
        raced = true;
        throw new StaleConversationError(c.id, c.version);
      }
      return save(c);
    };
    const result = await handle(sqsEvent(message(MEI, 'e1', 'where is 48215?')));
    expect(result.batchItemFailures).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('a malformed body is reported as a failure', async () => {
    const { handle } = await setup();
    const result = await handle({
      Records: [
        { messageId: 'bad', body: '{nope', attributes: { MessageGroupId: 'g' } } as unknown as SQSRecord,
      ],
    });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'bad' }]);
  });
});
