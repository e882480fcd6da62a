// The tracking Lambda on real parts: the handler module, the DynamoDB stores on dynalite (conditional
// writes, the lock, the claims) and a TurnQueue that records what it was given. Prepare (a shipment in the
// table) → Act (a signed or unsigned POST /tracking/{source}) → Assess (the answer, the stored shipment,
// the queued jobs, the log lines).
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnQueue } from '../../../functions/core/ports';
import type { QueuedDeskJob, Shipment } from '../../../functions/core/types';
import { LOCK_TTL_SECONDS } from '../../../functions/handlers/tracking-apply';
import {
  createTrackingWebhookHandler,
  type TrackingLogger,
  type TrackingWebhookDeps,
} from '../../../functions/handlers/tracking-webhook';
import { type TrackingSourceName, trackingSources } from '../../../functions/services/tracking/index';
import { createDynamoStores } from '../../../functions/stores/dynamo';
import type { Stores } from '../../../functions/stores/stores';
import { type LocalDynamo, startDynalite } from '../../../lib/local/dynalite';
import { createLambdaContext } from '../../../lib/local/lambda-context';
import { createRng, type Rng } from '../../../lib/local/seed-data/random';

const SECRETS = {
  events: 'test-tracking-secret',
  aftership: 'test-aftership-secret',
  '17track': 'TEST17KEY0123456789',
} as const satisfies Record<TrackingSourceName, string>;

interface Enqueued {
  groupId: string;
  dedupId: string;
  body: string;
}

function recordingQueue(): TurnQueue & { sent: Enqueued[] } {
  const sent: Enqueued[] = [];
  return {
    sent,
    async enqueue(groupId, dedupId, body) {
      sent.push({ groupId, dedupId, body });
    },
  };
}

interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  extra?: Record<string, unknown>;
}

function recordingLogger(): TrackingLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (message: string, extra?: Record<string, unknown>): void => {
      lines.push({ level, message, ...(extra ? { extra } : {}) });
    };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** An API Gateway v2 event for `POST /tracking/{source}`, as the HTTP API hands it to the Lambda. */
function trackingEvent(
  source: string,
  body: Buffer | string,
  headers: Record<string, string> = {},
  base64 = false,
): APIGatewayProxyEventV2 {
  const raw = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const rawPath = `/tracking/${source}`;
  return {
    version: '2.0',
    routeKey: `POST ${rawPath}`,
    rawPath,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', 'content-length': String(raw.length), ...headers },
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method: 'POST', path: rawPath, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
      requestId: 'req-1',
      routeKey: `POST ${rawPath}`,
      stage: '$default',
      time: '20/Nov/2026:09:30:00 +0000',
      timeEpoch: NOW,
    },
    body: base64 ? raw.toString('base64') : raw.toString('utf8'),
    isBase64Encoded: base64,
  };
}

/** The same event, signed the way its sender signs (our HMAC, AfterShip's base64 HMAC, 17TRACK's sign). */
function signed(source: TrackingSourceName, body: Buffer | string, base64 = false): APIGatewayProxyEventV2 {
  const raw = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const adapter = trackingSources[source];
  return trackingEvent(
    source,
    raw,
    { [adapter.signatureHeader]: adapter.sign(raw, SECRETS[source]) },
    base64,
  );
}

const NOW = Date.parse('2026-11-20T09:30:00Z');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

let counter = 0;
/** A fresh tracking number per test, so the tests share the table but never a parcel. */
const nextTrackingNumber = () => `LX${String(10_000_000 + ++counter).padStart(9, '0')}CN`;

function shipmentFixture(trackingNumber: string): Shipment {
  return {
    trackingNumber,
    orderId: `6${String(counter).padStart(4, '0')}`,
    carrier: 'China Post',
    service: 'ePacket',
    origin: 'Shenzhen, CN',
    destination: 'BR',
    estimatedDelivery: '2026-11-25',
    events: [
      {
        at: iso(NOW - 72 * HOUR),
        code: 'label_created',
        location: 'Shenzhen, CN',
        description: 'Label created',
      },
      {
        at: iso(NOW - 48 * HOUR),
        code: 'in_transit',
        location: 'Hong Kong Hub, HK',
        description: 'In transit',
      },
    ],
  };
}

