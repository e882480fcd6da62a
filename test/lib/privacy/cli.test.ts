// `npm run privacy` against dynalite (through --endpoint, as with the running local stack): export writes
// the shopper's JSON document, delete erases her data and prints counts, James's data stays.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { type LocalDynamo, startDynalite } from '../../../lib/local/dynalite';
import { runPrivacyCli } from '../../../lib/privacy/run';
import {
  JAMES_WA,
  MARIA_EMAIL,
  MARIA_LINE,
  MARIA_PHONE,
  MARIA_WA,
  PHONE_NUMBER_ID,
  seedShoppers,
} from '../../functions/stores/privacy-fixtures';

describe('npm run privacy', () => {
  let dynamo: LocalDynamo;
  const dir = mkdtempSync(path.join(tmpdir(), 'crossdesk-privacy-cli-'));
  const tableName = 'crossdesk-privacy-cli';
  beforeAll(async () => {
    dynamo = await startDynalite({ tableName });
    await seedShoppers(createDynamoStores({ tableName, client: dynamo.client }));
  });
  afterAll(async () => {
    await dynamo?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runPrivacyCli(
      [...args, '--endpoint', dynamo.endpoint, '--phone-number-id', PHONE_NUMBER_ID, '--media-dir', dir],
      { TABLE_NAME: tableName },
      { out: (t) => out.push(t), err: (t) => err.push(t) },
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('refuses a missing action or shopper with the usage (exit 2)', async () => {
    expect(await runPrivacyCli([], {}, { out: () => {}, err: () => {} })).toBe(2);
    expect((await run('export')).code).toBe(2);
    expect((await run('export', '--shopper', 'nobody')).code).toBe(2);
  });

  it('exports the shopper as JSON to a file, and to stdout', async () => {
    const file = path.join(dir, 'maria.json');
    const toFile = await run('export', '--shopper', MARIA_EMAIL, '--out', file);
    expect(toFile.code).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc.conversations.map((c: { id: string }) => c.id).sort()).toEqual([MARIA_LINE, MARIA_WA].sort());
    expect(doc.orders.map((o: { id: string }) => o.id)).toEqual(['48213']);
    const toStdout = await run('export', '--shopper', MARIA_WA);
    expect(JSON.parse(toStdout.out).cases.map((c: { id: string }) => c.id)).toEqual(['CLM-48213-1']);
    // The audit line on stderr names a keyed hash, not the shopper.
    expect(toStdout.err).toContain('privacy_export');
    expect(toStdout.err).not.toContain(MARIA_PHONE);
  });

  it('deletes the shopper’s data, keeps her order, and leaves James alone', async () => {
    const deleted = await run('delete', '--shopper', `+${MARIA_PHONE}`);
    expect(deleted.code).toBe(0);
    const report = JSON.parse(deleted.out);
    expect(report.counts).toMatchObject({
      conversations: 2,
      messages: 3,
      statuses: 1,
      cases: 1,
      customerLinks: 1,
    });
    expect(report.keptOrders).toBe(1);
    expect(deleted.err).not.toContain(MARIA_PHONE);

    const stores = createDynamoStores({ tableName, client: dynamo.client });
    expect(await stores.conversations.get(MARIA_WA)).toBeUndefined();
    expect(await stores.conversations.get(MARIA_LINE)).toBeUndefined();
    expect(await stores.privacy.conversationRecords(MARIA_WA)).toEqual({ messages: [], statuses: [] });
    expect(await stores.cases.getCase('CLM-48213-1')).toBeUndefined();
    expect(await stores.orders.getOrder('48213')).toBeDefined();
    expect(await stores.conversations.get(JAMES_WA)).toBeDefined();
    expect(await stores.cases.getCase('RMA-50001-1')).toBeDefined();
    // Nothing left to export but the order.
    const again = JSON.parse((await run('export', '--shopper', MARIA_EMAIL)).out);
    expect(again.conversations).toEqual([]);
  });
});
