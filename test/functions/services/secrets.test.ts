import type { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv, SECRET_GROUPS, SECRET_NAMES } from '../../../functions/config';
import { createSecretsLoader } from '../../../functions/services/secrets';

function source(answers: (string | Error)[]) {
  const asked: string[] = [];
  return {
    asked,
    async send(command: GetSecretValueCommand) {
      asked.push(String(command.input.SecretId));
      const next = answers.shift();
      if (next instanceof Error) throw next;
      return { SecretString: next };
    },
  };
}

describe('createSecretsLoader', () => {
  it('without SECRETS_NAME: the environment values, no AWS call', async () => {
    const src = source([]);
    const load = createSecretsLoader(readEnv({ LINE_CHANNEL_SECRET: 'env-line' }), src);
    expect(await load()).toEqual({ LINE_CHANNEL_SECRET: 'env-line' });
    expect(src.asked).toEqual([]);
  });

  it('with SECRETS_NAME: loads once per cold start, secret wins, unknown keys dropped', async () => {
    const src = source([
      JSON.stringify({ LINE_CHANNEL_SECRET: 'sm-line', TELEGRAM_WEBHOOK_SECRET: 'sm-tg', OTHER: 'x' }),
    ]);
    const load = createSecretsLoader(
      readEnv({ SECRETS_NAME: 'crossdesk/channels', LINE_CHANNEL_SECRET: 'env' }),
      src,
    );
    const first = await load();
    const second = await load();
    expect(first).toEqual({ LINE_CHANNEL_SECRET: 'sm-line', TELEGRAM_WEBHOOK_SECRET: 'sm-tg' });
    expect(second).toBe(first);
    expect(src.asked).toEqual(['crossdesk/channels']);
  });

  it('a failed load is retried; a non-JSON secret is a ConfigError that does not echo the value', async () => {
    const src = source([new Error('throttled'), 'not-json-s3cr3t']);
    const load = createSecretsLoader(readEnv({ SECRETS_NAME: 'crossdesk/channels' }), src);
    await expect(load()).rejects.toThrow('throttled');
    const error = await load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).not.toContain('s3cr3t');
  });
});

