// Which agent notifiers the environment turns on, the half-configurations that must stop a cold start,
// and — end to end through all local fakes — that each one built from env reaches its own receiver.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, readEnv } from '../../../../functions/config';
import type { HandoffNotice } from '../../../../functions/core/ports';
import { agentNotifiersFromEnv } from '../../../../functions/handlers/worker-wiring';
import { LOCAL_SECRETS, LOCAL_TELEGRAM_AGENTS_CHAT_ID } from '../../../../lib/local/defaults';
import { createFakeRoutes } from '../../../../lib/local/fakes/index';

const notice: HandoffNotice = {
  conversationId: 'line:Udest:Ushopper',
  handoffId: 'H4nd0ff_01',
  channel: 'line',
  reason: 'shopper_request',
  language: 'th',
  agentLanguage: 'en',
  lastMessage: 'ขอคุยกับเจ้าหน้าที่ค่ะ',
  summary: 'Shopper asks for a person about order 51409.',
  orderId: '51409',
  at: '2026-12-03T10:00:00.000Z',
};

const names = (env: Record<string, string>) => agentNotifiersFromEnv(readEnv(env)).map((n) => n.name);

let server: Server | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = undefined;
});

describe('agentNotifiersFromEnv', () => {
  it('turns on exactly the notifiers whose variables are set', () => {
    expect(names({})).toEqual([]);
    expect(names({ AGENT_WEBHOOK_URL: 'https://ops.example/hook', AGENT_WEBHOOK_SECRET: 's' })).toEqual([
      'webhook',
    ]);
    expect(names({ SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/x' })).toEqual(['slack']);
    expect(names({ TELEGRAM_AGENTS_CHAT_ID: '-100123', TELEGRAM_BOT_TOKEN: '1:x' })).toEqual([
      'telegram-group',
    ]);
    expect(names({ AGENT_EMAILS: 'a@shop.example', SES_FROM_ADDRESS: 'bot@shop.example' })).toEqual([
      'email',
    ]);
    // The bot token alone is the shoppers' channel, not an agents' group.
    expect(names({ TELEGRAM_BOT_TOKEN: '1:x' })).toEqual([]);
  });

  it('stops the cold start, naming the missing variable, when a notifier is half configured', () => {
    const build = (env: Record<string, string>) => () => agentNotifiersFromEnv(readEnv(env));
    expect(build({ AGENT_WEBHOOK_URL: 'https://ops.example/hook' })).toThrow(/AGENT_WEBHOOK_SECRET/);
    expect(build({ TELEGRAM_AGENTS_CHAT_ID: '-100123' })).toThrow(ConfigError);
    expect(build({ TELEGRAM_AGENTS_CHAT_ID: '-100123' })).toThrow(/TELEGRAM_BOT_TOKEN/);
    expect(build({ AGENT_EMAILS: 'a@shop.example' })).toThrow(ConfigError);
    expect(build({ AGENT_EMAILS: 'a@shop.example' })).toThrow(/SES_FROM_ADDRESS/);
    const withFrom = { SES_FROM_ADDRESS: 'bot@shop.example' };
    expect(build({ ...withFrom, AGENT_EMAILS: 'a@shop.example, not-an-address' })).toThrow(/not-an-address/);
    expect(build({ ...withFrom, AGENT_EMAILS: ' , ' })).toThrow(ConfigError);
  });

  it('splits AGENT_EMAILS on commas and trims, and every notifier built from env reaches its receiver', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    const fakes = createFakeRoutes();
    server = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!(await fakes.handle(req, res, url))) res.writeHead(404).end();
    });
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const notifiers = agentNotifiersFromEnv(
      readEnv({
        AGENT_WEBHOOK_URL: `${origin}/fake/agent-webhook`,
        AGENT_WEBHOOK_SECRET: LOCAL_SECRETS.AGENT_WEBHOOK_SECRET,
        SLACK_WEBHOOK_URL: `${origin}/fake/slack/webhook`,
        TELEGRAM_AGENTS_CHAT_ID: LOCAL_TELEGRAM_AGENTS_CHAT_ID,
        TELEGRAM_BOT_TOKEN: LOCAL_SECRETS.TELEGRAM_BOT_TOKEN,
        TELEGRAM_API_ROOT: `${origin}/fake/telegram`,
        AGENT_EMAILS: ' agents@shop.example ,lead@shop.example',
        SES_FROM_ADDRESS: 'crossdesk@shop.example',
        AWS_ENDPOINT_URL_SESV2: `${origin}/fake/ses`,
      }),
    );
    expect(notifiers.map((n) => n.name)).toEqual(['webhook', 'slack', 'telegram-group', 'email']);
    for (const notifier of notifiers) await notifier.notify(notice);
    expect(fakes.outbox.list().map((entry) => [entry.channel, entry.to])).toEqual([
      ['agent:webhook', 'agents'],
      ['agent:slack', 'agents'],
      ['agent:telegram', LOCAL_TELEGRAM_AGENTS_CHAT_ID],
      ['agent:email', 'agents@shop.example, lead@shop.example'],
    ]);
    for (const entry of fakes.outbox.list().slice(1)) expect(entry.text).toContain(notice.summary);
  });
});
