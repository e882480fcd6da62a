// Fault injection on the two claim points: ingest dying between claiming an event and queueing it, and the
// worker dying between claiming a reply and the platform's answer. Both leave only a short lease, so the
// platform's retry (or SQS's redelivery) gets the message through instead of it being skipped as a
// duplicate and lost.
import { describe, expect, it } from 'vitest';
import { inboundChannels } from '../../../functions/channels/registry';
import type { ChannelOutbound } from '../../../functions/core/ports';
import type { InboundMessage } from '../../../functions/core/types';
import { CLAIM_LEASE_SECONDS, createWebhookHandler } from '../../../functions/handlers/webhook';
import { REPLY_LEASE_SECONDS, sendReplies } from '../../../functions/handlers/worker-send';
import { createMemoryStores } from '../../../functions/stores/memory';
import { createLambdaContext } from '../../../lib/local/lambda-context';
import { SECRETS, signedEvent } from '../channels/webhook-harness';

const update = (id: number) =>
  Buffer.from(
    JSON.stringify({
      update_id: id,
      message: {
        message_id: id,
        from: { id: 42, is_bot: false, first_name: 'Yuki', language_code: 'ja' },
        chat: { id: 42, type: 'private' },
        date: 1_700_000_000 + id,
        text: 'where is my order 12345?',
      },
    }),
  );

class Killed extends Error {}

describe('claim leases under fault injection', () => {
  it('ingest killed after the claim: the platform retry takes the dead lease over and is queued', async () => {
    let clock = Date.parse('2026-12-07T10:00:00Z');
    const stores = createMemoryStores({ now: () => clock });
    const queued: string[] = [];
    let die = true;
    const handler = createWebhookHandler({
      channels: inboundChannels(SECRETS),
      ...stores,
      // A crash: the enqueue never happens and nothing gets to release the claim.
      claims: {
        ...stores.claims,
        release: async (id) => {
          if (die) throw new Killed('process gone');
          await stores.claims.release(id);
        },
      },
      queue: {
        async enqueue(_group, dedupId) {
          if (die) throw new Killed('process gone');
          queued.push(dedupId);
        },
      },
    });
    const ctx = createLambdaContext({ functionName: 'webhook' });
    expect((await handler(signedEvent('telegram', update(7)), ctx))?.statusCode).toBe(500);
    die = false;
    // The platform retries at once, inside the lease. Answered 200 as a duplicate, it would never retry
    // again and the message would be lost: the unconfirmed lease is taken over and the message queued.
    clock += 1000;
    expect(clock).toBeLessThan(Date.parse('2026-12-07T10:00:00Z') + CLAIM_LEASE_SECONDS * 1000);
    expect((await handler(signedEvent('telegram', update(7)), ctx))?.statusCode).toBe(200);
    expect(queued).toEqual(['telegram:7']);
    // Confirmed for the full TTL now: a retry an hour later is a duplicate.
    clock += 3_600_000;
    expect((await handler(signedEvent('telegram', update(7)), ctx))?.statusCode).toBe(200);
    expect(queued).toEqual(['telegram:7']);
  });

  it('worker killed mid-send: the redelivery sends the reply; a sent reply is never sent again', async () => {
    let clock = Date.parse('2026-12-07T10:00:00Z');
    const stores = createMemoryStores({ now: () => clock });
    const sent: string[] = [];
    let hang = true;
    const channel: ChannelOutbound = {
      name: 'telegram',
      capabilities: {} as ChannelOutbound['capabilities'],
      async send(_ctx, message) {
        if (hang) throw new Killed('worker timed out mid-send');
        sent.push(message.text);
        return { platformMessageIds: [`m${sent.length}`], via: 'message' };
      },
    };
    const message = { eventId: 'telegram:9', conversationId: 'telegram:1:42' } as InboundMessage;
    const logger = { info() {}, warn() {}, error() {} } as unknown as Parameters<
      typeof sendReplies
    >[0]['logger'];
    // A dead worker never releases its claim: model it with a store whose release is lost.
    const deps = {
      claims: { ...stores.claims, release: async () => {} },
      messages: stores.messages,
      now: () => new Date(clock),
      logger,
    };
    const ctx = { conversation: { id: 'telegram:1:42', recipient: '42' } };
    await expect(
      sendReplies(deps, channel, ctx, message, [{ text: 'Order 12345 shipped.' }]),
    ).rejects.toThrow();
    hang = false;
    // The redelivery may come inside the lease (the local queue's visibility timeout is 10 s, and a stack
    // restarted after a kill redelivers at once): the dead sender's lease is taken over, the reply sent.
    clock += 10_000;
    expect(10_000).toBeLessThan(REPLY_LEASE_SECONDS * 1000);
    await sendReplies(deps, channel, ctx, message, [{ text: 'Order 12345 shipped.' }]);
    expect(sent).toEqual(['Order 12345 shipped.']);
    // Another redelivery of the same record: skipped, the reply was confirmed sent.
    clock += 3_600_000;
    await sendReplies(deps, channel, ctx, message, [{ text: 'Order 12345 shipped.' }]);
    expect(sent).toEqual(['Order 12345 shipped.']);
  });
});
