// Benchmark of the scheduled delay scan: 100,000 open shipments in dynalite (each its shipment item and its
// watch entry, written as `putShipment` writes them), a few percent of them due now, spread over the last two
// weeks' day partitions as real late parcels would be. Runs the real scan (`createDelayScan` over the real
// store's `shipmentsDue`) and prints wall time, the items DynamoDB read, the candidates found, and the read
// capacity the same queries would consume in AWS. Prints figures; never fails on timing.
// `node --import tsx scripts/bench/delay-scan.ts [shipments]` runs it alone.
import { pathToFileURL } from 'node:url';
import type { Shipment, ShipmentEvent } from '../../functions/core/types';
import { createDelayScan } from '../../functions/handlers/delay-scan';
import { createDynamoStores } from '../../functions/stores/dynamo/index';
import { shipmentItem, shipmentWatchItem } from '../../functions/stores/dynamo/orders';
import { documentClient } from '../../functions/stores/dynamo/shared';
import { createBatchWriter } from '../../lib/import/batch-writer';
import { startDynalite } from '../../lib/local/dynalite';

export interface DelayScanBenchResult {
  shipments: number;
  candidates: number;
  writeSeconds: number;
  scanSeconds: number;
  queued: number;
  /** Items DynamoDB examined for the scan's queries (ScannedCount): what you pay to read. */
  itemsRead: number;
  queries: number;
  /** Read capacity units DynamoDB reported for those queries (eventually consistent reads). */
  readCapacityUnits: number;
  /** What one full-table Scan of the same table would consume: the design the index avoids. */
  fullScanReadCapacityUnits: number;
}

const DAY = 86_400_000;
const SHARE_DUE = 0.03;
/** DynamoDB on-demand read request units, us-east-1 list price (USD per million; AWS pricing page, 2026). */
const ON_DEMAND_PER_MILLION_READS = 0.125;

/** A parcel of the benchmark: open, its last event a few days old, due now or in the coming weeks. */
function benchShipment(i: number, now: number): { shipment: Shipment; dueAt: string } {
  const due = i % Math.round(1 / SHARE_DUE) === 0;
  // Due ones over the last 14 days (oldest first in the scan); the rest 1–30 days ahead.
  const dueAt = due ? now - ((i * 7919) % (13 * DAY)) - 60_000 : now + DAY + ((i * 104_729) % (29 * DAY));
  const events: ShipmentEvent[] = [
    {
      at: new Date(now - 9 * DAY).toISOString(),
      code: 'picked_up',
      location: 'Shenzhen, CN',
      description: 'Picked up',
    },
    {
      at: new Date(now - 6 * DAY).toISOString(),
      code: 'departed_origin',
      location: 'Hong Kong Hub, HK',
      description: 'Departed',
    },
    {
      at: new Date(now - 3 * DAY).toISOString(),
      code: i % 5 === 0 ? 'customs_hold' : 'in_transit',
      location: 'Frankfurt, DE',
      description: 'Scan',
    },
  ];
  return {
    shipment: {
      trackingNumber: `BX${String(i).padStart(9, '0')}CN`,
      orderId: String(i % 100_000).padStart(5, '0'),
      carrier: 'YunExpress',
      service: 'Standard',
      origin: 'Shenzhen, CN',
      destination: 'Berlin, DE',
      estimatedDelivery: new Date(now + 5 * DAY).toISOString().slice(0, 10),
      events,
    },
    dueAt: new Date(dueAt).toISOString(),
  };
}

export async function runDelayScanBench(shipments = 100_000): Promise<DelayScanBenchResult> {
  const tableName = 'crossdesk-bench';
  const dynamo = await startDynalite({ tableName });
  try {
    const now = Date.now();
    const started = performance.now();
    // The import's batch writer: 25 items a request, several in flight, unprocessed items retried.
    const writer = createBatchWriter({ doc: documentClient(dynamo.client), tableName });
    let candidates = 0;
    let bytes = 0;
    for (let i = 0; i < shipments; i++) {
      const { shipment, dueAt } = benchShipment(i, now);
      if (Date.parse(dueAt) <= now) candidates++;
      const items = [shipmentItem(shipment), shipmentWatchItem(shipment.trackingNumber, dueAt)];
      bytes += items.reduce((sum, item) => sum + Buffer.byteLength(JSON.stringify(item)), 0);
      void writer.add([items]);
      await writer.waitBelow(2_000);
    }
    await writer.drain();
    if (writer.failure) throw writer.failure;
    const writeSeconds = (performance.now() - started) / 1000;

    // Count what the scan's queries read, as DynamoDB reports it.
    let itemsRead = 0;
    let queries = 0;
    let readCapacityUnits = 0;
    dynamo.client.middlewareStack.add(
      (next, context) => async (args) => {
        const query = context.commandName === 'QueryCommand';
        if (query) (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'TOTAL';
        const result = await next(args);
        if (query) {
          const output = result.output as {
            ScannedCount?: number;
            ConsumedCapacity?: { CapacityUnits?: number };
          };
          queries++;
          itemsRead += output.ScannedCount ?? 0;
          readCapacityUnits += output.ConsumedCapacity?.CapacityUnits ?? 0;
        }
        return result;
      },
      { step: 'initialize', name: 'benchReadCounter' },
    );
    const stores = createDynamoStores({ tableName, client: dynamo.client });
    let queued = 0;
    const scan = createDelayScan({
      silentHandoffs: async () => [],
      dueShipments: (at) => stores.orders.shipmentsDue(at, { limit: 10_000 }),
      // Counted, not sent: the figure is the scan's read path (the enqueue is one SQS call per job).
      queue: {
        async enqueue() {
          queued++;
        },
      },
      now: () => new Date(now),
    });
    const scanStarted = performance.now();
    await scan();
    const scanSeconds = (performance.now() - scanStarted) / 1000;

    // A Scan reads every item: table bytes / 4 KB, halved for eventually consistent reads.
    return {
      shipments,
      candidates,
      writeSeconds,
      scanSeconds,
      queued,
      itemsRead,
      queries,
      readCapacityUnits,
      fullScanReadCapacityUnits: Math.ceil(bytes / 4096) / 2,
    };
  } finally {
    await dynamo.stop();
  }
}

export async function printDelayScanBench(shipments?: number): Promise<void> {
  const r = await runDelayScanBench(shipments);
  console.log(
    `delay scan over ${r.shipments.toLocaleString('en')} open shipments in dynalite (${r.candidates.toLocaleString('en')} due now, over 14 day partitions)`,
  );
  console.log(`  written in ${r.writeSeconds.toFixed(1)} s (setup, not the scan)`);
  console.log(
    `  scan: ${r.scanSeconds.toFixed(2)} s wall, ${r.queries} queries, ${r.itemsRead.toLocaleString('en')} items read = ${(r.itemsRead / Math.max(1, r.candidates)).toFixed(2)} × candidates, ${r.queued.toLocaleString('en')} jobs queued`,
  );
  console.log(
    `  read capacity: ${r.readCapacityUnits.toFixed(1)} RCU per scan (a full-table Scan instead: ~${Math.round(r.fullScanReadCapacityUnits).toLocaleString('en')} RCU); every 30 minutes = ${(r.readCapacityUnits * 48 * 30).toFixed(0)} RCU a month (≈ $${((r.readCapacityUnits * 48 * 30 * ON_DEMAND_PER_MILLION_READS) / 1e6).toFixed(4)} on demand)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await printDelayScanBench(process.argv[2] ? Number(process.argv[2]) : undefined);
}
