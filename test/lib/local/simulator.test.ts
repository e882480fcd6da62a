import { createHmac } from 'node:crypto';
import { validateSignature } from '@line/bot-sdk';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WhatsAppAPI } from 'whatsapp-api-js';
import { createLineSender } from '../../../functions/channels/line/send';
import { createInboundChannel } from '../../../functions/channels/registry';
import { createTelegramSender } from '../../../functions/channels/telegram/send';
import { createWhatsAppSender } from '../../../functions/channels/whatsapp/send';
import { verifyWhatsApp } from '../../../functions/channels/whatsapp/verify';
import { createMessages } from '../../../functions/core/messages/index';
import type { ChannelOutbound, MessageLogEntry } from '../../../functions/core/ports';
import type { Conversation, HandoffRecord } from '../../../functions/core/types';
import { createAgentApiHandler } from '../../../functions/handlers/agent-api';
import { createMemoryStores, type MemoryStores } from '../../../functions/stores/memory';
import { createApiGateway } from '../../../lib/local/api-gateway';
import { LOCAL_SECRETS } from '../../../lib/local/defaults';
import { type OutboxEntry, SAMPLE_PNG } from '../../../lib/local/fakes';
import { type LocalRoute, readBody } from '../../../lib/local/routes';
import {
  createSimulatorRoutes,
  DEFAULT_SHOPPERS,
  type SimulatorShopper,
} from '../../../lib/local/simulator/routes';
import { simulatorShoppers } from '../../../lib/local/simulator/shoppers';
import { bubbleFromOutbox, buildTranscript } from '../../../lib/local/simulator/transcript';
import {
  buildLineAudioWebhook,
  buildLineLocationWebhook,
  buildLineStickerWebhook,
  buildLineTextWebhook,
  buildTelegramLocationUpdate,
  buildTelegramStickerUpdate,
  buildTelegramUpdate,
  buildTelegramVoiceUpdate,
  buildWhatsAppAudioWebhook,
  buildWhatsAppLocationWebhook,
  buildWhatsAppStickerWebhook,
  buildWhatsAppTemplateButtonWebhook,
  buildWhatsAppTextWebhook,
  signedWebhook,
} from '../../../lib/local/simulator/webhook-builders';
import { merchant } from '../../functions/tools/fixtures';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../../helpers/chromium';
import { type RunningFakes, silentLogger, startFakes } from '../../helpers/fake-platforms';

const waVerifier = new WhatsAppAPI({
  token: 'unused',
  appSecret: LOCAL_SECRETS.WHATSAPP_APP_SECRET,
  v: 'v23.0',
});

describe('webhook builders sign as the platforms do', () => {
  it('WhatsApp: signature over the \\u-escaped body verifies with whatsapp-api-js, also for non-ASCII text', async () => {
    const payload = buildWhatsAppTextWebhook({
      phoneNumberId: '1',
      waId: '34600111222',
      text: '¿dónde está mi pedido? 🙏',
    });
    const { body, headers } = signedWebhook('whatsapp', payload, LOCAL_SECRETS);
    // Sent as Meta sends it: escaped bytes, signed as they are (verifiable over the raw body too).
    expect(body).toContain('\\u00bfd\\u00f3nde');
    expect(JSON.parse(body).entry[0].changes[0].value.messages[0].text.body).toBe(
      '¿dónde está mi pedido? 🙏',
    );
    const rawHmac = `sha256=${createHmac('sha256', LOCAL_SECRETS.WHATSAPP_APP_SECRET).update(body).digest('hex')}`;
    expect(headers['x-hub-signature-256']).toBe(rawHmac);
    const request = { method: 'POST', headers, query: {}, rawBody: Buffer.from(body) };
    expect(verifyWhatsApp(request, LOCAL_SECRETS.WHATSAPP_APP_SECRET)).toEqual({ ok: true });
    expect(await waVerifier.verifyRequestSignature(body, headers['x-hub-signature-256']!)).toBe(true);
    expect(
      await waVerifier.verifyRequestSignature(
        body.replace('pedido', 'pedidos'),
        headers['x-hub-signature-256']!,
      ),
    ).toBe(false);
  });

  it('LINE: base64 HMAC verifies with @line/bot-sdk; Telegram carries the secret token', () => {
    const line = signedWebhook(
      'line',
      buildLineTextWebhook({ destination: 'Ubot', userId: 'U1', text: 'こんにちは' }),
      LOCAL_SECRETS,
    );
    expect(
      validateSignature(line.body, LOCAL_SECRETS.LINE_CHANNEL_SECRET, line.headers['x-line-signature']!),
    ).toBe(true);
    const telegram = signedWebhook('telegram', buildTelegramUpdate({ chatId: 5, text: 'hi' }), LOCAL_SECRETS);
    expect(telegram.headers['x-telegram-bot-api-secret-token']).toBe(LOCAL_SECRETS.TELEGRAM_WEBHOOK_SECRET);
    expect(JSON.parse(telegram.body)).toMatchObject({ message: { chat: { id: 5 }, text: 'hi' } });
  });
});

