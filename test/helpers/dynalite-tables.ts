// One in-memory dynalite per describe block and a fresh table of the stack's own definition per test, for
// the store tests that talk to a real DynamoDB API (their assertions stay independent of each other).
import { randomUUID } from 'node:crypto';
import { CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { tableDefinition } from '../../functions/stores/table-definition';
import { type LocalDynamo, startDynalite } from '../../lib/local/dynalite';

export interface DynaliteTables {
  /** A low-level client pointed at the running dynalite (dummy credentials). */
  readonly client: DynamoDBClient;
  /** Creates a new, empty table and returns its name. */
  freshTable(): Promise<string>;
}

/**
 * Starts dynalite before the block's tests and stops it after; call it inside `describe`.
 * @example
 * const dynalite = useDynaliteTables();
 * it('…', async () => { const tableName = await dynalite.freshTable(); … });
 */
export function useDynaliteTables(): DynaliteTables {
  let dynamo: LocalDynamo | undefined;
  beforeAll(async () => {
    dynamo = await startDynalite({ tableName: 'crossdesk-test' });
  });
  afterAll(async () => {
    await dynamo?.stop();
  });
  const running = (): LocalDynamo => {
    if (!dynamo) throw new Error('useDynaliteTables: dynalite is not running (use it inside a test)');
    return dynamo;
  };
  return {
    get client() {
      return running().client;
    },
    async freshTable() {
      const tableName = `t-${randomUUID()}`;
      await running().client.send(new CreateTableCommand(tableDefinition(tableName)));
      return tableName;
    },
  };
}
