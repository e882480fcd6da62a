// The only reader of process.env. Validated so a misconfigured function fails at cold start,
// naming the variable, instead of failing on the first shopper's message.
// zod/mini rather than zod: this module is in every bundle, and the ingest Lambda must stay small
// (full zod adds ~450 KB minified).
import { en as englishErrors } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini ships without messages; English ones make a misconfiguration readable in the logs.
z.config(englishErrors());

const optional = z.optional(z.string().check(z.minLength(1)));
const url = (fallback: string) => z._default(z.url(), fallback);

const envSchema = z.object({
  TABLE_NAME: z._default(z.string().check(z.minLength(1)), 'crossdesk'),
  /** AWS: the SQS FIFO queue URL. Locally the in-process emulator is injected instead. */
  QUEUE_URL: optional,
  /**
   * One Secrets Manager JSON secret holding every secret key (SECRET_NAMES): the single-secret setup, kept
   * for local and dev use. The deployed stack sets SECRET_IDS instead.
   */
  SECRETS_NAME: optional,
  /**
   * AWS: the secrets this function may read, one per group of SECRET_GROUPS, as a JSON object
   * `{"<group>": "<secret name or ARN>"}`, e.g. `{"whatsapp":"crossdesk/whatsapp","llm":"crossdesk/llm"}`.
   * Each secret contributes only its group's keys.
   */
  SECRET_IDS: optional,
  /** JSON of crossdesk.config.json (the stack and the local stack both set it). */
  MERCHANT_CONFIG: optional,
  /** Where inbound media is copied: an S3 bucket in AWS, a directory locally. */
  MEDIA_BUCKET: optional,
  MEDIA_DIR: optional,

  WHATSAPP_APP_SECRET: optional,
  WHATSAPP_VERIFY_TOKEN: optional,
  WHATSAPP_ACCESS_TOKEN: optional,
  WHATSAPP_PHONE_NUMBER_ID: optional,
  LINE_CHANNEL_SECRET: optional,
  LINE_CHANNEL_ACCESS_TOKEN: optional,
  TELEGRAM_BOT_TOKEN: optional,
  TELEGRAM_WEBHOOK_SECRET: optional,
  /**
   * The digits before ':' in TELEGRAM_BOT_TOKEN: the bot's own id, part of every Telegram conversation id.
   * In AWS it comes from the telegram-webhook secret, because ingest has no bot token there; unset (the
   * local stack), the id is derived from the token (functions/channels/telegram/bot-id.ts).
   */
  TELEGRAM_BOT_ID: z.optional(z.string().check(z.regex(/^\d+$/))),

  /** Base URLs of the platforms' APIs; the local stack points them at its fakes. */
  WHATSAPP_GRAPH_URL: url('https://graph.facebook.com'),
  LINE_API_BASE_URL: url('https://api.line.me'),
  LINE_DATA_API_BASE_URL: url('https://api-data.line.me'),
  TELEGRAM_API_ROOT: url('https://api.telegram.org'),

  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: z.optional(z.url()),
  OPENAI_MODEL: z._default(z.string(), 'gpt-4o-mini'),
  /** Optional speech-to-text: an OpenAI-compatible transcription model name, or 'aws-transcribe'. */
  TRANSCRIPTION: optional,
  /** Whether OPENAI_MODEL takes images: '1' or '0'; unset = guessed from the model name. */
  OPENAI_VISION: z.optional(z.enum(['0', '1'])),

  /** Optional: agents are told of every handoff by a signed JSON POST here (docs/agents.md). */
  AGENT_WEBHOOK_URL: z.optional(z.url()),
  /** The HMAC secret the agent webhook is signed with; required with AGENT_WEBHOOK_URL. */
  AGENT_WEBHOOK_SECRET: optional,
  /** Optional: a Slack incoming-webhook URL (itself a secret) that gets a Block Kit card per handoff. */
  SLACK_WEBHOOK_URL: z.optional(z.url()),
  /** Optional: the Telegram group (chat id) where agents get handoffs and can claim and reply; uses TELEGRAM_BOT_TOKEN. */
  TELEGRAM_AGENTS_CHAT_ID: z.optional(z.string().check(z.regex(/^-?\d+$/))),
  /** Optional: comma-separated addresses that get an email per handoff through SES (needs SES_FROM_ADDRESS). */
  AGENT_EMAILS: optional,
  SES_FROM_ADDRESS: z.optional(z.email()),
  /** The SES v2 endpoint; the local stack points it at its fake. Unset = the SDK's regional endpoint. */
  AWS_ENDPOINT_URL_SESV2: z.optional(z.url()),

  /**
   * The handoff summary agents read: `llm` asks the configured LLM (OPENAI_API_KEY) once per handoff, with
   * the structured summary as fallback; `structured` never sends the transcript to the LLM for it.
   */
  HANDOFF_SUMMARY: z._default(z.enum(['llm', 'structured']), 'llm'),
  /** Who translates between shopper and agent: AWS Translate, the configured LLM, or nobody. */
  TRANSLATOR: z._default(z.enum(['aws', 'llm', 'none']), 'none'),
  /** The AWS Translate endpoint; the local stack points it at its fake. Unset = the regional endpoint. */
  AWS_ENDPOINT_URL_TRANSLATE: z.optional(z.url()),
  /** Optional: an AWS Translate custom terminology (the merchant glossary) applied to every translation. */
  TRANSLATE_TERMINOLOGY: optional,

  /** How the agent API checks who is calling: a bearer AGENT_TOKEN (local) or Cognito JWT claims (AWS). */
  AGENT_AUTH: z._default(z.enum(['token', 'cognito']), 'token'),
  /** The bearer token agents use when AGENT_AUTH=token (a secret). */
  AGENT_TOKEN: optional,
  /** Public base URL of the agent console, for links in notifications (e.g. https://…/console). */
  CONSOLE_URL: z.optional(z.url()),
  /** Cognito hosted UI for the console's sign-in (AWS): domain URL and the public app client id. */
  COGNITO_DOMAIN_URL: z.optional(z.url()),
  COGNITO_CLIENT_ID: optional,
  /** Signs expiring video-room links (a secret). */
  VIDEO_LINK_SECRET: optional,
  /** Public base URL the video redirect `/video/{token}` is served under (the API's URL). */
  PUBLIC_BASE_URL: z.optional(z.url()),
  /** Who hosts video rooms: public Jitsi Meet rooms, or Amazon Chime SDK meetings in the merchant's AWS account. */
  VIDEO_ROOM: z._default(z.enum(['jitsi', 'chime']), 'jitsi'),
  /** VIDEO_ROOM=chime: the Region hosting the meetings' media (near the shoppers), e.g. eu-central-1. */
  CHIME_MEDIA_REGION: z._default(z.string().check(z.regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/)), 'us-east-1'),
  /** VIDEO_ROOM=chime: the Chime SDK Meetings API Region, when the function's own Region has none. */
  CHIME_CONTROL_REGION: z.optional(z.string().check(z.regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/))),
  /** The Chime SDK Meetings endpoint; the local stack's fake is `{origin}/fake/chime`. Unset = regional. */
  AWS_ENDPOINT_URL_CHIME_SDK_MEETINGS: z.optional(z.url()),

  /** Tracking updates in (POST /tracking/…), each a secret: our own HMAC secret and the aggregators' keys. */
  TRACKING_WEBHOOK_SECRET: optional,
  AFTERSHIP_WEBHOOK_SECRET: optional,
  SEVENTEENTRACK_SECURITY_KEY: optional,
});

