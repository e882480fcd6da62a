// The batch writer against a scripted client: 25 items a request, unprocessed items retried, a row's
// later phase sent only after its earlier phase was acknowledged, a hard failure stops everything.
import type { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createBatchWriter } from '../../../lib/import/batch-writer';

type Item = { PK: string; SK: string };
type Request = Item[];

/** A client that records requests and answers with `respond` (default: everything processed). */
function scriptedClient(respond: (items: Item[], n: number) => Item[] | Error = () => []) {
  const requests: Request[] = [];
  const doc = {
    async send(command: BatchWriteCommand) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const items = Object.values(command.input.RequestItems ?? {})[0]!.map(
        (r) => r.PutRequest!.Item as Item,
      );
      requests.push(items);
      const answer = respond(items, requests.length);
      if (answer instanceof Error) throw answer;
      return {
        UnprocessedItems: answer.length ? { t: answer.map((Item) => ({ PutRequest: { Item } })) } : {},
      };
    },
  } as unknown as DynamoDBDocumentClient;
  return { doc, requests };
}

const row = (n: number) => [
  [
    { PK: `SHIPMENT#${n}`, SK: 'SHIPMENT' },
    { PK: `SHIPMENT#${n}`, SK: 'WATCH' },
  ],
  [{ PK: `ORDER#${n}`, SK: 'ORDER' }],
  [{ PK: `ORDER#${n}`, SK: 'CUSTOMER' }],
];

describe('createBatchWriter', () => {
  it('sends at most 25 items a request and each order item only after its shipment was written', async () => {
    const { doc, requests } = scriptedClient();
    const writer = createBatchWriter({ doc, tableName: 't', concurrency: 3, backoffMs: () => 0 });
    const rows = Array.from({ length: 40 }, (_, n) => writer.add(row(n)));
    await writer.drain();
    await Promise.all(rows);
    expect(requests.every((r) => r.length <= 25)).toBe(true);
    expect(requests.flat()).toHaveLength(160);
    const sentAt = new Map(
      requests.flatMap((r, i) => r.map((item) => [`${item.PK}/${item.SK}`, i] as const)),
    );
    for (let n = 0; n < 40; n++) {
      expect(sentAt.get(`ORDER#${n}/ORDER`)!).toBeGreaterThan(sentAt.get(`SHIPMENT#${n}/WATCH`)!);
      expect(sentAt.get(`ORDER#${n}/CUSTOMER`)!).toBeGreaterThan(sentAt.get(`ORDER#${n}/ORDER`)!);
    }
    expect(writer.stats()).toMatchObject({ itemsWritten: 160, retries: 0 });
  });

  it('retries unprocessed items until they are written', async () => {
    // The first two answers leave the first item of the request unprocessed (throttling).
    const { doc, requests } = scriptedClient((items, n) => (n <= 2 ? items.slice(0, 1) : []));
    const writer = createBatchWriter({ doc, tableName: 't', backoffMs: () => 0 });
    const done = writer.add([
      [
        { PK: 'A', SK: '1' },
        { PK: 'B', SK: '1' },
      ],
    ]);
    await writer.drain();
    await done;
    expect(requests.map((r) => r.map((i) => i.PK))).toEqual([['A', 'B'], ['A'], ['A']]);
    expect(writer.stats()).toMatchObject({ itemsWritten: 2, retries: 2 });
  });

  it('never puts the same key twice in one request', async () => {
    const { doc, requests } = scriptedClient();
    const writer = createBatchWriter({ doc, tableName: 't', backoffMs: () => 0 });
    const a = writer.add([[{ PK: 'SAME', SK: 'X' }]]);
    const b = writer.add([[{ PK: 'SAME', SK: 'X' }]]);
    await writer.drain();
    await Promise.all([a, b]);
    expect(requests.every((r) => new Set(r.map((i) => i.PK + i.SK)).size === r.length)).toBe(true);
  });

  it('stops on an error it cannot retry and rejects the rows not yet written', async () => {
    const notFound = Object.assign(new Error('Requested resource not found'), {
      name: 'ResourceNotFoundException',
    });
    const { doc, requests } = scriptedClient(() => notFound);
    const writer = createBatchWriter({ doc, tableName: 't', backoffMs: () => 0 });
    const results = await Promise.allSettled([writer.add(row(1)), writer.add(row(2))]).finally(() =>
      writer.drain(),
    );
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(writer.failure?.message).toBe(
      'Writing to t failed: ResourceNotFoundException: Requested resource not found',
    );
    // The order items were never sent: their shipments were not acknowledged.
    expect(requests.flat().some((i) => i.PK.startsWith('ORDER#'))).toBe(false);
    await expect(writer.add(row(3))).rejects.toThrow('ResourceNotFoundException');
  });

  it('retries a throttling error and gives up after maxAttempts', async () => {
    const throttled = Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
    const { doc, requests } = scriptedClient(() => throttled);
    const writer = createBatchWriter({ doc, tableName: 't', maxAttempts: 3, backoffMs: () => 0 });
    await expect(writer.add([[{ PK: 'A', SK: '1' }]])).rejects.toThrow('ThrottlingException');
    expect(requests).toHaveLength(3);
  });
});
