// The import through the wire: the sample files go into dynalite over HTTP, and the real DynamoDB store
// reads back what the bot would see — the order by number, phone and customer, its shipment, and the
// shipment filed in the delay-watch index — byte for byte what putOrder/putShipment would have stored.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyShopper } from '../../../functions/core/identity';
import { firstCheckAt } from '../../../functions/core/shipment-watch';
import type { Conversation } from '../../../functions/core/types';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import { documentClient } from '../../../functions/stores/dynamo/shared';
import { tableDefinition } from '../../../functions/stores/table-definition';
import { importOrders } from '../../../lib/import/run';
import { formatRowError, type RowError } from '../../../lib/import/validate';
import { type LocalDynamo, startDynalite } from '../../../lib/local/dynalite';

const root = resolve(import.meta.dirname, '../../..');
const sampleCsv = join(root, 'examples/orders.sample.csv');
const sampleJson = join(root, 'examples/orders.sample.json');
const run = promisify(execFile);

let dynamo: LocalDynamo;
let tmp: string;
let tables = 0;
beforeAll(async () => {
  dynamo = await startDynalite({ tableName: 'crossdesk-import-test' });
  tmp = await mkdtemp(join(tmpdir(), 'crossdesk-import-test-'));
});
afterAll(async () => {
  await dynamo?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function freshTable(): Promise<string> {
  const tableName = `import-${++tables}-${Date.now()}`;
  await dynamo.client.send(new CreateTableCommand(tableDefinition(tableName)));
  return tableName;
}

/** Every item of a table, in a stable order. */
async function scanTable(client: DynamoDBClient, tableName: string): Promise<Record<string, unknown>[]> {
  const doc = documentClient(client);
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  const key = (i: Record<string, unknown>) => `${i.PK}|${i.SK}`;
  return items.sort((a, b) => key(a).localeCompare(key(b)));
}

/** Before the sample's shipments fall due, so each is filed under its own due day. */
const importedAt = new Date('2026-12-01T00:00:00Z');
const importInto = (
  tableName: string,
  file: string,
  extra: { onRejected?: (e: RowError[]) => void; at?: Date } = {},
) =>
  importOrders({ file, target: { doc: documentClient(dynamo.client), tableName }, at: importedAt, ...extra });

describe('importOrders into dynalite', () => {
  it('imports the sample CSV so the real store reads every order, shipment and watch entry', async () => {
    const tableName = await freshTable();
    const summary = await importInto(tableName, sampleCsv);
    expect(summary).toMatchObject({ rowsRead: 8, imported: 8, rejected: 0, notWritten: 0, dryRun: false });
    // 6 shipped rows × (shipment + watch) + 8 orders × (phone copy + customer copy)
    expect(summary.writes.itemsWritten).toBe(6 * 2 + 8 * 2);

    const { orders } = createDynamoStores({ tableName, client: dynamo.client });
    const order = await orders.getOrder('61001');
    expect(order).toMatchObject({
      id: '61001',
      status: 'shipped',
      customer: { id: 'CUS-71001', name: 'Beatriz Nogueira', phone: '5521998761234', language: 'pt-BR' },
      total: { amount: 209.8, currency: 'BRL' },
      shippingAddress: { city: 'Rio de Janeiro', postcode: '22410-002', country: 'BR', line2: 'apto 1102' },
      trackingNumbers: ['LX482913570CN'],
    });
    expect((await orders.ordersForPhone('5521998761234')).map((o) => o.id)).toEqual(['61001']);
    expect((await orders.ordersForCustomer('CUS-71002')).map((o) => o.id)).toEqual(['61002']);
    expect(await orders.shipmentsForOrder('61001')).toEqual([
      {
        trackingNumber: 'LX482913570CN',
        orderId: '61001',
        carrier: 'China Post',
        service: 'ePacket',
        origin: 'Shenzhen, CN',
        destination: 'BR',
        estimatedDelivery: '2026-12-12',
        events: [
          {
            at: '2026-12-03T12:10:00.000Z',
            code: 'customs_hold',
            location: 'Curitiba, BR',
            description: 'Held by import customs',
          },
        ],
      },
    ]);
    expect(await orders.getOrder('61004')).toMatchObject({ status: 'processing', trackingNumbers: [] });

    // Open shipments are due for the delay scan; the delivered one (61002, EE…JP) is off the list.
    const due = await orders.shipmentsDue(new Date('2026-12-10T00:00:00Z'), { days: 14 });
    expect(due.sort()).toEqual(
      [
        '1Z999AA10123456784',
        '1Z999AA10987654321',
        'LX482913570CN',
        'SF1402938475612',
        'YT2633512345678',
      ].sort(),
    );
    const shipment = await orders.getShipment('LX482913570CN');
    expect(firstCheckAt(shipment!)).toBe('2026-12-03T12:10:00.000Z');
    expect(await orders.shipmentsDue(new Date('2026-12-03T12:00:00Z'), { days: 1 })).toEqual([]);
  });

  it('writes exactly the items putOrder and putShipment write', async () => {
    const imported = await freshTable();
    await importInto(imported, sampleCsv);
    await importInto(imported, sampleJson);
    const byStore = await freshTable();
    const from = createDynamoStores({ tableName: imported, client: dynamo.client }).orders;
    const to = createDynamoStores({
      tableName: byStore,
      client: dynamo.client,
      now: () => importedAt.getTime(),
    }).orders;
    for (const id of [
      '61001',
      '61002',
      '61003',
      '61004',
      '61005',
      '61006',
      '61007',
      '61008',
      '62001',
      '62002',
      '62003',
    ]) {
      const order = (await from.getOrder(id))!;
      await to.putOrder(order);
      for (const s of await from.shipmentsForOrder(id)) await to.putShipment(s);
    }
    expect(await scanTable(dynamo.client, imported)).toEqual(await scanTable(dynamo.client, byStore));
  });

  it('is idempotent: importing the same file again leaves the same items, no duplicates', async () => {
    const tableName = await freshTable();
    await importInto(tableName, sampleCsv);
    const first = await scanTable(dynamo.client, tableName);
    const again = await importInto(tableName, sampleCsv);
    expect(again).toMatchObject({ imported: 8, rejected: 0 });
    expect(await scanTable(dynamo.client, tableName)).toEqual(first);
    expect(first).toHaveLength(28);

    // A week later the open shipments are overdue: like putShipment, the import files them as due now
    // (the scan reads recent days only). Those watch entries are all that moves; nothing is added.
    const later = new Date('2026-12-08T00:00:00Z');
    await importInto(tableName, sampleCsv, { at: later });
    const third = await scanTable(dynamo.client, tableName);
    expect(third).toHaveLength(28);
    const changed = third.filter((item, i) => JSON.stringify(item) !== JSON.stringify(first[i]));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((i) => i.SK === 'WATCH' && i.dueAt === later.toISOString())).toBe(true);
  });

  it('imports JSON (`{ orders: [...] }` and a bare array) and the shopper can verify with email or postcode', async () => {
    const tableName = await freshTable();
    expect(await importInto(tableName, sampleJson)).toMatchObject({ rowsRead: 3, imported: 3, rejected: 0 });
    const bare = join(tmp, 'bare.json');
    const { orders: records } = (await import(sampleJson, { with: { type: 'json' } })).default as {
      orders: Record<string, unknown>[];
    };
    await writeFile(bare, JSON.stringify([{ ...records[2], order: '62004', whatsapp_opt_in: false }]));
    expect(await importInto(tableName, bare)).toMatchObject({ imported: 1 });

    const { orders } = createDynamoStores({ tableName, client: dynamo.client });
    // The customer's WhatsApp consent is stored with the order (here a JSON boolean: declined).
    expect((await orders.getOrder('62004'))?.customer.whatsappOptIn).toBe(false);
    expect((await orders.getOrder('62002'))?.customer.whatsappOptIn).toBeUndefined();
    expect(await orders.getOrder('62002')).toMatchObject({
      customer: { name: '김지현', language: 'ko', phone: '821023456789' },
      lines: [
        { sku: 'CANVAS-SNEAKER-WHITE-240', size: '240' },
        { sku: 'LINEN-THROW-SAGE', colour: 'sage' },
      ],
      total: { amount: 128000, currency: 'KRW' },
    });
    const conversation: Conversation = {
      id: 'line:dest:U1',
      channel: 'line',
      recipient: 'U1',
      mode: 'bot',
      identity: { kind: 'anonymous' },
      createdAt: '2026-12-07T00:00:00Z',
      updatedAt: '2026-12-07T00:00:00Z',
      version: 1,
    };
    const now = new Date('2026-12-07T10:00:00Z');
    const byPostcode = await verifyShopper({ orders, conversation, orderId: '62002', secret: '04036', now });
    expect(byPostcode).toMatchObject({ ok: true, customerId: 'CUS-72002' });
    const byEmail = await verifyShopper({
      orders,
      conversation,
      orderId: '62003',
      secret: 'Camille.Dubois@example.fr',
      now,
    });
    expect(byEmail).toMatchObject({ ok: true, customerId: 'CUS-72003' });
  });

  it('imports the valid rows of a file with rejected ones, and reports each rejected cell', async () => {
    const tableName = await freshTable();
    const file = join(tmp, 'mixed.csv');
    await writeFile(
      file,
      [
        'Order,Customer,Name,Email,Phone,Language,Placed At,Currency,Items,Address Line1,City,Postcode,Country',
        '63001,C-1,Ana,ana@example.com,+5511912345678,pt-BR,2026-12-01,BRL,A|P-A|Tee|1|10.00,Rua A 1,São Paulo,01000-000,BR',
        '63002,C-2,Bob,bob@,+5511912345679,pt-BR,2026-12-01,BRL,A|P-A|Tee|1|10.00,Rua A 2,São Paulo,01000-000,BR',
        '63001,C-1,Ana,ana@example.com,+5511912345678,pt-BR,2026-12-01,BRL,B|P-B|Cap|1|10.00,Rua A 1,São Paulo,01000-000,BR',
        ',,,,,,,,,,,,',
        '63003,C-3,Cy,cy@example.com,+5511912345670,pt-BR,2026-12-01,BRL,A|P-A|Tee|1|10.00,Rua A 3,São Paulo,01000-000,BR,extra',
      ].join('\r\n'),
    );
    const reported: string[] = [];
    const summary = await importInto(tableName, file, {
      onRejected: (e) => reported.push(...e.map(formatRowError)),
    });
    expect(reported).toEqual([
      'row 3, column email: "bob@" is not an email address',
      'row 4, column order: "63001" is already on row 2 (one row per order: list every item in its items cell)',
      'row 6: has 14 cells but the header has 13 columns (a "," in a cell that is not in double quotes?)',
    ]);
    expect(summary).toMatchObject({ rowsRead: 4, imported: 1, rejected: 3 });
    const { orders } = createDynamoStores({ tableName, client: dynamo.client });
    expect(await orders.getOrder('63001')).toMatchObject({
      placedAt: '2026-12-01T00:00:00.000Z',
      lines: [{ sku: 'A' }],
    });
    expect(await orders.getOrder('63002')).toBeUndefined();
  });

  it('reads a ;-separated CSV with a byte-order mark (Excel in decimal-comma locales)', async () => {
    const file = join(tmp, 'excel.csv');
    await writeFile(
      file,
      '\uFEFForder;customer;name;email;phone;language;placed_at;currency;items;address_line1;city;postcode;country\n' +
        '63101;C-9;Jonas;jonas@example.de;+4915123456789;de;2026-12-01;EUR;"A|P-A|Tee|1|10.00; B|P-B|Cap|2|5.00";Bergmannstraße 27;Berlin;10961;DE\n',
    );
    const summary = await importOrders({ file, dryRun: true });
    expect(summary).toMatchObject({ rowsRead: 1, valid: 1, imported: 0, rejected: 0, dryRun: true });
  });

  it('stops before any row when the header is wrong', async () => {
    const file = join(tmp, 'header.csv');
    await writeFile(file, 'order,customer,nmae,email\n61001,C,Ann,ann@example.com\n');
    const summary = await importOrders({ file, dryRun: true });
    expect(summary.rowsRead).toBe(0);
    expect(summary.fileError?.problems).toEqual([
      expect.stringMatching(/^column "nmae" is not a known column/),
      'column "name" is required but missing from the header',
      ...[
        'phone',
        'language',
        'placed_at',
        'currency',
        'items',
        'address_line1',
        'city',
        'postcode',
        'country',
      ].map((c) => `column "${c}" is required but missing from the header`),
    ]);
  });
});

describe('npm run import (the CLI)', () => {
  const cli = async (args: string[]) => {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        ['--import', 'tsx', 'scripts/import.ts', ...args],
        {
          cwd: root,
          env: { ...process.env, INIT_CWD: root, AWS_ENDPOINT_URL_DYNAMODB: '' },
        },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('exits 1 when a row is rejected, still importing the valid ones, and prints the summary', async () => {
    const tableName = await freshTable();
    const file = join(tmp, 'cli.csv');
    const lines = (await import('node:fs')).readFileSync(sampleCsv, 'utf8').trimEnd().split('\n');
    await writeFile(
      file,
      [...lines.slice(0, 3), lines[3]!.replace('+66 81 234 5678', '081 234 5678')].join('\n'),
    );
    const result = await cli([file, '--endpoint', dynamo.endpoint, '--table', tableName]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'row 4, column phone: "081 234 5678" is not an E.164 number (add + and the country code, e.g. +66812345678)',
    );
    expect(result.stdout).toMatch(/rows read: 3\n {2}imported: {2}2\n {2}rejected: {2}1\n {2}time: /);
    const { orders } = createDynamoStores({ tableName, client: dynamo.client });
    expect(await orders.getOrder('61002')).toBeDefined();
    expect(await orders.getOrder('61003')).toBeUndefined();
  });

  it('writes the rejected rows to --rejected, which imports as it is once fixed', async () => {
    const tableName = await freshTable();
    const file = join(tmp, 'with-bad-rows.csv');
    const rejected = join(tmp, 'rejected.csv');
    const lines = (await import('node:fs')).readFileSync(sampleCsv, 'utf8').trimEnd().split('\n');
    await writeFile(
      file,
      [
        lines[0],
        lines[1],
        lines[2]!.replace(/@[a-z.]+/, '@'),
        lines[3]!.replace('+66 81 234 5678', '081 234 5678'),
      ].join('\n'),
    );
    const first = await cli([
      file,
      '--endpoint',
      dynamo.endpoint,
      '--table',
      tableName,
      '--rejected',
      rejected,
    ]);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(
      `rejected rows written to ${rejected}: fix them there and import that file`,
    );
    const written = (await import('node:fs')).readFileSync(rejected, 'utf8').trimEnd().split('\n');
    expect(written).toHaveLength(3);
    expect(written[0]!.split(',').at(-1)).toBe('errors');
    expect(written[1]).toMatch(/^61002,.*,"email: .* is not an email address.*"$/);
    expect(written[2]).toMatch(/^61003,.*,"phone: ""081 234 5678"" is not an E\.164 number.*"$/);

    // The merchant fixes both rows in that file and imports it: its errors column is no column.
    const fixed = written
      .join('\n')
      .replace(',081 234 5678,', ',+66 81 234 5678,')
      .replace(/,([\w.]+)@,/, ',$1@example.com,');
    await writeFile(rejected, fixed);
    const again = await cli([rejected, '--endpoint', dynamo.endpoint, '--table', tableName]);
    expect(again.stdout).toMatch(/rows read: 2\n {2}imported: {2}2\n {2}rejected: {2}0/);
    expect(again.code).toBe(0);
  });

  it('writes a JSON file’s rejected records as JSON, in a dry run too', async () => {
    const file = join(tmp, 'with-bad-record.json');
    const rejected = join(tmp, 'rejected.json');
    const { orders } = JSON.parse((await import('node:fs')).readFileSync(sampleJson, 'utf8')) as {
      orders: Record<string, unknown>[];
    };
    await writeFile(file, JSON.stringify([orders[0], { ...orders[1], currency: 'XXY' }]));
    const result = await cli([file, '--dry-run', '--rejected', rejected]);
    expect(result.code).toBe(1);
    const written = JSON.parse((await import('node:fs')).readFileSync(rejected, 'utf8')) as {
      orders: Record<string, unknown>[];
    };
    expect(written.orders).toHaveLength(1);
    expect(written.orders[0]).toMatchObject({ order: orders[1]!.order, currency: 'XXY' });
    expect(written.orders[0]!.errors).toEqual([expect.stringMatching(/^currency: "XXY" is not an ISO 4217/)]);
  });

  it('writes into a local stack data dir by default (dynalite in its own process) and exits 0', async () => {
    const dataDir = join(tmp, 'stack');
    const result = await cli([sampleJson, '--data-dir', dataDir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`into crossdesk in the local stack's data (${dataDir})`);
    // The data is there for the next `npm start`, which opens the same LevelDB dir.
    const local = await startDynalite({ path: join(dataDir, 'dynamodb'), tableName: 'crossdesk' });
    try {
      const { orders } = createDynamoStores({ tableName: 'crossdesk', client: local.client });
      expect((await orders.ordersForCustomer('CUS-72001')).map((o) => o.id)).toEqual(['62001']);
    } finally {
      await local.stop();
    }
  });

  it('exits 2 on a dry run of a file it cannot read, and validates without a table', async () => {
    expect((await cli([join(tmp, 'missing.csv'), '--dry-run'])).code).toBe(2);
    const ok = await cli([sampleCsv, '--dry-run']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('valid:     8');
  });
});
