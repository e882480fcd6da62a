import { describe, expect, it } from 'vitest';
import { chat } from './turn-helpers';

describe('runTurn: orders on WhatsApp (identity = phone)', () => {
  it('asks which order with buttons, resumes on a tap, and remembers the focus for a follow-up', async () => {
    const c = await chat('whatsapp');
    const first = await c.send('where is my order?');
    expect(first.replies[0]?.text).toBe('Which order do you mean?');
    expect(first.replies[0]?.buttons?.map((b) => b.id)).toEqual(['order:48215', 'order:48213']);
    expect(c.conversation.awaiting?.kind).toBe('order_choice');

    const tapped = await c.tap('order:48213');
    expect(tapped.replies[0]?.text).toMatch(/parcel LX100000001CN has been held by customs in Singapore/);
    expect(c.conversation.focusOrderId).toBe('48213');

    const followUp = await c.texts('and when will it arrive?');
    expect(followUp).toMatch(/LX100000001CN/);
    expect(followUp).toMatch(/Mar 25, 2026/);
  });

  it('answers a named order directly and a bare order number as a status question', async () => {
    const c = await chat('whatsapp');
    expect(await c.texts('status of #48215 please')).toBe(
      'Order 48215 is confirmed and waiting to be packed. I’ll share tracking as soon as it ships.',
    );
    expect(await c.texts('48214')).toMatch(/Order 48214 was delivered on Mar 8, 2026/);
  });

  it('cancels only after a yes, and keeps the order on a no', async () => {
    const c = await chat('whatsapp');
    const ask = await c.send('please cancel order 48215');
    expect(ask.replies[0]?.text).toMatch(/Do you want to cancel order 48215 \(Linen shirt, \$49\.00\)\?/);
    expect(ask.replies[0]?.buttons?.map((b) => b.id)).toEqual(['confirm:yes', 'confirm:no']);
    expect((await c.stores.orders.getOrder('48215'))?.status).toBe('pending');
    expect(await c.texts('no')).toMatch(/stays as it is/);
    await c.send('cancel 48215');
    expect(await c.texts('yes please')).toMatch(/Order 48215 is cancelled/);
    expect((await c.stores.orders.getOrder('48215'))?.status).toBe('cancelled');
  });

  it('refuses to cancel a shipped order', async () => {
    const c = await chat('whatsapp');
    expect(await c.texts('cancel 48213')).toMatch(/already on its way/);
  });

  it('changes the address: asks, reads the follow-up, confirms, saves', async () => {
    const c = await chat('whatsapp');
    expect(await c.texts('I need to change the address of 48215')).toMatch(
      /new delivery address for order 48215/,
    );
    expect(await c.texts('just a sec')).toMatch(/couldn’t read a full address/);
    const confirm = await c.send('12 Orchard Road, #05-01, Singapore 238801');
    expect(confirm.replies[0]?.text).toBe(
      'Please confirm the new address for order 48215: 12 Orchard Road, #05-01, Singapore, 238801, SG',
    );
    expect((await c.stores.orders.getOrder('48215'))?.shippingAddress.line1).toBe('1 Test Street');
    await c.tap('confirm:yes');
    expect((await c.stores.orders.getOrder('48215'))?.shippingAddress).toMatchObject({
      line1: '12 Orchard Road',
      line2: '#05-01',
      city: 'Singapore',
      postcode: '238801',
    });
    expect(await c.texts('change address of 48213')).toMatch(/already shipped/);
  });

  it('damage: report → photo → claim with the photo; a later photo is added', async () => {
    const c = await chat('whatsapp');
    expect(await c.texts('my order 48214 arrived broken')).toMatch(/send a photo/);
    const photo = await c.send({
      kind: 'image',
      media: { id: 'wa-media-1', storedAt: 'media/x/wa-media-1.jpg' },
    });
    expect(photo.replies[0]?.text).toMatch(/opened claim CLM-48214-1 for order 48214/);
    expect(await c.texts({ kind: 'image', media: { id: 'wa-media-2' } })).toMatch(
      /added the photo to claim CLM-48214-1/,
    );
    expect((await c.cases.getCase('CLM-48214-1'))?.photos).toEqual([
      'media/x/wa-media-1.jpg',
      'whatsapp:wa-media-2',
    ]);
  });

  it('a photo with no context asks what it is about, and joins a damage claim reported next', async () => {
    const c = await chat('whatsapp');
    expect(await c.texts({ kind: 'image', media: { id: 'm1' } })).toMatch(/What is it about/);
    expect(await c.texts('it came damaged, order 48214')).toMatch(/opened claim CLM-48214-1/);
    expect((await c.cases.getCase('CLM-48214-1'))?.photos).toEqual(['whatsapp:m1']);
  });

  it('return: which item → tap → RMA with label link; outside the window → a person', async () => {
    const c = await chat('whatsapp');
    const ask = await c.send('I want to return order 48214');
    expect(ask.replies[0]?.buttons?.map((b) => b.id)).toEqual(['item:SKU-A', 'item:SKU-B']);
    const done = await c.tap('item:SKU-B');
    expect(done.replies[0]?.text).toMatch(/opened return RMA-48214-1 for order 48214/);
    expect(done.replies[0]?.links?.[0]?.url).toMatch(/RMA-48214-1$/);
    const late = await c.send('return 48216');
    expect(late.replies[0]?.text).toMatch(/outside our 30-day return window/);
    expect(late.handoff?.reason).toBe('return_outside_window');
    expect(c.conversation.mode).toBe('human');
  });
});

