// Where the import writes: the local stack's dynalite (default), any DynamoDB endpoint (--endpoint, e.g.
// the one `npm start` prints while it runs), or a deployed table (--table, --region, the AWS SDK's usual
// credentials chain).
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DescribeTableCommand, DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../functions/stores/dynamo/shared';

/** The table name `npm start` uses unless TABLE_NAME says otherwise (lib/local/server.ts). */
export const LOCAL_TABLE_NAME = 'crossdesk';
const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export class ImportTargetError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportTargetError';
  }
}

export interface TargetFlags {
  /** A deployed table's name (the stack output); with it, the import goes to AWS. */
  readonly table?: string;
  readonly region?: string;
  /** Any DynamoDB endpoint, e.g. the running local stack's dynalite. */
  readonly endpoint?: string;
  /** The local stack's data dir. @default CROSSDESK_DATA_DIR or `<project>/.crossdesk` */
  readonly dataDir?: string;
}

export interface ImportTarget {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Where, in words, for the summary (no credentials). */
  readonly description: string;
  close(): Promise<void>;
}

const isLoopback = (endpoint: string) => {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(endpoint).hostname);
  } catch {
    return false;
  }
};

/**
 * Opens the import's table and checks that it exists.
 * @example
 * const target = await openTarget({ table: 'CrossdeskStack-Table-1ABC', region: 'ap-southeast-1' });
 * try { … } finally { await target.close(); }
 */
export async function openTarget(
  flags: TargetFlags,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ImportTarget> {
  // The SDK itself honours AWS_ENDPOINT_URL_DYNAMODB, so it counts as --endpoint here too.
  const endpoint = flags.endpoint ?? env.AWS_ENDPOINT_URL_DYNAMODB;
  if (endpoint) {
    if (!/^https?:\/\/[^/]/.test(endpoint))
      throw new ImportTargetError(`--endpoint ${endpoint} is not a URL like http://127.0.0.1:8000`);
    const tableName = flags.table ?? env.TABLE_NAME ?? LOCAL_TABLE_NAME;
    const region = flags.region ?? env.AWS_REGION ?? 'us-east-1';
    const client = isLoopback(endpoint)
      ? localDynamoClient(endpoint, region)
      : new DynamoDBClient({ endpoint, region });
    return checked(client, tableName, `${tableName} at ${endpoint}`, async () => client.destroy());
  }
  if (flags.table || flags.region) {
    const tableName = flags.table ?? env.TABLE_NAME;
    if (!tableName)
      throw new ImportTargetError('--region needs --table <name> (the deployed stack prints its table name)');
    const region = flags.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    const client = new DynamoDBClient(region ? { region } : {});
    return checked(client, tableName, `${tableName} in ${region ?? 'the default AWS region'}`, async () =>
      client.destroy(),
    );
  }
  const dataDir = resolve(flags.dataDir ?? env.CROSSDESK_DATA_DIR ?? resolve(PROJECT_ROOT, '.crossdesk'));
  const tableName = env.TABLE_NAME ?? LOCAL_TABLE_NAME;
  const local = await startLocalDynalite(resolve(dataDir, 'dynamodb'), tableName);
  const client = localDynamoClient(local.endpoint);
  return checked(client, tableName, `${tableName} in the local stack's data (${dataDir})`, async () => {
    client.destroy();
    await local.stop();
  });
}

type Signer = Exclude<NonNullable<DynamoDBClientConfig['signer']>, (...args: never[]) => unknown>;

/**
 * Signs with a fixed, well-formed SigV4 header. dynalite (like DynamoDB Local) checks that a request is
 * signed, not its signature: it holds no secret to check it with. Computing real signatures was ~9 % of an
 * import's CPU, which on a laptop shares the cores with dynalite's one thread.
 */
const loopbackSigner: Signer = {
  async sign(request) {
    const amzDate = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
    request.headers['x-amz-date'] = amzDate;
    request.headers.authorization = `AWS4-HMAC-SHA256 Credential=local/${amzDate.slice(0, 8)}/local/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`;
    return request;
  },
};

/**
 * A client for a DynamoDB on this machine (dynalite, DynamoDB Local): dummy credentials — a developer's
 * real ones are not needed there, nor sent there — and the fixed signature above.
 * @example
 * const client = localDynamoClient('http://127.0.0.1:8000');
 */
export function localDynamoClient(endpoint: string, region = 'us-east-1'): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    signer: loopbackSigner,
  });
}

async function checked(
  client: DynamoDBClient,
  tableName: string,
  description: string,
  close: () => Promise<void>,
): Promise<ImportTarget> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    await close().catch(() => undefined);
    const e = error as Error;
    const hint =
      e.name === 'ResourceNotFoundException'
        ? 'no such table (deployed: the stack output names it; local: is this the right --endpoint?)'
        : /credential/i.test(e.message)
          ? 'no AWS credentials (set AWS_PROFILE or the AWS_* variables)'
          : /region/i.test(e.message)
            ? 'no AWS region (pass --region or set AWS_REGION)'
            : `${e.name}: ${e.message}`;
    throw new ImportTargetError(`Cannot use table ${description}: ${hint}`, { cause: error });
  }
  return { doc: documentClient(client), tableName, description, close };
}

export interface LocalDynalite {
  readonly endpoint: string;
  readonly createdTable: boolean;
  /** The dynalite process (the benchmark reads its CPU time). */
  readonly pid?: number;
  stop(): Promise<void>;
}

/**
 * Starts dynalite on `path` in a child process (lib/import/local-dynalite-child.ts). A second process
 * cannot open a LevelDB dir that `npm start` holds: that failure is reported with what to do instead.
 * @example
 * const local = await startLocalDynalite('/tmp/bench/dynamodb', 'crossdesk');
 */
export async function startLocalDynalite(path: string, tableName: string): Promise<LocalDynalite> {
  const child = spawn(
    process.execPath,
    [
      // dynalite allocates a few short-lived objects per attribute of every item; a larger young
      // generation lets most die before a scavenge (GC was ~10 % of its time in an import's profile).
      '--max-semi-space-size=64',
      '--import',
      import.meta.resolve('tsx'),
      fileURLToPath(new URL('./local-dynalite-child.ts', import.meta.url)),
      path,
      tableName,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const started = await new Promise<{ endpoint: string; createdTable: boolean } | undefined>((done) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n', 1)[0];
      if (out.includes('\n') && line) {
        try {
          done(JSON.parse(line));
        } catch {
          done(undefined);
        }
      }
    });
    void exited.then(() => done(undefined));
    child.once('error', () => done(undefined));
  });
  if (!started) {
    child.kill();
    const locked = /closed|lock/i.test(stderr);
    throw new ImportTargetError(
      locked
        ? `The local database ${path} is in use — is \`npm start\` running? Import into it with --endpoint <the "DynamoDB (dynalite)" URL it printed>, or stop it first.`
        : `Could not start dynalite on ${path}: ${stderr.trim().split('\n').slice(-3).join(' ') || 'it exited'}`,
    );
  }
  return {
    endpoint: started.endpoint,
    createdTable: started.createdTable,
    ...(child.pid !== undefined ? { pid: child.pid } : {}),
    stop: () => stopChild(child, exited),
  };
}

/** Closing stdin asks the child to close LevelDB and exit; a kill is the fallback if it hangs. */
async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null) return;
  child.stdin?.end();
  const timer = setTimeout(() => child.kill(), 15_000);
  await exited;
  clearTimeout(timer);
}
