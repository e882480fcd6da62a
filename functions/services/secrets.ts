// Channel, LLM, agent and tracking secrets: from the environment locally, from Secrets Manager JSON secrets in
// AWS. Loaded once per cold start, because every GetSecretValue costs latency and money.
//
// Two AWS layouts, both JSON objects of SECRET_NAMES keys:
// - SECRET_IDS (what the stack deploys): one secret per group of SECRET_GROUPS (whatsapp-webhook and
//   whatsapp, the same pair for line and telegram, llm, agents, notifiers, tracking), each function given
//   only the groups it needs. A secret contributes only its own group's keys. A secret that does not exist is skipped with a warning: that feature stays
//   unconfigured (a channel without its secret refuses every webhook) instead of failing every request.
// - SECRETS_NAME (the single-secret local/dev setup): one secret with every key; it must exist.
// Precedence: environment < SECRETS_NAME < SECRET_IDS.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import {
  ConfigError,
  type Env,
  SECRET_GROUPS,
  SECRET_NAMES,
  type SecretGroup,
  type SecretName,
} from '../config';

export type Secrets = Partial<Record<SecretName, string>>;

/** The one call this module makes; a stub in tests, the SDK client in AWS. */
export interface SecretsSource {
  send(command: GetSecretValueCommand): Promise<{ SecretString?: string | undefined }>;
}

export interface SecretsLoaderOptions {
  /** Told about a SECRET_IDS secret that does not exist. @default console.warn */
  readonly warn?: (message: string) => void;
}

function fromEnv(env: Env): Secrets {
  const picked: Secrets = {};
  for (const name of SECRET_NAMES) {
    const value = env[name];
    if (value) picked[name] = value;
  }
  return picked;
}

const isGroup = (name: string): name is SecretGroup => Object.hasOwn(SECRET_GROUPS, name);

/**
 * Parses SECRET_IDS (`{"<group>": "<secret id>"}`). Throws a ConfigError naming the problem, never a value.
 * @example
 * parseSecretIds('{"whatsapp":"crossdesk/whatsapp"}'); // [['whatsapp', 'crossdesk/whatsapp']]
 */
export function parseSecretIds(raw: string): [SecretGroup, string][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError('SECRET_IDS is not a JSON object of group → secret id', { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new ConfigError('SECRET_IDS is not a JSON object of group → secret id');
  return Object.entries(parsed).map(([group, id]): [SecretGroup, string] => {
    if (!isGroup(group))
      throw new ConfigError(
        `SECRET_IDS names an unknown group "${group}" (known: ${Object.keys(SECRET_GROUPS).join(', ')})`,
      );
    if (typeof id !== 'string' || id === '')
      throw new ConfigError(`SECRET_IDS.${group} must be a secret name or ARN`);
    return [group, id];
  });
}

function jsonObject(secretId: string, text: string | undefined): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? '');
  } catch (error) {
    // The message names the secret, never its content.
    throw new ConfigError(`secret ${secretId} is not a JSON object`, { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`secret ${secretId} is not a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

function pick(target: Secrets, record: Record<string, unknown>, names: readonly SecretName[]): void {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value !== '') target[name] = value;
  }
}

const isNotFound = (error: unknown): boolean =>
  error instanceof Error && error.name === 'ResourceNotFoundException';

/**
 * Returns a function that loads the secrets once and then serves them from memory. Known keys of the
 * secrets win over environment values; unknown keys (and, with SECRET_IDS, another group's keys) are ignored.
 * @example
 * const loadSecrets = createSecretsLoader(readEnv());
 * const { LINE_CHANNEL_SECRET } = await loadSecrets();
 */
export function createSecretsLoader(
  env: Env,
  source?: SecretsSource,
  options: SecretsLoaderOptions = {},
): () => Promise<Secrets> {
  let loading: Promise<Secrets> | undefined;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const load = async (): Promise<Secrets> => {
    const base = fromEnv(env);
    // Parsed before any call: a malformed SECRET_IDS fails the cold start, naming the variable.
    const groups = env.SECRET_IDS ? parseSecretIds(env.SECRET_IDS) : [];
    if (!env.SECRETS_NAME && groups.length === 0) return base;
    const client = source ?? new SecretsManagerClient({});
    const read = async (secretId: string) =>
      (await client.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString;

    if (env.SECRETS_NAME)
      pick(base, jsonObject(env.SECRETS_NAME, await read(env.SECRETS_NAME)), SECRET_NAMES);

    // In parallel: a cold start waits for the slowest secret, not the sum of them.
    const loaded = await Promise.all(
      groups.map(async ([group, secretId]) => {
        try {
          return { group, record: jsonObject(secretId, await read(secretId)) };
        } catch (error) {
          if (!isNotFound(error)) throw error;
          warn(`secret ${secretId} (${group}) does not exist: its keys stay unset`);
          return undefined;
        }
      }),
    );
    for (const entry of loaded) if (entry) pick(base, entry.record, SECRET_GROUPS[entry.group]);
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
