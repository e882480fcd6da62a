// Verification that holds across conversations: guesses spread over many new chats still lock the order,
// the shop-wide count tells the agents once, and a group chat never verifies anyone (its answers are read
// by every member).
import { describe, expect, it } from 'vitest';
import { VERIFY_LIMITS, type VerifyGuard } from '../../../functions/core/identity';
import { createMemoryStores } from '../../../functions/stores/memory';
import { NOW } from '../tools/fixtures';
import { chat } from './turn-helpers';

function guard() {
  const alerts: number[] = [];
  // The turns run at the fixtures' clock: the counters must expire by the same clock.
  const counters = createMemoryStores({ now: () => NOW.getTime() }).counters;
  const verifyGuard: VerifyGuard = {
    counters,
    onAbuse: async (failures) => {
      alerts.push(failures);
    },
  };
  return { verifyGuard, alerts };
}

/** A fresh LINE chat (its own per-chat lock) guessing a postcode for Tom's order 51002. */
async function guess(postcode: string, verifyGuard?: VerifyGuard) {
  const c = await chat('line', verifyGuard ? { verifyGuard } : {});
  const reply = await c.texts(`where is order 51002? postcode ${postcode}`);
  return { reply, conversation: c.conversation };
}

describe('verification limits across conversations', () => {
  it('guesses spread over new chats lock the order, even against the right postcode', async () => {
    const { verifyGuard } = guard();
    for (let i = 0; i < VERIFY_LIMITS.perOrder; i++)
      expect((await guess(`2000${i}`, verifyGuard)).reply).toMatch(/don’t match/);
    const sixth = await guess('10115', verifyGuard); // Tom's real postcode
    expect(sixth.reply).toMatch(/Too many attempts/);
    expect(sixth.reply).not.toMatch(/LX200000001CN|Leipzig/);
    expect(sixth.conversation.identity.kind).toBe('anonymous');
  });

  it('without the limits the same spread of guesses would have got in (what the guard prevents)', async () => {
    for (let i = 0; i < VERIFY_LIMITS.perOrder; i++) await guess(`2000${i}`);
    const sixth = await guess('10115');
    expect(sixth.conversation.identity).toEqual({ kind: 'customer', customerId: 'c-tom' });
  });

  it('tells the agents once when wrong secrets pile up shop-wide', async () => {
    const { verifyGuard, alerts } = guard();
    for (let i = 0; i < VERIFY_LIMITS.alertAt + 3; i++) {
      const c = await chat('telegram', { verifyGuard });
      await c.texts(`order ${String(60000 + i)} email someone${i}@example.com`);
    }
    expect(alerts).toEqual([VERIFY_LIMITS.alertAt]);
  });

  it("a link to someone else's orders lapses after a day", async () => {
    const c = await chat('whatsapp'); // Mei's phone
    await c.texts('where is order 51002?');
    await c.texts('51002 tom@example.org'); // Tom's order, Tom's e-mail
    expect(c.conversation.linkedCustomerIds).toEqual(['c-tom']);
    const until = Date.parse(c.conversation.linkedUntil?.['c-tom'] ?? '');
    expect(until - NOW.getTime()).toBe(24 * 3_600_000);
    // A day later (the fixtures' clock is fixed: age the link instead), the order is closed again.
    c.conversation.linkedUntil = { 'c-tom': new Date(NOW.getTime() - 1).toISOString() };
    const later = await c.texts('where is order 51002?');
    expect(later).not.toMatch(/LX200000001CN/);
    expect(c.conversation.linkedCustomerIds ?? []).toEqual([]);
  });

  it.each([
    "it's my husband's order 51002, his email is tom@example.org",
    'das ist die Bestellung von meinem Mann, 51002 tom@example.org',
    '我老公的订单51002 邮箱 tom@example.org',
  ])('"%s" is never verified: the owner is asked to write themselves', async (text) => {
    const c = await chat('line');
    const reply = await c.texts(text);
    expect(reply).not.toMatch(/LX200000001CN|verified/);
    expect(c.conversation.identity.kind).toBe('anonymous');
    expect(c.conversation.linkedCustomerIds ?? []).toEqual([]);
  });

  it('a gift is the shopper\'s own order: "I ordered it for my wife" verifies', async () => {
    const c = await chat('line');
    await c.texts('I ordered this for my wife: order 48213 Mei.Tan@example.com');
    expect(c.conversation.identity).toEqual({ kind: 'customer', customerId: 'c-mei' });
  });

  it('a group chat is asked to write privately and never verified', async () => {
    const c = await chat('line');
    const reply = await c.texts({ text: 'order 48213 Mei.Tan@example.com', inGroup: true });
    expect(reply).toMatch(/private chat/);
    expect(reply).not.toMatch(/LX100000001CN/);
    expect(c.conversation.identity.kind).toBe('anonymous');
  });

  it('a member of a group does not inherit a verification made in the group before', async () => {
    const c = await chat('line');
    await c.texts('order 48213 Mei.Tan@example.com'); // verified (a 1:1 chat so far)
    expect(c.conversation.identity.kind).toBe('customer');
    const reply = await c.texts({ text: 'where is my order?', inGroup: true });
    expect(reply).not.toMatch(/LX100000001CN|48213 is on its way/);
    expect(c.conversation.identity.kind).toBe('anonymous');
  });
});
