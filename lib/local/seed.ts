// Seeds the demo merchant's data on a fresh data dir, once: a marker item records that it happened,
// so restarts neither duplicate nor "refresh" it (dates stay anchored to the first start's day).

import { createHash } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../functions/stores/dynamo/shared';
import { keys } from '../../functions/stores/keys';
import type { Stores } from '../../functions/stores/stores';
import { DEMO_SHOPPERS } from './seed-data/demo-shoppers';
import { anchorDay, DEMO_ORDER_COUNT, generateDemoData } from './seed-data/generate';

export { CATALOG } from './seed-data/catalog';
export { DEMO_SHOPPERS, type DemoShopper } from './seed-data/demo-shoppers';
export { DEMO_ORDER_COUNT, generateDemoData } from './seed-data/generate';

/**
 * The demo shoppers as the simulator offers them: the WhatsApp id is the shopper's phone (it owns their
 * orders); the LINE user id and Telegram chat id are stable values derived from the shopper's key.
 */
export function demoSimulatorShoppers(): {
  id: string;
  name: string;
  language: string;
  whatsapp: string;
  line: string;
  telegram: string;
}[] {
  return DEMO_SHOPPERS.map((s) => {
    const hash = createHash('md5').update(s.key).digest('hex');
    return {
      id: s.key,
      name: `${s.name} (${s.language}, ${s.channel})`,
      language: s.language,
      whatsapp: s.phone,
      line: `U${hash}`,
      telegram: String(700_000_000 + (Number.parseInt(hash.slice(0, 8), 16) % 99_999_999)),
    };
  });
}

/** Bump when the demo data's shape changes, so old data dirs get the new set alongside. */
export const SEED_VERSION = 'v1';

async function inChunks<T>(items: T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

/**
 * Writes the demo catalog, orders and shipments unless this table was already seeded.
 * Resolves true when it seeded now.
 * @example
 * await seedDemoData(createDynamoStores({ tableName, client }), client, tableName);
 */
export async function seedDemoData(
  stores: Stores,
  client: DynamoDBClient,
  tableName: string,
  now: number = Date.now(),
): Promise<boolean> {
  // Same marshalling options as the stores: DynamoDBDocumentClient.from shares (and overwrites) the
  // wrapped client's translate config, so two wrappers of one client must agree.
  const doc = documentClient(client);
  const marker = keys.seedMarker(SEED_VERSION);
  const found = await doc.send(new GetCommand({ TableName: tableName, Key: marker, ConsistentRead: true }));
  if (found.Item) return false;

  const data = generateDemoData(now);
  await inChunks(data.products, 10, (p) => stores.orders.putProduct(p));
  await inChunks(data.orders, 16, (o) => stores.orders.putOrder(o));
  await inChunks(data.shipments, 16, (s) => stores.orders.putShipment(s));
  // The marker goes last: a start interrupted mid-seed seeds again (every put is idempotent).
  await doc.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...marker,
        seededAt: new Date(now).toISOString(),
        anchorDay: new Date(anchorDay(now)).toISOString().slice(0, 10),
        orders: data.orders.length,
        generated: DEMO_ORDER_COUNT,
      },
    }),
  );
  return true;
}
