import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboundChannel } from '../../../functions/channels/outbound';
import { ChannelSendError, WindowClosedError } from '../../../functions/channels/retry';
import { createWhatsAppSender } from '../../../functions/channels/whatsapp/send';
import type { SendContext } from '../../../functions/core/ports';
import { LOCAL_SECRETS } from '../../../lib/local/defaults';
import { SAMPLE_PNG } from '../../../lib/local/fakes';
import { manualClock, type RunningFakes, silentLogger, startFakes } from '../../helpers/fake-platforms';

const WA_ID = '6591234567';
let running: RunningFakes;
const clock = manualClock();
const template = { name: 'order_update', languageCodes: { es: 'es' }, defaultLanguageCode: 'en_US' };

function sender(overrides: Partial<Parameters<typeof createWhatsAppSender>[0]> = {}) {
  return createWhatsAppSender({
    accessToken: LOCAL_SECRETS.WHATSAPP_ACCESS_TOKEN,
    phoneNumberId: LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID,
    graphUrl: `${running.origin}/fake/whatsapp`,
    apiVersion: 'v23.0',
    fallbackTemplate: template,
    logger: silentLogger,
    now: clock.now,
    retry: { sleep: clock.sleep, random: () => 0.5 },
    ...overrides,
  });
}

const ctx = (hoursAgo: number): SendContext => {
  const lastInboundAt = new Date(clock.now() - hoursAgo * 3_600_000).toISOString();
  return {
    conversation: {
      id: `whatsapp:${LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID}:${WA_ID}`,
      recipient: WA_ID,
      lastInboundAt,
    },
    inReplyTo: { platformMessageId: 'wamid.IN1', receivedAt: lastInboundAt },
  };
};

beforeAll(async () => {
  running = await startFakes({ now: clock.now });
});
afterAll(() => running.close());
beforeEach(() => running.fakes.outbox.clear());