const normalized = (trackingNumber: string, overrides: Record<string, unknown> = {}) => ({
  id: `evt-${trackingNumber}-${String(overrides.status ?? 'customs_hold')}-${String(overrides.at ?? '')}`,
  trackingNumber,
  status: 'customs_hold',
  at: iso(NOW - 2 * HOUR),
  location: 'São Paulo, BR',
  description: 'Objeto retido pela fiscalização aduaneira',
  carrier: 'Correios',
  estimatedDelivery: '2026-11-29',
  ...overrides,
});

describe('tracking webhook handler (dynalite, recording queue)', () => {
  let dynamo: LocalDynamo;
  let stores: Stores;
  const tableName = 'crossdesk-tracking-webhook-test';
  const context = createLambdaContext({ functionName: 'tracking' });

  beforeAll(async () => {
    dynamo = await startDynalite({ tableName });
    stores = createDynamoStores({ tableName, client: dynamo.client });
  }, 30_000);
  afterAll(async () => {
    await dynamo?.stop();
  });

  /** A handler around the table, with its own queue and log, and a shipment of its own already stored. */
  async function prepare(overrides: Partial<TrackingWebhookDeps> = {}) {
    const queue = recordingQueue();
    const logger = recordingLogger();
    const trackingNumber = nextTrackingNumber();
    await stores.orders.putShipment(shipmentFixture(trackingNumber));
    const handler = createTrackingWebhookHandler({
      secrets: SECRETS,
      claims: stores.claims,
      orders: stores.orders,
      queue,
      logger,
      now: () => NOW,
      sleep: async () => {},
      ...overrides,
    });
    const invoke = async (event: APIGatewayProxyEventV2) => {
      const result = (await handler(event, context)) as APIGatewayProxyStructuredResultV2;
      return { ...result, json: JSON.parse(String(result.body ?? 'null')) as Record<string, unknown> };
    };
    return { queue, logger, trackingNumber, invoke };
  }

  const jobs = (queue: { sent: Enqueued[] }) =>
    queue.sent.map((entry) => ({ ...entry, body: JSON.parse(entry.body) as QueuedDeskJob }));

  describe('who may post', () => {
    it('401 without a signature, with a wrong one, or with one over other bytes — and nothing is written', async () => {
      const { invoke, queue, trackingNumber, logger } = await prepare();
      const body = json({ events: [normalized(trackingNumber)] });
      const wrongKey = trackingSources.events.sign(body, 'not-the-secret');
      const otherBody = trackingSources.events.sign(json({ events: [] }), SECRETS.events);
      const attempts: Record<string, string>[] = [
        {},
        { 'x-crossdesk-signature': '' },
        { 'x-crossdesk-signature': 'sha256=zz' },
        { 'x-crossdesk-signature': wrongKey },
        { 'x-crossdesk-signature': otherBody },
        // The right digest in the wrong header is no signature at all.
        { 'x-hub-signature-256': trackingSources.events.sign(body, SECRETS.events) },
      ];
      for (const headers of attempts) {
        const result = await invoke(trackingEvent('events', body, headers));
        expect(result.statusCode, JSON.stringify(headers)).toBe(401);
        expect(result.json).toEqual({ ok: false, error: 'unauthorized' });
      }
      expect(queue.sent).toEqual([]);
      expect((await stores.orders.getShipment(trackingNumber))?.events).toHaveLength(2);
      expect(logger.lines.filter((l) => l.message === 'tracking webhook rejected')).toHaveLength(6);
    });

    it("401 for an aggregator body signed with another source's secret or scheme", async () => {
      const { invoke, trackingNumber } = await prepare();
      const body = json({
        event: 'tracking_update',
        msg: { tracking_number: trackingNumber, checkpoints: [] },
      });
      expect((await invoke(trackingEvent('aftership', body))).statusCode).toBe(401);
      // AfterShip's scheme with our secret, and our scheme in AfterShip's header.
      const crossKey = trackingSources.aftership.sign(body, SECRETS.events);
      expect(
        (await invoke(trackingEvent('aftership', body, { 'aftership-hmac-sha256': crossKey }))).statusCode,
      ).toBe(401);
      const crossScheme = trackingSources.events.sign(body, SECRETS.aftership);
      expect(
        (await invoke(trackingEvent('aftership', body, { 'aftership-hmac-sha256': crossScheme }))).statusCode,
      ).toBe(401);
      expect((await invoke(trackingEvent('17track', body, { sign: 'f'.repeat(64) }))).statusCode).toBe(401);
    });

    it('404 for a source we do not serve or have no secret for, 405 for another method', async () => {
      const { invoke } = await prepare({ secrets: { events: SECRETS.events } });
      expect((await invoke(signed('events', '{}'))).statusCode).not.toBe(404);
      expect((await invoke(trackingEvent('fedex', '{}'))).statusCode).toBe(404);
      expect((await invoke(signed('aftership', '{}'))).statusCode).toBe(404);
      const get = signed('events', '{}');
      get.requestContext.http.method = 'GET';
      expect((await invoke(get)).statusCode).toBe(405);
    });
  });

  describe('what may be posted', () => {
    it('400 for a signed body that is not JSON, not our schema, or names a status we do not have', async () => {
      const { invoke, queue, trackingNumber } = await prepare();
      const cases: [string, Buffer | string][] = [
        ['empty', ''],
        ['not json', '{"events": ['],
        ['not an object', '"events"'],
        ['no events', '{}'],
        ['empty list', '{"events":[]}'],
        ['bad status', json({ events: [normalized(trackingNumber, { status: 'lost_in_space' })] })],
        ['no offset', json({ events: [normalized(trackingNumber, { at: '2026-11-20T08:00:00' })] })],
        ['spaces in id', json({ events: [normalized(trackingNumber, { id: 'two words' })] })],
        ['no description', json({ events: [normalized(trackingNumber, { description: '' })] })],
        ['too many', json({ events: Array.from({ length: 101 }, () => normalized(trackingNumber)) })],
      ];
      for (const [what, body] of cases) {
        const result = await invoke(signed('events', body));
        expect(result.statusCode, what).toBe(400);
        expect(result.json.ok, what).toBe(false);
      }
      const bad = await invoke(
        signed('events', json({ events: [normalized(trackingNumber, { status: 'x' })] })),
      );
      expect(bad.json.issues).toEqual([expect.objectContaining({ path: 'events.0.status' })]);
      expect(queue.sent).toEqual([]);
    });

    it('refuses an oversized body before reading it (413), signed or not, base64 or not', async () => {
      const { invoke, trackingNumber } = await prepare({ maxBodyBytes: 4096 });
      const big = json({ events: [normalized(trackingNumber, { description: 'x'.repeat(5000) })] });
      expect((await invoke(signed('events', big))).statusCode).toBe(413);
      expect((await invoke(signed('events', big, true))).statusCode).toBe(413);
      expect((await invoke(trackingEvent('events', big))).statusCode).toBe(413);
      // The default limit (256 KiB) applies without the option.
      const { invoke: byDefault } = await prepare();
      const huge = Buffer.alloc(256 * 1024 + 1, 0x20);
      expect((await byDefault(signed('events', huge))).statusCode).toBe(413);
    });

    it('reads a base64-encoded body (API Gateway does so for some content types)', async () => {
      const { invoke, trackingNumber } = await prepare();
      const result = await invoke(signed('events', json({ events: [normalized(trackingNumber)] }), true));
      expect(result.statusCode).toBe(200);
    });
  });

  describe('applying updates', () => {
    it('202 and a log line (hashed, never the number) for a tracking number that is not ours', async () => {
      const { invoke, queue, logger } = await prepare();
      const stranger = 'LX999999999CN';
      const result = await invoke(signed('events', json({ events: [normalized(stranger)] })));
      expect(result.statusCode).toBe(202);
      expect(result.json).toMatchObject({
        ok: true,
        applied: 0,
        unknown: 1,
        unknownTrackingNumbers: [stranger],
      });
      expect(queue.sent).toEqual([]);
      const line = logger.lines.find((l) => l.message === 'tracking number not found; events not applied');
      expect(line?.extra).toMatchObject({ source: 'events', events: 1 });
      expect(JSON.stringify(logger.lines)).not.toContain(stranger);
      // Not claimed: once the shipment exists, the same event applies.
      await stores.orders.putShipment({ ...shipmentFixture(stranger), trackingNumber: stranger });
      expect((await invoke(signed('events', json({ events: [normalized(stranger)] })))).statusCode).toBe(200);
    });

    it('200: persists the event (carrier text kept, estimate updated) and queues one shipment_update job', async () => {
      const { invoke, queue, trackingNumber, logger } = await prepare();
      const event = normalized(trackingNumber);
      const result = await invoke(signed('events', json({ events: [event] })));
      expect(result.statusCode).toBe(200);
      expect(result.json).toEqual({ ok: true, applied: 1, duplicates: 0, unknown: 0, ignored: 0 });

      const stored = await stores.orders.getShipment(trackingNumber);
      expect(stored?.events.at(-1)).toEqual({
        at: event.at,
        code: 'customs_hold',
        location: 'São Paulo, BR',
        description: 'Objeto retido pela fiscalização aduaneira',
      });
      expect(stored?.estimatedDelivery).toBe('2026-11-29');
      expect(jobs(queue)).toEqual([
        {
          groupId: `shipment:${trackingNumber}`,
          dedupId: expect.stringMatching(/^tracking:[0-9a-f]{40}$/),
          body: { v: 1, job: { kind: 'shipment_update', trackingNumber } },
        },
      ]);
      // The logs name the parcel by a hash and the codes it got, never the number or the carrier's text.
      const logged = JSON.stringify(logger.lines);
      expect(logged).not.toContain(trackingNumber);
      expect(logged).not.toContain('aduaneira');
      expect(logger.lines.find((l) => l.message === 'tracking events applied')?.extra).toMatchObject({
        added: 1,
        codes: ['customs_hold'],
      });
    });

    it('maps every status to its stored event code', async () => {
      const { invoke, trackingNumber } = await prepare();
      const statuses = [
        ['info_received', 'label_created'],
        ['in_transit', 'in_transit'],
        ['customs_hold', 'customs_hold'],
        ['exception', 'exception'],
        ['out_for_delivery', 'out_for_delivery'],
        ['failed_attempt', 'delivery_attempt_failed'],
        ['delivered', 'delivered'],
        ['returned', 'returned_to_sender'],
      ] as const;
      const events = statuses.map(([status], i) =>
        normalized(trackingNumber, {
          status,
          at: iso(NOW - (10 - i) * HOUR),
          id: `map-${trackingNumber}-${i}`,
        }),
      );
      expect((await invoke(signed('events', json({ events })))).statusCode).toBe(200);
      const stored = await stores.orders.getShipment(trackingNumber);
      expect(stored?.events.slice(2).map((e) => e.code)).toEqual(statuses.map(([, code]) => code));
    });

    it('a redelivered event changes nothing and queues nothing new', async () => {
      const { invoke, queue, trackingNumber } = await prepare();
      const body = json({ events: [normalized(trackingNumber)] });
      expect((await invoke(signed('events', body))).statusCode).toBe(200);
      const before = await stores.orders.getShipment(trackingNumber);

      const again = await invoke(signed('events', body));
      expect(again.statusCode).toBe(200);
      expect(again.json).toMatchObject({ applied: 0, duplicates: 1 });
      // Same id, other bytes (a sender that re-serializes): still the same event.
      const reworded = json({ events: [{ ...normalized(trackingNumber), description: 'retido' }] });
      expect((await invoke(signed('events', reworded))).json).toMatchObject({ applied: 0, duplicates: 1 });

      expect(await stores.orders.getShipment(trackingNumber)).toEqual(before);
      expect(queue.sent).toHaveLength(1);
    });

    it('concurrent deliveries of one parcel both land (the lock), each event once', async () => {
      const { invoke, queue, trackingNumber } = await prepare({ lockWaitsMs: Array(40).fill(5) });
      const a = normalized(trackingNumber, {
        status: 'in_transit',
        at: iso(NOW - 5 * HOUR),
        id: `a-${trackingNumber}`,
      });
      const b = normalized(trackingNumber, {
        status: 'customs_hold',
        at: iso(NOW - 4 * HOUR),
        id: `b-${trackingNumber}`,
      });
      const results = await Promise.all([
        invoke(signed('events', json({ events: [a] }))),
        invoke(signed('events', json({ events: [b] }))),
        invoke(signed('events', json({ events: [a] }))),
      ]);
      expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
      const stored = await stores.orders.getShipment(trackingNumber);
      expect(stored?.events.map((e) => e.code)).toEqual([
        'label_created',
        'in_transit',
        'in_transit',
        'customs_hold',
      ]);
      expect(queue.sent).toHaveLength(2);
    });

    it('out-of-order events are stored in time order, and an old one does not wind the estimate back', async () => {
      const { invoke, queue, trackingNumber } = await prepare();
      const newer = normalized(trackingNumber, {
        id: `late-${trackingNumber}`,
        status: 'out_for_delivery',
        at: iso(NOW - 1 * HOUR),
        description: 'Saiu para entrega',
        estimatedDelivery: '2026-11-20',
      });
      const older = normalized(trackingNumber, {
        id: `early-${trackingNumber}`,
        status: 'customs_hold',
        at: iso(NOW - 20 * HOUR),
        estimatedDelivery: '2026-11-30',
      });
      expect((await invoke(signed('events', json({ events: [newer] })))).statusCode).toBe(200);
      expect((await invoke(signed('events', json({ events: [older] })))).statusCode).toBe(200);

      const stored = await stores.orders.getShipment(trackingNumber);
      expect(stored?.events.map((e) => e.code)).toEqual([
        'label_created',
        'in_transit',
        'customs_hold',
        'out_for_delivery',
      ]);
      expect(stored?.estimatedDelivery).toBe('2026-11-20');
      // The old event is news too (the worker re-assesses; it decides whether the shopper hears of it).
      expect(queue.sent).toHaveLength(2);
    });

    it('events dated more than a day ahead are skipped, not stored', async () => {
      const { invoke, queue, trackingNumber } = await prepare();
      const future = normalized(trackingNumber, {
        at: iso(NOW + 3 * 24 * HOUR),
        id: `future-${trackingNumber}`,
      });
      const result = await invoke(signed('events', json({ events: [future] })));
      expect(result.statusCode).toBe(200);
      expect(result.json).toMatchObject({ applied: 0, ignored: 1 });
      expect((await stores.orders.getShipment(trackingNumber))?.events).toHaveLength(2);
      expect(queue.sent).toEqual([]);
    });

    it('a delivery naming ours and a stranger applies ours and answers 202', async () => {
      const { invoke, queue, trackingNumber } = await prepare();
      const body = json({ events: [normalized(trackingNumber), normalized('YT0000000000000001')] });
      const result = await invoke(signed('events', body));
      expect(result.statusCode).toBe(202);
      expect(result.json).toMatchObject({
        applied: 1,
        unknown: 1,
        unknownTrackingNumbers: ['YT0000000000000001'],
      });
      expect(queue.sent).toHaveLength(1);
    });

    it('an AfterShip tracking_update is mapped, applied and deduped checkpoint by checkpoint', async () => {
      const { invoke, queue, trackingNumber } = await prepare();
      const checkpoint = (overrides: Record<string, unknown>) => ({
        slug: 'china-post',
        created_at: iso(NOW - 6 * HOUR),
        checkpoint_time: '2026-11-20T00:10:00-03:00',
        location: 'Curitiba, PR, Brazil',
        message: 'Objeto recebido pela unidade de tratamento',
        tag: 'InTransit',
        subtag: 'InTransit_002',
        ...overrides,
      });
      const update = (checkpoints: unknown[]) => ({
        event: 'tracking_update',
        event_id: `as-${trackingNumber}`,
        ts: Math.floor(NOW / 1000),
        msg: {
          tracking_number: trackingNumber,
          slug: 'china-post',
          expected_delivery: '2026-11-27',
          checkpoints,
        },
      });
      const first = [checkpoint({})];
      let result = await invoke(signed('aftership', json(update(first))));
      expect(result.statusCode).toBe(200);
      expect(result.json).toMatchObject({ applied: 1 });
      let stored = await stores.orders.getShipment(trackingNumber);
      expect(stored?.events.at(-1)).toMatchObject({
        at: '2026-11-20T03:10:00.000Z',
        code: 'in_transit',
        location: 'Curitiba, PR, Brazil',
        description: 'Objeto recebido pela unidade de tratamento',
      });
      expect(stored?.estimatedDelivery).toBe('2026-11-27');

      // The next update carries the whole history again, plus a customs hold (Exception_004).
      const second = [
        ...first,
        checkpoint({
          checkpoint_time: '2026-11-20T04:00:00-03:00',
          message: 'Aguardando pagamento do despacho postal',
          tag: 'Exception',
          subtag: 'Exception_004',
        }),
      ];
      result = await invoke(signed('aftership', json(update(second))));
      expect(result.statusCode).toBe(200);
      stored = await stores.orders.getShipment(trackingNumber);
      expect(stored?.events.map((e) => e.code)).toEqual([
        'label_created',
        'in_transit',
        'in_transit',
        'customs_hold',
      ]);
      expect(stored?.events.at(-1)?.description).toBe('Aguardando pagamento do despacho postal');
      expect(queue.sent).toHaveLength(2);

      // Redelivered as is: nothing new.
      result = await invoke(signed('aftership', json(update(second))));
      expect(result.statusCode).toBe(200);
      expect(result.json).toMatchObject({ applied: 0 });
      expect(queue.sent).toHaveLength(2);

      // Other AfterShip events are taken (200) and ignored.
      result = await invoke(signed('aftership', json({ event: 'edd_revise', msg: {} })));
      expect(result.statusCode).toBe(200);
      expect(result.json).toMatchObject({ applied: 0, ignored: 1 });
    });

    it('a 17TRACK TRACKING_UPDATED is mapped and applied (customs sub-status, spaces in the number)', async () => {
      const { invoke, queue, trackingNumber } = await prepare();
      const scan = (overrides: Record<string, unknown>) => ({
        time_iso: '2026-11-20T02:00:00-03:00',
        time_utc: '2026-11-20T05:00:00Z',
        description: 'Fiscalização aduaneira finalizada',
        location: 'Curitiba',
        stage: null,
        sub_status: 'InTransit_CustomsProcessing',
        ...overrides,
      });
      const events = [
        scan({
          time_utc: '2026-11-20T07:00:00Z',
          description: 'Aguardando documentação do destinatário',
          sub_status: 'InTransit_CustomsRequiringInformation',
        }),
        scan({}),
      ];
      const body = {
        event: 'TRACKING_UPDATED',
        data: {
          number: `${trackingNumber.slice(0, 4)} ${trackingNumber.slice(4)}`,
          carrier: 3011,
          track_info: {
            latest_status: { status: 'InTransit', sub_status: 'InTransit_CustomsRequiringInformation' },
            latest_event: events[0],
            time_metrics: { estimated_delivery_date: { from: '2026-11-28', to: '2026-12-02' } },
            tracking: { providers: [{ provider: { name: 'China Post' }, events }] },
          },
        },
      };
      const result = await invoke(signed('17track', json(body)));
      expect(result.statusCode).toBe(200);
      expect(result.json).toMatchObject({ applied: 2 });
      const stored = await stores.orders.getShipment(trackingNumber);
      expect(stored?.events.slice(2)).toEqual([
        expect.objectContaining({ at: '2026-11-20T05:00:00.000Z', code: 'in_transit' }),
        expect.objectContaining({
          at: '2026-11-20T07:00:00.000Z',
          code: 'customs_hold',
          description: 'Aguardando documentação do destinatário',
        }),
      ]);
      expect(stored?.estimatedDelivery).toBe('2026-12-02');
      expect(jobs(queue).map((j) => j.body.job)).toEqual([{ kind: 'shipment_update', trackingNumber }]);
      // TRACKING_STOPPED and friends: taken and ignored.
      const stopped = await invoke(signed('17track', json({ event: 'TRACKING_STOPPED', data: {} })));
      expect(stopped.statusCode).toBe(200);
    });
  });

  describe('our side failing', () => {
    it('503 (the sender retries) when the store or the queue fails, and the retry then applies', async () => {
      const queue = recordingQueue();
      let failQueue = true;
      const trackingNumber = nextTrackingNumber();
      await stores.orders.putShipment(shipmentFixture(trackingNumber));
      const handler = createTrackingWebhookHandler({
        secrets: SECRETS,
        claims: stores.claims,
        orders: stores.orders,
        queue: {
          async enqueue(groupId, dedupId, body) {
            if (failQueue) throw new Error('SQS is down');
            await queue.enqueue(groupId, dedupId, body);
          },
        },
        now: () => NOW,
      });
      const body = json({ events: [normalized(trackingNumber)] });
      const first = (await handler(signed('events', body), context)) as APIGatewayProxyStructuredResultV2;
      expect(first.statusCode).toBe(503);
      failQueue = false;
      const retry = (await handler(signed('events', body), context)) as APIGatewayProxyStructuredResultV2;
      expect(retry.statusCode).toBe(200);
      expect(queue.sent).toHaveLength(1);
    });

    it('503 when another delivery holds the parcel longer than we wait', async () => {
      const { invoke, trackingNumber } = await prepare({ lockWaitsMs: [1, 1] });
      // Hold the lock the way a live delivery would (the claim the handler takes, by its key).
      const lock = `tracking-lock:${createHash('sha256').update(trackingNumber).digest('hex').slice(0, 40)}`;
      expect(await stores.claims.claim(lock, LOCK_TTL_SECONDS)).toBe(true);
      const result = await invoke(signed('events', json({ events: [normalized(trackingNumber)] })));
      expect(result.statusCode).toBe(503);
      await stores.claims.release(lock);
      expect(
        (await invoke(signed('events', json({ events: [normalized(trackingNumber)] })))).statusCode,
      ).toBe(200);
    });

    it('503 when the dependencies cannot load, and the next invocation loads them again', async () => {
      let attempts = 0;
      const handler = createTrackingWebhookHandler(async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('Secrets Manager unreachable');
        return { secrets: SECRETS, claims: stores.claims, orders: stores.orders, queue: recordingQueue() };
      });
      const body = json({ events: [normalized('LX000000000CN')] });
      const first = (await handler(signed('events', body), context)) as APIGatewayProxyStructuredResultV2;
      expect(first.statusCode).toBe(503);
      const second = (await handler(signed('events', body), context)) as APIGatewayProxyStructuredResultV2;
      expect(second.statusCode).toBe(202);
    });
  });

  describe('whatever a sender puts in a body', () => {
    it('never answers 5xx, signed or not, whichever source (seeded fuzz)', async () => {
      const { invoke, trackingNumber } = await prepare({ lockWaitsMs: [1] });
      const rng = createRng(20_261_120);
      const seeds = seedBodies(trackingNumber);
      const seen = new Map<number, number>();
      for (let i = 0; i < 400; i++) {
        const source = rng.pick(['events', 'aftership', '17track'] as const);
        const body = fuzzBody(rng, seeds[source]);
        const event = rng.chance(0.85) ? signed(source, body, rng.chance(0.2)) : trackingEvent(source, body);
        const result = await invoke(event);
        seen.set(result.statusCode ?? 0, (seen.get(result.statusCode ?? 0) ?? 0) + 1);
        expect(
          result.statusCode,
          `case ${i} (${source}): ${body.toString('utf8').slice(0, 300)}`,
        ).toBeLessThan(500);
        expect([200, 202, 400, 401, 413], `case ${i}`).toContain(result.statusCode);
      }
      // The fuzz reached every outcome, not only the parser's refusals.
      expect([...seen.keys()].sort()).toEqual(expect.arrayContaining([200, 202, 400, 401]));
    }, 120_000);

    it('never answers 5xx for bodies that fill a shipment to the limits (non-ASCII text, as many events as fit a body)', async () => {
      const { invoke, trackingNumber } = await prepare();
      // Three-byte characters at every length limit: a shipment item must still fit DynamoDB's 400 KB.
      const event = (n: number, i: number) =>
        normalized(trackingNumber, {
          id: `full-${n}-${i}-${trackingNumber}`,
          status: 'in_transit',
          at: iso(NOW - (n * 100 + i + 1) * 60_000),
          location: '深'.repeat(200),
          description: '圳'.repeat(1000),
          carrier: '邮'.repeat(100),
        });
      // 50 such events make a body just under the 256 KiB limit; five bodies exceed what a shipment keeps.
      for (let n = 0; n < 5; n++) {
        const body = json({ events: Array.from({ length: 50 }, (_, i) => event(n, i)) });
        const result = await invoke(signed('events', body));
        expect(result.statusCode, `delivery ${n}: ${JSON.stringify(result.json)}`).toBe(200);
      }
      const stored = await stores.orders.getShipment(trackingNumber);
      // DynamoDB counts UTF-8 bytes (dynalite counts characters, so it alone would not catch this).
      expect(Buffer.byteLength(JSON.stringify(stored))).toBeLessThan(350_000);
      // The newest events are the ones kept.
      expect(stored?.events.at(-1)?.at).toBe(iso(NOW - 60_000));
    }, 60_000);
  });
});

