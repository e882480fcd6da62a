// Obviously-local secrets for `npm start` and the tests. They protect nothing: the local stack listens on
// 127.0.0.1 and its platform APIs are fakes. Every one can be overridden by the environment variable of
// the same name; in AWS the real values come from Secrets Manager.
export const LOCAL_SECRETS = {
  WHATSAPP_APP_SECRET: 'local-whatsapp-app-secret',
  WHATSAPP_VERIFY_TOKEN: 'local-whatsapp-verify-token',
  WHATSAPP_ACCESS_TOKEN: 'local-whatsapp-access-token',
  WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
  LINE_CHANNEL_SECRET: 'local-line-channel-secret',
  LINE_CHANNEL_ACCESS_TOKEN: 'local-line-channel-access-token',
  TELEGRAM_BOT_TOKEN: '7000000001:LOCAL-telegram-bot-token',
  TELEGRAM_WEBHOOK_SECRET: 'local-telegram-webhook-secret',
  AGENT_WEBHOOK_SECRET: 'local-agent-webhook-secret',
  AGENT_TOKEN: 'local-agent-token',
  VIDEO_LINK_SECRET: 'local-video-link-secret',
  TRACKING_WEBHOOK_SECRET: 'local-tracking-webhook-secret',
  AFTERSHIP_WEBHOOK_SECRET: 'local-aftership-webhook-secret',
  SEVENTEENTRACK_SECURITY_KEY: 'local-17track-security-key',
} as const;

export type LocalSecretName = keyof typeof LOCAL_SECRETS;

/** The local secrets, each overridable by the environment. */
export function localSecrets(env: NodeJS.ProcessEnv = process.env): Record<LocalSecretName, string> {
  const entries = Object.entries(LOCAL_SECRETS).map(([name, value]) => [name, env[name] || value]);
  return Object.fromEntries(entries) as Record<LocalSecretName, string>;
}

/** The local agents' Telegram group: the fake records sends to it as `agent:telegram`, not as a shopper's. */
export const LOCAL_TELEGRAM_AGENTS_CHAT_ID = '-1001234567890';
