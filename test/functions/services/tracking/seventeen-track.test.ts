import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  parseSeventeenTrackWebhook,
  seventeenTrackStatus,
  signSeventeenTrackBody,
  TrackingPayloadError,
  trackingSources,
  verifySeventeenTrackSignature,
} from '../../../../functions/services/tracking/index';

const KEY = 'TEST17KEY0123456789ABCDEF';
const raw = (value: unknown) => Buffer.from(JSON.stringify(value));

const scan = (overrides: Record<string, unknown>) => ({
  time_iso: '2026-11-18T14:26:00+08:00',
  time_utc: '2026-11-18T06:26:00Z',
  time_raw: { date: '2026-11-18', time: '14:26:00', timezone: '+08:00' },
  description: '【深圳市】快件已到达 深圳国际转运中心 / Arrived at Shenzhen hub',
  location: 'Shenzhen',
  stage: 'Arrival',
  sub_status: 'InTransit_Arrival',
  address: { country: 'CN', state: 'Guangdong', city: 'Shenzhen', street: null, postal_code: null },
  ...overrides,
});

/** A TRACKING_UPDATED as 17TRACK's v2 docs describe it (values invented). */
const updated = (
  events: unknown[],
  latest: Record<string, unknown> = { status: 'InTransit', sub_status: 'InTransit_Arrival' },
) => ({
  event: 'TRACKING_UPDATED',
  data: {
    number: 'YT2632818465017291',
    carrier: 190_008,
    param: null,
    tag: '50731',
    track_info: {
      shipping_info: { shipper_address: { country: 'CN' }, recipient_address: { country: 'DE' } },
      latest_status: latest,
      latest_event: events[0] ?? null,
      time_metrics: {
        days_after_order: 3,
        estimated_delivery_date: {
          source: '17TRACK',
          from: '2026-11-25T00:00:00+01:00',
          to: '2026-11-28T00:00:00+01:00',
        },
      },
      tracking: {
        providers_hash: 1_234_567,
        providers: [
          { provider: { key: 190_008, name: 'YunExpress', alias: 'YunExpress' }, service_type: null, events },
        ],
      },
    },
  },
});

describe('17TRACK sign header', () => {
  const body = raw(updated([scan({})]));

  it('accepts the sha256 hex of "<raw body>/<security key>", either case', () => {
    const expected = createHash('sha256')
      .update(`${body.toString('utf8')}/${KEY}`)
      .digest('hex');
    expect(signSeventeenTrackBody(body, KEY)).toBe(expected);
    expect(verifySeventeenTrackSignature(body, expected, KEY)).toBe(true);
    expect(verifySeventeenTrackSignature(body, expected.toUpperCase(), KEY)).toBe(true);
    expect(trackingSources['17track'].signatureHeader).toBe('sign');
  });

  it('refuses a missing, short, wrong-key or tampered sign', () => {
    const sign = signSeventeenTrackBody(body, KEY);
    expect(verifySeventeenTrackSignature(body, undefined, KEY)).toBe(false);
    expect(verifySeventeenTrackSignature(body, sign.slice(1), KEY)).toBe(false);
    expect(verifySeventeenTrackSignature(body, signSeventeenTrackBody(body, 'other'), KEY)).toBe(false);
    expect(verifySeventeenTrackSignature(raw(updated([])), sign, KEY)).toBe(false);
    // The plain sha256 of the body (no key) must not pass.
    expect(verifySeventeenTrackSignature(body, createHash('sha256').update(body).digest('hex'), KEY)).toBe(
      false,
    );
    expect(verifySeventeenTrackSignature(body, sign, '')).toBe(false);
  });
});

describe('17TRACK status mapping', () => {
  it.each([
    ['InfoReceived', undefined, 'info_received'],
    ['InTransit', 'InTransit_PickedUp', 'in_transit'],
    ['InTransit', 'InTransit_CustomsRequiringInformation', 'customs_hold'],
    ['OutForDelivery', 'OutForDelivery_Other', 'out_for_delivery'],
    ['AvailableForPickup', 'AvailableForPickup_Other', 'out_for_delivery'],
    ['DeliveryFailure', 'DeliveryFailure_NoBody', 'failed_attempt'],
    // "Security, customs clearance or fees" stopped the delivery: the shopper's next step is customs.
    ['DeliveryFailure', 'DeliveryFailure_Security', 'customs_hold'],
    ['Delivered', 'Delivered_Other', 'delivered'],
    ['Exception', 'Exception_Security', 'customs_hold'],
    ['Exception', 'Exception_Returning', 'returned'],
    ['Exception', 'Exception_Returned', 'returned'],
    ['Exception', 'Exception_Damage', 'exception'],
    ['Expired', 'Expired_Other', undefined],
    ['NotFound', 'NotFound_Other', undefined],
  ])('%s / %s → %s', (status, sub, expected) => {
    expect(seventeenTrackStatus(status, sub)).toBe(expected);
  });
});