const HAVE_CHROMIUM = hasChromium;
const BROWSER_SUITE = HAVE_CHROMIUM
  ? 'shopper simulator page in headless Chromium'
  : `shopper simulator page — SKIPPED: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`;

describe.skipIf(!HAVE_CHROMIUM)(BROWSER_SUITE, () => {
  let running: RunningFakes;
  let browser: Browser;
  const verified: string[] = [];

  beforeAll(async () => {
    let senders: Record<string, ChannelOutbound> = {};
    // Test double of the real webhook route: verifies the signature, then answers through the real
    // senders into the fakes' outbox ("echo: …" with two options; a tapped option answers "tapped: …").
    const webhookDouble: LocalRoute = async (req, res, url) => {
      const match = /^\/webhooks\/(whatsapp|line|telegram)$/.exec(url.pathname);
      if (!match || req.method !== 'POST') return false;
      const channel = match[1]!;
      const raw = (await readBody(req)).toString('utf8');
      const ok =
        channel === 'whatsapp'
          ? await waVerifier.verifyRequestSignature(raw, String(req.headers['x-hub-signature-256']))
          : channel === 'line'
            ? validateSignature(
                raw,
                LOCAL_SECRETS.LINE_CHANNEL_SECRET,
                String(req.headers['x-line-signature']),
              )
            : req.headers['x-telegram-bot-api-secret-token'] === LOCAL_SECRETS.TELEGRAM_WEBHOOK_SECRET;
      if (!ok) {
        res.writeHead(401).end();
        return true;
      }
      verified.push(channel);
      res.writeHead(200).end();
      const body = JSON.parse(raw);
      let to = '';
      let text: string | undefined;
      let tapped: string | undefined;
      let replyToken: string | undefined;
      if (channel === 'whatsapp') {
        const message = body.entry[0].changes[0].value.messages[0];
        to = message.from;
        text = message.text?.body;
        tapped = message.interactive?.button_reply?.id;
      } else if (channel === 'line') {
        const event = body.events[0];
        to = event.source.userId;
        text = event.message?.text;
        tapped = event.postback?.data;
        replyToken = event.replyToken;
      } else {
        to = String(body.message?.chat.id ?? body.callback_query?.message.chat.id);
        text = body.message?.text;
        tapped = body.callback_query?.data;
        const fileId = body.message?.photo?.at(-1)?.file_id;
        if (fileId) text = `photo ${(await senders.telegram!.downloadMedia!(fileId)).bytes.length} bytes`;
      }
      const ctx = {
        conversation: { id: `${channel}:${to}`, recipient: to, lastInboundAt: new Date().toISOString() },
        inReplyTo: { replyToken, receivedAt: new Date().toISOString() },
      };
      await senders[channel]!.send(
        ctx,
        tapped
          ? { text: `tapped: ${tapped}` }
          : {
              text: `echo: ${text}`,
              buttons: [
                { id: 'size:M', title: 'Size M' },
                { id: 'human', title: 'Talk to a person' },
              ],
            },
      );
      return true;
    };
    let addMedia: RunningFakes['fakes']['addMedia'] = () => {};
    const simulator = createSimulatorRoutes({ addMedia: (...args) => addMedia(...args) });
    running = await startFakes({}, [simulator.handle, webhookDouble]);
    addMedia = running.fakes.addMedia;
    senders = {
      whatsapp: createWhatsAppSender({
        accessToken: LOCAL_SECRETS.WHATSAPP_ACCESS_TOKEN,
        phoneNumberId: LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID,
        graphUrl: `${running.origin}/fake/whatsapp`,
        apiVersion: 'v23.0',
        logger: silentLogger,
      }),
      line: createLineSender({
        channelAccessToken: LOCAL_SECRETS.LINE_CHANNEL_ACCESS_TOKEN,
        apiBaseUrl: running.origin,
        logger: silentLogger,
      }),
      telegram: createTelegramSender({
        botToken: LOCAL_SECRETS.TELEGRAM_BOT_TOKEN,
        apiRoot: `${running.origin}/fake/telegram`,
        logger: silentLogger,
      }),
    };
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  for (const channel of ['whatsapp', 'line', 'telegram'] as const) {
    it(`${channel}: type, see the bot's reply with buttons, tap one, see the answer`, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${running.origin}/`);
        await page.selectOption('#channel', channel);
        await page.selectOption('#shopper', DEFAULT_SHOPPERS[0]!.id);
        await page.fill('#text', '¿dónde está mi pedido?');
        await page.click('#send');
        const reply = page.locator('[data-testid="bot-message"]', {
          hasText: 'echo: ¿dónde está mi pedido?',
        });
        await reply.waitFor({ timeout: 10_000 });
        await reply.getByRole('button', { name: 'Size M' }).click();
        await page
          .locator('[data-testid="bot-message"]', { hasText: 'tapped: size:M' })
          .waitFor({ timeout: 10_000 });
        expect(await page.locator('[data-testid="shopper-message"]').count()).toBe(2);
        const outbox = running.fakes.outbox.list({ channel, to: DEFAULT_SHOPPERS[0]![channel] });
        expect(outbox.map((e) => e.text)).toEqual(['echo: ¿dónde está mi pedido?', 'tapped: size:M']);
        expect(verified.filter((c) => c === channel).length).toBeGreaterThanOrEqual(2);
      } finally {
        await page.close();
      }
    });
  }

  it('sends a photo the bot can download from the fake', async () => {
    const response = await fetch(`${running.origin}/dev/simulate`, {
      method: 'POST',
      body: JSON.stringify({ channel: 'telegram', shopperId: 'emma', kind: 'image', text: 'broken heel' }),
    });
    expect(await response.json()).toEqual({ status: 200, to: '811000004' });
    await expect
      .poll(() => running.fakes.outbox.list({ channel: 'telegram', to: '811000004' }).map((e) => e.text))
      .toContain(`echo: photo ${SAMPLE_PNG.length} bytes`);
  });
});

describe('simulator dev routes: GET /dev/conversation and POST /dev/handback', () => {
  // Emma (DEFAULT_SHOPPERS) on WhatsApp, filed under the id the real WhatsApp parser gives her messages.
  const EMMA = `whatsapp:${LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID}:447700900123`;
  let running: RunningFakes;
  let stores: MemoryStores;
  let simulator: ReturnType<typeof createSimulatorRoutes>;

  beforeAll(async () => {
    stores = createMemoryStores();
    simulator = createSimulatorRoutes({ conversations: stores.conversations });
    let whatsapp: ChannelOutbound | undefined;
    // The real agent API (and so the real agent desk) over memory stores, behind the API Gateway emulator,
    // sending through the real WhatsApp sender into the fakes' outbox.
    const agentApi = createAgentApiHandler({
      auth: { mode: 'token', token: LOCAL_SECRETS.AGENT_TOKEN },
      merchant,
      conversations: stores.conversations,
      messages: stores.messages,
      channelFor: (name) => {
        if (name !== 'whatsapp' || !whatsapp) throw new Error(`no ${name} sender in this test`);
        return whatsapp;
      },
    });
    const api = createApiGateway({
      routes: [{ routeKey: 'ANY /agent/{proxy+}', functionName: 'agent-api', handler: agentApi }],
    });
    running = await startFakes({}, [simulator.handle, (req, res) => api.handle(req, res)]);
    whatsapp = createWhatsAppSender({
      accessToken: LOCAL_SECRETS.WHATSAPP_ACCESS_TOKEN,
      phoneNumberId: LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID,
      graphUrl: `${running.origin}/fake/whatsapp`,
      apiVersion: 'v23.0',
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    await running?.close();
  });

  const getConversation = async (query: string) => {
    const response = await fetch(`${running.origin}/dev/conversation${query}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const handBack = async (body: string) => {
    const response = await fetch(`${running.origin}/dev/handback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  /** Stores Emma's WhatsApp conversation with a person, as the worker leaves it after a handoff. */
  const emmaWithAPerson = async (handoff: Partial<HandoffRecord> = {}) => {
    const now = new Date().toISOString();
    const stored = await stores.conversations.get(EMMA);
    const conversation: Conversation = {
      ...(stored ?? {
        id: EMMA,
        channel: 'whatsapp',
        recipient: '447700900123',
        identity: { kind: 'phone', phone: '447700900123' },
        createdAt: now,
        version: 0,
      }),
      language: 'es',
      mode: 'human',
      lastInboundAt: now,
      updatedAt: now,
      handoff: {
        id: 'h1',
        reason: 'shopper_request',
        status: 'waiting',
        requestedAt: '2026-03-02T09:15:00.000Z',
        language: 'es',
        trigger: 'quiero hablar con una persona',
        ...handoff,
      },
    };
    delete conversation.handoff?.endedAt;
    delete conversation.handoff?.endedBy;
    return stores.conversations.save(conversation);
  };

  it('maps a shopper to the id the channel parser files their messages under', () => {
    expect(simulator.conversationIdFor('emma', 'whatsapp')).toBe(EMMA);
    expect(simulator.conversationIdFor('emma', 'telegram')).toBe('telegram:7000000001:811000004');
    expect(simulator.conversationIdFor('emma', 'line')).toBe(
      'line:U0000000000000000000000000000local:U4d5e6f708192a3b4c5d6e7f8091a2b3',
    );
    expect(simulator.conversationIdFor('nobody', 'whatsapp')).toBeUndefined();
  });

  it('GET /dev/conversation: 400 without shopper or a known channel, 404 for an unknown shopper', async () => {
    for (const query of [
      '',
      '?channel=whatsapp',
      '?shopper=emma',
      '?shopper=emma&channel=viber',
      '?shopper=&channel=line',
    ])
      expect((await getConversation(query)).status, query).toBe(400);
    const unknown = await getConversation('?shopper=nobody&channel=whatsapp');
    expect(unknown).toEqual({ status: 404, body: { error: 'no simulator shopper nobody' } });
  });

  it('GET /dev/conversation: a shopper who never wrote is with the bot; a handed-off one shows the handoff', async () => {
    expect(await getConversation('?shopper=maria&channel=telegram')).toEqual({
      status: 200,
      body: { id: 'telegram:7000000001:811000001', channel: 'telegram', started: false, mode: 'bot' },
    });
    await emmaWithAPerson({ status: 'claimed', claimedBy: 'Anna', claimedAt: '2026-03-02T09:16:00.000Z' });
    expect(await getConversation('?shopper=emma&channel=whatsapp')).toEqual({
      status: 200,
      body: {
        id: EMMA,
        channel: 'whatsapp',
        started: true,
        mode: 'human',
        handoff: {
          id: 'h1',
          status: 'claimed',
          reason: 'shopper_request',
          requestedAt: '2026-03-02T09:15:00.000Z',
          claimedBy: 'Anna',
          claimedAt: '2026-03-02T09:16:00.000Z',
        },
      },
    });
  });

  it('POST /dev/handback: 400 for bodies that are not { shopper, channel }, 404 for unknown shoppers or chats', async () => {
    for (const body of [
      'not json',
      '[]',
      'null',
      '{}',
      '{"shopper":"emma"}',
      '{"shopper":"emma","channel":"sms"}',
    ])
      expect((await handBack(body)).status, body).toBe(400);
    expect(await handBack('{"shopper":"nobody","channel":"whatsapp"}')).toEqual({
      status: 404,
      body: { error: 'no simulator shopper nobody' },
    });
    const neverWrote = await handBack('{"shopper":"yuki","channel":"whatsapp"}');
    expect(neverWrote.status).toBe(404);
    expect(neverWrote.body.id).toBe(`whatsapp:${LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID}:819011112222`);
  });

  it('POST /dev/handback: 409 while another agent answers, naming them; nothing changes', async () => {
    await emmaWithAPerson({ status: 'claimed', claimedBy: 'Anna', claimedAt: '2026-03-02T09:16:00.000Z' });
    const taken = await handBack('{"shopper":"emma","channel":"whatsapp"}');
    expect(taken).toEqual({
      status: 409,
      body: {
        error: 'Anna is answering this chat: hand it back from the console',
        id: EMMA,
        claimedBy: 'Anna',
      },
    });
    expect((await stores.conversations.get(EMMA))?.mode).toBe('human');
  });

  it('POST /dev/handback: releases through the agent desk, the shopper is told in their language', async () => {
    await emmaWithAPerson();
    running.fakes.outbox.clear();
    const released = await handBack('{"shopper":"emma","channel":"whatsapp"}');
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({
      id: EMMA,
      started: true,
      mode: 'bot',
      handoff: { status: 'released' },
    });
    expect((await stores.conversations.get(EMMA))?.handoff).toMatchObject({
      status: 'released',
      endedBy: 'Simulator',
    });
    const told = running.fakes.outbox.list({ channel: 'whatsapp', to: '447700900123' });
    expect(told.map((e) => e.text)).toEqual([createMessages(merchant).t('es', 'back_to_bot')]);
    // Back with the bot: a second hand-back is refused by the desk, not faked.
    expect((await handBack('{"shopper":"emma","channel":"whatsapp"}')).status).toBe(409);
  });
});

describe('transcript: the bot lines as the platforms show them, both sides from the log', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 2, 2, 9, 0, s)).toISOString();
  const outboxEntry = (
    channel: 'whatsapp' | 'line' | 'telegram',
    raw: unknown,
    s: number,
    text = '',
  ): OutboxEntry => ({
    channel,
    to: 'x',
    text,
    raw,
    at: at(s),
    kind: 'text',
  });

  it('WhatsApp: reply buttons, list rows with descriptions, CTA URLs and templates with their parameters', () => {
    const list = bubbleFromOutbox(
      outboxEntry(
        'whatsapp',
        {
          type: 'interactive',
          interactive: {
            type: 'list',
            body: { text: 'Which order?' },
            action: {
              button: 'Choose',
              sections: [{ rows: [{ id: 'order:1', title: '#1', description: 'Mar 1 · Wrap dress' }] }],
            },
          },
        },
        1,
      ),
    );
    expect(list).toMatchObject({
      kind: 'list',
      text: 'Which order?',
      list: {
        label: 'Choose',
        sections: [{ rows: [{ id: 'order:1', title: '#1', description: 'Mar 1 · Wrap dress' }] }],
      },
    });
    const buttons = bubbleFromOutbox(
      outboxEntry(
        'whatsapp',
        {
          type: 'interactive',
          interactive: {
            type: 'button',
            body: { text: 'Size?' },
            action: { buttons: [{ type: 'reply', reply: { id: 'size:M', title: 'M' } }] },
          },
        },
        1,
      ),
    );
    expect(buttons.buttons).toEqual([{ id: 'size:M', title: 'M', action: 'reply' }]);
    const cta = bubbleFromOutbox(
      outboxEntry(
        'whatsapp',
        {
          type: 'interactive',
          interactive: {
            type: 'cta_url',
            body: { text: 'Track it' },
            action: { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://t.example/1' } },
          },
        },
        1,
      ),
    );
    expect(cta).toMatchObject({
      kind: 'cta',
      buttons: [{ action: 'url', url: 'https://t.example/1', title: 'Open' }],
    });
    const template = bubbleFromOutbox(
      outboxEntry(
        'whatsapp',
        {
          type: 'template',
          template: {
            name: 'delay_update',
            language: { code: 'pt_BR' },
            components: [
              {
                type: 'body',
                parameters: [
                  { type: 'text', text: '#50731' },
                  { type: 'text', text: 'na alfândega' },
                ],
              },
              {
                type: 'button',
                sub_type: 'quick_reply',
                index: 0,
                parameters: [{ type: 'payload', payload: 'delay:wait' }],
              },
            ],
          },
        },
        1,
      ),
    );
    expect(template).toMatchObject({
      kind: 'template',
      template: { name: 'delay_update', language: 'pt_BR', parameters: ['#50731', 'na alfândega'] },
      buttons: [{ id: 'delay:wait', action: 'template' }],
    });
  });

  it('LINE quick replies (postback and message actions), template buttons, flex; Telegram inline keyboards', () => {
    const quick = bubbleFromOutbox(
      outboxEntry(
        'line',
        {
          endpoint: 'push',
          message: {
            type: 'text',
            text: 'Which size?',
            quickReply: {
              items: [
                {
                  type: 'action',
                  action: { type: 'postback', label: 'M', data: 'size:M', displayText: 'Size M' },
                },
                { type: 'action', action: { type: 'message', label: 'No', text: 'no thanks' } },
              ],
            },
          },
        },
        1,
      ),
    );
    expect(quick.buttons).toEqual([
      { id: 'size:M', title: 'M', action: 'postback', displayText: 'Size M', quick: true },
      { id: 'no thanks', title: 'No', action: 'message', quick: true },
    ]);
    expect(quick.notes?.[0]).toMatch(/push/);
    const template = bubbleFromOutbox(
      outboxEntry(
        'line',
        {
          endpoint: 'reply',
          message: {
            type: 'template',
            altText: 'alt',
            template: {
              type: 'buttons',
              title: 'Order',
              text: 'Pick',
              actions: [{ type: 'uri', label: 'Track', uri: 'https://t.example' }],
            },
          },
        },
        1,
      ),
    );
    expect(template).toMatchObject({
      header: 'Order',
      text: 'Pick',
      buttons: [{ action: 'url', url: 'https://t.example' }],
    });
    const flex = bubbleFromOutbox(
      outboxEntry(
        'line',
        {
          endpoint: 'reply',
          message: {
            type: 'flex',
            altText: 'Your order',
            contents: {
              type: 'bubble',
              body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'Order #1' }] },
              footer: {
                type: 'box',
                contents: [
                  { type: 'button', action: { type: 'postback', label: 'Return', data: 'return:1' } },
                ],
              },
            },
          },
        },
        1,
      ),
    );
    expect(flex).toMatchObject({
      kind: 'flex',
      text: 'Order #1',
      buttons: [{ id: 'return:1', action: 'postback' }],
    });
    const telegram = bubbleFromOutbox(
      outboxEntry(
        'telegram',
        {
          chat_id: '5',
          text: 'Which?',
          reply_markup: JSON.stringify({
            inline_keyboard: [
              [
                { text: 'A', callback_data: 'a' },
                { text: 'B', callback_data: 'b' },
              ],
              [{ text: 'Web', url: 'https://w.example' }],
            ],
          }),
        },
        1,
        'Which?',
      ),
    );
    expect(telegram.buttons).toEqual([
      { id: 'a', title: 'A', action: 'callback', row: 0 },
      { id: 'b', title: 'B', action: 'callback', row: 0 },
      { id: 'https://w.example', title: 'Web', action: 'url', url: 'https://w.example', row: 1 },
    ]);
  });

  it('pairs each logged bot line with what the fake received, falls back to the log, adds pending sends', () => {
    const conversationId = 'telegram:1:5';
    const log: MessageLogEntry[] = [
      { conversationId, direction: 'in', at: at(1), id: 'telegram:10', text: 'hi', data: { kind: 'text' } },
      {
        conversationId,
        direction: 'out',
        at: at(2),
        id: 'telegram:10:0',
        text: 'Hello! Which?',
        data: { platformMessageIds: ['1'], buttons: ['a'] },
      },
      {
        conversationId,
        direction: 'in',
        at: at(3),
        id: 'telegram:11',
        data: { kind: 'button', payload: 'a' },
      },
      {
        conversationId,
        direction: 'agent',
        at: at(5),
        id: 'desk-1',
        text: 'Anna here',
        data: { agent: 'Anna' },
      },
      { conversationId, direction: 'status', at: at(6), id: 's', data: {} },
    ];
    const outbox = [
      outboxEntry(
        'telegram',
        { text: 'Hello! Which?', reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] } },
        2,
        'Hello! Which?',
      ),
      outboxEntry('telegram', { text: 'Anna here' }, 5, 'Anna here'),
      outboxEntry('telegram', { text: 'stale' }, 0, 'stale'),
    ];
    const sent = [
      { eventId: 'telegram:11', at: at(3), kind: 'button', title: 'A', payload: 'a', status: 200 },
      { eventId: 'telegram:12', at: at(7), kind: 'location', location: { latitude: 1, longitude: 2 } },
    ];
    const bubbles = buildTranscript({ channel: 'telegram', log, outbox, sent, since: at(0) });
    expect(bubbles.map((b) => [b.who, b.kind, b.text, b.state])).toEqual([
      ['shopper', 'text', 'hi', undefined],
      ['bot', 'text', 'Hello! Which?', undefined],
      ['shopper', 'button', 'A', undefined],
      ['agent', 'text', 'Anna here', undefined],
      ['shopper', 'location', undefined, 'sending'],
    ]);
    expect(bubbles[1]?.buttons).toEqual([{ id: 'a', title: 'A', action: 'callback', row: 0 }]);
    expect(bubbles[3]?.agent).toBe('Anna');

    // After a restart the outbox is empty: the log alone still has every line, its buttons by id.
    const restarted = buildTranscript({ channel: 'telegram', log, outbox: [], sent: [] });
    expect(restarted.map((b) => [b.who, b.text])).toEqual([
      ['shopper', 'hi'],
      ['bot', 'Hello! Which?'],
      ['shopper', 'a'],
      ['agent', 'Anna here'],
    ]);
    expect(restarted[1]?.buttons).toEqual([{ id: 'a', title: 'a', action: 'callback' }]);
  });
});

describe('simulator webhooks for media, locations and stickers parse with the real parsers', () => {
  const secrets = { ...LOCAL_SECRETS };
  const parse = (channel: 'whatsapp' | 'line' | 'telegram', payload: unknown) =>
    createInboundChannel(channel, secrets).parse(Buffer.from(JSON.stringify(payload))).messages[0];
  const wa = { phoneNumberId: '1', waId: '34600111222' };
  const line = { destination: 'Ubot', userId: 'U1' };
  const tg = { chatId: 5 };
  const location = { latitude: 1.5, longitude: 2.5, name: 'Home', address: 'Street 1' };

  it.each([
    ['whatsapp', buildWhatsAppAudioWebhook({ ...wa, mediaId: 'm1' }), 'audio'],
    ['whatsapp', buildWhatsAppStickerWebhook({ ...wa, mediaId: 'm2' }), 'sticker'],
    ['whatsapp', buildWhatsAppLocationWebhook({ ...wa, location }), 'location'],
    [
      'whatsapp',
      buildWhatsAppTemplateButtonWebhook({ ...wa, payload: 'delay:wait', text: 'Wait' }),
      'button',
    ],
    ['line', buildLineAudioWebhook({ ...line, messageId: 'm3' }), 'audio'],
    ['line', buildLineStickerWebhook(line), 'sticker'],
    ['line', buildLineLocationWebhook({ ...line, location }), 'location'],
    ['telegram', buildTelegramVoiceUpdate({ ...tg, fileId: 'f1' }), 'audio'],
    ['telegram', buildTelegramStickerUpdate({ ...tg, fileId: 'f2' }), 'sticker'],
    ['telegram', buildTelegramLocationUpdate({ ...tg, location }), 'location'],
  ] as const)('%s → %s', (channel, payload, kind) => {
    const message = parse(channel, payload);
    expect(message?.kind).toBe(kind);
    if (kind === 'location')
      expect(message?.location).toMatchObject({ latitude: 1.5, longitude: 2.5, name: 'Home' });
    if (kind === 'audio' && channel !== 'line') expect(message?.media?.voice).toBe(true);
  });
});

describe('simulator dev routes: GET /dev/simulator/setup, GET /dev/transcript, POST /dev/reset', () => {
  let running: RunningFakes;
  let stores: MemoryStores;
  const resets: string[] = [];

  beforeAll(async () => {
    stores = createMemoryStores();
    const simulator = createSimulatorRoutes({
      shoppers: simulatorShoppers(),
      messages: stores.messages,
      conversations: stores.conversations,
      outbox: { list: (filter) => running.fakes.outbox.list(filter) },
      reset: async (id) => {
        resets.push(id);
        return { deleted: 1 };
      },
      // No webhook route here: the sends fail, which the transcript shows.
      webhookBaseUrl: 'http://127.0.0.1:9',
    });
    running = await startFakes({}, [simulator.handle]);
  });
  afterAll(async () => {
    await running?.close();
  });

  it('setup: every story shopper on their own channel only, carrier and native customers, 19 first messages', async () => {
    const setup = (await (await fetch(`${running.origin}/dev/simulator/setup`)).json()) as {
      languages: { code: string; firstMessage: string; rtl?: boolean }[];
      shoppers: SimulatorShopper[];
    };
    expect(setup.languages).toHaveLength(19);
    expect(new Set(setup.languages.map((l) => l.firstMessage)).size).toBe(19);
    expect(setup.languages.filter((l) => l.rtl).map((l) => l.code)).toEqual(['ar']);
    const story = setup.shoppers.filter((s) => s.group === 'story');
    expect(story).toHaveLength(7);
    for (const s of story)
      for (const channel of ['whatsapp', 'line', 'telegram'] as const)
        expect(Boolean(s[channel]), `${s.id} on ${channel}`).toBe(channel === s.channel);
    expect(story.find((s) => s.id === 'maria-whatsapp')).toMatchObject({
      name: 'Maria Santos',
      whatsapp: '5511987654321',
      country: 'BR',
      orders: [{ id: '50731' }, { id: '52118' }, { id: '47020' }],
    });
    expect(setup.shoppers.filter((s) => s.group === 'carrier')).toHaveLength(6);
    const native = setup.shoppers.filter((s) => s.group === 'native');
    expect(native).toHaveLength(19 * 6);
    expect(new Set(native.map((s) => s.language)).size).toBe(19);
    expect(native.every((s) => s.whatsapp && s.line && s.telegram && s.orders?.length === 1)).toBe(true);
  });

  it('transcript: 400/404 like the other dev routes; both sides from the log; a failed send shows as failed', async () => {
    expect((await fetch(`${running.origin}/dev/transcript?channel=whatsapp`)).status).toBe(400);
    expect((await fetch(`${running.origin}/dev/transcript?channel=line&shopper=maria-whatsapp`)).status).toBe(
      404,
    );
    const id = `whatsapp:${LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID}:14155550123`;
    await stores.messages.append({
      conversationId: id,
      direction: 'in',
      at: '2026-03-02T09:00:00.000Z',
      id: 'whatsapp:w1',
      text: 'hello',
      data: { kind: 'text' },
    });
    await stores.messages.append({
      conversationId: id,
      direction: 'out',
      at: '2026-03-02T09:00:01.000Z',
      id: 'whatsapp:w1:0',
      text: 'Hi James!',
      data: {},
    });
    await fetch(`${running.origin}/dev/simulate`, {
      method: 'POST',
      body: JSON.stringify({ channel: 'whatsapp', shopperId: 'james-whatsapp', kind: 'location' }),
    });
    const response = await fetch(
      `${running.origin}/dev/transcript?channel=whatsapp&shopperId=james-whatsapp`,
    );
    const body = (await response.json()) as {
      id: string;
      bubbles: { who: string; text?: string; kind: string; state?: string }[];
    };
    expect(body.id).toBe(id);
    expect(body.bubbles.map((b) => [b.who, b.kind, b.text, b.state])).toEqual([
      ['shopper', 'text', 'hello', undefined],
      ['bot', 'text', 'Hi James!', undefined],
      ['shopper', 'location', undefined, 'failed'],
    ]);
  });

  it('reset: deletes that conversation through the store helper and forgets its pending lines', async () => {
    expect(
      (await fetch(`${running.origin}/dev/reset`, { method: 'POST', body: '{"channel":"whatsapp"}' })).status,
    ).toBe(400);
    const response = await fetch(`${running.origin}/dev/reset`, {
      method: 'POST',
      body: JSON.stringify({ channel: 'whatsapp', shopperId: 'james-whatsapp' }),
    });
    const id = `whatsapp:${LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID}:14155550123`;
    expect(await response.json()).toEqual({ id, channel: 'whatsapp', deleted: 1 });
    expect(resets).toEqual([id]);
    const after = (await (
      await fetch(`${running.origin}/dev/transcript?channel=whatsapp&shopper=james-whatsapp`)
    ).json()) as {
      bubbles: { state?: string }[];
    };
    // The memory log double was not really emptied: only the simulator's own pending line is gone.
    expect(after.bubbles.some((b) => b.state)).toBe(false);
  });
});
