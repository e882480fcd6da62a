// The agent console's acceptance path, on the whole local stack in headless Chromium: a Thai LINE shopper
// asks for a person, an English-speaking agent picks the conversation up in /console, reads it side by side
// with its translation, answers in English (previewing the Thai the shopper will get), sees the shopper's
// next message arrive without reloading, starts a video call and hands the shopper back to the bot, which
// asks for a rating. Every shopper-side effect is read from the platform fakes' outbox, where the real SDKs
// delivered it. Then the page is checked at phone width and with right-to-left text.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SECRETS } from '../../lib/local/defaults';
import { PROJECT_ROOT } from '../../lib/local/server';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../helpers/chromium';
import { type E2eStack, LINE_DESTINATION, type OutboxEntry, startE2eStack } from './harness';

const SUITE = hasChromium
  ? 'agent console on the full local stack (headless Chromium)'
  : `agent console on the full local stack — SKIPPED: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`;

// Any LINE user id works for a handoff: this one has no orders, so nothing but the request is in play.
const THAI_USER = 'U7a1b2c3d4e5f60718293a4b5c6d7e8f9';
const THAI_CONVERSATION = `line:${LINE_DESTINATION}:${THAI_USER}`;
const ARABIC_CHAT = '811000777';

const ASK = 'ขอคุยกับเจ้าหน้าที่หน่อยค่ะ';
const ASK_EN = 'Can I talk to a staff member, please?';
const REPLY = 'Hello, this is Anna from the support team. I am checking your order now.';
const REPLY_TH = 'สวัสดีค่ะ ดิฉันแอนนาจากทีมบริการลูกค้า กำลังตรวจสอบคำสั่งซื้อของคุณอยู่ค่ะ';
const THANKS = 'ขอบคุณมากค่ะ';
const ARABIC_ASK = 'أريد التحدث مع موظف';
const THAI = /[\u0E00-\u0E7F]/;

// README screenshots are written only when asked for, so an ordinary test run leaves the tree clean.
const SCREENSHOT_DIR = process.env.CROSSDESK_SCREENSHOTS
  ? join(PROJECT_ROOT, 'docs', 'img')
  : join(tmpdir(), 'crossdesk-console-screenshots');

/** The computed CSS direction of an element, read in the page. */
const direction = (node: { ownerDocument: { defaultView: unknown } }) =>
  (
    node.ownerDocument.defaultView as { getComputedStyle(n: unknown): { direction: string } }
  ).getComputedStyle(node).direction;

type Entry = Omit<OutboxEntry, 'channel'> & { channel: string; buttons?: { id: string; title: string }[] };

