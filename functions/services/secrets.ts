// Channel secrets: from the environment locally, from one Secrets Manager JSON secret in AWS. Loaded once
// per cold start, because every GetSecretValue costs latency and money.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigError, type Env, SECRET_NAMES, type SecretName } from '../config';

export type Secrets = Partial<Record<SecretName, string>>;

/** The one call this module makes; a stub in tests, the SDK client in AWS. */
export interface SecretsSource {
  send(command: GetSecretValueCommand): Promise<{ SecretString?: string | undefined }>;
}

function fromEnv(env: Env): Secrets {
  const picked: Secrets = {};
  for (const name of SECRET_NAMES) {
    const value = env[name];
    if (value) picked[name] = value;
  }
  return picked;
}

/**
 * Returns a function that loads the secrets once and then serves them from memory. When `SECRETS_NAME`
 * is set, the JSON secret's known keys win over environment values; unknown keys are ignored.
 * @example
 * const loadSecrets = createSecretsLoader(readEnv());
 * const { LINE_CHANNEL_SECRET } = await loadSecrets();
 */
export function createSecretsLoader(env: Env, source?: SecretsSource): () => Promise<Secrets> {
  let loading: Promise<Secrets> | undefined;
  const load = async (): Promise<Secrets> => {
    const base = fromEnv(env);
    if (!env.SECRETS_NAME) return base;
    const client = source ?? new SecretsManagerClient({});
    const output = await client.send(new GetSecretValueCommand({ SecretId: env.SECRETS_NAME }));
    let parsed: unknown;
    try {
      parsed = JSON.parse(output.SecretString ?? '');
    } catch (error) {
      // The message names the secret, never its content.
      throw new ConfigError(`secret ${env.SECRETS_NAME} is not a JSON object`, { cause: error });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new ConfigError(`secret ${env.SECRETS_NAME} is not a JSON object`);
    }
    const record = parsed as Record<string, unknown>;
    for (const name of SECRET_NAMES) {
      const value = record[name];
      if (typeof value === 'string' && value !== '') base[name] = value;
    }
    return base;
  };
  return () => {
    // A failed load is not cached: the next invocation tries again instead of failing until a cold start.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
