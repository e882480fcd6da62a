// `npm run privacy -- export|delete --shopper <conversation id | phone | email | customer:id>`: the privacy
// requests of the agent API from a terminal, against the local stack's data (default, like `npm run
// import`), any DynamoDB endpoint, or a deployed table. The same operations as the API
// (functions/handlers/agent-api-privacy.ts), so both find and delete the same things.
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseMerchantConfig } from '../../functions/core/merchant-config';
import { type PrivacyError, parseShopperRef } from '../../functions/core/privacy';
import { createPrivacyFrom, translationNamespaces } from '../../functions/handlers/agent-api-privacy';
import { createMediaStore } from '../../functions/services/media-store';
import { createDynamoCaseStore } from '../../functions/stores/dynamo/cases';
import { createDynamoCustomerConversations } from '../../functions/stores/dynamo/customer-conversations';
import { createDynamoOrderStore } from '../../functions/stores/dynamo/orders';
import { createDynamoPrivacyStore } from '../../functions/stores/dynamo/privacy';
import type { DynamoContext } from '../../functions/stores/dynamo/shared';
import { type ImportTarget, ImportTargetError, openTarget } from '../import/target';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The local stack's WhatsApp business number (lib/local/defaults.ts) when none is named. */
const LOCAL_PHONE_NUMBER_ID = '100000000000001';

export const USAGE = `Usage: npm run privacy -- export|delete --shopper <who> [options]

  <who>                a conversation id (whatsapp:…, line:…, telegram:…), a phone number, an e-mail,
                       or customer:<id>
  --out FILE           export: write the JSON document here (default: stdout)
  --endpoint URL       a DynamoDB endpoint, e.g. the running local stack's dynalite
  --table NAME         a deployed table (AWS credentials from the usual chain)
  --region REGION      the deployed table's region (default AWS_REGION)
  --data-dir DIR       the local stack's data dir (default CROSSDESK_DATA_DIR or .crossdesk)
  --bucket NAME        the media bucket (deployed); locally the data dir's media/ folder is used
  --media-dir DIR      a media directory other than <data dir>/media
  --phone-number-id ID the WhatsApp business number(s), comma-separated (default WHATSAPP_PHONE_NUMBER_ID)
  --config FILE        the merchant config (default crossdesk.config.json)
  -h, --help

Orders are kept by delete: they are the merchant's records (docs/security.md, "Data protection").`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: CliIo = { out: (t) => console.log(t), err: (t) => console.error(t) };

/**
 * Runs the CLI; resolves to the exit code (0 done, 2 bad flags or target).
 * @example
 * process.exit(await runPrivacyCli(process.argv.slice(2)));
 */
export async function runPrivacyCli(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CliIo = consoleIo,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        shopper: { type: 'string' },
        out: { type: 'string' },
        endpoint: { type: 'string' },
        table: { type: 'string' },
        region: { type: 'string' },
        'data-dir': { type: 'string' },
        bucket: { type: 'string' },
        'media-dir': { type: 'string' },
        'phone-number-id': { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const action = positionals[0];
  if ((action !== 'export' && action !== 'delete') || positionals.length !== 1 || !values.shopper) {
    io.err(USAGE);
    return 2;
  }
  let ref: ReturnType<typeof parseShopperRef>;
  try {
    ref = parseShopperRef(values.shopper);
  } catch (error) {
    io.err((error as PrivacyError).message);
    return 2;
  }
  const where = (file: string) => (isAbsolute(file) ? file : resolve(env.INIT_CWD ?? process.cwd(), file));
  const merchant = parseMerchantConfig(
    JSON.parse(
      readFileSync(
        values.config ? where(values.config) : resolve(PROJECT_ROOT, 'crossdesk.config.json'),
        'utf8',
      ),
    ),
  );
  const local = !values.endpoint && !values.table && !values.region && !env.AWS_ENDPOINT_URL_DYNAMODB;
  const dataDir = resolve(
    values['data-dir'] ?? env.CROSSDESK_DATA_DIR ?? resolve(PROJECT_ROOT, '.crossdesk'),
  );
  let target: ImportTarget;
  try {
    target = await openTarget(
      {
        ...(values.endpoint ? { endpoint: values.endpoint } : {}),
        ...(values.table ? { table: values.table } : {}),
        ...(values.region ? { region: values.region } : {}),
        dataDir,
      },
      env,
    );
  } catch (error) {
    io.err(error instanceof ImportTargetError ? error.message : String(error));
    return 2;
  }
  try {
    const ctx: DynamoContext = {
      doc: target.doc,
      tableName: target.tableName,
      now: Date.now,
      retention: merchant.retention,
    };
    const mediaDir = values['media-dir']
      ? where(values['media-dir'])
      : local
        ? resolve(dataDir, 'media')
        : undefined;
    const bucket = values.bucket ?? env.MEDIA_BUCKET;
    const media =
      bucket || mediaDir ? createMediaStore({ MEDIA_BUCKET: bucket, MEDIA_DIR: mediaDir }) : undefined;
    const numbers =
      values['phone-number-id'] ?? env.WHATSAPP_PHONE_NUMBER_ID ?? (local ? LOCAL_PHONE_NUMBER_ID : '');
    const privacy = createPrivacyFrom({
      store: createDynamoPrivacyStore(ctx),
      orders: createDynamoOrderStore(ctx),
      cases: createDynamoCaseStore(ctx),
      customerConversations: createDynamoCustomerConversations(ctx),
      ...(media ? { media } : {}),
      whatsappPhoneNumberIds: numbers
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
      agentLanguage: merchant.agentLanguage,
      translationNamespaces: translationNamespaces({ ...env, glossary: merchant.agents.glossary }),
      // The audit line (a keyed hash and counts) goes to stderr: stdout is the export document.
      audit: (event) => io.err(JSON.stringify({ message: 'privacy request carried out', ...event })),
    });
    const by = `cli:${env.USER ?? 'operator'}`;
    if (action === 'export') {
      const doc = await privacy.exportShopper(ref, by);
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      if (values.out) {
        writeFileSync(where(values.out), text);
        io.err(
          `Exported ${doc.conversations.length} conversation(s), ${doc.cases.length} case(s), ${doc.orders.length} order(s) from ${target.description} to ${values.out}`,
        );
      } else io.out(text.trimEnd());
      return 0;
    }
    const report = await privacy.deleteShopper(ref, by);
    io.out(JSON.stringify(report, null, 2));
    if (!media) io.err('No media store named (--bucket / --media-dir): media objects were not deleted.');
    return 0;
  } finally {
    await target.close();
  }
}
