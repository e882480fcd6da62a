// `npm run connect -- telegram|line|whatsapp [--url URL] [--outputs-file cdk-outputs.json]`
// Registers the deployed webhook URL with the platform where its API allows it, and checks it works.
// The URL comes from `--url` or from the file `cdk deploy --outputs-file cdk-outputs.json` wrote;
// the secrets come from the environment (the same names as functions/config.ts): the sending tokens it calls
// the platforms with, and the verification values it checks the deployed webhook against.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { messagingApi } from '@line/bot-sdk';
import { Api } from 'grammy';
import { resolveBotId } from '../functions/channels/telegram/bot-id';
import { readEnv } from '../functions/config';
import { parseMerchantConfig } from '../functions/core/merchant-config';
import { CHANNELS, type ChannelName } from '../functions/core/types';

export const TELEGRAM_ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'callback_query',
  'my_chat_member',
] as const;

export class ConnectError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConnectError';
  }
}

export interface ConnectIo {
  log: (line: string) => void;
  fetch?: typeof fetch;
}

/** The webhook URL for a channel: `--url` (base or full), else the stack outputs file. */
export function resolveWebhookUrl(
  channel: ChannelName,
  url: string | undefined,
  outputsFile: string,
): string {
  const suffix = `/webhooks/${channel}`;
  const complete = (base: string) =>
    base.replace(/\/+$/, '').endsWith(suffix)
      ? base.replace(/\/+$/, '')
      : `${base.replace(/\/+$/, '')}${suffix}`;
  if (url) return complete(url);
  if (!existsSync(outputsFile)) {
    throw new ConnectError(
      `No --url given and ${outputsFile} not found: run \`npx cdk deploy --outputs-file ${outputsFile}\` first`,
    );
  }
  const stacks = JSON.parse(readFileSync(outputsFile, 'utf8')) as Record<string, Record<string, string>>;
  const outputs = Object.values(stacks).flatMap((stack) => Object.entries(stack));
  const specific = outputs.find(
    ([key, value]) => new RegExp(channel, 'i').test(key) && /webhook/i.test(key) && /^https?:/.test(value),
  );
  if (specific) return specific[1];
  const base = outputs.find(
    ([key, value]) => /(webhook|api).*url|url.*(webhook|api)|endpoint/i.test(key) && /^https?:/.test(value),
  );
  if (base) return complete(base[1]);
  throw new ConnectError(`No webhook or API URL output found in ${outputsFile}`);
}

function need(value: string | undefined, name: string): string {
  if (!value) throw new ConnectError(`${name} is not set in the environment`);
  return value;
}

function apiVersion(env: NodeJS.ProcessEnv, configFile: string): string {
  if (env.MERCHANT_CONFIG) return parseMerchantConfig(JSON.parse(env.MERCHANT_CONFIG)).whatsapp.apiVersion;
  if (existsSync(configFile))
    return parseMerchantConfig(JSON.parse(readFileSync(configFile, 'utf8'))).whatsapp.apiVersion;
  return parseMerchantConfig({ brandName: 'x' }).whatsapp.apiVersion;
}

/**
 * Runs the connect flow; returns the process exit code.
 * @example
 * process.exitCode = await connect(['telegram', '--url', 'https://abc.execute-api.eu-west-1.amazonaws.com'], process.env, { log: console.log });
 */