describe('createSecretsLoader with SECRET_IDS (one secret per group)', () => {
  const ids = (map: Record<string, string>) => JSON.stringify(map);

  function keyed(secrets: Record<string, string | Error>) {
    const asked: string[] = [];
    return {
      asked,
      async send(command: GetSecretValueCommand) {
        const id = String(command.input.SecretId);
        asked.push(id);
        const answer = secrets[id];
        if (answer === undefined) {
          const missing = new Error(`Secrets Manager can't find the specified secret.`);
          missing.name = 'ResourceNotFoundException';
          throw missing;
        }
        if (answer instanceof Error) throw answer;
        return { SecretString: answer };
      },
    };
  }

  it('reads every named secret once and takes only its own group keys', async () => {
    const src = keyed({
      'crossdesk/whatsapp-webhook': JSON.stringify({
        WHATSAPP_APP_SECRET: 'wa-app',
        OPENAI_API_KEY: 'stray',
      }),
      'crossdesk/line-webhook': JSON.stringify({ LINE_CHANNEL_SECRET: 'line' }),
      'crossdesk/llm': JSON.stringify({ OPENAI_API_KEY: 'sk-1' }),
    });
    const load = createSecretsLoader(
      readEnv({
        SECRET_IDS: ids({
          'whatsapp-webhook': 'crossdesk/whatsapp-webhook',
          'line-webhook': 'crossdesk/line-webhook',
          llm: 'crossdesk/llm',
        }),
        LINE_CHANNEL_SECRET: 'env',
      }),
      src,
    );
    const first = await load();
    expect(first).toEqual({
      WHATSAPP_APP_SECRET: 'wa-app',
      LINE_CHANNEL_SECRET: 'line',
      OPENAI_API_KEY: 'sk-1',
    });
    expect(await load()).toBe(first);
    expect([...src.asked].sort()).toEqual([
      'crossdesk/line-webhook',
      'crossdesk/llm',
      'crossdesk/whatsapp-webhook',
    ]);
  });

  it('an OpenAI key put into a platform secret does not reach a function without the llm group', async () => {
    const src = keyed({
      'crossdesk/whatsapp-webhook': JSON.stringify({ WHATSAPP_APP_SECRET: 'wa', OPENAI_API_KEY: 'stray' }),
    });
    const load = createSecretsLoader(
      readEnv({ SECRET_IDS: ids({ 'whatsapp-webhook': 'crossdesk/whatsapp-webhook' }) }),
      src,
    );
    expect(await load()).toEqual({ WHATSAPP_APP_SECRET: 'wa' });
  });

  it('a platform secret created before the split still serves its sending keys, and only those', async () => {
    // The old combined crossdesk/whatsapp held both halves; the senders keep reading it under that name.
    const combined = {
      WHATSAPP_APP_SECRET: 'wa-app',
      WHATSAPP_VERIFY_TOKEN: 'wa-verify',
      WHATSAPP_ACCESS_TOKEN: 'wa-token',
      WHATSAPP_PHONE_NUMBER_ID: '1000001',
    };
    const senders = createSecretsLoader(
      readEnv({ SECRET_IDS: ids({ whatsapp: 'crossdesk/whatsapp' }) }),
      keyed({ 'crossdesk/whatsapp': JSON.stringify(combined) }),
    );
    expect(await senders()).toEqual({
      WHATSAPP_ACCESS_TOKEN: 'wa-token',
      WHATSAPP_PHONE_NUMBER_ID: '1000001',
    });
    // A copy of the whole old secret under the webhook name gives ingest the verification keys only.
    const ingest = createSecretsLoader(
      readEnv({ SECRET_IDS: ids({ 'whatsapp-webhook': 'crossdesk/whatsapp-webhook' }) }),
      keyed({ 'crossdesk/whatsapp-webhook': JSON.stringify(combined) }),
    );
    expect(await ingest()).toEqual({ WHATSAPP_APP_SECRET: 'wa-app', WHATSAPP_VERIFY_TOKEN: 'wa-verify' });
  });

  it('skips a secret that does not exist, with a warning naming it; other errors fail the load', async () => {
    const warnings: string[] = [];
    const src = keyed({ 'crossdesk/telegram-webhook': JSON.stringify({ TELEGRAM_WEBHOOK_SECRET: 'tg' }) });
    const load = createSecretsLoader(
      readEnv({
        SECRET_IDS: ids({ 'telegram-webhook': 'crossdesk/telegram-webhook', line: 'crossdesk/line' }),
      }),
      src,
      { warn: (message) => warnings.push(message) },
    );
    expect(await load()).toEqual({ TELEGRAM_WEBHOOK_SECRET: 'tg' });
    expect(warnings).toEqual(['secret crossdesk/line (line) does not exist: its keys stay unset']);

    const denied = keyed({
      'crossdesk/llm': Object.assign(new Error('no'), { name: 'AccessDeniedException' }),
    });
    const failing = createSecretsLoader(readEnv({ SECRET_IDS: ids({ llm: 'crossdesk/llm' }) }), denied);
    await expect(failing()).rejects.toThrow('no');
  });

  it('layers environment < SECRETS_NAME < SECRET_IDS', async () => {
    const src = keyed({
      'crossdesk/channels': JSON.stringify({ LINE_CHANNEL_SECRET: 'single', TELEGRAM_BOT_TOKEN: '1:single' }),
      'crossdesk/line-webhook': JSON.stringify({ LINE_CHANNEL_SECRET: 'grouped' }),
    });
    const load = createSecretsLoader(
      readEnv({
        SECRETS_NAME: 'crossdesk/channels',
        SECRET_IDS: ids({ 'line-webhook': 'crossdesk/line-webhook' }),
        LINE_CHANNEL_SECRET: 'env',
        VIDEO_LINK_SECRET: 'env-video',
      }),
      src,
    );
    expect(await load()).toEqual({
      LINE_CHANNEL_SECRET: 'grouped',
      TELEGRAM_BOT_TOKEN: '1:single',
      VIDEO_LINK_SECRET: 'env-video',
    });
  });

  it.each([
    ['not JSON', 'crossdesk/whatsapp'],
    ['an array', '["crossdesk/whatsapp"]'],
    ['an unknown group', '{"whatsap":"crossdesk/whatsapp"}'],
    ['an empty id', '{"line":""}'],
  ])('rejects SECRET_IDS that is %s with a ConfigError, before any call', async (_label, raw) => {
    const src = keyed({});
    const load = createSecretsLoader(readEnv({ SECRET_IDS: raw }), src);
    await expect(load()).rejects.toBeInstanceOf(ConfigError);
    expect(src.asked).toEqual([]);
  });

  it('a secret that is not a JSON object is a ConfigError that does not echo the value', async () => {
    const src = keyed({ 'crossdesk/llm': 'sk-s3cr3t' });
    const load = createSecretsLoader(readEnv({ SECRET_IDS: ids({ llm: 'crossdesk/llm' }) }), src);
    const error = await load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).not.toContain('s3cr3t');
  });
});

describe('SECRET_GROUPS', () => {
  it('puts every secret key in exactly one group', () => {
    const grouped = Object.values(SECRET_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...SECRET_NAMES].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});