describe('parseSeventeenTrackWebhook', () => {
  it('maps every provider event, newest first as sent, keeping the carrier text', () => {
    const { events, ignored } = parseSeventeenTrackWebhook(
      raw(
        updated(
          [
            scan({
              time_iso: '2026-11-21T09:12:00+01:00',
              time_utc: '2026-11-21T08:12:00Z',
              description: 'Zollabfertigung: Sendung angehalten / Held by customs',
              location: '',
              stage: null,
              sub_status: 'Exception_Security',
              address: { country: 'DE', state: 'HE', city: 'Frankfurt' },
            }),
            scan({}),
            scan({
              time_iso: '2026-11-17T10:03:00+08:00',
              time_utc: null,
              description: 'Shipment information received',
              stage: 'InfoReceived',
              sub_status: 'InfoReceived',
            }),
          ],
          { status: 'Exception', sub_status: 'Exception_Security' },
        ),
      ),
    );
    expect(ignored).toEqual([]);
    expect(events.map((e) => [e.status, e.at, e.location])).toEqual([
      ['customs_hold', '2026-11-21T08:12:00.000Z', 'Frankfurt, HE, DE'],
      ['in_transit', '2026-11-18T06:26:00.000Z', 'Shenzhen'],
      ['info_received', '2026-11-17T02:03:00.000Z', 'Shenzhen'],
    ]);
    expect(events[0]?.description).toBe('Zollabfertigung: Sendung angehalten / Held by customs');
    expect(events.every((e) => e.carrier === 'YunExpress' && e.trackingNumber === 'YT2632818465017291')).toBe(
      true,
    );
    expect(events.map((e) => e.estimatedDelivery)).toEqual(['2026-11-28', undefined, undefined]);
    expect(events[0]?.id).toMatch(/^17track:YT2632818465017291:[0-9a-f]{32}$/);
  });

  it('maps each main status through the events sub-status, and the stage when there is none', () => {
    const statuses = [
      ['OutForDelivery_Other', null, 'out_for_delivery'],
      ['DeliveryFailure_Other', null, 'failed_attempt'],
      ['Delivered_Other', null, 'delivered'],
      ['Exception_Returned', null, 'returned'],
      [null, 'PickedUp', 'in_transit'],
      [null, 'AvailableForPickup', 'out_for_delivery'],
      [null, 'Returning', 'returned'],
    ] as const;
    const { events } = parseSeventeenTrackWebhook(
      raw(
        updated(
          statuses.map(([sub, stage], i) =>
            scan({ time_utc: `2026-11-2${i}T10:00:00Z`, sub_status: sub, stage, description: `scan ${i}` }),
          ),
        ),
      ),
    );
    expect(events.map((e) => e.status)).toEqual(statuses.map(([, , status]) => status));
  });

  it('uses the latest status for a latest event that states none, and the latest event when no provider sent events', () => {
    const lone = scan({ sub_status: null, stage: null, description: 'Delivered to a neighbour' });
    const body = updated([], { status: 'Delivered', sub_status: 'Delivered_Other' });
    body.data.track_info.latest_event = lone;
    const { events } = parseSeventeenTrackWebhook(raw(body));
    expect(events).toEqual([
      expect.objectContaining({ status: 'delivered', description: 'Delivered to a neighbour' }),
    ]);
  });

  it('drops the same scan reported by two providers, skips NotFound and unreadable events', () => {
    const body = updated([
      scan({}),
      scan({ sub_status: 'NotFound_Other' }),
      scan({ time_utc: null, time_iso: 'n/a' }),
      7,
    ]);
    body.data.track_info.tracking.providers.push({
      provider: { key: 21_051, name: 'DHL Paket', alias: 'DHL' },
      service_type: null,
      events: [scan({})],
    });
    const { events, ignored } = parseSeventeenTrackWebhook(raw(body));
    expect(events).toHaveLength(1);
    expect(ignored).toHaveLength(3);
  });

  it('ignores other webhook events and refuses bodies that are not 17TRACK webhooks', () => {
    expect(parseSeventeenTrackWebhook(raw({ event: 'TRACKING_STOPPED', data: { number: 'X' } }))).toEqual({
      events: [],
      ignored: ['17track event TRACKING_STOPPED'],
    });
    for (const body of [
      Buffer.from('<xml/>'),
      raw({ data: {} }),
      raw({ event: 'TRACKING_UPDATED' }),
      raw({ event: 'TRACKING_UPDATED', data: { track_info: {} } }),
      raw({ event: 'TRACKING_UPDATED', data: { number: 42 } }),
      raw({
        event: 'TRACKING_UPDATED',
        data: { number: 'YT1', track_info: { tracking: { providers: 'many' } } },
      }),
    ]) {
      expect(() => parseSeventeenTrackWebhook(body)).toThrow(TrackingPayloadError);
    }
  });
});
