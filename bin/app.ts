// The CDK app: the Crossdesk stack, checked by cdk-nag's AWS Solutions rules on every synth.
// Context: `-c secretName=…` (default crossdesk/channels), `-c alarmEmail=…` (or CROSSDESK_ALARM_EMAIL).
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CrossdeskStack } from '../lib/cloud/crossdesk-stack';
import { readMerchantConfigFile } from '../lib/cloud/merchant-config-file';

const app = new App();
const contextString = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' && value !== '' ? value : undefined;
};
const secretName = contextString('secretName');
const alarmEmail = contextString('alarmEmail') ?? process.env.CROSSDESK_ALARM_EMAIL;

new CrossdeskStack(app, 'Crossdesk', {
  description: 'Crossdesk: multilingual customer-service bot for WhatsApp, LINE and Telegram',
  config: readMerchantConfigFile(),
  ...(secretName ? { secretName } : {}),
  ...(alarmEmail ? { alarmEmail } : {}),
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
