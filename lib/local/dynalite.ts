// Boots dynalite — a real DynamoDB API over HTTP — with its data on disk, and creates the table.
// The handlers reach it through the ordinary SDK: AWS_ENDPOINT_URL_DYNAMODB points at it.
// dynalite has no transactions, no UpdateTimeToLive and never expires TTL items (see TOOLCHAIN.md);
// the store adapters are written with single conditional writes and treat expired items as absent.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../../functions/stores/table-definition';
import { tuneDynaliteLevelDb } from './leveldb';

type DynaliteFactory = (options: { path?: string; createTableMs?: number }) => Server;
const requireHere = createRequire(import.meta.url);
const dynalite = requireHere('dynalite') as DynaliteFactory;

export interface LocalDynamoOptions {
  /** Directory for the LevelDB files; omit for an in-memory store (tests that need no restart). */
  readonly path?: string;
  /** @default 0 (a random free port) */
  readonly port?: number;
  readonly tableName: string;
  /** @default 'us-east-1' */
  readonly region?: string;
}

export interface LocalDynamo {
  readonly endpoint: string;
  readonly port: number;
  readonly tableName: string;
  /** A low-level client pointed at this dynalite, with dummy credentials. */
  readonly client: DynamoDBClient;
  /** True when this start created the table (a fresh data dir). */
  readonly createdTable: boolean;
  stop(): Promise<void>;
}

export class LocalDynamoError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalDynamoError';
  }
}

/**
 * Starts dynalite and makes sure the single table exists.
 * @example
 * const dynamo = await startDynalite({ path: '.crossdesk/dynamodb', tableName: 'crossdesk' });
 * process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamo.endpoint;
 */
export async function startDynalite(options: LocalDynamoOptions): Promise<LocalDynamo> {
  if (options.path) {
    mkdirSync(options.path, { recursive: true });
    tuneDynaliteLevelDb();
  }
  const server = dynalite({ path: options.path, createTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(
        new LocalDynamoError(`dynalite could not listen on port ${options.port ?? 0}`, { cause: error }),
      ),
    );
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: options.region ?? 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

  const stop = async () => {
    client.destroy();
    await new Promise<void>((resolve, reject) => {
      server.close((error?: Error) => (error ? reject(error) : resolve()));
      // Keep-alive sockets from SDK clients elsewhere in the process would hold close() open.
      server.closeAllConnections();
    });
  };

  try {
    const createdTable = await ensureTable(client, options.tableName);
    return { endpoint, port, tableName: options.tableName, client, createdTable, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw new LocalDynamoError(`Could not create table ${options.tableName}`, { cause: error });
  }
}

async function ensureTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  let created = false;
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
    created = true;
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
    if (Table?.TableStatus === 'ACTIVE' && indexesActive) return created;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new LocalDynamoError(`Table ${tableName} did not become ACTIVE`);
}
