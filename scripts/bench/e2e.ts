// Ingest latency and end-to-end throughput on the local stack (shoppers with 1–2 s think time): signed webhooks in over HTTP, replies
// counted as the platform fakes receive them from the real SDKs. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelName } from '../../functions/core/types';
import { localSecrets } from '../../lib/local/defaults';
import { generateDemoData } from '../../lib/local/seed';
import { startLocalStack } from '../../lib/local/server';
import { signedWebhook } from '../../lib/local/simulator/webhook-builders';
import { shopperWebhook } from './shopper-webhook';
import { percentile } from './stats';

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

interface Shopper {
  channel: ChannelName;
  to: string;
  /** Messages that each get exactly one reply from the bot. */
  messages: string[];
}

function shoppers(count: number): Shopper[] {
  const { orders } = generateDemoData(Date.now());
  const out: Shopper[] = [];
  for (let i = 0; out.length < count; i++) {
    const order = orders[i % orders.length]!;
    const kind = i % 3;
    if (kind === 0) {
      // WhatsApp: the phone owns the order, so the bot looks it up and answers with one message.
      out.push({
        channel: 'whatsapp',
        to: order.customer.phone,
        messages: [`where is my order ${order.id}?`, `status of order ${order.id} please`],
      });
    } else {
      // LINE / Telegram before verification: each order question gets one "please verify" reply.
      const id = String(900_000_000 + i);
      out.push({
        channel: kind === 1 ? 'line' : 'telegram',
        to: kind === 1 ? `Ubench${id}` : id,
        messages: [`where is my order ${order.id}?`, `hello, can you track order ${order.id}`],
      });
    }
  }
  // One WhatsApp conversation per phone: two benchmark shoppers on the same phone would share a conversation.
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(`${s.channel}:${s.to}`) && seen.add(`${s.channel}:${s.to}`));
}

const body = (shopper: Shopper, text: string, secrets: ReturnType<typeof localSecrets>): unknown =>
  shopperWebhook(shopper.channel, { to: shopper.to, text }, secrets);

/**
 * @example
 * await benchEndToEnd({ seconds: 10, shoppers: 50 });
 */
export async function benchEndToEnd(options: { seconds?: number; shoppers?: number } = {}): Promise<void> {
  const seconds = options.seconds ?? Number(process.env.BENCH_E2E_SECONDS ?? 60);
  const concurrency = options.shoppers ?? Number(process.env.BENCH_E2E_SHOPPERS ?? 200);
  const dataDir = mkdtempSync(join(tmpdir(), 'crossdesk-bench-'));
  const secrets = localSecrets({});
  // The worker waits behind a gate while ingest latency is measured: in AWS they are separate Lambdas,
  // so the ingest figure should not include the worker's CPU in this one process.
  let openGate: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    openGate = resolve;
  });
  type Worker = (event: unknown, context: unknown) => Promise<unknown>;
  let realWorker: Worker | undefined;
  const stack = await startLocalStack({
    handlers: {
      worker: async (event: unknown, context: unknown) => {
        await gate;
        realWorker ??= (await import('../../functions/handlers/worker')).handler as unknown as Worker;
        return realWorker(event, context);
      },
    },
    port: 0,
    dataDir,
    schedules: false,
    log: () => {},
    env: { POWERTOOLS_LOG_LEVEL: 'ERROR' },
    queue: { maxConcurrency: 10 },
  });
  const outbox = stack.fakes?.outbox;
  if (!outbox) throw new Error('the platform fakes are not mounted');
  const post = async (channel: ChannelName, payload: unknown): Promise<number> => {
    const { body: raw, headers } = signedWebhook(channel, payload, secrets);
    const res = await fetch(`${stack.url}/webhooks/${channel}`, { method: 'POST', headers, body: raw });
    await res.arrayBuffer();
    return res.status;
  };

  try {
    // 1. Ingest latency: the webhook's HTTP round trip (API GW emulator → verify → parse → claim → persist → enqueue).
    const warm = shoppers(30);
    const ingest: number[] = [];
    for (let i = 0; i < 600; i++) {
      const shopper = warm[i % warm.length]!;
      const payload = body(shopper, `ingest probe ${i}`, secrets);
      const started = performance.now();
      const status = await post(shopper.channel, payload);
      ingest.push(performance.now() - started);
      if (status !== 200) throw new Error(`ingest answered ${status}`);
    }
    openGate();
    await stack.queue.drain(120_000);
    ingest.sort((a, b) => a - b);
    console.log(
      `ingest handler (HTTP round trip, dynalite + SQS wire), ${ingest.length} webhooks: p50 ${fmt(percentile(ingest, 50))}, p99 ${fmt(percentile(ingest, 99))} (target p99 ≤ 25 ms)`,
    );

    // 2. Throughput: every shopper sends, waits for its reply, sends again, for `seconds`.
    const replies = new Map<string, number>();
    const waiters = new Map<string, () => void>();
    const unsubscribe = outbox.subscribe((entry) => {
      const key = `${entry.channel}:${entry.to}`;
      replies.set(key, (replies.get(key) ?? 0) + 1);
      waiters.get(key)?.();
    });
    const crowd = shoppers(concurrency);
    const sent = new Map<string, number>();
    const turnTimes: number[] = [];
    const turnTimesByChannel = new Map<ChannelName, number[]>();
    const deadline = Date.now() + seconds * 1000;
    let rejected = 0;
    let timedOut = 0;
    const runShopper = async (shopper: Shopper, index: number): Promise<void> => {
      const key = `${shopper.channel}:${shopper.to}`;
      // Shoppers read and type between messages: 1–2 s of think time, spread so they don't move in lockstep.
      const think = () => new Promise((resolve) => setTimeout(resolve, 1000 + ((index * 97) % 1000)));
      for (let n = 0; Date.now() < deadline; n++) {
        if (n > 0) await think();
        const before = replies.get(key) ?? 0;
        const got = new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), 15_000);
          waiters.set(key, () => {
            if ((replies.get(key) ?? 0) > before) {
              clearTimeout(timer);
              resolve(true);
            }
          });
        });
        const started = performance.now();
        const status = await post(
          shopper.channel,
          body(shopper, shopper.messages[n % shopper.messages.length]!, secrets),
        );
        if (status !== 200) {
          rejected++;
          continue;
        }
        sent.set(key, (sent.get(key) ?? 0) + 1);
        if (await got) {
          const took = performance.now() - started;
          turnTimes.push(took);
          turnTimesByChannel.set(shopper.channel, [...(turnTimesByChannel.get(shopper.channel) ?? []), took]);
        } else timedOut++;
      }
    };
    const startedAt = performance.now();
    await Promise.all(crowd.map((shopper, index) => runShopper(shopper, index)));
    await stack.queue.drain(120_000);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // last sends in flight to the fakes
    const elapsed = (performance.now() - startedAt) / 1000;
    unsubscribe();

    let totalSent = 0;
    let lost = 0;
    let duplicated = 0;
    for (const [key, count] of sent) {
      totalSent += count;
      const got = replies.get(key) ?? 0;
      if (got < count) lost += count - got;
      if (got > count) duplicated += got - count;
    }
    turnTimes.sort((a, b) => a - b);
    const stats = stack.queue.stats();
    console.log(
      `end to end: ${crowd.length} concurrent shoppers (${['whatsapp', 'line', 'telegram'].map((c) => `${crowd.filter((s) => s.channel === c).length} ${c}`).join(', ')}) for ${elapsed.toFixed(1)} s`,
    );
    console.log(
      `  ${totalSent} messages in, ${totalSent - lost + duplicated} replies out: ${(totalSent / elapsed).toFixed(1)} turns/s`,
    );
    console.log(
      `  webhook → reply in outbox: p50 ${fmt(percentile(turnTimes, 50))}, p99 ${fmt(percentile(turnTimes, 99))}`,
    );
    for (const [channel, times] of turnTimesByChannel) {
      times.sort((a, b) => a - b);
      console.log(`    ${channel}: p50 ${fmt(percentile(times, 50))}, p99 ${fmt(percentile(times, 99))}`);
    }
    console.log(
      `  lost replies: ${lost}, duplicated replies: ${duplicated}, rejected webhooks: ${rejected}, waits over 15 s: ${timedOut}, dead-lettered: ${stats.deadLettered}`,
    );

    // 3. Handoff: shopper acknowledged and every agents' receiver told (signed webhook, Slack, the Telegram
    // agents group, SES e-mail), from the webhook POST to the last notice in the fakes' outbox.
    await benchHandoffs(stack.url, outbox, secrets);
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Outbox = NonNullable<Awaited<ReturnType<typeof startLocalStack>>['fakes']>['outbox'];

