// The scheduled scan and the worker together: the scan finds handoffs nobody answered and queues one
// `release_silent` job each in the conversation's FIFO group; the worker hands the conversation back and
// tells the shopper — unless an agent answered meanwhile. Memory stores, a recording channel and queue.
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createAgentDesk } from '../../../functions/core/agent-desk';
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import { t } from '../../../functions/core/messages/index';
import type { ChannelOutbound, TurnQueue } from '../../../functions/core/ports';
import type { Conversation, QueuedDeskJob } from '../../../functions/core/types';
import { createDelayScan } from '../../../functions/handlers/delay-scan';
import { createWorkerHandler } from '../../../functions/handlers/worker';
import { keywordTurn } from '../core/turn-helpers';
import { merchant as baseMerchant, NOW, seededStores } from '../tools/fixtures';

const silent = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const MINUTE = 60_000;
const MARIA = 'whatsapp:pn1:34600111222';
const JAMES = 'whatsapp:pn1:447700900123';
const merchant = parseMerchantConfig({ ...baseMerchant, agents: { autoReleaseMinutes: 60 } });

function handedOff(id: string, handoffId: string, language: 'es' | 'en'): Conversation {
  const recipient = id.split(':')[2]!;
  return {
    id,
    channel: 'whatsapp',
    recipient,
    language,
    mode: 'human',
    identity: { kind: 'phone', phone: recipient },
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    version: 0,
    handoff: {
      id: handoffId,
      reason: 'shopper_request',
      status: 'waiting',
      requestedAt: NOW.toISOString(),
      language,
      trigger: 'a person please',
    },
  };
}

async function setup() {
  const seeded = await seededStores();
  const { stores, cases } = seeded;
  const sent: { to: string; text: string }[] = [];
  const channel: ChannelOutbound = {
    name: 'whatsapp',
    capabilities: { maxButtons: 3, images: true, typingIndicator: false, markRead: true },
    async send(ctx, message) {
      sent.push({ to: ctx.conversation.recipient, text: message.text });
      return { platformMessageIds: [`wamid.${sent.length}`], via: 'message' };
    },
  };
  let now = NOW.getTime();
  const clock = () => new Date(now);
  const desk = createAgentDesk({
    conversations: stores.conversations,
    messages: stores.messages,
    orders: stores.orders,
    channelFor: () => channel,
    merchant,
    now: clock,
  });
  const worker = createWorkerHandler({
    ...stores,
    cases,
    channelFor: () => channel,
    runTurn: keywordTurn(seeded, { merchant, now: clock }),
    desk,
    logger: silent,
    now: clock,
  });
  const queued: { groupId: string; dedupId: string; body: string }[] = [];
  const queue: TurnQueue = {
    enqueue: async (groupId, dedupId, body) => {
      queued.push({ groupId, dedupId, body });
    },
  };
  const scan = createDelayScan({ silentHandoffs: () => desk.silentHandoffs(), queue });
  return {
    stores,
    cases,
    sent,
    desk,
    worker,
    scan,
    queued,
    advance: (ms: number) => {
      now += ms;
    },
    get: async (id: string) => (await stores.conversations.get(id))!,
  };
}

const jobRecord = (messageId: string, groupId: string, body: unknown): SQSRecord =>
  ({
    messageId,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: { MessageGroupId: groupId },
  }) as unknown as SQSRecord;

const releaseJob = (conversationId: string, handoffId: string): QueuedDeskJob => ({
  v: 1,
  job: { kind: 'release_silent', conversationId, handoffId },
});

const batch = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