/** One valid body per source, the starting point of the mutations. */
function seedBodies(trackingNumber: string): Record<TrackingSourceName, unknown> {
  return {
    events: { events: [normalized(trackingNumber, { id: 'fuzz-seed' })] },
    aftership: {
      event: 'tracking_update',
      msg: {
        tracking_number: trackingNumber,
        expected_delivery: '2026-11-27',
        checkpoints: [
          {
            created_at: iso(NOW - 3 * HOUR),
            checkpoint_time: '2026-11-20T03:00:00',
            message: 'Em trânsito',
            tag: 'InTransit',
            subtag: 'InTransit_001',
            city: 'Curitiba',
          },
        ],
      },
    },
    '17track': {
      event: 'TRACKING_UPDATED',
      data: {
        number: trackingNumber,
        track_info: {
          latest_status: { status: 'Exception', sub_status: 'Exception_Security' },
          time_metrics: { estimated_delivery_date: { from: '2026-11-28', to: null } },
          tracking: {
            providers: [
              {
                provider: { name: 'Correios' },
                events: [
                  { time_utc: iso(NOW - 3 * HOUR), description: 'Retido', sub_status: 'Exception_Security' },
                ],
              },
            ],
          },
        },
      },
    },
  };
}

const WEIRD: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  Number.NaN,
  '',
  ' ',
  'x'.repeat(300),
  '\u0000',
  '💥',
  '2026-02-30T25:61:00Z',
  '2026-11-20T09:00:00+99:00',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '2026-11-20',
  [],
  {},
  JSON.parse('{"__proto__":{"polluted":true}}'),
  ['a', 1, null],
  'Exception_004',
  'InTransit',
  'delivered',
  'LX 000 000 000 CN',
  '__proto__',
  'constructor',
];

