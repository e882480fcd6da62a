// When the merchant's team is at work, read in the merchant's own time zone: open/closed by weekday and
// hour, the next opening across a weekend (and across a DST change), open minutes between two moments,
// and how the opening is said to a shopper — in the ETA line a handed-off shopper gets.
import { describe, expect, it } from 'vitest';
import {
  formatOpening,
  nextOpening,
  openMillisBetween,
  teamIsOpen,
} from '../../../functions/core/business-hours';
import { type MerchantConfig, parseMerchantConfig } from '../../../functions/core/merchant-config';
import { chat } from './turn-helpers';

const at = (iso: string) => new Date(iso);

function team(timezone: string, hours: { days?: number[]; open?: string; close?: string } = {}) {
  return parseMerchantConfig({
    brandName: 'Lumen & Loom',
    timezone,
    agents: { businessHours: { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', ...hours } },
  });
}

// Berlin is UTC+1 in March until Sunday 2026-03-29 02:00, then UTC+2 (CEST).
const berlin = team('Europe/Berlin');
const tokyo = team('Asia/Tokyo');
const roundTheClock: MerchantConfig = parseMerchantConfig({ brandName: 'Lumen & Loom' });

describe('teamIsOpen', () => {
  it.each([
    ['Friday 11:00 in Berlin', '2026-03-20T10:00:00Z', true],
    ['Friday 09:00 sharp: opening is inclusive', '2026-03-20T08:00:00Z', true],
    ['Friday 08:59', '2026-03-20T07:59:00Z', false],
    ['Friday 17:59', '2026-03-20T16:59:00Z', true],
    ['Friday 18:00 sharp: closing is exclusive', '2026-03-20T17:00:00Z', false],
    ['Saturday noon', '2026-03-21T11:00:00Z', false],
    ['Sunday noon', '2026-03-22T11:00:00Z', false],
    ['Monday 10:00', '2026-03-23T09:00:00Z', true],
  ])('Berlin team, %s → %s', (_label, iso, open) => {
    expect(teamIsOpen(berlin, at(iso))).toBe(open);
  });

  it('reads the hour in the merchant zone after the DST change: 07:30 UTC is 08:30 one Monday, 09:30 the next', () => {
    expect(teamIsOpen(berlin, at('2026-03-23T07:30:00Z'))).toBe(false); // 08:30 CET
    expect(teamIsOpen(berlin, at('2026-03-30T07:30:00Z'))).toBe(true); // 09:30 CEST
    expect(teamIsOpen(berlin, at('2026-03-30T16:30:00Z'))).toBe(false); // 18:30 CEST
  });

  it('reads the weekday in the merchant zone: Friday afternoon in UTC is already Saturday in Tokyo', () => {
    expect(teamIsOpen(tokyo, at('2026-03-20T05:00:00Z'))).toBe(true); // Friday 14:00 JST
    expect(teamIsOpen(tokyo, at('2026-03-20T16:00:00Z'))).toBe(false); // Saturday 01:00 JST
    expect(teamIsOpen(tokyo, at('2026-03-22T23:30:00Z'))).toBe(false); // Monday 08:30 JST
    expect(teamIsOpen(tokyo, at('2026-03-23T00:30:00Z'))).toBe(true); // Monday 09:30 JST
  });

  it('a team that works weekends only, and a team without hours, which is always there', () => {
    const weekend = team('Europe/Berlin', { days: [6, 7], open: '10:00', close: '14:00' });
    expect(teamIsOpen(weekend, at('2026-03-21T10:00:00Z'))).toBe(true); // Saturday 11:00
    expect(teamIsOpen(weekend, at('2026-03-20T10:00:00Z'))).toBe(false); // Friday 11:00
    expect(teamIsOpen(roundTheClock, at('2026-03-22T03:00:00Z'))).toBe(true);
  });
});

describe('nextOpening', () => {
  it('from Friday evening skips the weekend to Monday 09:00 local, across the DST change', () => {
    // Friday 2026-03-27 18:30 CET → Monday 2026-03-30 09:00 CEST (= 07:00 UTC, not 08:00).
    expect(nextOpening(berlin, at('2026-03-27T17:30:00Z'))?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    // A plain weekend without a clock change: Saturday → Monday 09:00 CET.
    expect(nextOpening(berlin, at('2026-03-21T11:00:00Z'))?.toISOString()).toBe('2026-03-23T08:00:00.000Z');
  });

  it('early on a working day it is the same morning, never a minute before opening', () => {
    expect(nextOpening(berlin, at('2026-03-23T06:47:13Z'))?.toISOString()).toBe('2026-03-23T08:00:00.000Z');
  });

  it('is undefined while the team is open, and for a team without hours', () => {
    expect(nextOpening(berlin, at('2026-03-20T10:00:00Z'))).toBeUndefined();
    expect(nextOpening(roundTheClock, at('2026-03-21T11:00:00Z'))).toBeUndefined();
  });

  it('Tokyo: a Saturday in Tokyo (still Friday in UTC) waits for Monday 09:00 JST', () => {
    expect(nextOpening(tokyo, at('2026-03-20T16:00:00Z'))?.toISOString()).toBe('2026-03-23T00:00:00.000Z');
  });
});

describe('openMillisBetween', () => {
  const minutes = (ms: number) => ms / 60_000;

  it('counts only open hours: Friday 17:00 → Monday 09:30 is one hour and a half', () => {
    expect(minutes(openMillisBetween(berlin, at('2026-03-20T16:00:00Z'), at('2026-03-23T08:30:00Z')))).toBe(
      90,
    );
  });

  it('a weekend counts nothing; a team without hours counts all of it; a reversed span is zero', () => {
    expect(openMillisBetween(berlin, at('2026-03-21T08:00:00Z'), at('2026-03-22T20:00:00Z'))).toBe(0);
    expect(
      minutes(openMillisBetween(roundTheClock, at('2026-03-21T08:00:00Z'), at('2026-03-21T09:15:00Z'))),
    ).toBe(75);
    expect(openMillisBetween(berlin, at('2026-03-20T12:00:00Z'), at('2026-03-20T10:00:00Z'))).toBe(0);
  });
});

describe('formatOpening', () => {
  const monday9 = at('2026-03-30T07:00:00Z'); // 09:00 in Berlin

  it('says the day and time in the shopper’s language and the merchant’s zone', () => {
    expect(formatOpening('fr', monday9, 'Europe/Berlin')).toBe('lundi 09:00');
    expect(formatOpening('de', monday9, 'Europe/Berlin')).toBe('Montag, 09:00');
    expect(formatOpening('en', monday9, 'Europe/Berlin')).toMatch(/^Monday 0?9:00/);
    // The same instant in UTC is 07:00: the zone is applied, not the server's.
    expect(formatOpening('fr', monday9, 'UTC')).toBe('lundi 07:00');
  });
});

describe('the ETA line a handed-off shopper gets', () => {
  it('during open hours: “usually within N minutes”', async () => {
    const c = await chat('whatsapp', {
      merchant: parseMerchantConfig({
        ...team('Europe/Berlin'),
        agents: { ...berlin.agents, replyMinutes: 20 },
      }),
      now: () => at('2026-03-20T10:00:00Z'),
    });
    const result = await c.send('I want to talk to a person');
    expect(result.handoff?.reason).toBe('shopper_request');
    expect(result.replies[0]?.text).toMatch(/bringing in a colleague.*usually replies within 20 minutes\./s);
  });

  it('on a Saturday in Spanish: when the team is back, in Spanish, in the merchant’s zone', async () => {
    const c = await chat('whatsapp', { merchant: berlin, now: () => at('2026-03-21T11:00:00Z') });
    const result = await c.send('¿Puedo hablar con una persona, por favor?');
    expect(c.conversation.language).toBe('es');
    expect(result.handoff?.reason).toBe('shopper_request');
    expect(result.replies[0]?.language).toBe('es');
    expect(result.replies[0]?.text).toContain('vuelve el lunes, 09:00');
    expect(c.conversation.handoff).toMatchObject({
      status: 'waiting',
      requestedAt: '2026-03-21T11:00:00.000Z',
    });
  });
});