describe.skipIf(!hasChromium)(SUITE, () => {
  let e2e: E2eStack;
  let browser: Browser;
  const entries = async (to?: string) => (await e2e.outbox(to)) as unknown as Entry[];
  /** Waits until the shopper has received more than `before` messages; returns the new ones. */
  const received = async (to: string, before: number, test: (fresh: Entry[]) => boolean) => {
    let fresh: Entry[] = [];
    await expect
      .poll(
        async () => {
          await e2e.stack.queue.drain();
          fresh = (await entries(to)).slice(before);
          return test(fresh);
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe(true);
    return fresh;
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    e2e = await startE2eStack();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await e2e?.stop();
  });

  async function signIn(page: Page, path = '/console'): Promise<void> {
    await page.goto(`${e2e.stack.url}${path}`);
    await page.getByLabel('Your name').fill('Anna');
    await page.getByLabel('Agent token').fill(LOCAL_SECRETS.AGENT_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#app').waitFor({ state: 'visible' });
  }

  async function onPhone(): Promise<void> {
    const phone = await browser.newPage({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const overflow = () =>
        phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      await signIn(phone, `/console?c=${encodeURIComponent(THAI_CONVERSATION)}`);
      await phone.locator('#transcript .msg-shopper', { hasText: THANKS }).waitFor({ timeout: 5_000 });
      expect(await phone.getByLabel(/Your reply/).isVisible()).toBe(true);
      expect(await overflow()).toBe(0);
      // The queue folds into a bar above the conversation; tapping it opens the queue again.
      const toggle = phone.locator('#queue-toggle');
      expect(await toggle.isVisible()).toBe(true);
      expect(await phone.locator('#tabs').isVisible()).toBe(false);
      const queueBox = await phone.locator('#queue').boundingBox();
      const conversationBox = await phone.locator('#conversation').boundingBox();
      expect(queueBox && conversationBox && queueBox.y + queueBox.height <= conversationBox.y).toBe(true);
      // Tap targets: every visible button is at least 44 px tall.
      const heights = await phone
        .locator('button:visible')
        .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
      await phone.locator('#transcript .msg-shopper', { hasText: ASK }).scrollIntoViewIfNeeded();
      await phone.screenshot({ path: join(SCREENSHOT_DIR, 'console-phone.png') });
      await toggle.click();
      await phone.locator('#queue-list .q-row').first().waitFor({ timeout: 5_000 });
      expect(await phone.locator('#tabs').isVisible()).toBe(true);
      expect(await overflow()).toBe(0);
    } finally {
      await phone.close();
    }
  }

  it('Anna helps a Thai LINE shopper in English, from the queue to the rating', async () => {
    const unauthorized = await fetch(`${e2e.stack.url}/agent/conversations?status=handoff`);
    await unauthorized.arrayBuffer();
    expect(unauthorized.status).toBe(401);

    // Someone is already waiting when the Thai shopper writes (the queue is oldest first).
    await e2e.say('telegram', ARABIC_CHAT, ARABIC_ASK, { languageCode: 'ar' });

    // The shopper asks for a person: one acknowledgement in Thai, and the agents are told.
    const ack = await e2e.say('line', THAI_USER, ASK);
    expect(ack).toHaveLength(1);
    expect(ack[0]).toMatch(THAI);
    const toShopper = (await entries(THAI_USER)).filter((entry) => entry.channel === 'line');
    expect(toShopper).toHaveLength(1);
    const notices = (await entries()).filter((entry) => entry.channel.startsWith('agent:'));
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.some((n) => JSON.stringify(n).includes(THAI_USER))).toBe(true);

    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      await signIn(page);

      // The Waiting queue shows it with a reason in words and a wait time that ticks.
      const row = page.locator(`#queue-list .q-row[data-id="${THAI_CONVERSATION}"]`);
      await row.waitFor({ timeout: 5_000 });
      await expect
        .poll(() => page.getByRole('tab', { name: /Waiting/ }).getAttribute('aria-selected'))
        .toBe('true');
      await expect.poll(() => row.locator('.q-reason').textContent()).toBe('Asked for a person');
      await expect.poll(() => row.locator('.badge').textContent()).toBe('LINE');
      expect(await row.locator('.since').textContent()).toMatch(/^waiting \d+ (s|min)$/);
      const queued = await page
        .locator('#queue-list .q-row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
      expect(queued).toEqual([expect.stringMatching(/^telegram:/), THAI_CONVERSATION]);

      // Opening it: the Thai original beside its English translation, and the handoff summary.
      await row.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe(THAI_CONVERSATION);
      const ask = page.locator('#transcript .msg-shopper', { hasText: ASK }).first();
      await ask.waitFor({ timeout: 5_000 });
      const original = ask.locator('.cell-original .text');
      const translation = ask.locator('.cell-translated .text');
      expect(await original.textContent()).toBe(ASK);
      expect(await original.getAttribute('lang')).toBe('th');
      expect(await translation.textContent()).toBe(ASK_EN);
      const [left, right] = [await original.boundingBox(), await translation.boundingBox()];
      expect(left && right && left.x + left.width <= right.x && Math.abs(left.y - right.y) < 4).toBe(true);
      expect((await page.locator('#summary').textContent())?.trim()).not.toBe('');
      expect(await page.locator('#summary').textContent()).not.toBe('No summary.');
      await expect.poll(() => page.locator('#conv-meta').textContent()).toMatch(/waiting \d+ (s|min)/);
      expect(await page.locator('#composer').isHidden()).toBe(true);

      // Claim, then write in English and read the Thai preview before sending.
      await page.locator('#claim').click();
      const reply = page.getByLabel(/Your reply/);
      await reply.waitFor({ state: 'visible' });
      await reply.fill(REPLY);
      await page.locator('#preview-text', { hasText: REPLY_TH }).waitFor({ timeout: 5_000 });
      expect(await page.locator('#preview-text').textContent()).toBe(REPLY_TH);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'console-desktop.png') });

      const beforeReply = (await entries(THAI_USER)).length;
      await reply.press('Enter');
      const sent = await received(THAI_USER, beforeReply, (fresh) => fresh.some((e) => e.text === REPLY_TH));
      expect(sent.filter((e) => e.channel === 'line').map((e) => e.text)).toEqual([REPLY_TH]);
      await page.locator('#transcript .msg-agent', { hasText: REPLY }).waitFor({ timeout: 5_000 });
      expect(await reply.inputValue()).toBe('');

      // The shopper answers: the open console shows it within two seconds, without a reload.
      // Page-side code goes as strings: this project compiles without the DOM library.
      await page.evaluate('window.stayed = true');
      await e2e.say('line', THAI_USER, THANKS);
      const arrived = Date.now();
      await page.locator('#transcript .msg-shopper', { hasText: THANKS }).waitFor({ timeout: 2_000 });
      expect(Date.now() - arrived).toBeLessThan(2_000);
      expect(await page.evaluate('window.stayed')).toBe(true);

      // Anna follows the conversation's link on her phone: it opens after sign-in and fits 375 px.
      await onPhone();

      // Video: the agent gets a join link, the shopper a link of their own.
      const beforeVideo = (await entries(THAI_USER)).length;
      await page.getByRole('button', { name: 'Video call' }).click();
      const joinLink = page.locator('#video-join');
      await joinLink.waitFor({ timeout: 5_000 });
      expect(await joinLink.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await joinLink.getAttribute('target')).toBe('_blank');
      await received(THAI_USER, beforeVideo, (fresh) => fresh.some((e) => /https?:\/\/\S+/.test(e.text)));

      // Release: the shopper is told in Thai and asked for a rating with quick-reply buttons.
      const beforeRelease = (await entries(THAI_USER)).length;
      await page.getByRole('button', { name: 'Release to bot' }).click();
      const after = await received(
        THAI_USER,
        beforeRelease,
        (fresh) => fresh.some((e) => THAI.test(e.text)) && fresh.some((e) => (e.buttons?.length ?? 0) >= 2),
      );
      const rating = after.find((e) => (e.buttons?.length ?? 0) >= 2)!;
      expect(rating.channel).toBe('line');
      expect(
        (rating.raw as { message?: { quickReply?: { items?: unknown[] } } }).message?.quickReply?.items
          ?.length,
      ).toBe(rating.buttons?.length);
      await expect.poll(() => page.locator('#gate-text').textContent()).toMatch(/bot/i);
      expect(await page.locator('#composer').isHidden()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('renders the waiting Arabic shopper right to left', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    try {
      await signIn(page);
      const row = page.locator('#queue-list .q-row[data-id^="telegram:"]', { hasText: /Telegram/ });
      await row.first().waitFor({ timeout: 5_000 });
      await row.first().click();
      const text = page.locator('#transcript .msg-shopper .cell-original .text', { hasText: ARABIC_ASK });
      await text.waitFor({ timeout: 5_000 });
      expect(await text.evaluate(direction)).toBe('rtl');
      expect(await text.getAttribute('dir')).toBe('auto');
      // Its English translation beside it stays left to right.
      const english = page
        .locator('#transcript .msg-shopper', { hasText: ARABIC_ASK })
        .locator('.cell-translated .text');
      expect(await english.evaluate(direction)).toBe('ltr');
    } finally {
      await page.close();
    }
  });
});
