// Drives the whole local stack the way the platforms do: platform-exact bodies, signed with the local
// secrets, POSTed over HTTP to the webhook routes; the bot's answers are read back from the platform
// fakes' outbox, where the real SDKs delivered them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelName } from '../../functions/core/types';
import { CROSSDESK_SIGNATURE_HEADER, signCrossdeskBody } from '../../functions/services/tracking/index';
import { localSecrets } from '../../lib/local/defaults';
import { demoSimulatorShoppers } from '../../lib/local/seed';
import { type LocalStack, startLocalStack } from '../../lib/local/server';
import {
  buildLinePostbackWebhook,
  buildLineTextWebhook,
  buildTelegramCallbackUpdate,
  buildTelegramUpdate,
  buildWhatsAppButtonWebhook,
  buildWhatsAppTextWebhook,
  signedWebhook,
} from '../../lib/local/simulator/webhook-builders';

export interface OutboxEntry {
  channel: ChannelName;
  to: string;
  text: string;
  raw: unknown;
  at: string;
}

export const LINE_DESTINATION = 'U0000000000000000000000000000e2e';

/** A simulator shopper of the demo seed by id; throws on a typo rather than testing `undefined`. */
export function demoShopper(id: string): ReturnType<typeof demoSimulatorShoppers>[number] {
  const shopper = demoSimulatorShoppers().find((s) => s.id === id);
  if (!shopper) throw new Error(`no demo simulator shopper ${id}`);
  return shopper;
}

export interface E2eStack {
  stack: LocalStack;
  /** Posts one signed webhook body and returns the HTTP status. */
  post(channel: ChannelName, payload: unknown): Promise<number>;
  /** Everything the fakes recorded for one recipient, oldest first. */
  outbox(to?: string): Promise<OutboxEntry[]>;
  /** A shopper sends a text (or taps a button when `button` is set); resolves with the bot's replies to it. */
  say(
    channel: ChannelName,
    to: string,
    text: string,
    options?: { button?: string; languageCode?: string },
  ): Promise<string[]>;
  /**
   * A tracking aggregator posts normalized carrier events (docs/tracking.md), signed with the local
   * secret unless `signed` is false; resolves with the HTTP status once the jobs they queued have run.
   */
  trackingEvents(events: Record<string, unknown>[], options?: { signed?: boolean }): Promise<number>;
  stop(): Promise<void>;
}

/** crossdesk.config.json as parsed: its sections are objects (only `proactive` is typed here, for the tests). */
export type MerchantConfigFile = Record<string, unknown> & { proactive?: Record<string, unknown> };

export interface E2eOptions {
  /**
   * Changes the project's crossdesk.config.json for this stack: set as MERCHANT_CONFIG until `stop()`.
   * @example startE2eStack({ merchantConfig: (c) => ({ ...c, proactive: { ...c.proactive, laneSummaryAt: 3 } }) })
   */
  merchantConfig?: (config: MerchantConfigFile) => Record<string, unknown>;
}

export async function startE2eStack(options: E2eOptions = {}): Promise<E2eStack> {
  const savedConfig = process.env.MERCHANT_CONFIG;
  const restoreConfig = () => {
    if (savedConfig === undefined) delete process.env.MERCHANT_CONFIG;
    else process.env.MERCHANT_CONFIG = savedConfig;
  };
  if (options.merchantConfig)
    process.env.MERCHANT_CONFIG = JSON.stringify(
      options.merchantConfig(JSON.parse(readFileSync('crossdesk.config.json', 'utf8'))),
    );
  const dataDir = mkdtempSync(join(tmpdir(), 'crossdesk-e2e-'));
  const stack = await startLocalStack({
    port: 0,
    dataDir,
    schedules: false,
    log: () => {},
    env: { POWERTOOLS_LOG_LEVEL: 'WARN' },
  });
  const secrets = localSecrets({});

  const post = async (channel: ChannelName, payload: unknown): Promise<number> => {
    const { body, headers } = signedWebhook(channel, payload, secrets);
    const res = await fetch(`${stack.url}/webhooks/${channel}`, { method: 'POST', headers, body });
    await res.arrayBuffer();
    return res.status;
  };

  const outbox = async (to?: string): Promise<OutboxEntry[]> => {
    const all = (await (await fetch(`${stack.url}/dev/outbox`)).json()) as OutboxEntry[];
    return to === undefined ? all : all.filter((entry) => entry.to === to);
  };

  const bodyFor = (
    channel: ChannelName,
    to: string,
    text: string,
    button?: string,
    languageCode?: string,
  ) => {
    if (channel === 'whatsapp') {
      const shopper = { phoneNumberId: secrets.WHATSAPP_PHONE_NUMBER_ID, waId: to };
      return button
        ? buildWhatsAppButtonWebhook({ ...shopper, buttonId: button, title: text })
        : buildWhatsAppTextWebhook({ ...shopper, text });
    }
    if (channel === 'line') {
      const shopper = { destination: LINE_DESTINATION, userId: to };
      return button
        ? buildLinePostbackWebhook({ ...shopper, data: button })
        : buildLineTextWebhook({ ...shopper, text });
    }
    const shopper = { chatId: Number(to), ...(languageCode ? { languageCode } : {}) };
    return button
      ? buildTelegramCallbackUpdate({ ...shopper, data: button })
      : buildTelegramUpdate({ ...shopper, text });
  };

  const say: E2eStack['say'] = async (channel, to, text, options = {}) => {
    const before = (await outbox(to)).length;
    const status = await post(channel, bodyFor(channel, to, text, options.button, options.languageCode));
    if (status !== 200) throw new Error(`webhook answered ${status}`);
    await stack.queue.drain();
    return (await outbox(to)).slice(before).map((entry) => entry.text);
  };

  const trackingEvents: E2eStack['trackingEvents'] = async (events, { signed = true } = {}) => {
    const body = Buffer.from(JSON.stringify({ events }));
    const res = await fetch(`${stack.url}/tracking/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(signed
          ? { [CROSSDESK_SIGNATURE_HEADER]: signCrossdeskBody(body, secrets.TRACKING_WEBHOOK_SECRET) }
          : {}),
      },
      body,
    });
    await res.arrayBuffer();
    await stack.queue.drain();
    return res.status;
  };

  return {
    stack,
    post,
    outbox,
    say,
    trackingEvents,
    async stop() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
      if (options.merchantConfig) restoreConfig();
    },
  };
}
