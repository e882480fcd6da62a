import { createHmac } from 'node:crypto';
import { validateSignature } from '@line/bot-sdk';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WhatsAppAPI } from 'whatsapp-api-js';
import { createLineSender } from '../../../functions/channels/line/send';
import { createTelegramSender } from '../../../functions/channels/telegram/send';
import { createWhatsAppSender } from '../../../functions/channels/whatsapp/send';
import { verifyWhatsApp } from '../../../functions/channels/whatsapp/verify';
import type { ChannelOutbound } from '../../../functions/core/ports';
import { LOCAL_SECRETS } from '../../../lib/local/defaults';
import { SAMPLE_PNG } from '../../../lib/local/fakes';
import { type LocalRoute, readBody } from '../../../lib/local/routes';
import { createSimulatorRoutes, DEFAULT_SHOPPERS } from '../../../lib/local/simulator/routes';
import {
  buildLineTextWebhook,
  buildTelegramUpdate,
  buildWhatsAppTextWebhook,
  signedWebhook,
} from '../../../lib/local/simulator/webhook-builders';
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