describe('runTurn: sizes and products', () => {
  it('asks for the product and measurements, then recommends', async () => {
    const c = await chat('whatsapp');
    const ask = await c.send('what size should I get?');
    expect(ask.replies[0]?.buttons?.map((b) => b.id)).toEqual(['product:p-shirt', 'product:p-sneaker']);
    expect(await c.texts({ kind: 'button', payload: 'product:p-shirt' })).toMatch(/height and weight/);
    expect(await c.texts('I am 175cm and 70kg')).toBe(
      'For Linen shirt I’d go with size M. That’s EU 48 / US M / UK 38.',
    );
  });

  it('says when between sizes and converts systems', async () => {
    const c = await chat('whatsapp');
    expect(await c.texts('size for the canvas sneaker, foot 25.5')).toMatch(/between 40 and 41/);
    expect(await c.texts('canvas sneaker size US 7?')).toBe(
      'Size 7 (US) is EU 40 / US 7 / UK 6.5 / JP 25 / CN 250.',
    );
  });

  it('answers stock per variant with the restock date', async () => {
    const c = await chat('whatsapp');
    const text = await c.texts('is the linen shirt in stock in sand?');
    expect(text).toMatch(/100% linen/);
    expect(text).toMatch(/sold out right now\. We expect a restock around Apr 10, 2026/);
  });
});

describe('runTurn: conversation handling', () => {
  it('greets, thanks, asks for more on content-free messages, clarifies when unsure', async () => {
    const c = await chat('telegram');
    expect(await c.texts('hello there')).toMatch(/Lumen & Loom assistant/);
    expect(await c.texts('...')).toMatch(/How can I help/);
    expect(await c.texts('blorp')).toMatch(/didn’t quite get that/);
    expect(await c.texts('thanks!')).toMatch(/welcome/);
  });

  it('hands off the third unclear message in a row, and any other answer restarts the count', async () => {
    const c = await chat('telegram');
    expect(await c.texts('blorp')).toMatch(/didn’t quite get that/);
    // Never the same words twice in a row: the second clarification says it differently.
    expect(await c.texts('flumph')).toMatch(/still didn’t get that/);
    expect(c.conversation.clarifyStreak).toBe(2);
    const third = await c.send('wibble');
    expect(third.handoff?.reason).toBe('repeated_confusion');
    expect(c.conversation.mode).toBe('human');

    const other = await chat('telegram');
    await other.send('blorp');
    await other.send('flumph');
    expect(await other.texts('hello there')).toMatch(/Lumen & Loom assistant/);
    expect(other.conversation.clarifyStreak).toBeUndefined();
    const after = await other.send('wibble');
    expect(after.handoff).toBeUndefined();
    expect(after.log.action).toBe('clarify');
  });

  it('hands off with a video link and then stays quiet in human mode', async () => {
    const c = await chat('whatsapp');
    const result = await c.send('I want to talk to a person');
    expect(result.handoff?.reason).toBe('shopper_request');
    expect(result.replies.map((r) => r.text).join(' ')).toMatch(
      /bringing in a colleague.*https:\/\/meet\.example\.com\/lumen-loom-/s,
    );
    expect(result.replies[0]?.text).toMatch(/usually replies within 15 minutes/);
    expect(c.conversation.handoff).toMatchObject({ reason: 'shopper_request', status: 'waiting' });
    // The first message while waiting is acknowledged once (it reaches the agent); then the bot is quiet.
    const first = await c.send('hello?');
    expect(first.replies.map((r) => r.text)).toEqual([expect.stringMatching(/added that for my colleague/)]);
    expect(first.log.action).toBe('human_mode');
    const quiet = await c.send('anyone there?');
    expect(quiet.replies).toEqual([]);
    expect(quiet.log.action).toBe('human_mode');
    expect(c.conversation.recentTurns?.at(-1)?.text).toBe('anyone there?');
  });

  it('voice notes: not supported without a transcriber; transcribed with one', async () => {
    const c = await chat('whatsapp');
    const voice = await c.send({ kind: 'audio', media: { id: 'a1', voice: true } });
    expect(voice.replies[0]?.text).toMatch(/can’t listen to voice messages/);
    expect(voice.replies[0]?.buttons?.[0]?.id).toBe('handoff');
    const withStt = await chat('whatsapp', { transcribe: async () => 'status of 48215' });
    expect(await withStt.texts({ kind: 'audio', media: { id: 'a2', voice: true } })).toMatch(
      /Order 48215 is confirmed/,
    );
  });

  it('uses the LLM when the offline model is unsure, and falls back when it fails', async () => {
    const calls: string[] = [];
    const c = await chat('whatsapp', {
      llm: {
        async respond({ message, toolContext }) {
          calls.push(message.text);
          expect(toolContext.identity).toEqual({ kind: 'phone', phone: '6591234567' });
          return { text: 'LLM answer', toolCalls: [{ name: 'find_orders', ok: true }] };
        },
      },
    });
    expect(await c.texts('could you recommend something for a beach wedding')).toBe('LLM answer');
    expect(calls).toHaveLength(1);
    const failing = await chat('whatsapp', {
      llm: { respond: async () => Promise.reject(new Error('429')) },
    });
    expect(await failing.texts('blorp')).toMatch(/didn’t quite get that/);
  });

  it('keeps the last 8 turns and replies in the pinned language', async () => {
    const c = await chat('whatsapp');
    for (let i = 0; i < 6; i += 1) await c.send('hello there');
    expect(c.conversation.recentTurns).toHaveLength(8);
    const once = await c.send('¿dónde está mi pedido 48215?');
    expect(once.replies[0]?.language).toBe('en'); // one message does not switch (hysteresis)
    const twice = await c.send('¿dónde está mi pedido 48215?');
    expect(twice.replies[0]?.language).toBe('es');
    expect(c.conversation.language).toBe('es');
  });
});
