// The dialog engine in conversation: follow-ups read in the context of the bot's last question and of the
// order in focus (the keyword understanding fakes only the intent model; the cue readers are real).
import { describe, expect, it } from 'vitest';
import { createFaqAnswers } from '../../../functions/core/faq';
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import { createMessages } from '../../../functions/core/messages/index';
import { chat } from './turn-helpers';

async function twoPending(c: Awaited<ReturnType<typeof chat>>) {
  const order = (await c.stores.orders.getOrder('48215'))!;
  await c.stores.orders.putOrder({ ...order, id: '48217', placedAt: '2026-03-19T08:00:00Z' });
}

describe('which order: by position, by "the other one", by correction', () => {
  it('"the second one" picks the second order offered, and a colloquial yes cancels it', async () => {
    const c = await chat('whatsapp');
    await twoPending(c);
    const which = await c.send('I want to cancel an order');
    const offered = which.replies[0]?.buttons?.map((b) => b.id.replace('order:', ''));
    expect(offered).toEqual(['48217', '48215']);
    expect(await c.texts('the second one')).toMatch(/cancel order 48215/);
    expect(await c.texts('yeah go ahead')).toMatch(/Order 48215 is cancelled/);
    expect((await c.stores.orders.getOrder('48215'))?.status).toBe('cancelled');
    expect((await c.stores.orders.getOrder('48217'))?.status).toBe('pending');
  });

  it('"no, I meant the other order" while confirming switches to it and cancels nothing yet', async () => {
    const c = await chat('whatsapp');
    await twoPending(c);
    expect(await c.texts('cancel 48217 please')).toMatch(/cancel order 48217/);
    const switched = await c.texts('sorry, wrong one. I meant the other order');
    expect(switched).toMatch(/cancel order 48215/);
    expect((await c.stores.orders.getOrder('48217'))?.status).toBe('pending');
    await c.send('yes');
    expect((await c.stores.orders.getOrder('48215'))?.status).toBe('cancelled');
    expect((await c.stores.orders.getOrder('48217'))?.status).toBe('pending');
  });

  it('an answer it cannot place asks again with the same choices; "never mind" drops the question', async () => {
    const c = await chat('whatsapp');
    await twoPending(c);
    await c.send('cancel my order');
    const again = await c.send('hmm');
    expect(again.replies[0]?.buttons?.map((b) => b.id)).toEqual(['order:48217', 'order:48215']);
    expect(c.conversation.awaiting?.kind).toBe('order_choice');
    expect(await c.texts('never mind')).toMatch(/dropped that/);
    expect(c.conversation.awaiting).toBeUndefined();
  });

  it('a new question instead of a yes drops the confirmation: a later "yes" confirms nothing', async () => {
    const c = await chat('whatsapp');
    await c.send('cancel 48215');
    expect(c.conversation.awaiting?.kind).toBe('cancel_confirm');
    await c.send('where is my order 48213?');
    expect(c.conversation.awaiting).toBeUndefined();
    await c.send('yes');
    expect((await c.stores.orders.getOrder('48215'))?.status).toBe('pending');
  });
});

describe('topic continuity', () => {
  it('follow-ups get the facet asked, not the same paragraph again', async () => {
    const c = await chat('whatsapp');
    const status = await c.texts('where is my order 48213?');
    expect(status).toMatch(/held by customs/);
    const eta = await c.texts('and when will it arrive?');
    expect(eta).toMatch(/LX100000001CN/);
    expect(eta).toMatch(/Mar 25, 2026/);
    expect(eta).not.toBe(status);
    const where = await c.texts('where is it now?');
    expect(where).toMatch(/latest scan of parcel LX100000001CN/);
    const number = await c.texts("what's the tracking number?");
    expect(number).toMatch(/tracking number LX100000001CN/);
  });

  it('never sends the same words twice in a row', async () => {
    const c = await chat('whatsapp');
    const first = await c.texts('where is my order 48215?');
    const second = await c.texts('where is my order 48215?');
    expect(second).not.toBe(first);
    expect(second).toMatch(/nothing has changed/);
    // Asked a third time, it does not repeat "nothing has changed" either.
    const third = await c.texts('where is my order 48215?');
    expect(third).not.toBe(second);
  });

  it('"when do I get my money?" after a cancellation answers the refund for that order', async () => {
    const c = await chat('whatsapp');
    await c.send('cancel 48215');
    await c.send('yes');
    expect(await c.texts('when do I get my money back?')).toMatch(/refund for order 48215/);
  });
});

