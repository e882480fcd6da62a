import type { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from '../../../functions/config';
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
