// The DynamoDB adapters against a real DynamoDB API (dynalite over HTTP, through the ordinary SDK).
import { randomUUID } from 'node:crypto';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe } from 'vitest';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { tableDefinition } from '../../../functions/stores/table-definition';
import { type LocalDynamo, startDynalite } from '../../../lib/local/dynalite';
import { storeContract } from './contract';

describe('DynamoDB stores on dynalite', () => {
  let dynamo: LocalDynamo;
  const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
  beforeAll(async () => {
    dynamo = await startDynalite({ tableName: 'crossdesk-test' });
  });
  afterAll(async () => {
    await dynamo?.stop();
  });
  // A fresh table per test keeps the contract's assertions independent.
  storeContract(async () => {
    const tableName = `t-${randomUUID()}`;
    await dynamo.client.send(new CreateTableCommand(tableDefinition(tableName)));
    return createDynamoStores({ tableName, client: dynamo.client, now: () => clock.now });
  }, clock);
});
