// The crash-restart soak: the whole local stack (`bin/local.ts`) as a child process, SIGKILLed under load,
// restarted on the same data dir and port while the senders keep redelivering whatever was not answered
// 200, the way WhatsApp, LINE and Telegram do. Replies are counted from what survived the kills: the
// message log in dynalite, read with the project's own store adapters. Prints figures, asserts nothing
// (test/e2e/crash-restart.e2e.test.ts asserts on a small run).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BatchGetCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { inboundChannels } from '../../functions/channels/registry';
import type { ChannelName } from '../../functions/core/types';
import { createDynamoStores } from '../../functions/stores/dynamo';
import { documentClient } from '../../functions/stores/dynamo/shared';
import { keys } from '../../functions/stores/keys';
import { localSecrets } from '../../lib/local/defaults';
import { startDynalite } from '../../lib/local/dynalite';
import { generateDemoData } from '../../lib/local/seed';
import { PROJECT_ROOT } from '../../lib/local/server';
import { signedWebhook } from '../../lib/local/simulator/webhook-builders';
import { shopperWebhook } from './shopper-webhook';
import { percentile } from './stats';

export interface CrashSoakOptions {
  /** Distinct shoppers, a third on each channel. @default 150 */
  readonly shoppers?: number;
  /** New webhooks per second, all shoppers together, while a stack is up. @default 200 */
  readonly rate?: number;
  /** SIGKILLs of the whole stack, each after a random stretch of load in `killAfterMs` (0: a baseline). @default 3 */
  readonly kills?: number;
  /** @default [1000, 3000] */
  readonly killAfterMs?: readonly [number, number];
  /**
   * Webhooks fired all at once before each kill, the kill coming with the first 200 among them, so it is
   * sure to find ingest between claims and enqueues rather than only hoping to. @default 0
   */
  readonly burstBeforeKill?: number;
  /** After the last restart: everything answered 200 and the queue empty within this. @default 180_000 */
  readonly drainTimeoutMs?: number;
  readonly random?: () => number;
  readonly log?: (line: string) => void;
}

export interface KillRound {
  /** Load before the kill: since the restart, or since the warm-up for the first stack. */
  readonly afterMs: number;
  /** Webhooks created so far; answered 200 before this kill; not (yet) answered at it. */
  readonly sent: number;
  readonly acknowledged: number;
  readonly unacknowledged: number;
  /**
   * Read from the dead stack's data dir before the restart: webhooks whose event claim was an unconfirmed
   * lease (ingest between claim and confirm) and replies whose claim was (the worker between claim and
   * the platform's answer, or between that and the confirm).
   */
  readonly ingestLeases: number;
  readonly repliesInDoubt: number;
  /** Turns in the restarted queue when it first answered: what the killed stack had queued. */
  readonly queuedAtRestart: number;
  /** SIGKILL → the new stack answering /dev/health. */
  readonly restartMs: number;
}

/**
 * Why an acknowledged message has no stored reply:
 * - `no-inbound`: not even its transcript line was written: ingest died between the claim and the append;
 * - `not-queued`: its line is there but no turn ever ran for it: ingest died before the enqueue reached
 *   the queue's journal;
 * - `in-doubt`: its reply was claimed and never confirmed: the worker died mid-send, and the fake that may
 *   have received it died with the stack, so nothing can tell whether the shopper got it;
 * - `other`: a turn that ran and sent nothing (none of the soak's messages should do that).
 * In the first two the platform's redelivery was answered 200 without being queued; `lostOnLease` counts
 * the lost messages whose event claim is still the unconfirmed lease a killed ingest took.
 */
export type LossKind = 'no-inbound' | 'not-queued' | 'in-doubt' | 'other';

