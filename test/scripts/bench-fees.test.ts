// The platform-fee arithmetic of the cost bench: country by calling code, WhatsApp per delivered message,
// LINE's shared monthly quota, and the shipped rates file parses (each entry with its assumption).
import { describe, expect, it } from 'vitest';
import {
  channelFigures,
  countryOfNumber,
  lineFee,
  loadPlatformRates,
  type PlatformRates,
  parsePlatformRates,
  whatsappFee,
} from '../../scripts/bench/platform-fees';
import { emptyTally } from '../../scripts/bench/platforms';

const rates: PlatformRates = parsePlatformRates({
  note: 'test rates',
  currency: 'USD',
  conversationsPerMonth: { value: 1000, note: 'n' },
  whatsapp: {
    note: 'n',
    callingCodes: { '1': 'US', '55': 'BR', '886': 'TW' },
    rates: {
      BR: { template: 0.01, service: 0, note: 'n' },
      TW: { template: 0.03, service: 0.001, note: 'n' },
      default: { template: 0.05, service: 0, note: 'n' },
    },
  },
  line: {
    note: 'n',
    plan: 'paid',
    otherPushesPerMonth: { value: 500, note: 'n' },
    plans: {
      paid: { monthlyFee: 100, freeMessages: 2000, perMessage: 0.02, note: 'n' },
      capped: { monthlyFee: 0, freeMessages: 200, perMessage: null, note: 'n' },
    },
  },
  telegram: { note: 'n', perMessage: 0 },
});

describe('platform fees', () => {
  it('finds the country by the longest calling code', () => {
    expect(countryOfNumber('5511987654321', rates.whatsapp.callingCodes)).toBe('BR');
    expect(countryOfNumber('886912345678', rates.whatsapp.callingCodes)).toBe('TW');
    expect(countryOfNumber('14155550123', rates.whatsapp.callingCodes)).toBe('US');
    expect(countryOfNumber('4915112345678', rates.whatsapp.callingCodes)).toBeUndefined();
  });

  it('prices WhatsApp per delivered message at the recipient country, else the default', () => {
    const fee = whatsappFee(
      {
        '5511987654321': { templates: 2, service: 10 },
        '886912345678': { templates: 1, service: 3 },
        // US has no rate of its own and DE no calling code: both take the default.
        '14155550123': { templates: 1, service: 4 },
        '4915112345678': { templates: 1, service: 0 },
      },
      rates.whatsapp,
    );
    expect(fee).toBeCloseTo(2 * 0.01 + (0.03 + 3 * 0.001) + 0.05 + 0.05, 10);
  });

  it('charges LINE pushes only beyond the free messages the merchant’s other pushes left', () => {
    // 1000 conversations × 3 pushes = 3000; 2000 free − 500 other = 1500 left; 1500 billable × $0.02.
    const fee = lineFee(3, rates);
    expect(fee.monthlyBotPushes).toBe(3000);
    expect(fee.billablePushes).toBe(1500);
    expect(fee.perConversation).toBeCloseTo((1500 * 0.02) / 1000, 10);
    expect(fee.marginalPerConversation).toBeCloseTo(0.06, 10);
    // Within the quota a conversation costs nothing.
    expect(lineFee(1, rates).perConversation).toBe(0);
  });

  it('reports LINE pushes a capped plan cannot send instead of pricing them', () => {
    const fee = lineFee(1, rates, 'capped');
    expect(fee.blockedPushes).toBe(1000);
    expect(fee.perConversation).toBe(0);
    expect(Number.isNaN(fee.marginalPerConversation)).toBe(true);
    expect(() => lineFee(1, rates, 'nope')).toThrow(/unknown LINE plan/);
  });

  it('averages one channel’s measured conversations', () => {
    const a = emptyTally();
    a.messages.line = 6;
    a.lineReplyRequests = 5;
    a.linePushRequests = 2;
    const b = emptyTally();
    b.messages.line = 8;
    b.lineReplyRequests = 5;
    b.linePushRequests = 4;
    const figures = channelFigures('line', [a, b], rates);
    expect(figures).toMatchObject({ conversations: 2, messages: 7, lineReplies: 5, linePushes: 3 });
    expect(figures.fee).toBeCloseTo(lineFee(3, rates).perConversation, 10);

    const wa = emptyTally();
    wa.messages.whatsapp = 5;
    wa.whatsappByRecipient = { '5511987654321': { templates: 1, service: 4 } };
    expect(channelFigures('whatsapp', [wa, emptyTally()], rates)).toMatchObject({
      whatsappTemplates: 0.5,
      fee: 0.005,
    });
  });

  it('refuses rates without an assumption, a default WhatsApp rate or a known LINE plan', () => {
    const { note: _, ...noNote } = rates;
    expect(() => parsePlatformRates(noNote)).toThrow(/note/);
    const { default: __, ...noDefault } = rates.whatsapp.rates;
    expect(() => parsePlatformRates({ ...rates, whatsapp: { ...rates.whatsapp, rates: noDefault } })).toThrow(
      /default/,
    );
    expect(() => parsePlatformRates({ ...rates, line: { ...rates.line, plan: 'gold' } })).toThrow(
      /line.plan/,
    );
  });

  it('ships a rates file that parses', () => {
    const shipped = loadPlatformRates();
    expect(shipped.line.plans[shipped.line.plan]).toBeDefined();
    expect(shipped.whatsapp.rates.default).toBeDefined();
  });
});
