// The CDK app: the Crossdesk stack, checked by cdk-nag's AWS Solutions rules on every synth.
// Context: `-c secretName=…` (default crossdesk/channels), `-c alarmEmail=…` (or CROSSDESK_ALARM_EMAIL),
// `-c cognitoDomainPrefix=…` (agents' sign-in domain), and the agent notifiers: `-c agentWebhookUrl=…`,
// `-c agentEmails=a@x,b@y` (or a JSON array in cdk.json) with `-c sesFromAddress=…`,
// `-c telegramAgentsChatId=…`, and the video room: `-c videoRoom=chime` (default jitsi) with
// `-c chimeMediaRegion=…`.
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
const secretName = contextString('secretName');
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
  ...(secretName ? { secretName } : {}),
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
