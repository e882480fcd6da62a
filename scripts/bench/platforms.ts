// The platforms as the cost benchmark sees them: the real senders (built by the outbound registry) talking
// HTTP to the local platform fakes (lib/local/fakes) on a loopback port. What a conversation cost on the
// platform side is then counted from what actually reached the fakes — each HTTP call, each message in
// the outbox, LINE reply vs push requests, WhatsApp templates — and from each send's SendResult.via.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOutboundChannel } from '../../functions/channels/outbound';
import type { SendLogger } from '../../functions/channels/outbound-text';
import type { MerchantConfig } from '../../functions/core/merchant-config';
import type { ChannelOutbound, SendResult } from '../../functions/core/ports';
import type { ChannelName } from '../../functions/core/types';
import { localSecrets } from '../../lib/local/defaults';
import { createFakeRoutes, type FakePlatforms, type OutboxEntry } from '../../lib/local/fakes/index';
import { isAgentFake } from '../../lib/local/fakes/state';

/** What one conversation made the platforms do. */
export interface PlatformTally {
  /** HTTP calls to the platform APIs (sends, mark-read, typing / loading indicators). */
  requests: number;
  /** Messages the shopper received (LINE bubbles, WhatsApp messages, Telegram messages), by channel. */
  messages: Record<ChannelName, number>;
  /** LINE requests by endpoint: a reply is free; a push counts against the monthly quota (per recipient). */
  lineReplyRequests: number;
  linePushRequests: number;
  /** WhatsApp messages delivered, by recipient wa_id: templates are billed by the recipient's country. */
  whatsappByRecipient: Record<string, { templates: number; service: number }>;
  /** How each send went out, as the sender reported it. */
  via: Record<SendResult['via'], number>;
  /** Time the senders waited (Telegram's per-chat spacing, retry backoff): billed Lambda time. */
  waitMs: number;
}

export const emptyTally = (): PlatformTally => ({
  requests: 0,
  messages: { whatsapp: 0, line: 0, telegram: 0 },
  lineReplyRequests: 0,
  linePushRequests: 0,
  whatsappByRecipient: {},
  via: { reply: 0, push: 0, template: 0, message: 0 },
  waitMs: 0,
});

/**
 * Between two shopper messages on the senders' spacing clock. Only Telegram's per-chat spacing (1 s) reads
 * it, so any pause over a second gives the same result: replies to one message wait, separate turns do not.
 */
const SHOPPER_PAUSE_MS = 20_000;

/** One conversation's senders, and the clock their waits run on. */
export interface ConversationSenders {
  channelFor(name: ChannelName): ChannelOutbound;
  /** The shopper's next message arrives: the spacing clock moves on by a pause. */
  nextTurn(): void;
  /**
   * From now on these senders act `ms` after the real time (an agent answering the next day): LINE's reply
   * tokens and WhatsApp's 24-hour window are judged on that clock.
   */
  actLater(ms: number): void;
}

export interface BenchPlatforms {
  readonly origin: string;
  readonly fakes: FakePlatforms;
  /** HTTP calls received so far, all conversations together (invocations read deltas of it). */
  readonly requestCount: () => number;
  /** Counts everything the platforms receive into `tally` until the returned function is called. */
  track(tally: PlatformTally): () => void;
  /** Real senders for one conversation, counting their SendResults and waits into `tally`. */
  senders(merchant: MerchantConfig, logger: SendLogger, tally: PlatformTally): ConversationSenders;
  close(): Promise<void>;
}

function countOutbox(tally: PlatformTally, entry: OutboxEntry): void {
  // Agents' notices are not shopper messages: the per-platform counts (and their fees) leave them out.
  if (isAgentFake(entry.channel)) return;
  tally.messages[entry.channel] += 1;
  if (entry.channel !== 'whatsapp') return;
  const recipient = tally.whatsappByRecipient[entry.to] ?? { templates: 0, service: 0 };
  tally.whatsappByRecipient[entry.to] = recipient;
  if (entry.kind === 'template') recipient.templates += 1;
  else recipient.service += 1;
}

/** Starts the fakes on 127.0.0.1 (a free port). */
export async function startBenchPlatforms(): Promise<BenchPlatforms> {
  const fakes = createFakeRoutes();
  let requests = 0;
  let current: PlatformTally | undefined;
  const server = createServer(async (req, res) => {
    requests += 1;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (current) {
      current.requests += 1;
      if (url.pathname.endsWith('/v2/bot/message/reply')) current.lineReplyRequests += 1;
      if (url.pathname.endsWith('/v2/bot/message/push')) current.linePushRequests += 1;
    }
    try {
      if (!(await fakes.handle(req, res, url))) res.writeHead(404).end();
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const secrets = localSecrets({});
  // The same wiring as the local stack (lib/local/server.ts): the LINE SDK drops base paths, so LINE is the
  // bare origin.
  const env = {
    WHATSAPP_ACCESS_TOKEN: secrets.WHATSAPP_ACCESS_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: secrets.WHATSAPP_PHONE_NUMBER_ID,
    WHATSAPP_GRAPH_URL: `${origin}/fake/whatsapp`,
    LINE_CHANNEL_ACCESS_TOKEN: secrets.LINE_CHANNEL_ACCESS_TOKEN,
    LINE_API_BASE_URL: origin,
    LINE_DATA_API_BASE_URL: origin,
    TELEGRAM_BOT_TOKEN: secrets.TELEGRAM_BOT_TOKEN,
    TELEGRAM_API_ROOT: `${origin}/fake/telegram`,
  };

  return {
    origin,
    fakes,
    requestCount: () => requests,
    track(tally) {
      // Each conversation starts on a fresh platform: a LINE retry key remembered from an earlier run of the
      // same script would make the fake answer 409 (already delivered) and hide that push.
      fakes.line.retryKeys.clear();
      fakes.line.usedReplyTokens.clear();
      fakes.outbox.clear();
      current = tally;
      const unsubscribe = fakes.outbox.subscribe((entry) => countOutbox(tally, entry));
      return () => {
        unsubscribe();
        if (current === tally) current = undefined;
      };
    },
    senders(merchant, logger, tally) {
      const built = new Map<ChannelName, ChannelOutbound>();
      // Waits are counted, not slept: the time still shows in the bill (Lambda waits), not in the bench's
      // run time. The clock they run on starts at the real time, so reply tokens and windows stay real.
      let offset = 0;
      let late = 0;
      const now = () => Date.now() + offset;
      const platformNow = () => Date.now() + late;
      const sleep = async (ms: number) => {
        tally.waitMs += ms;
        offset += ms;
      };
      const channelFor = (name: ChannelName): ChannelOutbound => {
        const known = built.get(name);
        if (known) return known;
        // LINE and WhatsApp run on the real clock (their reply tokens and windows were stamped on it) unless
        // told to act later; Telegram's clock only paces its sends.
        const real = createOutboundChannel(name, env, merchant, {
          logger,
          sleep,
          now: name === 'telegram' ? now : platformNow,
        });
        const counted: ChannelOutbound = {
          name: real.name,
          capabilities: real.capabilities,
          async send(ctx, message) {
            const result = await real.send(ctx, message);
            tally.via[result.via] += 1;
            return result;
          },
          ...(real.acknowledge ? { acknowledge: real.acknowledge.bind(real) } : {}),
          ...(real.downloadMedia ? { downloadMedia: real.downloadMedia.bind(real) } : {}),
        };
        built.set(name, counted);
        return counted;
      };
      return {
        channelFor,
        nextTurn: () => {
          offset += SHOPPER_PAUSE_MS;
        },
        actLater: (ms) => {
          late = ms;
        },
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
