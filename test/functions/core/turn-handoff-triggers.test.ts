// The handoff triggers that depend on more than one message or on the order: a tool that keeps failing,
// anger that lasts, and a high-value order the merchant wants a person to handle.
import { describe, expect, it } from 'vitest';
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import type { Understanding } from '../../../functions/core/types';
import { toolSet } from '../../../functions/tools/index';
import { chat, fakeUnderstand } from './turn-helpers';

const failing = async () => {
  throw new Error('the order store timed out');
};
const brokenTools = {
  ...toolSet,
  lookup_order: { ...toolSet.lookup_order, run: failing },
  find_orders: { ...toolSet.find_orders, run: failing },
} as typeof toolSet;

/** The keyword understanding, reading "!!!" or "furious" as anger. */
const withAnger = (input: { text: string }): Understanding => {
  const u = fakeUnderstand(input);
  return { ...u, signals: { ...u.signals, anger: /!!!|furious/i.test(input.text) } };
};

describe('handoff triggers across turns', () => {
  it('says "try again" once when a lookup fails, and brings in a person the second time', async () => {
    const c = await chat('whatsapp', { tools: brokenTools });
    const first = await c.send('where is my order 48213?');
    expect(first.handoff).toBeUndefined();
    expect(c.conversation.mode).toBe('bot');
    expect(c.conversation.toolFailureStreak).toBe(1);

    const second = await c.send('status of 48213 please');
    expect(second.handoff?.reason).toBe('tool_error');
    expect(c.conversation.mode).toBe('human');
    expect(c.conversation.handoff?.reason).toBe('tool_error');
    // One acknowledgement that a person is coming, not a second "try again".
    expect(second.replies).toHaveLength(1);
    expect(second.replies[0]?.text).toMatch(/colleague/i);
    expect(c.conversation.toolFailureStreak).toBeUndefined();
  });

  it('forgets a failure once a turn goes through', async () => {
    let broken = true;
    const tools = {
      ...toolSet,
      lookup_order: {
        ...toolSet.lookup_order,
        run: (...args: Parameters<typeof toolSet.lookup_order.run>) =>
          broken ? failing() : toolSet.lookup_order.run(...args),
      },
    } as typeof toolSet;
    const c = await chat('whatsapp', { tools });
    await c.send('where is my order 48213?');
    broken = false;
    expect(await c.texts('where is my order 48213?')).toMatch(/LX100000001CN/);
    expect(c.conversation.toolFailureStreak).toBeUndefined();
    broken = true;
    expect((await c.send('where is my order 48213?')).handoff).toBeUndefined();
  });

  it('hands lasting anger to a person, not a single angry line', async () => {
    const c = await chat('whatsapp', { understand: withAnger });
    const once = await c.send('where is my order 48213 !!!');
    expect(once.handoff).toBeUndefined();
    expect(once.replies[0]?.text).toMatch(/LX100000001CN/);
    const again = await c.send('I am furious, this is taking forever');
    expect(again.handoff?.reason).toBe('anger');
    expect(c.conversation.mode).toBe('human');

    // A calm message in between resets it.
    const calm = await chat('whatsapp', { understand: withAnger });
    await calm.send('where is my order 48213 !!!');
    await calm.send('ok thanks');
    expect((await calm.send('furious about 48213')).handoff).toBeUndefined();
  });

  it('gives a high-value order to a person before changing anything on it', async () => {
    const merchant = parseMerchantConfig({
      brandName: 'Lumen & Loom',
      thresholds: { handoffOrderValue: { USD: 40 } },
    });
    const c = await chat('whatsapp', { merchant });
    const asked = await c.send('please cancel order 48215');
    expect(asked.handoff?.reason).toBe('high_value');
    expect(c.conversation.handoff?.understood?.orderId).toBe('48215');
    expect((await c.stores.orders.getOrder('48215'))?.status).toBe('pending');
    expect(asked.replies[0]?.text).not.toMatch(/Do you want to cancel/);

    // Tracking the same order is still the bot's, and below the threshold (or another currency) too.
    const tracking = await chat('whatsapp', { merchant });
    expect((await tracking.send('where is my order 48213?')).handoff).toBeUndefined();
    const euros = parseMerchantConfig({ brandName: 'L', thresholds: { handoffOrderValue: { EUR: 1 } } });
    const other = await chat('whatsapp', { merchant: euros });
    expect(await other.texts('please cancel order 48215')).toMatch(/Do you want to cancel order 48215/);
  });

  it('rejects a threshold that is not keyed by a currency code', () => {
    expect(() => parseMerchantConfig({ thresholds: { handoffOrderValue: { dollars: 10 } } })).toThrow();
  });
});