export async function connect(argv: string[], source: NodeJS.ProcessEnv, io: ConnectIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      'outputs-file': { type: 'string', default: 'cdk-outputs.json' },
      config: { type: 'string', default: 'crossdesk.config.json' },
      'app-id': { type: 'string' },
      'app-token': { type: 'string' },
    },
  });
  const channel = positionals[0] as ChannelName | undefined;
  if (!channel || !CHANNELS.includes(channel)) {
    io.log('usage: npm run connect -- telegram|line|whatsapp [--url URL] [--outputs-file cdk-outputs.json]');
    return 2;
  }
  const env = readEnv(source);
  const doFetch = io.fetch ?? fetch;
  const url = resolveWebhookUrl(channel, values.url, values['outputs-file']);
  io.log(`${channel} webhook URL: ${url}`);

  if (channel === 'telegram') {
    const token = need(env.TELEGRAM_BOT_TOKEN, 'TELEGRAM_BOT_TOKEN');
    // The deployed ingest has no bot token (it could send): it names conversations after TELEGRAM_BOT_ID in
    // the telegram-webhook secret, which must be this token's bot, or its webhooks are refused (401).
    const bot = resolveBotId({ TELEGRAM_BOT_ID: env.TELEGRAM_BOT_ID, TELEGRAM_BOT_TOKEN: token });
    if (!bot.ok) {
      io.log(bot.reason);
      return 1;
    }
    io.log(
      `Telegram bot id: ${bot.botId} — ingest reads it as TELEGRAM_BOT_ID from the telegram-webhook secret (crossdesk/telegram-webhook).`,
    );
    const api = new Api(token, { apiRoot: env.TELEGRAM_API_ROOT });
    await api.setWebhook(url, {
      secret_token: need(env.TELEGRAM_WEBHOOK_SECRET, 'TELEGRAM_WEBHOOK_SECRET'),
      allowed_updates: [...TELEGRAM_ALLOWED_UPDATES],
      drop_pending_updates: false,
    });
    const info = await api.getWebhookInfo();
    io.log(
      `getWebhookInfo: url=${info.url} pending=${info.pending_update_count} allowed=${(info.allowed_updates ?? []).join(',')}`,
    );
    if (info.last_error_message) {
      io.log(`last error: ${info.last_error_message}`);
      if (/\b401\b/.test(info.last_error_message))
        io.log(
          'Ingest refused it: check TELEGRAM_WEBHOOK_SECRET and TELEGRAM_BOT_ID in the telegram-webhook secret.',
        );
    }
    if (info.url !== url) {
      io.log('Telegram did not keep the URL we set.');
      return 1;
    }
    io.log('Telegram webhook set.');
    return 0;
  }

  if (channel === 'line') {
    const client = new messagingApi.MessagingApiClient({
      channelAccessToken: need(env.LINE_CHANNEL_ACCESS_TOKEN, 'LINE_CHANNEL_ACCESS_TOKEN'),
      baseURL: env.LINE_API_BASE_URL,
    });
    await client.setWebhookEndpoint({ endpoint: url });
    const test = await client.testWebhookEndpoint({ endpoint: url });
    io.log(`LINE webhook test: success=${test.success} status=${test.statusCode} reason=${test.reason}`);
    if (!test.success) {
      io.log(
        'LINE could not deliver to the webhook: check LINE_CHANNEL_SECRET in the line-webhook secret (crossdesk/line-webhook).',
      );
      return 1;
    }
    io.log(
      'LINE webhook set. In the LINE Official Account Manager, turn "Use webhook" on and auto-replies off.',
    );
    return 0;
  }

  // WhatsApp: Meta has no API to set the callback URL of a phone number; it is pasted in the app dashboard.
  const verifyToken = need(env.WHATSAPP_VERIFY_TOKEN, 'WHATSAPP_VERIFY_TOKEN');
  io.log('In Meta for Developers → your app → WhatsApp → Configuration → Webhook → Edit, paste:');
  io.log(`  Callback URL: ${url}`);
  io.log(`  Verify token: ${verifyToken}`);
  io.log('Then subscribe the "messages" webhook field.');
  const appId = values['app-id'] ?? source.WHATSAPP_APP_ID;
  const appToken = values['app-token'] ?? source.WHATSAPP_APP_TOKEN;
  if (appId && appToken) {
    const version = apiVersion(source, values.config);
    const response = await doFetch(
      `${env.WHATSAPP_GRAPH_URL.replace(/\/+$/, '')}/${version}/${appId}/subscriptions`,
      {
        headers: { authorization: `Bearer ${appToken}` },
      },
    );
    if (!response.ok) throw new ConnectError(`Graph subscriptions check failed: HTTP ${response.status}`);
    const { data } = (await response.json()) as {
      data: { object: string; callback_url: string; active: boolean; fields: { name: string }[] }[];
    };
    const sub = data.find((d) => d.object === 'whatsapp_business_account');
    const ok = Boolean(
      sub?.active && sub.callback_url === url && sub.fields.some((f) => f.name === 'messages'),
    );
    io.log(
      ok
        ? 'Subscription OK: callback URL matches and "messages" is subscribed.'
        : `Subscription not complete: ${JSON.stringify(sub ?? null)}`,
    );
    return ok ? 0 : 1;
  }
  // Without app credentials, do what Meta does when you click "Verify and save".
  const challenge = randomBytes(8).toString('hex');
  const probe = `${url}?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(verifyToken)}&hub.challenge=${challenge}`;
  const response = await doFetch(probe);
  const body = await response.text();
  const ok = response.status === 200 && body.trim() === challenge;
  io.log(
    ok
      ? 'Verify handshake OK: the deployed endpoint answers Meta’s challenge.'
      : `Verify handshake failed: HTTP ${response.status} ${body.slice(0, 200)}`,
  );
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  connect(process.argv.slice(2), process.env, { log: (line) => console.log(line) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