describe('requests about the conversation itself', () => {
  it('stop → opted out (stored), start → back on; /start greets', async () => {
    const c = await chat('telegram');
    expect(await c.texts('/start')).toMatch(/Lumen & Loom assistant/);
    expect(await c.texts('STOP')).toMatch(/won’t get any more update messages/);
    expect(c.conversation.contactPreference?.proactive).toBe(false);
    expect(await c.texts('start')).toMatch(/Welcome back/);
    expect(c.conversation.contactPreference?.proactive).toBe(true);
  });

  it('"stop my order" is a cancellation, not an opt-out', async () => {
    const c = await chat('whatsapp');
    await c.send('please stop my order 48215, cancel it');
    expect(c.conversation.contactPreference).toBeUndefined();
    expect(c.conversation.awaiting?.kind).toBe('cancel_confirm');
  });

  it('a data-deletion request is acknowledged and recorded for the privacy path; the bot keeps answering', async () => {
    const c = await chat('whatsapp');
    const ack = await c.send('please delete my personal data (GDPR)');
    expect(ack.replies.map((r) => r.text).join()).toMatch(/delete your personal data/);
    expect(ack.handoff?.reason).toBe('data_protection');
    expect(c.conversation.dataRequests?.map((r) => r.kind)).toEqual(['deletion']);
    expect(c.conversation.mode).toBe('bot');
    expect(await c.texts('where is my order 48215?')).toMatch(/48215/);
  });

  it('"can you speak Spanish?" switches the language and holds it', async () => {
    const c = await chat('whatsapp');
    expect(await c.texts('can you speak Spanish please?')).toMatch(/español/);
    expect(c.conversation.language).toBe('es');
    const next = await c.send('ok');
    expect(next.replies[0]?.language).toBe('es');
  });
});

describe('honest promises', () => {
  it('says a delay was flagged only with the case it opened', async () => {
    const c = await chat('whatsapp');
    const silent = (await c.stores.orders.shipmentsForOrder('48213'))[0]!;
    await c.stores.orders.putShipment({
      ...silent,
      events: silent.events
        .filter((e) => e.code !== 'customs_hold')
        .map((e) => ({ ...e, at: '2026-02-20T08:00:00Z' })),
    });
    const reply = await c.texts('my order 48213 is so late, where is it?');
    const caseId = /DLY-48213-\d/.exec(reply)?.[0];
    expect(caseId).toBeDefined();
    expect((await c.cases.casesForOrder('48213')).map((x) => x.id)).toContain(caseId);
  });
});

describe('one message per answer', () => {
  it('LINE: "verified ✅" and the answer come as one message', async () => {
    const c = await chat('line');
    const result = await c.send('where is 48215? my email is mei.tan@example.com');
    expect(result.replies).toHaveLength(1);
    expect(result.replies[0]?.text).toMatch(/verified ✅[\s\S]*48215/);
  });
});

describe('merchant content', () => {
  const merchant = parseMerchantConfig({
    brandName: 'Lumen & Loom',
    faq: {
      duties_taxes: {
        text: 'Prices include duties for the EU.',
        translations: { es: 'Los precios incluyen aranceles para la UE.' },
      },
    },
    messages: { en: { thanks_bye: 'Anytime! 🌿' } },
  });

  it('answers an FAQ from merchant config in the shopper’s language, and uses the merchant’s wording', async () => {
    const c = await chat('whatsapp', {
      merchant,
      faq: createFaqAnswers({ merchant }),
      messages: createMessages(merchant),
    });
    expect(await c.texts('will I have to pay import duties?')).toBe('Prices include duties for the EU.');
    expect(await c.texts('thanks!')).toBe('Anytime! 🌿');
  });
});
