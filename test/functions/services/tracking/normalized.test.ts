import { describe, expect, it } from 'vitest';
import type { Shipment } from '../../../../functions/core/types';
import {
  MAX_SHIPMENT_EVENT_BYTES,
  MAX_SHIPMENT_EVENTS,
  mergeTrackingEvents,
  type NormalizedTrackingEvent,
  parseNormalizedEvents,
  STATUS_TO_EVENT_CODE,
  signCrossdeskBody,
  TRACKING_STATUSES,
  TrackingPayloadError,
  trackingSources,
  verifyCrossdeskSignature,
} from '../../../../functions/services/tracking/index';

const SECRET = 'test-tracking-secret';
const body = (value: unknown) => Buffer.from(JSON.stringify(value));

const event = (overrides: Partial<NormalizedTrackingEvent> = {}): NormalizedTrackingEvent => ({
  id: 'evt-7f3a-0001',
  trackingNumber: 'LX482913375CN',
  status: 'in_transit',
  at: '2026-11-18T09:42:00+08:00',
  location: 'Shenzhen, CN',
  description: 'Departed from sorting centre 深圳国际 / Dispatched from sorting center',
  ...overrides,
});

const shipment = (): Shipment => ({
  trackingNumber: 'LX482913375CN',
  orderId: '50731',
  carrier: 'China Post',
  service: 'ePacket',
  origin: 'CN',
  destination: 'BR',
  estimatedDelivery: '2026-11-29',
  events: [
    {
      at: '2026-11-16T02:10:00.000Z',
      code: 'label_created',
      location: 'Shenzhen, CN',
      description: 'Electronic information received',
    },
  ],
});

function issuesOf(value: unknown): { path: string; message: string }[] {
  try {
    parseNormalizedEvents(body(value));
  } catch (error) {
    expect(error).toBeInstanceOf(TrackingPayloadError);
    return [...(error as TrackingPayloadError).issues];
  }
  throw new Error('expected the body to be refused');
}

describe('POST /tracking/events schema', () => {
  it('parses a valid body and normalizes times to UTC', () => {
    const [parsed] = parseNormalizedEvents(
      body({ events: [event({ carrier: 'china-post', estimatedDelivery: '2026-11-27' })] }),
    );
    expect(parsed).toEqual({
      ...event({ carrier: 'china-post', estimatedDelivery: '2026-11-27' }),
      at: '2026-11-18T01:42:00.000Z',
    });
  });

  it('accepts an estimated delivery as a date-time with an offset', () => {
    const [parsed] = parseNormalizedEvents(
      body({ events: [event({ estimatedDelivery: '2026-11-27T18:00:00Z' })] }),
    );
    expect(parsed?.estimatedDelivery).toBe('2026-11-27T18:00:00Z');
  });

  it('names every wrong field by its path', () => {
    const issues = issuesOf({
      events: [
        event({ status: 'lost' as never }),
        { ...event(), at: '2026-11-18 09:42' },
        { ...event(), id: undefined },
        { ...event(), trackingNumber: 'LX 4829' },
        { ...event(), description: '' },
        { ...event(), estimatedDelivery: 'next week' },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'events.0.status',
      'events.1.at',
      'events.2.id',
      'events.3.trackingNumber',
      'events.4.description',
      'events.5.estimatedDelivery',
    ]);
  });

  it('refuses a time without an offset, an empty or oversized batch, non-JSON and a non-object', () => {
    expect(issuesOf({ events: [event({ at: '2026-11-18T09:42:00' })] })[0]?.path).toBe('events.0.at');
    expect(issuesOf({ events: [] })[0]?.path).toBe('events');
    expect(issuesOf({ events: Array.from({ length: 101 }, (_, i) => event({ id: `e${i}` })) })[0]?.path).toBe(
      'events',
    );
    expect(issuesOf({})[0]?.path).toBe('events');
    expect(issuesOf([event()])[0]?.path).toBe('(body)');
    expect(() => parseNormalizedEvents(Buffer.from('{"events": ['))).toThrow(/not valid JSON/);
  });

  it('puts the wrong fields in the error message', () => {
    expect(() => parseNormalizedEvents(body({ events: [event({ status: 'lost' as never })] }))).toThrow(
      /events\.0\.status: Invalid option/,
    );
  });
});

describe('x-crossdesk-signature', () => {
  const raw = body({ events: [event()] });

  it('accepts sha256=<hex HMAC of the raw body>, in either case', () => {
    const signature = signCrossdeskBody(raw, SECRET);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyCrossdeskSignature(raw, signature, SECRET)).toBe(true);
    expect(verifyCrossdeskSignature(raw, signature.toUpperCase().replace('SHA256=', 'sha256='), SECRET)).toBe(
      true,
    );
  });

  it('refuses a missing, malformed, wrong-secret or other-body signature', () => {
    const signature = signCrossdeskBody(raw, SECRET);
    expect(verifyCrossdeskSignature(raw, undefined, SECRET)).toBe(false);
    expect(verifyCrossdeskSignature(raw, signature.slice(7), SECRET)).toBe(false);
    expect(verifyCrossdeskSignature(raw, 'sha256=abc', SECRET)).toBe(false);
    expect(verifyCrossdeskSignature(raw, signCrossdeskBody(raw, 'other'), SECRET)).toBe(false);
    expect(verifyCrossdeskSignature(Buffer.concat([raw, Buffer.from(' ')]), signature, SECRET)).toBe(false);
    expect(verifyCrossdeskSignature(raw, signature, '')).toBe(false);
  });

  it('is the events source of the registry', () => {
    expect(trackingSources.events.signatureHeader).toBe('x-crossdesk-signature');
    expect(trackingSources.events.verify(raw, trackingSources.events.sign(raw, SECRET), SECRET)).toBe(true);
  });
});

