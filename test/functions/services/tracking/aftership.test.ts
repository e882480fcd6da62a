import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  afterShipStatus,
  parseAfterShipWebhook,
  signAfterShipBody,
  TrackingPayloadError,
  trackingSources,
  verifyAfterShipSignature,
} from '../../../../functions/services/tracking/index';

const SECRET = 'test-aftership-secret';

/** A tracking_update as AfterShip documents it (values invented): the whole history rides along. */
const trackingUpdate = (checkpoints: unknown[], extra: Record<string, unknown> = {}) => ({
  ts: 1_795_400_000,
  event: 'tracking_update',
  event_id: '6a1f0c52-9d8e-4b7a-a3e1-2c4d5e6f7a8b',
  is_tracking_first_tag: false,
  msg: {
    id: 'u7k2m9q4x1c8v5b3n6z0',
    tracking_number: '1ZA7X39F0412345678',
    slug: 'ups',
    tag: 'InTransit',
    subtag: 'InTransit_007',
    expected_delivery: '2026-11-24',
    checkpoints,
    ...extra,
  },
});

const checkpoint = (overrides: Record<string, unknown>) => ({
  slug: 'ups',
  created_at: '2026-11-19T08:05:11+00:00',
  checkpoint_time: '2026-11-19T03:58:00-05:00',
  city: 'Louisville',
  state: 'KY',
  country_region: 'USA',
  country_region_name: 'United States',
  location: 'Louisville, KY, United States',
  message: 'Departed from Facility',
  tag: 'InTransit',
  subtag: 'InTransit_007',
  subtag_message: 'Departure Scan',
  raw_tag: 'DP',
  ...overrides,
});

const raw = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('AfterShip signature (aftership-hmac-sha256)', () => {
  const body = raw(trackingUpdate([checkpoint({})]));

  it('accepts the base64 HMAC-SHA256 of the raw body', () => {
    const header = createHmac('sha256', SECRET).update(body).digest('base64');
    expect(signAfterShipBody(body, SECRET)).toBe(header);
    expect(verifyAfterShipSignature(body, header, SECRET)).toBe(true);
    expect(trackingSources.aftership.signatureHeader).toBe('aftership-hmac-sha256');
  });

  it('refuses a missing, hex, wrong-secret or tampered signature', () => {
    const header = signAfterShipBody(body, SECRET);
    expect(verifyAfterShipSignature(body, undefined, SECRET)).toBe(false);
    expect(
      verifyAfterShipSignature(body, createHmac('sha256', SECRET).update(body).digest('hex'), SECRET),
    ).toBe(false);
    expect(verifyAfterShipSignature(body, signAfterShipBody(body, 'other'), SECRET)).toBe(false);
    expect(verifyAfterShipSignature(raw({ ...trackingUpdate([]), ts: 1 }), header, SECRET)).toBe(false);
    expect(verifyAfterShipSignature(body, header, '')).toBe(false);
  });
});

describe('AfterShip status mapping', () => {
  it.each([
    ['InfoReceived', undefined, 'info_received'],
    ['InTransit', 'InTransit_003', 'in_transit'],
    ['OutForDelivery', 'OutForDelivery_001', 'out_for_delivery'],
    ['AvailableForPickup', 'AvailableForPickup_001', 'out_for_delivery'],
    ['AttemptFail', 'AttemptFail_001', 'failed_attempt'],
    ['Delivered', 'Delivered_003', 'delivered'],
    ['Exception', 'Exception_004', 'customs_hold'],
    // "Incorrect / missing documents" the regulators want: held, like a customs hold.
    ['Exception', 'Exception_018', 'customs_hold'],
    ['Exception', 'Exception_010', 'returned'],
    ['Exception', 'Exception_011', 'returned'],
    ['Exception', 'Exception_012', 'exception'],
    ['Pending', undefined, undefined],
    ['Expired', 'Expired_001', undefined],
    ['Teleported', undefined, undefined],
  ])('%s / %s → %s', (tag, subtag, expected) => {
    expect(afterShipStatus(tag, subtag)).toBe(expected);
  });
});