export interface CrashSoakFigures {
  readonly shoppers: Readonly<Record<ChannelName, number>>;
  readonly rounds: readonly KillRound[];
  /** Distinct webhooks (one shopper message each) and all their POSTs. */
  readonly sent: number;
  readonly posts: number;
  /** POSTs not answered 200: no answer (refused, reset, 5 s timeout), a 5xx, anything else. */
  readonly failedPosts: Readonly<{ noAnswer: number; serverError: number; other: number }>;
  /** Webhooks that needed more than one POST; webhooks never answered 200. */
  readonly retried: number;
  readonly neverAcknowledged: number;
  /** Acknowledged messages with their inbound line in the stored transcript. */
  readonly accepted: number;
  /** Acknowledged messages with a stored reply. */
  readonly replied: number;
  /**
   * Replies the platform took (their claim is confirmed, which happens only after the platform's 200) whose
   * transcript line was never written: the kill fell between the two. Delivered, so not lost.
   */
  readonly unrecorded: number;
  /** Acknowledged messages with no reply, by kind; and how many of them had been answered 200 before a kill. */
  readonly lost: number;
  readonly lostBy: Readonly<Record<LossKind, number>>;
  readonly lostOnLease: number;
  readonly lostAckedBeforeKill: number;
  /** Messages one of whose reply slots (`<eventId>:<n>`) is stored more than once: sent twice. */
  readonly duplicated: number;
  /**
   * Replies in doubt at a kill that were sent after the restart. At least once at the platform boundary:
   * if the killed worker's send had reached the platform, the shopper has this reply twice (the first copy
   * was never recorded, so the store shows one). Counted apart from `duplicated`, which the store proves.
   */
  readonly resentAfterRestart: number;
  /** Acknowledged messages whose event claim is not confirmed at the end (a lease nobody finished). */
  readonly unconfirmedClaims: number;
  /**
   * Replies the fakes received since the last restart, and 'out' lines the store wrote since then. More at
   * the fakes is a reply the platform got twice without the store knowing: a send that timed out (8 s)
   * after reaching the fake, and was sent again.
   */
  readonly fakesAfterRestart: number;
  readonly storedAfterRestart: number;
  readonly deadLettered: number;
  /** Last restart answering → every webhook answered 200 and the queue empty. */
  readonly drainMs: number;
  /** First POST → its 200, for webhooks the first stack answered. */
  readonly ackP50Ms: number;
  readonly ackP99Ms: number;
  readonly elapsedMs: number;
}

interface Webhook {
  readonly channel: ChannelName;
  readonly conversationId: string;
  readonly eventId: string;
  readonly body: string;
  readonly headers: Record<string, string>;
  posts: number;
  firstPostAt?: number;
  ackedAt?: number;
  /** Which stack answered its 200: 0 the first, n the one after the n-th kill. */
  ackedBy?: number;
}

interface Shopper {
  readonly channel: ChannelName;
  readonly to: string;
  readonly texts: readonly string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port the OS says is free; the stack binds it again after every kill. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Shoppers each of whose messages gets exactly one reply: WhatsApp shoppers own the order they ask about
 * (their phone is the order's), LINE and Telegram shoppers are not verified, so each order question is
 * answered with one "send your order number and e-mail" line.
 */
function crowd(count: number): Shopper[] {
  const { orders } = generateDemoData(Date.now());
  const phones = new Set<string>();
  const out: Shopper[] = [];
  for (let i = 0; out.length < count && i < orders.length * 3; i++) {
    const order = orders[i % orders.length];
    if (!order) break;
    const channel = (['whatsapp', 'line', 'telegram'] as const)[i % 3] ?? 'whatsapp';
    const texts = [`where is my order ${order.id}?`, `status of order ${order.id} please`];
    if (channel === 'whatsapp') {
      // Two shoppers on one phone would be one conversation.
      if (phones.has(order.customer.phone)) continue;
      phones.add(order.customer.phone);
      out.push({ channel, to: order.customer.phone, texts });
    } else {
      const id = String(910_000_000 + i);
      out.push({ channel, to: channel === 'line' ? `Usoak${id}` : id, texts });
    }
  }
  return out;
}

interface StackProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  readonly output: string[];
}

/** `node --import tsx bin/local.ts` as its own process group, once it answers /dev/health. */
async function startStack(port: number, dataDir: string): Promise<StackProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/local.ts'], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      CROSSDESK_DATA_DIR: dataDir,
      CARRIER_INTERVAL: 'off',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 100));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let gone = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      gone = true;
      resolve();
    }),
  );
  // Generous: a restart under a flood of redeliveries on two busy cores takes seconds.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && !gone) {
    const ok = await fetch(`http://127.0.0.1:${port}/dev/health`, { signal: AbortSignal.timeout(5000) })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return { child, exited, output };
    await sleep(50);
  }
  killGroup(child);
  throw new Error(`the local stack did not come up on port ${port}:\n${output.slice(-20).join('\n')}`);
}

