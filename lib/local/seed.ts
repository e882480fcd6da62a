// Seeds the demo merchant's data on a fresh data dir, once: a marker item records that it happened,
// so restarts neither duplicate nor "refresh" it (dates stay anchored to the first start's day).

import { createHash } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../functions/stores/dynamo/shared';
import { keys } from '../../functions/stores/keys';
import type { Stores } from '../../functions/stores/stores';
import { carrierDemoData } from './seed-data/carrier-demo';
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

/**
 * Bump when the demo data changes, so old data dirs get the new set alongside. v2 appended the coverage
 * pass (a customer of every language in every order state).
 */
export const SEED_VERSION = 'v2';
/** Earlier versions, newest first: each version's set contains the previous one's, item for item. */
const EARLIER_VERSIONS = ['v1'];

async function inChunks<T>(items: T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

/** The seed marker item of `version`, if this table has one (read consistently: a restart races nothing). */
async function seedMarker(doc: DynamoDBDocumentClient, tableName: string, version: string) {
  return (
    await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.seedMarker(version), ConsistentRead: true }),
    )
  ).Item;
}

/**
 * Writes the demo catalog, orders and shipments unless this table was already seeded. A table seeded
 * by an earlier version gets only what this version added, dated from that first seed's day: the orders
 * it already holds (and what shoppers did to them since, e.g. a cancellation) are left alone.
 * Resolves true when it wrote anything now.
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
  const markerOf = (version: string) => seedMarker(doc, tableName, version);
  if (await markerOf(SEED_VERSION)) return false;

  let earlier: Record<string, unknown> | undefined;
  for (const version of EARLIER_VERSIONS) {
    earlier = await markerOf(version);
    if (earlier) break;
  }
  const earlierAnchor = typeof earlier?.anchorDay === 'string' ? Date.parse(earlier.anchorDay) : Number.NaN;
  const anchor = Number.isNaN(earlierAnchor) ? anchorDay(now) : earlierAnchor;
  const data = generateDemoData(anchor);
  let { products, orders, shipments } = data;
  if (earlier) {
    // Only v1 precedes this version, and v1 is this set without the coverage pass.
    const held = new Set(generateDemoData(anchor, { coverage: false }).orders.map((o) => o.id));
    products = [];
    orders = orders.filter((o) => !held.has(o.id));
    shipments = shipments.filter((s) => !held.has(s.orderId));
  }
  await inChunks(products, 10, (p) => stores.orders.putProduct(p));
  await inChunks(orders, 16, (o) => stores.orders.putOrder(o));
  await inChunks(shipments, 16, (s) => stores.orders.putShipment(s));
  // The marker goes last: a start interrupted mid-seed seeds again (every put is idempotent).
  await doc.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.seedMarker(SEED_VERSION),
        seededAt: new Date(now).toISOString(),
        anchorDay: new Date(anchor).toISOString().slice(0, 10),
        orders: data.orders.length,
        generated: DEMO_ORDER_COUNT,
        ...(earlier ? { addedTo: earlier.SK, addedOrders: orders.length } : {}),
      },
    }),
  );
  return true;
}

/** The simulated carrier's parcels have their own marker: seeding them never touches the demo set's. */
export const CARRIER_SEED_VERSION = 'carrier-v1';

/**
 * Writes the simulated carrier's customers, orders and shipments (lib/local/seed-data/carrier-demo.ts)
 * once per data dir, dated from the day it first runs. Separate from
 * seedDemoData so the demo set, its versions and its upgrades stay exactly as they were.
 * Resolves true when it wrote them now.
 * @example
 * await seedCarrierDemoData(stores, client, tableName);
 */
export async function seedCarrierDemoData(
  stores: Stores,
  client: DynamoDBClient,
  tableName: string,
  now: number = Date.now(),
): Promise<boolean> {
  const doc = documentClient(client);
  const markerOf = (version: string) => seedMarker(doc, tableName, version);
  if (await markerOf(CARRIER_SEED_VERSION)) return false;
  // Dated from today even on a data dir seeded weeks ago: the stories start when the carrier does (on a
  // fresh data dir this is the demo set's own anchor day).
  const anchor = anchorDay(now);
  const { orders, shipments } = carrierDemoData(anchor);
  await inChunks(orders, 16, (o) => stores.orders.putOrder(o));
  await inChunks(shipments, 16, (s) => stores.orders.putShipment(s));
  await doc.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.seedMarker(CARRIER_SEED_VERSION),
        seededAt: new Date(now).toISOString(),
        anchorDay: new Date(anchor).toISOString().slice(0, 10),
        orders: orders.length,
      },
    }),
  );
  return true;
}
