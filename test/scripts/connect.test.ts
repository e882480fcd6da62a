import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateSignature } from '@line/bot-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SECRETS } from '../../lib/local/defaults';
import { readBody } from '../../lib/local/routes';
import { connect, resolveWebhookUrl } from '../../scripts/connect';
import { type RunningFakes, startFakes } from '../helpers/fake-platforms';

let running: RunningFakes;
const lineDeliveries: { signatureValid: boolean }[] = [];

beforeAll(async () => {
  // A stand-in for the deployed webhook: checks LINE's signature and answers Meta's verify handshake.
  running = await startFakes({}, [
    async (req, res, url) => {
      if (url.pathname === '/webhooks/line' && req.method === 'POST') {
        const body = await readBody(req);
        const signatureValid = validateSignature(
          body,
          LOCAL_SECRETS.LINE_CHANNEL_SECRET,
          String(req.headers['x-line-signature']),
        );
        lineDeliveries.push({ signatureValid });
        res.writeHead(signatureValid ? 200 : 401).end();
        return true;
      }
      if (url.pathname === '/webhooks/whatsapp' && req.method === 'GET') {
        const ok =
          url.searchParams.get('hub.mode') === 'subscribe' &&
          url.searchParams.get('hub.verify_token') === LOCAL_SECRETS.WHATSAPP_VERIFY_TOKEN;
        res.writeHead(ok ? 200 : 403).end(ok ? (url.searchParams.get('hub.challenge') ?? '') : 'forbidden');
        return true;
      }
      return false;
    },
  ]);
});
afterAll(() => running.close());

function env(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...LOCAL_SECRETS,
    TELEGRAM_API_ROOT: `${running.origin}/fake/telegram`,
    LINE_API_BASE_URL: running.origin,
    WHATSAPP_GRAPH_URL: `${running.origin}/fake/whatsapp`,
    ...overrides,
  };
}

async function run(args: string[], overrides: Record<string, string> = {}) {
  const lines: string[] = [];
  const code = await connect(args, env(overrides), { log: (line) => lines.push(line) });
  return { code, output: lines.join('\n') };
}

describe('npm run connect against the local fakes', () => {
  it('reads the webhook URL from cdk outputs or --url', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'connect-'));
    const file = path.join(dir, 'cdk-outputs.json');
    writeFileSync(
      file,
      JSON.stringify({
        CrossdeskStack: { ApiUrl: 'https://abc.execute-api.eu-west-1.amazonaws.com/', TableName: 't' },
      }),
    );
    expect(resolveWebhookUrl('line', undefined, file)).toBe(
      'https://abc.execute-api.eu-west-1.amazonaws.com/webhooks/line',
    );
    expect(resolveWebhookUrl('telegram', 'https://x.example/webhooks/telegram', file)).toBe(
      'https://x.example/webhooks/telegram',
    );
    expect(() => resolveWebhookUrl('line', undefined, path.join(dir, 'missing.json'))).toThrow(
      /cdk deploy --outputs-file/,
    );
  });

  it('telegram: setWebhook with secret_token and allowed_updates, then prints getWebhookInfo', async () => {
    const { code, output } = await run(['telegram', '--url', 'https://hooks.example.com']);
    expect(code).toBe(0);
    expect(running.fakes.telegram.webhook).toEqual({
      url: 'https://hooks.example.com/webhooks/telegram',
      secretToken: LOCAL_SECRETS.TELEGRAM_WEBHOOK_SECRET,
      allowedUpdates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
      dropPendingUpdates: false,
    });
    expect(output).toContain('getWebhookInfo: url=https://hooks.example.com/webhooks/telegram');
    expect(output).toContain('Telegram bot id: 7000000001');
  });

  it('telegram: refuses a TELEGRAM_BOT_ID that is not the token’s bot, before touching the webhook', async () => {
    running.fakes.telegram.webhook = undefined;
    const { code, output } = await run(['telegram', '--url', 'https://hooks.example.com'], {
      TELEGRAM_BOT_ID: '123',
    });
    expect(code).toBe(1);
    expect(output).toContain('TELEGRAM_BOT_ID 123 is not the bot of TELEGRAM_BOT_TOKEN (7000000001)');
    expect(running.fakes.telegram.webhook).toBeUndefined();
  });

  it('line: sets the endpoint and runs the webhook test, which reaches the endpoint signed', async () => {
    const { code, output } = await run(['line', '--url', running.origin]);
    expect(code).toBe(0);
    expect(running.fakes.line.webhookEndpoint).toBe(`${running.origin}/webhooks/line`);
    expect(lineDeliveries.at(-1)).toEqual({ signatureValid: true });
    expect(output).toContain('success=true status=200');
  });

  it('line: exits 1 when LINE cannot deliver to the endpoint', async () => {
    const lines: string[] = [];
    const failing = await connect(['line', '--url', `${running.origin}/nowhere`], env(), {
      log: (l) => lines.push(l),
    });
    expect(failing).toBe(1);
    expect(lines.join('\n')).toContain('success=false status=404');
  });

  it('whatsapp: prints URL + verify token and performs the verify handshake', async () => {
    const { code, output } = await run(['whatsapp', '--url', running.origin]);
    expect(code).toBe(0);
    expect(output).toContain(`Callback URL: ${running.origin}/webhooks/whatsapp`);
    expect(output).toContain(`Verify token: ${LOCAL_SECRETS.WHATSAPP_VERIFY_TOKEN}`);
    expect(output).toContain('Verify handshake OK');
    const wrong = await run(['whatsapp', '--url', running.origin], {
      WHATSAPP_VERIFY_TOKEN: 'not-the-deployed-one',
    });
    expect(wrong.code).toBe(1);
  });

  it('whatsapp: checks the app subscription when app id and token are given', async () => {
    const url = 'https://hooks.example.com/webhooks/whatsapp';
    running.fakes.whatsapp.subscription = { callbackUrl: url, fields: ['messages'] };
    const args = [
      'whatsapp',
      '--url',
      url,
      '--app-id',
      '123',
      '--app-token',
      'local-app-id|local-whatsapp-app-secret',
    ];
    const ok = await run(args);
    expect(ok.code).toBe(0);
    expect(ok.output).toContain('Subscription OK');
    running.fakes.whatsapp.subscription = {
      callbackUrl: 'https://old.example.com/hook',
      fields: ['messages'],
    };
    expect((await run(args)).code).toBe(1);
  });
});
