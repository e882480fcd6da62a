// The DynamoDB adapters against a real DynamoDB API (dynalite over HTTP, through the ordinary SDK).
import { describe } from 'vitest';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { useDynaliteTables } from '../../helpers/dynalite-tables';
import { storeContract } from './contract';

describe('DynamoDB stores on dynalite', () => {
  const dynalite = useDynaliteTables();
  const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
  // A fresh table per test keeps the contract's assertions independent.
  storeContract(async () => {
    const tableName = await dynalite.freshTable();
    return createDynamoStores({ tableName, client: dynalite.client, now: () => clock.now });
  }, clock);
});
