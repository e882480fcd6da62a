// The CDK app: the Crossdesk stack, checked by cdk-nag's AWS Solutions rules on every synth.
// Context: `-c secretPrefix=…` (default crossdesk: secrets crossdesk/whatsapp-webhook and …/whatsapp, the
// same pair for line and telegram, …/llm, …/agents, …/notifiers, …/tracking), `-c alarmEmail=…` (or
// CROSSDESK_ALARM_EMAIL), `-c ingestConcurrency=…` and `-c workerConcurrency=…` (reserved concurrency),
// `-c signInFirewall=false` (no WAF on the sign-in), `-c cognitoDomainPrefix=…` (agents' sign-in domain),
// and the agent notifiers: `-c agentWebhookUrl=…`, `-c agentEmails=a@x,b@y` (or a JSON array in cdk.json)
// with `-c sesFromAddress=…`, `-c telegramAgentsChatId=…`, and the video room: `-c videoRoom=chime`
// (default jitsi) with `-c chimeMediaRegion=…`.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CrossdeskStack } from '../lib/cloud/crossdesk-stack';
import { readMerchantConfigFile } from '../lib/cloud/merchant-config-file';

const app = new App();
const contextString = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' && value !== '' ? value : undefined;
};
// `-c` always yields a string; cdk.json may hold a real array.
const contextList = (key: string): string[] | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const list = items.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return list.length > 0 ? list : undefined;
};
// The single-secret layout is gone: fail loudly rather than deploy functions that read no secret.
if (contextString('secretName'))
  throw new Error(
    '-c secretName is replaced by -c secretPrefix (one secret per group: docs/security.md, "Secrets")',
  );
const secretPrefix = contextString('secretPrefix');
const contextInteger = (key: string): number | undefined => {
  const value = contextString(key);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`-c ${key} must be a whole number, not ${value}`);
  return Number(value);
};
const ingestConcurrency = contextInteger('ingestConcurrency');
const workerConcurrency = contextInteger('workerConcurrency');
const signInFirewall = contextString('signInFirewall');
if (signInFirewall !== undefined && signInFirewall !== 'true' && signInFirewall !== 'false')
  throw new Error(`-c signInFirewall must be true or false, not ${signInFirewall}`);
const alarmEmail = contextString('alarmEmail') ?? process.env.CROSSDESK_ALARM_EMAIL;
const cognitoDomainPrefix = contextString('cognitoDomainPrefix');
const agentWebhookUrl = contextString('agentWebhookUrl');
const agentEmails = contextList('agentEmails');
const sesFromAddress = contextString('sesFromAddress');
const telegramAgentsChatId = contextString('telegramAgentsChatId');
const videoRoom = contextString('videoRoom');
if (videoRoom !== undefined && videoRoom !== 'jitsi' && videoRoom !== 'chime')
  throw new Error(`-c videoRoom must be jitsi or chime, not ${videoRoom}`);
const chimeMediaRegion = contextString('chimeMediaRegion');

new CrossdeskStack(app, 'Crossdesk', {
  description: 'Crossdesk: multilingual customer-service bot for WhatsApp, LINE and Telegram',
  config: readMerchantConfigFile(),
  ...(secretPrefix ? { secretPrefix } : {}),
  reservedConcurrency: {
    ...(ingestConcurrency !== undefined ? { ingest: ingestConcurrency } : {}),
    ...(workerConcurrency !== undefined ? { worker: workerConcurrency } : {}),
  },
  ...(signInFirewall !== undefined ? { signInFirewall: signInFirewall === 'true' } : {}),
  ...(alarmEmail ? { alarmEmail } : {}),
  ...(cognitoDomainPrefix ? { cognitoDomainPrefix } : {}),
  ...(agentWebhookUrl ? { agentWebhookUrl } : {}),
  ...(agentEmails ? { agentEmails } : {}),
  ...(sesFromAddress ? { sesFromAddress } : {}),
  ...(telegramAgentsChatId ? { telegramAgentsChatId } : {}),
  ...(videoRoom ? { videoRoom } : {}),
  ...(chimeMediaRegion ? { chimeMediaRegion } : {}),
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