/** A mutated copy of a valid body, or plain garbage: a seeded mix of both. */
function fuzzBody(rng: Rng, seed: unknown): Buffer {
  const roll = rng.next();
  if (roll < 0.1) return Buffer.from(Array.from({ length: rng.int(0, 64) }, () => rng.int(0, 255)));
  if (roll < 0.15) return Buffer.from(JSON.stringify(seed).slice(0, rng.int(0, 80)));
  const copy = structuredClone(seed) as Record<string, unknown>;
  const mutations = rng.int(1, 4);
  for (let m = 0; m < mutations; m++) mutate(rng, copy);
  return Buffer.from(JSON.stringify(copy) ?? 'null');
}

function mutate(rng: Rng, root: unknown): void {
  // Walk to a random object or array inside the body, then replace, delete or add one of its members.
  let node = root;
  for (let depth = 0; depth < rng.int(0, 6); depth++) {
    if (!node || typeof node !== 'object') break;
    const entries = Object.keys(node as object);
    if (entries.length === 0) break;
    const next = (node as Record<string, unknown>)[rng.pick(entries)];
    if (!next || typeof next !== 'object') break;
    node = next;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const keys = Object.keys(record);
  const key =
    keys.length > 0 && rng.chance(0.8)
      ? rng.pick(keys)
      : rng.pick(['extra', 'tag', 'status', '0', '__proto__']);
  const what = rng.next();
  // Own properties only (defineProperty, hasOwn): a "__proto__" member must reach the parser as JSON text,
  // never re-point a prototype inside this test process.
  const own = Object.hasOwn(record, key) ? record[key] : undefined;
  if (what < 0.2) delete record[key];
  else if (what < 0.3 && Array.isArray(own)) own.push(structuredClone(own));
  else
    Object.defineProperty(record, key, {
      value: structuredClone(rng.pick(WEIRD)),
      enumerable: true,
      writable: true,
      configurable: true,
    });
}