async function benchHandoffs(
  url: string,
  outbox: Outbox,
  secrets: ReturnType<typeof localSecrets>,
): Promise<void> {
  const count = Number(process.env.BENCH_HANDOFFS ?? 120);
  const receivers = ['agent:webhook', 'agent:slack', 'agent:telegram', 'agent:email'];
  const asks = [
    'I want to talk to a real person please',
    'quiero hablar con una persona',
    'ขอคุยกับเจ้าหน้าที่หน่อยค่ะ',
    'Ich möchte mit einem Menschen sprechen',
  ];
  const acked: number[] = [];
  const notified: number[] = [];
  let missing = 0;
  const one = async (i: number): Promise<void> => {
    const channel = (['whatsapp', 'line', 'telegram'] as const)[i % 3]!;
    const to =
      channel === 'whatsapp'
        ? `4479${String(i).padStart(8, '0')}`
        : channel === 'line'
          ? `Uhandoff${String(i).padStart(6, '0')}`
          : String(800_000_000 + i);
    let ackAt: number | undefined;
    const told = new Set<string>();
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => {
      done = resolve;
    });
    const unsubscribe = outbox.subscribe((entry) => {
      if (entry.to === to && !entry.channel.startsWith('agent:')) ackAt ??= performance.now();
      else if (entry.channel.startsWith('agent:') && JSON.stringify(entry).includes(to))
        told.add(entry.channel);
      if (ackAt !== undefined && told.size === receivers.length) done();
    });
    const started = performance.now();
    const { body: raw, headers } = signedWebhook(
      channel,
      shopperWebhook(channel, { to, text: asks[i % asks.length]! }, secrets),
      secrets,
    );
    const res = await fetch(`${url}/webhooks/${channel}`, { method: 'POST', headers, body: raw });
    await res.arrayBuffer();
    const timedOut = await Promise.race([
      finished.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 10_000)),
    ]);
    unsubscribe();
    const end = performance.now();
    if (timedOut) missing++;
    else {
      acked.push(ackAt! - started);
      notified.push(end - started);
    }
  };
  // Ten shoppers at a time ask for a person.
  for (let i = 0; i < count; i += 10)
    await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, k) => one(i + k)));
  acked.sort((a, b) => a - b);
  notified.sort((a, b) => a - b);
  console.log(
    `handoff, ${count} shoppers asking for a person (10 at a time, 3 channels, 4 languages): shopper acknowledged p50 ${fmt(percentile(acked, 50))}, p99 ${fmt(percentile(acked, 99))}; ` +
      `all ${receivers.length} agent receivers told p50 ${fmt(percentile(notified, 50))}, p99 ${fmt(percentile(notified, 99))} (target p99 ≤ 1 s); not completed in 10 s: ${missing}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchEndToEnd();
