import { describe } from 'vitest';
import { createMemoryStores } from '../../../functions/stores/memory';
import { storeContract } from './contract';

describe('memory stores', () => {
  const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
  storeContract(async () => createMemoryStores({ now: () => clock.now }), clock);
});
