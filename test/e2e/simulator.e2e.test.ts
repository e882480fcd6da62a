// The shopper simulator on the whole local stack, in headless Chromium (Debian's chromium driven by
// playwright-core): a person picks a channel and a demo shopper, types, and reads the bot's real answer —
// signed webhook → ingest → SQS FIFO → worker → the real SDK → the platform fake → the page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SECRETS } from '../../lib/local/defaults';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../helpers/chromium';
import { demoShopper, type E2eStack, startE2eStack } from './harness';

const SUITE = hasChromium
  ? 'shopper simulator on the full local stack (headless Chromium)'
  : `shopper simulator on the full local stack — SKIPPED: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(SUITE, () => {
  let e2e: E2eStack;
  let browser: Browser;
  beforeAll(async () => {
    e2e = await startE2eStack();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await e2e?.stop();
  });

  it('Maria asks on WhatsApp in Portuguese, taps an order in the list, and reads where her parcel is', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${e2e.stack.url}/`);
      await page.selectOption('#channel', 'whatsapp');
      await page.selectOption('#shopper', 'maria-whatsapp');
      await page.fill('#text', 'oi, cadê meu pedido?');
      await page.click('#send');
      const ask = page.locator('[data-testid="bot-message"]', { hasText: 'De qual pedido' });
      await ask.waitFor({ timeout: 15_000 });
      await ask.getByRole('button', { name: /#50731/ }).click();
      const answer = page.locator('[data-testid="bot-message"]', { hasText: 'alfândega' });
      await answer.waitFor({ timeout: 15_000 });
      expect(await answer.textContent()).toMatch(/LX\d{9}CN/);
    } finally {
      await page.close();
    }
  });

  it('Yui verifies on LINE in Japanese and gets her parcel status', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${e2e.stack.url}/`);
      await page.selectOption('#channel', 'line');
      await page.selectOption('#shopper', 'yui-line');
      await page.fill('#text', '注文番号51842、メールは yui.tanaka@example.jp です');
      await page.click('#send');
      const answer = page.locator('[data-testid="bot-message"]', { hasText: '51842' });
      await answer.first().waitFor({ timeout: 15_000 });
      await page
        .locator('[data-testid="bot-message"]', { hasText: 'EE' })
        .first()
        .waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-testid="bot-message"]').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringMatching(/本人確認/)]),
      );
    } finally {
      await page.close();
    }
  });

  it('James asks for a person: the page shows who has the chat, links to the console and hands him back', async () => {
    const james = demoShopper('james-whatsapp');
    // The id the webhook files his WhatsApp messages under (functions/channels/whatsapp/parse.ts).
    const id = `whatsapp:${LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID}:${james.whatsapp}`;
    const page = await browser.newPage();
    try {
      await page.goto(`${e2e.stack.url}/`);
      await page.selectOption('#channel', 'whatsapp');
      await page.selectOption('#shopper', james.id);
      await expect.poll(() => page.locator('#handoff').textContent()).toBe('');
      await page.fill('#text', 'I want to talk to a real person please');
      await page.click('#send');

      const banner = page.getByRole('status', { name: 'Who is answering' });
      await banner
        .getByText(/A person has this chat — waiting for an agent \(since .+\)/)
        .waitFor({ timeout: 15_000 });
      const open = banner.getByRole('link', { name: 'Open in console' });
      expect(await open.getAttribute('href')).toBe(`/console?c=${encodeURIComponent(id)}`);
      expect(await open.getAttribute('target')).toBe('_blank');
      // That id is the conversation the agent console opens.
      const state = await fetch(`${e2e.stack.url}/agent/conversations/${encodeURIComponent(id)}`, {
        headers: { authorization: `Bearer ${LOCAL_SECRETS.AGENT_TOKEN}`, 'x-agent-name': 'Test' },
      });
      expect(((await state.json()) as { conversation: { mode: string } }).conversation.mode).toBe('human');

      await banner.getByRole('button', { name: 'Hand back to the bot' }).click();
      await page
        .locator('[data-testid="bot-message"]', { hasText: 'back with the assistant' })
        .waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('#handoff').textContent(), { timeout: 5_000 }).toBe('');
      expect(await page.getByRole('link', { name: 'Open in console' }).count()).toBe(0);
      expect(await page.locator('#status').textContent()).toBe('');
    } finally {
      await page.close();
    }
  });
});
