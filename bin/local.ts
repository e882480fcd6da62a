// `npm start`: boots the local stack on http://127.0.0.1:3000 (PORT to change) and prints every URL.
import { LOCAL_SECRETS, type LocalSecretName, localSecrets } from '../lib/local/defaults';
import { DEMO_SHOPPERS } from '../lib/local/seed';
import { startLocalStack } from '../lib/local/server';

const stack = await startLocalStack({
  dataDir: process.env.CROSSDESK_DATA_DIR,
  log: (line) => console.log(`[local] ${line}`),
});

const secrets = localSecrets(process.env);
const u = stack.url;
const lines = [
  '',
  `Crossdesk local stack — ${u}`,
  '',
  '  Webhooks (API Gateway emulator → functions/handlers/webhook):',
  `    POST ${u}/webhooks/whatsapp   GET ${u}/webhooks/whatsapp (verify handshake)`,
  `    POST ${u}/webhooks/line`,
  `    POST ${u}/webhooks/telegram`,
  `  Agent API:            ${u}/agent/…`,
  `  Simulator:            ${u}/`,
  `  Outbox (bot replies): ${u}/dev/outbox`,
  `  Queue (SQS FIFO):     ${stack.env.QUEUE_URL}  · stats and DLQ: ${u}/dev/queue`,
  `  Schedules:            ${stack.scheduler
    .describe()
    .map((s) => `${s.name} ${s.expression}`)
    .join(', ')}`,
  `                        run now: curl -X POST ${u}/dev/schedules/delay-scan/run`,
  `  Health:               ${u}/dev/health`,
  `  DynamoDB (dynalite):  ${stack.dynamo.endpoint}  table ${stack.dynamo.tableName}`,
  `  Data dir:             ${stack.dataDir}${stack.seeded ? '  (demo data seeded now)' : ''}`,
  `  Fake platform APIs:   ${u}/fake/whatsapp  ${u}/fake/telegram  LINE: ${u}/v2/bot/… (also ${u}/fake/line/…)`,
  '',
  '  Local secrets (obviously-local defaults; override with env vars of the same name):',
  // A value overridden from the environment may be real: never print it.
  ...Object.entries(secrets).map(
    ([name, value]) =>
      `    ${name.padEnd(27)} ${value === LOCAL_SECRETS[name as LocalSecretName] ? value : '(set from the environment)'}`,
  ),
  '',
  '  Demo shoppers:',
  ...DEMO_SHOPPERS.map(
    (s) =>
      `    ${s.channel.padEnd(9)} ${s.name} (${s.language}) +${s.phone} ${s.email} — orders ${s.orders.map((o) => o.id).join(', ')}`,
  ),
  '',
  'Ctrl-C to stop.',
];
console.log(lines.join('\n'));

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await stack.stop();
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
