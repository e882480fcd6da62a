// The translation cache, one contract for both twins: the in-memory one and DynamoDB on dynalite.
import { randomUUID } from 'node:crypto';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranslationCache } from '../../../functions/core/ports';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { documentClient } from '../../../functions/stores/dynamo/shared';
import { StoreError } from '../../../functions/stores/errors';
import { keys, TRANSLATION_TTL_SECONDS } from '../../../functions/stores/keys';
import { createMemoryTranslationCache } from '../../../functions/stores/memory-translations';
import { tableDefinition } from '../../../functions/stores/table-definition';
import { type LocalDynamo, startDynalite } from '../../../lib/local/dynalite';

const KEY = `faq:${'ab'.repeat(32)}`;

function translationCacheContract(make: () => Promise<TranslationCache>, clock: { now: number }): void {
  it('misses an unknown key, then returns what was put', async () => {
    const cache = await make();
    expect(await cache.get(KEY)).toBeUndefined();
    await cache.put(KEY, 'Enviamos a 25 países 🌍');
    expect(await cache.get(KEY)).toBe('Enviamos a 25 países 🌍');
    expect(await cache.get(`${KEY}x`)).toBeUndefined();
  });

  it('overwrites on put', async () => {
    const cache = await make();
    await cache.put(KEY, 'old');
    await cache.put(KEY, '新しい');
    expect(await cache.get(KEY)).toBe('新しい');
  });

  it('forgets an entry once its TTL has passed', async () => {
    const cache = await make();
    await cache.put(KEY, 'ส่งฟรี');
    clock.now += (TRANSLATION_TTL_SECONDS - 60) * 1000;
    expect(await cache.get(KEY)).toBe('ส่งฟรี');
    clock.now += 120_000;
    expect(await cache.get(KEY)).toBeUndefined();
  });
}

describe('in-memory translation cache', () => {
  const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
  translationCacheContract(async () => createMemoryTranslationCache({ now: () => clock.now }), clock);
});

describe('DynamoDB translation cache on dynalite', () => {
  let dynamo: LocalDynamo;
  const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
  beforeAll(async () => {
    dynamo = await startDynalite({ tableName: 'crossdesk-test' });
  });
  afterAll(async () => {
    await dynamo?.stop();
  });

  async function freshTable(): Promise<string> {
    const tableName = `t-${randomUUID()}`;
    await dynamo.client.send(new CreateTableCommand(tableDefinition(tableName)));
    return tableName;
  }

  // A fresh table per test keeps the contract's assertions independent.
  translationCacheContract(async () => {
    const tableName = await freshTable();
    return createDynamoStores({ tableName, client: dynamo.client, now: () => clock.now }).translations;
  }, clock);

  it('stores one item under the translation key with a TTL, the key being the caller’s hash', async () => {
    const tableName = await freshTable();
    await createDynamoStores({ tableName, client: dynamo.client, now: () => clock.now }).translations.put(
      KEY,
      'Wir versenden in 25 Länder.',
    );
    const { Item } = await documentClient(dynamo.client).send(
      new GetCommand({ TableName: tableName, Key: keys.translation(KEY) }),
    );
    expect(Item).toEqual({
      PK: `TRANSLATION#${KEY}`,
      SK: 'TRANSLATION',
      text: 'Wir versenden in 25 Länder.',
      ttl: Math.floor(clock.now / 1000) + TRANSLATION_TTL_SECONDS,
    });
  });

  it('wraps a failing call in StoreError with its cause', async () => {
    const cache = createDynamoStores({ tableName: 'no-such-table', client: dynamo.client }).translations;
    await expect(cache.get(KEY)).rejects.toBeInstanceOf(StoreError);
    await expect(cache.put(KEY, 'x')).rejects.toMatchObject({ name: 'StoreError', cause: expect.anything() });
  });
});