export type Env = z.infer<typeof envSchema>;

export const SECRET_NAMES = [
  'WHATSAPP_APP_SECRET',
  'WHATSAPP_VERIFY_TOKEN',
  'WHATSAPP_ACCESS_TOKEN',
  'WHATSAPP_PHONE_NUMBER_ID',
  'LINE_CHANNEL_SECRET',
  'LINE_CHANNEL_ACCESS_TOKEN',
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
  'TELEGRAM_BOT_ID',
  'OPENAI_API_KEY',
  'AGENT_WEBHOOK_SECRET',
  'SLACK_WEBHOOK_URL',
  'AGENT_TOKEN',
  'VIDEO_LINK_SECRET',
  'TRACKING_WEBHOOK_SECRET',
  'AFTERSHIP_WEBHOOK_SECRET',
  'SEVENTEENTRACK_SECURITY_KEY',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/**
 * How the secrets are split in AWS: one Secrets Manager JSON secret per group, so each function's role can
 * read only the groups it needs (lib/cloud grants them and names them in SECRET_IDS). Every key of
 * SECRET_NAMES is in exactly one group.
 *
 * Each platform has two: `<platform>-webhook`, what the internet-facing ingest verifies webhooks with, and
 * `<platform>`, the tokens the sending functions (worker, agent API) call the platform's API with. Split so
 * that a subverted ingest cannot send anything in the shop's name: it cannot read a token that sends. The
 * sending groups keep the names the platforms' single secrets had: a secret created before the split still
 * holds the sending keys under its old name (its verification keys are simply not taken from it).
 */
export const SECRET_GROUPS = {
  'whatsapp-webhook': ['WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'],
  whatsapp: ['WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID'],
  'line-webhook': ['LINE_CHANNEL_SECRET'],
  line: ['LINE_CHANNEL_ACCESS_TOKEN'],
  // The bot id is no secret, but it lives beside the webhook secret so that the one secret ingest reads is
  // all its Telegram side needs, and no deploy can lose it (a CDK context value left off one would).
  'telegram-webhook': ['TELEGRAM_WEBHOOK_SECRET', 'TELEGRAM_BOT_ID'],
  telegram: ['TELEGRAM_BOT_TOKEN'],
  /** The LLM provider's key: only the worker calls the LLM. */
  llm: ['OPENAI_API_KEY'],
  /** The agent side: video-link signing (worker + agent API) and the local bearer token. */
  agents: ['AGENT_TOKEN', 'VIDEO_LINK_SECRET'],
  /** Where handoff notices go: only the worker sends them. */
  notifiers: ['AGENT_WEBHOOK_SECRET', 'SLACK_WEBHOOK_URL'],
  /** Tracking senders' signing secrets: only the tracking function verifies them. */
  tracking: ['TRACKING_WEBHOOK_SECRET', 'AFTERSHIP_WEBHOOK_SECRET', 'SEVENTEENTRACK_SECURITY_KEY'],
} as const satisfies Record<string, readonly SecretName[]>;
export type SecretGroup = keyof typeof SECRET_GROUPS;

/**
 * Each platform's two groups: `webhook` is read by ingest only, `send` by the functions that send only.
 * Keyed by channel name (CHANNELS in functions/core/types.ts).
 */
export const PLATFORM_SECRET_GROUPS = {
  whatsapp: { webhook: 'whatsapp-webhook', send: 'whatsapp' },
  line: { webhook: 'line-webhook', send: 'line' },
  telegram: { webhook: 'telegram-webhook', send: 'telegram' },
} as const satisfies Record<string, { webhook: SecretGroup; send: SecretGroup }>;

export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/**
 * The merchant config baked into a bundle at build time (esbuild `define`, see lib/cloud): the worker's
 * FAQ and message overrides outgrow the 4 KB a Lambda environment holds. Undefined when not bundled so.
 */
declare const CROSSDESK_MERCHANT_CONFIG: string | undefined;
const bakedMerchantConfig: string | undefined =
  typeof CROSSDESK_MERCHANT_CONFIG === 'string' ? CROSSDESK_MERCHANT_CONFIG : undefined;

/**
 * Reads and validates the environment (a merchant config baked into the bundle wins over MERCHANT_CONFIG).
 * @example
 * const env = readEnv(process.env);
 */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(
    bakedMerchantConfig ? { ...source, MERCHANT_CONFIG: bakedMerchantConfig } : source,
  );
  if (!result.success) {
    const names = result.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new ConfigError(`Invalid environment (${names}): ${z.prettifyError(result.error)}`, {
      cause: result.error,
    });
  }
  return result.data;
}