describe('WhatsApp sender through whatsapp-api-js against the fake Graph API', () => {
  it('sends plain text inside the 24-hour window and returns the wamid', async () => {
    const result = await sender().send(ctx(1), { text: 'Your order 10023 shipped.' });
    expect(result.via).toBe('message');
    expect(result.platformMessageIds[0]).toMatch(/^wamid\./);
    const [entry] = running.fakes.outbox.list();
    expect(entry).toMatchObject({
      channel: 'whatsapp',
      to: WA_ID,
      text: 'Your order 10023 shipped.',
      kind: 'text',
    });
  });

  it('renders up to 3 options as reply buttons with titles cut to 20 chars', async () => {
    await sender().send(ctx(1), {
      text: 'Which order?',
      buttons: [
        { id: 'order:10023', title: '#10023 Linen shirt and trousers' },
        { id: 'order:10024', title: '#10024' },
      ],
    });
    const [entry] = running.fakes.outbox.list();
    expect(entry?.kind).toBe('interactive');
    expect(entry?.text).toBe('Which order?');
    expect(entry?.buttons?.map((b) => b.id)).toEqual(['order:10023', 'order:10024']);
    expect(entry?.buttons?.[0]?.title.length).toBeLessThanOrEqual(20);
  });

  it('renders 4–10 options as a list and more than 10 as numbered text', async () => {
    const options = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `o${i}`, title: `Option ${i + 1}` }));
    await sender().send(ctx(1), { text: 'Pick one', buttons: options(6), language: 'es' });
    await sender().send(ctx(1), { text: 'Pick one', buttons: options(12) });
    const [list, text] = running.fakes.outbox.list();
    expect(list?.kind).toBe('interactive');
    expect(list?.buttons).toHaveLength(6);
    expect(list?.raw).toMatchObject({ interactive: { action: { button: 'Elegir' } } });
    expect(text?.kind).toBe('text');
    expect(text?.text).toContain('12. Option 12');
  });

  it('falls back to text when button titles collide after truncation', async () => {
    await sender().send(ctx(1), {
      text: 'Size?',
      buttons: [
        { id: 'a', title: 'Exactly twenty chars A' },
        { id: 'b', title: 'Exactly twenty chars B' },
      ],
    });
    const [entry] = running.fakes.outbox.list();
    expect(entry?.kind).toBe('text');
    expect(entry?.text).toContain('1. Exactly twenty chars A');
  });

  it('sends an image with the text as caption, and one link as a CTA button', async () => {
    await sender().send(ctx(1), { text: 'Here is the label', image: { url: 'https://example.com/l.png' } });
    await sender().send(ctx(1), {
      text: 'Track it',
      links: [{ url: 'https://track.example/1', title: 'Tracking' }],
    });
    const [image, cta] = running.fakes.outbox.list();
    expect(image).toMatchObject({
      kind: 'image',
      text: 'Here is the label',
      imageUrl: 'https://example.com/l.png',
    });
    expect(cta?.links).toEqual([{ url: 'https://track.example/1', title: 'Tracking' }]);
  });

  it('uses the approved template outside the 24-hour window, in the shopper language', async () => {
    const result = await sender().send(ctx(30), { text: 'Tu pedido\nestá en camino', language: 'es' });
    expect(result.via).toBe('template');
    const [entry] = running.fakes.outbox.list();
    expect(entry?.kind).toBe('template');
    expect(entry?.text).toBe('Tu pedido · está en camino');
    const raw = entry?.raw as { template: { name: string; language: { code: string } } };
    expect(raw.template.name).toBe('order_update');
    expect(raw.template.language.code).toBe('es');
  });

  it('speaks first outside the window with the purpose template: values as parameters, fixed quick replies', async () => {
    const delay = {
      name: 'delay_update_v1',
      languageCodes: { de: 'de' },
      defaultLanguageCode: 'en_US',
      parameters: ['order', 'situation', 'eta'] as const,
      quickReplies: ['delay:wait', 'delay:updates', 'delay:agent'],
    };
    const result = await sender({ purposeTemplates: { delay_update: delay } }).send(ctx(30), {
      text: 'Hallo!\n\nDein Paket liegt beim Zoll.',
      language: 'de',
      buttons: [{ id: 'delay:wait', title: 'Weiter warten' }],
      template: {
        purpose: 'delay_update',
        values: { order: '40001', situation: 'Beim Zoll\nin Leipzig', eta: '' },
      },
    });
    expect(result.via).toBe('template');
    const [entry] = running.fakes.outbox.list();
    const raw = entry?.raw as {
      template: {
        name: string;
        language: { code: string };
        components: {
          type: string;
          sub_type?: string;
          index?: number;
          parameters: { type: string; text?: string; payload?: string }[];
        }[];
      };
    };
    expect(raw.template.name).toBe('delay_update_v1');
    expect(raw.template.language.code).toBe('de');
    const body = raw.template.components.find((c) => c.type === 'body');
    // Newlines folded (Meta refuses them in parameters), an empty value a dash (Meta refuses empty ones).
    expect(body?.parameters.map((p) => p.text)).toEqual(['40001', 'Beim Zoll · in Leipzig', '-']);
    const replies = raw.template.components.filter((c) => c.sub_type === 'quick_reply');
    expect(replies.map((c) => [c.index, c.parameters[0]?.payload])).toEqual([
      [0, 'delay:wait'],
      [1, 'delay:updates'],
      [2, 'delay:agent'],
    ]);
  });

  it('uses the fallback template for a purpose the merchant registered no template for', async () => {
    const result = await sender({ purposeTemplates: {} }).send(ctx(30), {
      text: 'Update',
      template: { purpose: 'shipment_update', values: { order: '40001' } },
    });
    expect(result.via).toBe('template');
    const raw = running.fakes.outbox.list()[0]?.raw as { template: { name: string } };
    expect(raw.template.name).toBe('order_update');
  });

  it('throws WindowClosedError (not retryable) outside the window without a template', async () => {
    const error = await sender({ fallbackTemplate: undefined })
      .send(ctx(30), { text: 'hello' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WindowClosedError);
    expect((error as WindowClosedError).retryable).toBe(false);
    expect(running.fakes.outbox.list()).toHaveLength(0);
  });

  it('retries a 429 after its Retry-After, then succeeds', async () => {
    running.fakes.failNext('whatsapp', 1, { status: 429, retryAfter: 3 });
    const before = clock.sleeps.length;
    await sender().send(ctx(1), { text: 'after the throttle' });
    expect(clock.sleeps.slice(before)).toEqual([3000]);
    expect(running.fakes.outbox.list()).toHaveLength(1);
  });

  it('gives up after bounded 500s with a retryable ChannelSendError', async () => {
    running.fakes.failNext('whatsapp', 4, { status: 500 });
    const error = await sender()
      .send(ctx(1), { text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelSendError);
    expect((error as ChannelSendError).retryable).toBe(true);
    expect((error as ChannelSendError).status).toBe(500);
    expect(running.fakes.outbox.list()).toHaveLength(0);
  });

  it('treats a 400 as permanent without retrying, and a wrong token as 401', async () => {
    running.fakes.failNext('whatsapp', 1, { status: 400 });
    const before = clock.sleeps.length;
    const error = await sender()
      .send(ctx(1), { text: 'x' })
      .catch((e: unknown) => e);
    expect((error as ChannelSendError).retryable).toBe(false);
    expect(clock.sleeps.length).toBe(before);
    const denied = await sender({ accessToken: 'wrong' })
      .send(ctx(1), { text: 'x' })
      .catch((e: unknown) => e);
    expect((denied as ChannelSendError).status).toBe(401);
  });

  it('marks the inbound message read with a typing indicator', async () => {
    await sender().acknowledge?.(ctx(1));
    expect(running.fakes.whatsapp.reads.at(-1)).toEqual({ messageId: 'wamid.IN1', typing: true });
  });

  it('downloads media: id → URL → bytes with the bearer token', async () => {
    running.fakes.addMedia('whatsapp', '1234567890', { bytes: SAMPLE_PNG, mimeType: 'image/png' });
    const media = await sender().downloadMedia?.('1234567890');
    expect(media?.mimeType).toBe('image/png');
    expect(media?.bytes.equals(SAMPLE_PNG)).toBe(true);
  });

  it('is built by the outbound registry from env and merchant config', async () => {
    const channel = createOutboundChannel(
      'whatsapp',
      {
        WHATSAPP_ACCESS_TOKEN: LOCAL_SECRETS.WHATSAPP_ACCESS_TOKEN,
        WHATSAPP_PHONE_NUMBER_ID: LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID,
        WHATSAPP_GRAPH_URL: `${running.origin}/fake/whatsapp`,
        LINE_API_BASE_URL: 'https://api.line.me',
        LINE_DATA_API_BASE_URL: 'https://api-data.line.me',
        TELEGRAM_API_ROOT: 'https://api.telegram.org',
      },
      { whatsapp: { apiVersion: 'v23.0' } },
      { logger: silentLogger },
    );
    const result = await channel.send(
      { conversation: { id: 'c', recipient: WA_ID, lastInboundAt: new Date().toISOString() } },
      { text: 'via registry' },
    );
    expect(result.platformMessageIds).toHaveLength(1);
    expect(running.fakes.outbox.list()[0]?.raw).toMatchObject({ to: WA_ID, type: 'text' });
  });
});