describe('release_silent jobs on the worker', () => {
  it('Maria waited an hour and a minute with nobody answering: the job hands her back and tells her', async () => {
    const s = await setup();
    await s.stores.conversations.save(handedOff(MARIA, 'hmaria00001', 'es'));
    s.advance(61 * MINUTE);
    const result = await s.worker(batch(jobRecord('j1', MARIA, releaseJob(MARIA, 'hmaria00001'))));
    expect(result.batchItemFailures).toEqual([]);
    expect(s.sent).toEqual([
      { to: '34600111222', text: t('es', 'back_to_bot_timeout', { agent: t('es', 'menu_agent') }) },
    ]);
    expect(await s.get(MARIA)).toMatchObject({
      mode: 'bot',
      handoff: { status: 'released', endedBy: 'timeout' },
    });
    expect((await s.stores.messages.list(MARIA)).at(-1)).toMatchObject({
      direction: 'out',
      data: { desk: 'timeout' },
    });
    // SQS delivers the same job again: nothing more is said.
    expect(
      (await s.worker(batch(jobRecord('j1', MARIA, releaseJob(MARIA, 'hmaria00001'))))).batchItemFailures,
    ).toEqual([]);
    expect(s.sent).toHaveLength(1);
  });

  it('Anna answered between the scan and the job: the job sends nothing and Maria stays with Anna', async () => {
    const s = await setup();
    await s.stores.conversations.save(handedOff(MARIA, 'hmaria00001', 'es'));
    s.advance(61 * MINUTE);
    await s.scan();
    expect(s.queued).toHaveLength(1);
    s.advance(MINUTE);
    await s.desk.reply(MARIA, 'Anna', 'Hola Maria, estoy aquí.');
    const before = s.sent.length;

    const result = await s.worker(batch(jobRecord('j1', MARIA, s.queued[0]!.body)));
    expect(result.batchItemFailures).toEqual([]);
    expect(s.sent).toHaveLength(before);
    expect(await s.get(MARIA)).toMatchObject({
      mode: 'human',
      handoff: { status: 'claimed', claimedBy: 'Anna' },
    });
  });

  it('a malformed job fails its record (and the rest of its group); other groups go on', async () => {
    const s = await setup();
    await s.stores.conversations.save(handedOff(MARIA, 'hmaria00001', 'es'));
    await s.stores.conversations.save(handedOff(JAMES, 'hjames00001', 'en'));
    s.advance(61 * MINUTE);
    const result = await s.worker(
      batch(
        jobRecord('bad-1', MARIA, { v: 1, job: { kind: 'release_silent', conversationId: MARIA } }),
        jobRecord('after-bad', MARIA, releaseJob(MARIA, 'hmaria00001')),
        jobRecord('bad-2', 'g2', {
          v: 1,
          job: { kind: 'nuke_everything', conversationId: JAMES, handoffId: 'x' },
        }),
        jobRecord('bad-3', 'g3', { v: 2, job: releaseJob(JAMES, 'hjames00001').job }),
        jobRecord('bad-4', 'g4', '{"v":1,"job":'),
        jobRecord('ok', JAMES, releaseJob(JAMES, 'hjames00001')),
      ),
    );
    expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual([
      'bad-1',
      'after-bad',
      'bad-2',
      'bad-3',
      'bad-4',
    ]);
    // Maria's group stopped at the broken record; James's job ran.
    expect((await s.get(MARIA)).mode).toBe('human');
    expect(s.sent).toEqual([
      { to: '447700900123', text: t('en', 'back_to_bot_timeout', { agent: t('en', 'menu_agent') }) },
    ]);
  });

  it('a job reaching a worker without the agent desk fails the record instead of being dropped', async () => {
    const s = await setup();
    const seeded = await seededStores();
    const bare = createWorkerHandler({
      ...seeded.stores,
      cases: seeded.cases,
      channelFor: () => {
        throw new Error('nothing to send');
      },
      runTurn: keywordTurn(seeded),
      logger: silent,
    });
    const result = await bare(batch(jobRecord('j1', MARIA, releaseJob(MARIA, 'hmaria00001'))));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'j1' }]);
    expect(s.sent).toEqual([]);
  });
});

describe('createDelayScan', () => {
  it('queues one job per silent handoff, in the conversation’s group, deduplicated by handoff', async () => {
    const s = await setup();
    await s.stores.conversations.save(handedOff(MARIA, 'hmaria00001', 'es'));
    await s.stores.conversations.save(handedOff(JAMES, 'hjames00001', 'en'));
    s.advance(30 * MINUTE);
    // Lena asked 30 minutes in: not silent yet at the first scan.
    const lena = handedOff('whatsapp:pn1:111', 'hlena000001', 'en');
    lena.handoff!.requestedAt = new Date(NOW.getTime() + 30 * MINUTE).toISOString();
    await s.stores.conversations.save(lena);
    await s.desk.claim(JAMES, 'Anna'); // claimed 30 minutes in: silence counts from the claim
    s.advance(31 * MINUTE);

    expect(await s.scan()).toEqual({ scanned: 0, shipmentsQueued: 0, handedBack: 1 });
    expect(s.queued).toEqual([
      {
        groupId: MARIA,
        dedupId: 'release-silent:hmaria00001',
        body: JSON.stringify(releaseJob(MARIA, 'hmaria00001')),
      },
    ]);

    s.advance(30 * MINUTE);
    s.queued.length = 0;
    await s.scan();
    // Waiting ones first (oldest request first), then those an agent holds.
    expect(s.queued.map((q) => [q.groupId, q.dedupId])).toEqual([
      [MARIA, 'release-silent:hmaria00001'],
      ['whatsapp:pn1:111', 'release-silent:hlena000001'],
      [JAMES, 'release-silent:hjames00001'],
    ]);
    // The scan only reads: nothing was handed back or sent by it.
    expect((await s.get(MARIA)).mode).toBe('human');
  });

  it('scan → queue → worker: each silent shopper is handed back once, through the worker', async () => {
    const s = await setup();
    await s.stores.conversations.save(handedOff(MARIA, 'hmaria00001', 'es'));
    await s.stores.conversations.save(handedOff(JAMES, 'hjames00001', 'en'));
    s.advance(90 * MINUTE);
    await s.scan();
    const records = s.queued.map((q, i) => jobRecord(`m${i}`, q.groupId, q.body));
    expect((await s.worker(batch(...records))).batchItemFailures).toEqual([]);
    expect(s.sent.map((m) => m.to).sort()).toEqual(['34600111222', '447700900123']);
    s.queued.length = 0;
    await s.scan();
    expect(s.queued).toEqual([]);
  });

  it('an empty desk queues nothing', async () => {
    const s = await setup();
    expect(await s.scan()).toEqual({ scanned: 0, shipmentsQueued: 0, handedBack: 0 });
    expect(s.queued).toEqual([]);
  });
});
