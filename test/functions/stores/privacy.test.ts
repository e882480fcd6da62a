// The privacy path (core/privacy.ts) over the memory twin and over dynalite: the same contract.
import { randomUUID } from 'node:crypto';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe } from 'vitest';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { createMemoryStores } from '../../../functions/stores/memory';
import { tableDefinition } from '../../../functions/stores/table-definition';
import { type LocalDynamo, startDynalite } from '../../../lib/local/dynalite';
import { privacyContract } from './privacy-contract';

describe('privacy over the memory stores', () => {
  privacyContract(async () => createMemoryStores());
});

describe('privacy over DynamoDB (dynalite)', () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startDynalite({ tableName: 'crossdesk-privacy' });
  });
  afterAll(async () => {
    await dynamo?.stop();
  });
  privacyContract(async () => {
    const tableName = `p-${randomUUID()}`;
    await dynamo.client.send(new CreateTableCommand(tableDefinition(tableName)));
    return createDynamoStores({ tableName, client: dynamo.client });
  });
});
