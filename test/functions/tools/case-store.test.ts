// openCase: readable per-order ids that stay unique when the order listing lags or turns race.
import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../functions/core/ports';
import type { SupportCase } from '../../../functions/core/types';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { createMemoryCaseStore } from '../../../functions/stores/memory-cases';
import { CaseIdError, nextCaseId, openCase } from '../../../functions/tools/case-store';
import { useDynaliteTables } from '../../helpers/dynalite-tables';

const draft = (id: string, conversationId = 'telegram:1:42'): SupportCase => ({
  id,
  kind: 'return',
  orderId: '48213',
  customerId: 'C-1',
  conversationId,
  status: 'open',
  items: [{ sku: 'TEE-WHT-M', quantity: 1 }],
  photos: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** A store whose order listing shows nothing, like an index that has not caught up yet. */
const lagging = (store: CaseStore): CaseStore => ({ ...store, casesForOrder: async () => [] });

describe('openCase', () => {
  it('numbers cases per order and kind', async () => {
    const cases = createMemoryCaseStore();
    expect((await openCase(cases, 'return', '48213', (id) => draft(id))).id).toBe('RMA-48213-1');
    expect((await openCase(cases, 'return', '48213', (id) => draft(id))).id).toBe('RMA-48213-2');
    const claim = await openCase(cases, 'damage', '48213', (id) => ({ ...draft(id), kind: 'damage' }));
    expect(claim.id).toBe('CLM-48213-1');
    expect(await nextCaseId(cases, 'return', '48213')).toBe('RMA-48213-3');
    expect(cases.all().map((c) => c.id)).toEqual(['RMA-48213-1', 'RMA-48213-2', 'CLM-48213-1']);
  });

  it('steps over ids the listing did not show instead of overwriting them', async () => {
    const cases = createMemoryCaseStore();
    await cases.createCase(draft('RMA-48213-1', 'first'));
    await cases.createCase(draft('RMA-48213-2', 'second'));
    const opened = await openCase(lagging(cases), 'return', '48213', (id) => draft(id, 'third'));
    expect(opened.id).toBe('RMA-48213-3');
    expect((await cases.getCase('RMA-48213-1'))?.conversationId).toBe('first');
    expect((await cases.getCase('RMA-48213-2'))?.conversationId).toBe('second');
  });

  it('gives up with CaseIdError when every candidate id is taken', async () => {
    const cases = createMemoryCaseStore();
    for (let n = 1; n <= 5; n++) await cases.createCase(draft(`RMA-48213-${n}`));
    await expect(openCase(lagging(cases), 'return', '48213', (id) => draft(id))).rejects.toBeInstanceOf(
      CaseIdError,
    );
  });

  describe('on dynalite', () => {
    const dynalite = useDynaliteTables();

    it('concurrent turns opening a case for the same order get distinct ids', async () => {
      const tableName = await dynalite.freshTable();
      const { cases } = createDynamoStores({ tableName, client: dynalite.client });
      const opened = await Promise.all(
        ['a', 'b', 'c'].map((conv) => openCase(cases, 'return', '48213', (id) => draft(id, conv))),
      );
      expect(opened.map((c) => c.id).sort()).toEqual(['RMA-48213-1', 'RMA-48213-2', 'RMA-48213-3']);
      // Each id is stored with the case that claimed it: nobody's case was overwritten.
      for (const c of opened) expect((await cases.getCase(c.id))?.conversationId).toBe(c.conversationId);
    });
  });
});
