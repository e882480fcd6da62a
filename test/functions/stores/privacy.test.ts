// The privacy path (core/privacy.ts) over the memory twin and over dynalite: the same contract.
import { describe } from 'vitest';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { createMemoryStores } from '../../../functions/stores/memory';
import { useDynaliteTables } from '../../helpers/dynalite-tables';
import { privacyContract } from './privacy-contract';

describe('privacy over the memory stores', () => {
  privacyContract(async () => createMemoryStores());
});

describe('privacy over DynamoDB (dynalite)', () => {
  const dynalite = useDynaliteTables();
  privacyContract(async () =>
    createDynamoStores({ tableName: await dynalite.freshTable(), client: dynalite.client }),
  );
});