/** SIGKILL to the whole process group: nothing gets to flush, release a claim or finish a send. */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

const queueStats = async (url: string) =>
  (
    (await fetch(`${url}/dev/queue`).then((res) => res.json())) as {
      stats: { waiting: number; inFlight: number; deadLettered: number };
    }
  ).stats;

/**
 * Runs the soak and returns what it measured.
 * @example
 * const figures = await runCrashSoak({ shoppers: 40, rate: 80, kills: 1 });
 * if (figures.lost + figures.duplicated > 0) process.exitCode = 1;
 */
export async function runCrashSoak(options: CrashSoakOptions = {}): Promise<CrashSoakFigures> {
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => {});
  const rate = options.rate ?? 200;
  const kills = options.kills ?? 3;
  const [killMin, killMax] = options.killAfterMs ?? [1000, 3000];
  const secrets = localSecrets({});
  const channels = inboundChannels(secrets);
  const shoppers = crowd(options.shoppers ?? 150);
  const dataDir = mkdtempSync(join(tmpdir(), 'crossdesk-soak-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();

  const webhooks: Webhook[] = [];
  const unackedAtAKill = new Set<Webhook>();
  const inDoubtAtAKill = new Set<string>();
  const deliveries: Promise<void>[] = [];
  const failedPosts = { noAnswer: 0, serverError: 0, other: 0 };
  let generation = 0;
  let stopped = false;

  /** What the platforms do: the same body, the same event id, again and again until a 200. */
  const deliver = async (w: Webhook): Promise<void> => {
    for (let attempt = 0; !stopped; attempt++) {
      w.posts += 1;
      w.firstPostAt ??= Date.now();
      const by = generation;
      const status = await fetch(`${url}/webhooks/${w.channel}`, {
        method: 'POST',
        headers: w.headers,
        body: w.body,
        signal: AbortSignal.timeout(5000),
      })
        .then(async (res) => {
          await res.arrayBuffer();
          return res.status;
        })
        .catch(() => 0); // refused, reset or timed out: all mean "try again"
      if (status === 200) {
        w.ackedAt = Date.now();
        w.ackedBy = by;
        return;
      }
      failedPosts[status === 0 ? 'noAnswer' : status >= 500 ? 'serverError' : 'other'] += 1;
      // Exponential with jitter like the platforms, but capped at seconds rather than minutes: the first
      // redeliveries land inside the claim's lease, the case the lease must survive.
      await sleep(Math.min(5000, 250 * 2 ** attempt) * (0.5 + random()));
    }
  };

  const newWebhook = (shopper: Shopper, n: number): Webhook => {
    const text = shopper.texts[n % shopper.texts.length] ?? 'where is my order?';
    const { body, headers } = signedWebhook(
      shopper.channel,
      shopperWebhook(shopper.channel, { to: shopper.to, text }, secrets),
      secrets,
    );
    // The ids ingest will see, from the channel's own parser: the soak never builds an id itself.
    const [message] = channels[shopper.channel].parse(Buffer.from(body)).messages;
    if (!message) throw new Error(`a ${shopper.channel} body parsed to no message`);
    const { conversationId, eventId } = message;
    return { channel: shopper.channel, conversationId, eventId, body, headers, posts: 0 };
  };

  const rounds: KillRound[] = [];
  let generating = true;
  let paused = false;
  let stack: StackProcess | undefined;
  try {
    stack = await startStack(port, dataDir);
    let lastUp = Date.now();
    log(`stack up on ${url} (data dir ${dataDir})`);
    // Warm-up, one message per channel, answered and replied to before the load: the first requests load
    // the handlers and the intent model, and a cold start is not what the kill should fall on.
    const warmUp = shoppers.slice(0, 3).map((shopper) => newWebhook(shopper, 0));
    webhooks.push(...warmUp);
    await Promise.all(warmUp.map(deliver));
    const warmDeadline = Date.now() + 60_000;
    for (let q = await queueStats(url); q.waiting + q.inFlight > 0 && Date.now() < warmDeadline; ) {
      await sleep(50);
      q = await queueStats(url);
    }

    // New messages at `rate`, round robin over the shoppers, while a stack is up and until the last kill
    // (redeliveries go on regardless). Paced by the clock: a busy event loop sends a burst, not fewer.
    const generator = (async () => {
      let n = 0;
      let credit = 0;
      for (let last = Date.now(); generating; await sleep(10)) {
        const now = Date.now();
        if (!paused) credit += ((now - last) * rate) / 1000;
        last = now;
        for (; credit >= 1 && generating && !paused; credit -= 1, n++) {
          const shopper = shoppers[n % shoppers.length];
          if (!shopper) continue;
          const w = newWebhook(shopper, Math.floor(n / shoppers.length));
          webhooks.push(w);
          deliveries.push(deliver(w));
        }
      }
    })();

    for (let k = 0; k < kills; k++) {
      const afterMs = Math.round(killMin + random() * (killMax - killMin));
      await sleep(afterMs);
      const burst = shoppers
        .slice(0, options.burstBeforeKill ?? 0)
        .map((shopper) => newWebhook(shopper, k + 1));
      webhooks.push(...burst);
      deliveries.push(...burst.map(deliver));
      // The first 200 of the burst says its siblings are somewhere in ingest right now, however fast or
      // slow this machine is: that is when to kill.
      const burstDeadline = Date.now() + 10_000;
      while (burst.length > 0 && !burst.some((w) => w.ackedAt !== undefined) && Date.now() < burstDeadline)
        await sleep(2);
      paused = true;
      if (k === kills - 1) generating = false;
      const unacked = webhooks.filter((w) => w.ackedAt === undefined);
      for (const w of unacked) unackedAtAKill.add(w);
      killGroup(stack.child);
      const killedAt = Date.now();
      await stack.exited;
      generation += 1;
      const atKill = await snapshotAtKill(dataDir, webhooks, lastUp);
      for (const eventId of atKill.repliesInDoubt) inDoubtAtAKill.add(eventId);
      stack = await startStack(port, dataDir);
      lastUp = Date.now();
      const queued = await queueStats(url);
      rounds.push({
        afterMs,
        sent: webhooks.length,
        acknowledged: webhooks.length - unacked.length,
        unacknowledged: unacked.length,
        ingestLeases: atKill.ingestLeases,
        repliesInDoubt: atKill.repliesInDoubt.length,
        queuedAtRestart: queued.waiting + queued.inFlight,
        restartMs: lastUp - killedAt,
      });
      paused = false;
      log(
        `kill ${k + 1} after ${afterMs} ms: ${webhooks.length - unacked.length}/${webhooks.length} acknowledged, ${atKill.ingestLeases} ingest leases and ${atKill.repliesInDoubt.length} replies in doubt left; back in ${lastUp - killedAt} ms with ${queued.waiting + queued.inFlight} turns queued`,
      );
    }
    if (kills === 0) {
      // The baseline: the same load and the same counting, no kill.
      await sleep(Math.round(killMin + random() * (killMax - killMin)));
      generating = false;
    }
    await generator;

    // Drained: every webhook answered 200 and nothing queued, in flight or waiting for a retry.
    const deadline = lastUp + (options.drainTimeoutMs ?? 180_000);
    let queue = await queueStats(url);
    while (
      Date.now() < deadline &&
      (webhooks.some((w) => w.ackedAt === undefined) || queue.waiting + queue.inFlight > 0)
    ) {
      await sleep(250);
      queue = await queueStats(url);
    }
    const drainMs = Date.now() - lastUp;
    // Only what the fakes received since the last restart: what the earlier stacks' fakes got died with them.
    const outbox = (await fetch(`${url}/dev/outbox`).then((res) => res.json())) as { channel: string }[];
    const fakesAfterRestart = outbox.filter((entry) => !entry.channel.startsWith('agent:')).length;
    stopped = true;
    await Promise.all(deliveries);

    // Stopped the ordinary way, then read back from its data dir with the project's store adapters.
    stack.child.kill('SIGTERM');
    await Promise.race([stack.exited, sleep(15_000)]);
    killGroup(stack.child);
    await stack.exited;
    const counted = await countPersisted(dataDir, webhooks, lastUp, unackedAtAKill, inDoubtAtAKill);
    const firstStack = webhooks
      .filter((w) => w.ackedBy === 0)
      .map((w) => (w.ackedAt ?? 0) - (w.firstPostAt ?? 0));
    const byChannel = (channel: ChannelName) => shoppers.filter((s) => s.channel === channel).length;
    return {
      shoppers: { whatsapp: byChannel('whatsapp'), line: byChannel('line'), telegram: byChannel('telegram') },
      rounds,
      sent: webhooks.length,
      posts: webhooks.reduce((sum, w) => sum + w.posts, 0),
      failedPosts,
      retried: webhooks.filter((w) => w.posts > 1).length,
      neverAcknowledged: webhooks.filter((w) => w.ackedAt === undefined).length,
      ...counted,
      fakesAfterRestart,
      deadLettered: queue.deadLettered,
      drainMs,
      ackP50Ms: percentile(firstStack, 50),
      ackP99Ms: percentile(firstStack, 99),
      elapsedMs: Date.now() - started,
    };
  } finally {
    generating = false;
    stopped = true;
    if (stack) {
      killGroup(stack.child);
      await stack.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The data dir of a stack that is not running, opened with the project's store adapters. */
async function openDataDir(dataDir: string) {
  const dynamo = await startDynalite({ path: join(dataDir, 'dynamodb'), tableName: 'crossdesk' });
  return {
    stores: createDynamoStores({ tableName: dynamo.tableName, client: dynamo.client }),
    doc: documentClient(dynamo.client),
    tableName: dynamo.tableName,
    stop: () => dynamo.stop(),
  };
}

type Claim = { confirmed?: boolean; claimedAt?: number };

/** The claim items of `ids`, by id (absent ids are missing from the map). */
async function claims(
  doc: DynamoDBDocumentClient,
  tableName: string,
  ids: readonly string[],
): Promise<Map<string, Claim>> {
  const found = new Map<string, Claim>();
  const byKey = new Map(ids.map((id) => [keys.claim(id).PK, id]));
  for (let i = 0; i < ids.length; i += 100) {
    let request: BatchGetCommandInput['RequestItems'] = {
      [tableName]: { Keys: ids.slice(i, i + 100).map((id) => ({ ...keys.claim(id) })), ConsistentRead: true },
    };
    while (request && Object.keys(request).length > 0) {
      const got: BatchGetCommandOutput = await doc.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of got.Responses?.[tableName] ?? []) {
        const id = byKey.get(String(item.PK));
        if (id !== undefined) found.set(id, item as Claim);
      }
      request = got.UnprocessedKeys;
    }
  }
  return found;
}

const replyClaim = (eventId: string) => `reply:${eventId}:0`;

/**
 * What the killed stack left in its data dir, read before the restart so nothing races the reading:
 * the unconfirmed event claims it took (ingest was between claim and confirm) and unconfirmed reply
 * claims (the worker was mid-send).
 */
async function snapshotAtKill(dataDir: string, webhooks: readonly Webhook[], since: number) {
  const store = await openDataDir(dataDir);
  try {
    const ids = webhooks.flatMap((w) => [w.eventId, replyClaim(w.eventId)]);
    const found = await claims(store.doc, store.tableName, ids);
    // Only what this stack left: earlier kills' leases are still there, unconfirmed.
    const leased = (id: string) => {
      const claim = found.get(id);
      return claim !== undefined && claim.confirmed !== true && (claim.claimedAt ?? 0) >= since;
    };
    return {
      ingestLeases: webhooks.filter((w) => leased(w.eventId)).length,
      repliesInDoubt: webhooks.filter((w) => leased(replyClaim(w.eventId))).map((w) => w.eventId),
    };
  } finally {
    await store.stop();
  }
}

/**
 * Counts replies from the stored transcripts. Why the store and not the fakes: the fakes live in the
 * stack's process, so what they received before a kill is gone, while the worker writes a reply's 'out'
 * line only after the platform accepted it. One 'out' line per reply slot (`<eventId>:<n>`) is the honest
 * count of what the shoppers got; a slot stored twice is a reply sent twice. The claims say the rest:
 * a confirmed reply claim without its line was delivered (the confirm follows the platform's 200), an
 * unconfirmed one is in doubt.
 */
async function countPersisted(
  dataDir: string,
  webhooks: readonly Webhook[],
  lastUp: number,
  unackedAtAKill: ReadonlySet<Webhook>,
  inDoubtAtAKill: ReadonlySet<string>,
) {
  const store = await openDataDir(dataDir);
  try {
    const inbound = new Set<string>();
    const slots = new Map<string, Map<string, number>>();
    const lastTurn = new Map<string, string | undefined>();
    let storedAfterRestart = 0;
    for (const conversationId of new Set(webhooks.map((w) => w.conversationId))) {
      for (const entry of await store.stores.messages.list(conversationId)) {
        if (entry.direction === 'in') inbound.add(entry.id);
        if (entry.direction !== 'out') continue;
        if (Date.parse(entry.at) >= lastUp) storedAfterRestart += 1;
        const eventId = entry.id.slice(0, entry.id.lastIndexOf(':'));
        const bySlot = slots.get(eventId) ?? new Map<string, number>();
        bySlot.set(entry.id, (bySlot.get(entry.id) ?? 0) + 1);
        slots.set(eventId, bySlot);
      }
      lastTurn.set(conversationId, (await store.stores.conversations.get(conversationId))?.lastTurn?.eventId);
    }
    const acked = webhooks.filter((w) => w.ackedAt !== undefined);
    const found = await claims(
      store.doc,
      store.tableName,
      acked.flatMap((w) => [w.eventId, replyClaim(w.eventId)]),
    );

    const lostBy: Record<LossKind, number> = { 'no-inbound': 0, 'not-queued': 0, 'in-doubt': 0, other: 0 };
    const figures = {
      accepted: 0,
      replied: 0,
      unrecorded: 0,
      duplicated: 0,
      resentAfterRestart: 0,
      lostOnLease: 0,
      lostAckedBeforeKill: 0,
    };
    for (const w of acked) {
      if (inbound.has(w.eventId)) figures.accepted += 1;
      const bySlot = slots.get(w.eventId);
      if (bySlot) {
        figures.replied += 1;
        if ([...bySlot.values()].some((count) => count > 1)) figures.duplicated += 1;
        if (inDoubtAtAKill.has(w.eventId)) figures.resentAfterRestart += 1;
        continue;
      }
      const reply = found.get(replyClaim(w.eventId));
      if (reply?.confirmed === true) {
        figures.unrecorded += 1;
        continue;
      }
      const event = found.get(w.eventId);
      if (event && event.confirmed !== true) figures.lostOnLease += 1;
      if (!unackedAtAKill.has(w)) figures.lostAckedBeforeKill += 1;
      const kind: LossKind = !inbound.has(w.eventId)
        ? 'no-inbound'
        : reply
          ? 'in-doubt'
          : lastTurn.get(w.conversationId) !== w.eventId
            ? 'not-queued'
            : 'other';
      lostBy[kind] += 1;
    }
    return {
      ...figures,
      lost: Object.values(lostBy).reduce((sum, n) => sum + n, 0),
      lostBy,
      unconfirmedClaims: acked.filter((w) => found.get(w.eventId)?.confirmed !== true).length,
      storedAfterRestart,
    };
  } finally {
    await store.stop();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** `npm run bench -- crash-soak`; BENCH_SOAK_SHOPPERS, BENCH_SOAK_RATE and BENCH_SOAK_KILLS override. */
export async function printCrashSoak(): Promise<CrashSoakFigures> {
  const f = await runCrashSoak({
    shoppers: Number(process.env.BENCH_SOAK_SHOPPERS ?? 150),
    rate: Number(process.env.BENCH_SOAK_RATE ?? 200),
    kills: Number(process.env.BENCH_SOAK_KILLS ?? 3),
    log: (line) => console.log(`  ${line}`),
  });
  const s = f.shoppers;
  console.log(
    `crash soak: ${s.whatsapp + s.line + s.telegram} shoppers (${s.whatsapp} WhatsApp, ${s.line} LINE, ${s.telegram} Telegram), new webhooks at ${process.env.BENCH_SOAK_RATE ?? 200}/s, ${f.rounds.length} SIGKILLs of the whole stack, ${seconds(f.elapsedMs)}`,
  );
  for (const [i, r] of f.rounds.entries())
    console.log(
      `  kill ${i + 1} after ${r.afterMs} ms: ${r.sent} webhooks sent, ${r.acknowledged} acknowledged before it, ${r.unacknowledged} not; it left ${r.ingestLeases} unconfirmed ingest leases and ${r.repliesInDoubt} replies in doubt; back in ${r.restartMs} ms with ${r.queuedAtRestart} turns still queued`,
    );
  console.log(
    `  ${f.sent} webhooks in ${f.posts} POSTs (${f.failedPosts.noAnswer} unanswered, ${f.failedPosts.serverError} 5xx, ${f.failedPosts.other} other): ${f.retried} retried, ${f.neverAcknowledged} never acknowledged; first stack's 200 p50 ${f.ackP50Ms} ms, p99 ${f.ackP99Ms} ms`,
  );
  const kinds = Object.entries(f.lostBy)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  console.log(
    `  persisted: ${f.accepted} accepted, ${f.replied} replied (+${f.unrecorded} delivered but unrecorded); lost ${f.lost} (${kinds}; ${f.lostOnLease} on an unconfirmed lease, ${f.lostAckedBeforeKill} acknowledged before a kill); duplicated ${f.duplicated}; re-sent after a restart ${f.resentAfterRestart}; unconfirmed claims ${f.unconfirmedClaims}; dead-lettered ${f.deadLettered}`,
  );
  console.log(
    `  after the last restart: drained in ${seconds(f.drainMs)}; the fakes received ${f.fakesAfterRestart} replies, the store recorded ${f.storedAfterRestart} (${Math.max(0, f.fakesAfterRestart - f.storedAfterRestart)} sent twice at the platform)`,
  );
  return f;
}