describe('status mapping', () => {
  it('maps every status to its shipment event code', () => {
    expect(STATUS_TO_EVENT_CODE).toEqual({
      info_received: 'label_created',
      in_transit: 'in_transit',
      customs_hold: 'customs_hold',
      exception: 'exception',
      out_for_delivery: 'out_for_delivery',
      failed_attempt: 'delivery_attempt_failed',
      delivered: 'delivered',
      returned: 'returned_to_sender',
    });
    expect(Object.keys(STATUS_TO_EVENT_CODE).sort()).toEqual([...TRACKING_STATUSES].sort());
  });
});

describe('mergeTrackingEvents', () => {
  it('adds new events in time order, keeps the carrier text, updates the estimate', () => {
    const events = parseNormalizedEvents(
      body({
        events: [
          event({
            id: 'b',
            status: 'customs_hold',
            at: '2026-11-20T11:00:00Z',
            description: 'Held at customs (RFB)',
          }),
          event({ id: 'a', at: '2026-11-18T09:42:00+08:00', estimatedDelivery: '2026-11-30' }),
        ],
      }),
    );
    const { shipment: next, added, changed } = mergeTrackingEvents(shipment(), events);
    expect(changed).toBe(true);
    expect(added.map((e) => e.code)).toEqual(['customs_hold', 'in_transit']);
    expect(next.events.map((e) => [e.at, e.code])).toEqual([
      ['2026-11-16T02:10:00.000Z', 'label_created'],
      ['2026-11-18T01:42:00.000Z', 'in_transit'],
      ['2026-11-20T11:00:00.000Z', 'customs_hold'],
    ]);
    expect(next.events[2]?.description).toBe('Held at customs (RFB)');
    expect(next.estimatedDelivery).toBe('2026-11-30');
    expect(next.carrier).toBe('China Post');
  });

  it('never stores the same (time, code) twice, whatever the spelling of the time', () => {
    const again = event({
      status: 'info_received',
      at: '2026-11-16T10:10:00+08:00',
      description: 'other text',
    });
    const { shipment: next, added, changed } = mergeTrackingEvents(shipment(), [again, again]);
    expect(added).toEqual([]);
    expect(changed).toBe(false);
    expect(next.events).toHaveLength(1);
  });

  it('takes the estimate of the newest event that has one, and counts an estimate-only change', () => {
    const { shipment: next, changed } = mergeTrackingEvents(shipment(), [
      event({ at: '2026-11-16T02:10:00.000Z', status: 'info_received', estimatedDelivery: '2026-12-02' }),
    ]);
    expect(changed).toBe(true);
    expect(next.estimatedDelivery).toBe('2026-12-02');
  });

  it('does not let a late-arriving older scan wind the estimate back', () => {
    const stored = { ...shipment(), estimatedDelivery: '2026-12-05' };
    stored.events.push({
      at: '2026-11-19T08:00:00.000Z',
      code: 'customs_hold',
      location: 'Curitiba, BR',
      description: 'Held at customs',
    });
    const { shipment: next, added } = mergeTrackingEvents(stored, [
      event({ at: '2026-11-18T01:42:00Z', estimatedDelivery: '2026-11-27' }),
    ]);
    expect(added).toHaveLength(1);
    expect(next.estimatedDelivery).toBe('2026-12-05');
  });

  it(`keeps the newest ${MAX_SHIPMENT_EVENTS} events`, () => {
    const many = Array.from({ length: MAX_SHIPMENT_EVENTS + 5 }, (_, i) =>
      event({ id: `e${i}`, at: new Date(Date.UTC(2026, 10, 17, 0, i)).toISOString() }),
    );
    const { shipment: next } = mergeTrackingEvents(shipment(), many);
    expect(next.events).toHaveLength(MAX_SHIPMENT_EVENTS);
    expect(next.events.at(-1)?.at).toBe(many.at(-1)?.at);
  });

  it('keeps the newest events that fit the byte budget, whatever the characters', () => {
    // 1,000 three-byte characters per event: 200 of them would be ~700 KB, past DynamoDB's 400 KB item.
    const wide = Array.from({ length: MAX_SHIPMENT_EVENTS }, (_, i) =>
      event({
        id: `w${i}`,
        at: new Date(Date.UTC(2026, 10, 17, 0, i)).toISOString(),
        location: '深'.repeat(200),
        description: '圳'.repeat(1000),
      }),
    );
    const { shipment: next, added } = mergeTrackingEvents(shipment(), wide);
    const bytes = Buffer.byteLength(JSON.stringify(next.events));
    expect(bytes).toBeLessThanOrEqual(MAX_SHIPMENT_EVENT_BYTES);
    expect(next.events.length).toBeGreaterThan(50);
    expect(next.events.at(-1)?.at).toBe(wide.at(-1)?.at);
    // What was trimmed on arrival is not reported as added.
    expect(added).toHaveLength(next.events.length);
    // An old event as wide as the rest, trimmed the moment it arrives, changes nothing.
    const old = event({
      id: 'old',
      status: 'customs_hold',
      at: '2026-11-01T00:00:00Z',
      location: '深'.repeat(200),
      description: '圳'.repeat(1000),
    });
    expect(mergeTrackingEvents(next, [old]).changed).toBe(false);
  });
});