describe('parseAfterShipWebhook', () => {
  it('maps each checkpoint to an event, keeping the carrier text; the estimate goes on the newest', () => {
    const { events, ignored } = parseAfterShipWebhook(
      raw(
        trackingUpdate([
          checkpoint({
            checkpoint_time: '2026-11-17T21:14:00+08:00',
            created_at: '2026-11-17T13:20:02+00:00',
            location: null,
            city: 'Shenzhen',
            state: 'Guangdong',
            country_region_name: 'China',
            message: 'Shipper created a label, UPS has not received the package yet.',
            tag: 'InfoReceived',
            subtag: 'InfoReceived_001',
          }),
          checkpoint({}),
          checkpoint({
            checkpoint_time: '2026-11-20T10:02:00',
            created_at: '2026-11-20T15:07:45+00:00',
            location: 'Sao Paulo, BR',
            message: 'Your package is being held by customs / Retido na alfândega',
            tag: 'Exception',
            subtag: 'Exception_004',
          }),
        ]),
      ),
    );
    expect(ignored).toEqual([]);
    expect(events.map((e) => [e.status, e.at, e.location])).toEqual([
      ['info_received', '2026-11-17T13:14:00.000Z', 'Shenzhen, Guangdong, China'],
      ['in_transit', '2026-11-19T08:58:00.000Z', 'Louisville, KY, United States'],
      // No zone on checkpoint_time: AfterShip's own UTC record time is used.
      ['customs_hold', '2026-11-20T15:07:45.000Z', 'Sao Paulo, BR'],
    ]);
    expect(events[2]?.description).toBe('Your package is being held by customs / Retido na alfândega');
    expect(events.every((e) => e.trackingNumber === '1ZA7X39F0412345678' && e.carrier === 'ups')).toBe(true);
    expect(events.map((e) => e.estimatedDelivery)).toEqual([undefined, undefined, '2026-11-24']);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(events[0]?.id).toMatch(/^aftership:1ZA7X39F0412345678:[0-9a-f]{32}$/);
  });

  it('gives a checkpoint the same id in every later update (the dedupe key)', () => {
    const first = parseAfterShipWebhook(raw(trackingUpdate([checkpoint({})])));
    const later = parseAfterShipWebhook(
      raw(
        trackingUpdate(
          [
            checkpoint({}),
            checkpoint({
              checkpoint_time: '2026-11-21T09:30:00-03:00',
              tag: 'Delivered',
              subtag: 'Delivered_001',
              message: 'DELIVERED',
            }),
          ],
          { tag: 'Delivered', expected_delivery: null },
        ),
      ),
    );
    expect(later.events[0]?.id).toBe(first.events[0]?.id);
    expect(later.events[1]).toMatchObject({ status: 'delivered', at: '2026-11-21T12:30:00.000Z' });
    expect(later.events[1]?.estimatedDelivery).toBeUndefined();
  });

  it('skips Pending/Expired checkpoints and unreadable ones, and ignores other webhook events', () => {
    const { events, ignored } = parseAfterShipWebhook(
      raw(
        trackingUpdate([
          checkpoint({ tag: 'Pending', subtag: 'Pending_001' }),
          checkpoint({ checkpoint_time: 'yesterday', created_at: null }),
          'not a checkpoint',
          checkpoint({}),
        ]),
      ),
    );
    expect(events).toHaveLength(1);
    expect(ignored).toHaveLength(3);
    expect(parseAfterShipWebhook(raw({ event: 'edd_revise', msg: {} }))).toEqual({
      events: [],
      ignored: ['aftership event edd_revise'],
    });
  });

  it('falls back on the subtag message for an empty carrier text and clips long ones', () => {
    const { events } = parseAfterShipWebhook(
      raw(
        trackingUpdate([
          checkpoint({ message: '' }),
          checkpoint({ message: 'x'.repeat(5000), tag: 'Delivered' }),
        ]),
      ),
    );
    expect(events[0]?.description).toBe('Departure Scan');
    expect(events[1]?.description).toHaveLength(1000);
  });

  it('reads a tracking number printed with spaces, and answers one that cannot be ours as foreign', () => {
    const spaced = trackingUpdate([checkpoint({})]);
    spaced.msg.tracking_number = '1ZA7X39F 0412 345678';
    expect(parseAfterShipWebhook(raw(spaced)).events[0]?.trackingNumber).toBe('1ZA7X39F0412345678');
    const foreign = trackingUpdate([checkpoint({})]);
    foreign.msg.tracking_number = 'Ü'.repeat(10);
    expect(parseAfterShipWebhook(raw(foreign))).toEqual({
      events: [],
      ignored: ['aftership tracking number not ours'],
      foreign: 1,
    });
  });

  it('refuses bodies that are not AfterShip tracking webhooks', () => {
    for (const body of [
      Buffer.from('not json'),
      raw([]),
      raw({ msg: {} }),
      raw({ event: 'tracking_update' }),
      raw({ event: 'tracking_update', msg: { checkpoints: [] } }),
      raw({ event: 'tracking_update', msg: { tracking_number: '   ', checkpoints: [] } }),
      raw({ event: 'tracking_update', msg: { tracking_number: '1Z', checkpoints: 'all of them' } }),
    ]) {
      expect(() => parseAfterShipWebhook(body)).toThrow(TrackingPayloadError);
    }
  });
});
