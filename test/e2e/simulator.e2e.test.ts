// The shopper simulator on the whole local stack, in headless Chromium (Debian's chromium driven by
// playwright-core): a person picks a channel and a demo shopper, types, and reads the bot's real answer —
// signed webhook → ingest → SQS FIFO → worker → the real SDK → the platform fake → the page.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SECRETS } from '../../lib/local/defaults';
import { FIRST_MESSAGES } from '../../lib/local/simulator/shoppers';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../helpers/chromium';
import { demoShopper, type E2eStack, startE2eStack } from './harness';

/** `SCREENSHOTS=1` rewrites docs/img/simulator-*.png; ordinary runs leave them alone. */
const SCREENSHOTS = process.env.SCREENSHOTS === '1';
const IMG_DIR = resolve(fileURLToPath(new URL('../../docs/img', import.meta.url)));
if (SCREENSHOTS) mkdirSync(IMG_DIR, { recursive: true });
/** This tsconfig has no DOM lib: what the page-side callbacks use (casts vanish, they run in the page). */
type Dom = { scrollTo(x: number, y: number): void; getComputedStyle(node: unknown): { direction: string } };
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

const SUITE = hasChromium
  ? 'shopper simulator on the full local stack (headless Chromium)'
  : `shopper simulator on the full local stack — SKIPPED: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`;

/** Chooses an option once the picker has it: the pickers fill from /dev/simulator/setup after load. */
async function choose(page: Page, select: '#shopper' | '#lang', value: string): Promise<void> {
  await page.locator(`${select} option[value="${value}"]`).waitFor({ state: 'attached', timeout: 15_000 });
  await page.selectOption(select, value);
}

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
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.goto(`${e2e.stack.url}/`);
      await page.selectOption('#channel', 'whatsapp');
      await choose(page, '#shopper', 'maria-whatsapp');
      await page.fill('#text', 'oi, cadê meu pedido?');
      await page.click('#send');
      const ask = page.locator('[data-testid="bot-message"]', { hasText: 'De qual pedido' });
      await ask.waitFor({ timeout: 15_000 });
      // A WhatsApp list message: its button opens the sheet of rows, each with a title and a description.
      expect(await ask.getAttribute('data-kind')).toBe('list');
      await ask.getByRole('button', { name: /Escolher/ }).click();
      const sheet = page.getByRole('dialog', { name: 'Escolher' });
      const row = sheet.getByRole('button', { name: /#50731/ });
      expect(await row.locator('.desc').textContent()).toMatch(/Floral Wrap Dress/);
      expect(await sheet.locator('.desc').count()).toBeGreaterThanOrEqual(2);
      if (SCREENSHOTS) await page.screenshot({ path: join(IMG_DIR, 'simulator-desktop.png') });
      await row.click();
      const answer = page.locator('[data-testid="bot-message"]', { hasText: 'alfândega' });
      await answer.waitFor({ timeout: 15_000 });
      expect(await answer.textContent()).toMatch(/LX\d{9}CN/);
    } finally {
      await page.close();
    }
  });

  it('Yui verifies on LINE in Japanese and gets her parcel status', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    try {
      await page.goto(`${e2e.stack.url}/`);
      await page.selectOption('#channel', 'line');
      await choose(page, '#shopper', 'yui-line');
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
      // On a phone the guide folds away above the chat.
      expect(await page.locator('#guide').getAttribute('open')).toBeNull();
      if (SCREENSHOTS) {
        await page.evaluate(() => (globalThis as unknown as Dom).scrollTo(0, 0));
        await page.screenshot({ path: join(IMG_DIR, 'simulator-phone.png') });
      }
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
      await choose(page, '#shopper', james.id);
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

  /** The chat's lines as the page shows them: [who, text] pairs. */
  const lines = async (page: Page) =>
    page
      .locator('#log .msg')
      .evaluateAll((nodes) =>
        nodes.map((n) => [
          (n as unknown as { dataset: Record<string, string | undefined> }).dataset.testid?.replace(
            '-message',
            '',
          ),
          n.querySelector('.bubble')?.textContent ?? '',
        ]),
      );
  const transcript = async (channel: string, shopper: string) =>
    (await (
      await fetch(`${e2e.stack.url}/dev/transcript?channel=${channel}&shopper=${encodeURIComponent(shopper)}`)
    ).json()) as { started: boolean; bubbles: { who: string; kind: string; text?: string }[] };

  it('the guide says who each story shopper is, and each channel tab offers only its own shoppers', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.goto(`${e2e.stack.url}/`);
      const guide = page.getByRole('complementary', { name: 'Guide' });
      expect(await page.locator('#guide').getAttribute('open')).not.toBeNull();
      const stories = guide.locator('#stories > li');
      expect(await stories.count()).toBe(7);
      const yui = stories.filter({ hasText: '田中結衣' });
      expect(await yui.textContent()).toMatch(/LINE.*日本語.*JP/s);
      expect(await yui.textContent()).toMatch(/order 51842 \+ email yui\.tanaka@example\.jp/);
      expect(await guide.textContent()).toContain('POST /dev/carrier/advance');
      expect(await guide.locator('#carriers > li').count()).toBe(6);

      const offered = async (channel: string) => {
        await page.selectOption('#channel', channel);
        return page
          .locator('#shopper option')
          .evaluateAll((o) => o.map((x) => (x as unknown as { value: string }).value));
      };
      const whatsapp = await offered('whatsapp');
      expect(whatsapp).toEqual(
        expect.arrayContaining(['maria-whatsapp', 'james-whatsapp', 'lucia-whatsapp']),
      );
      expect(whatsapp).not.toContain('yui-line');
      const line = await offered('line');
      expect(line).toEqual(expect.arrayContaining(['yui-line', 'yichun-line', 'carrier-smooth-ja']));
      expect(line).not.toContain('maria-whatsapp');
      expect(line).not.toContain('budi-telegram');
      const telegram = await offered('telegram');
      expect(telegram).toEqual(expect.arrayContaining(['budi-telegram', 'lukas-telegram']));
      expect(telegram).not.toContain('yui-line');

      // Tapping a story shopper's name in the guide switches to their channel and shows their card.
      await yui.getByRole('button', { name: '田中結衣' }).click();
      expect(await page.locator('#channel').inputValue()).toBe('line');
      expect(await page.locator('#shopper').inputValue()).toBe('yui-line');
      expect(await page.locator('#about').textContent()).toMatch(/51842.*out for delivery/is);
      await page.getByRole('button', { name: 'Type the verification' }).click();
      expect(await page.locator('#text').inputValue()).toBe('51842 yui.tanaka@example.jp');

      // The native picker: a language, then one of its customers, and a first message in that language.
      await page.selectOption('#channel', 'whatsapp');
      await page.selectOption('#lang', 'ko');
      expect(await page.locator('#text').inputValue()).toBe(FIRST_MESSAGES.ko);
      expect(await page.locator('#native option').count()).toBe(6);
      expect(await page.locator('#shopper').inputValue()).toMatch(/^native-CUS-/);
    } finally {
      await page.close();
    }
  });

  it('both sides of the chat come from the store: they survive a reload, and the fakes forgetting (a restart)', async () => {
    const lukas = demoShopper('lukas-telegram');
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.goto(`${e2e.stack.url}/`);
      await page.selectOption('#channel', 'telegram');
      await choose(page, '#shopper', lukas.id);
      await page.fill('#text', 'hallo, wo ist meine bestellung 55012?');
      await page.click('#send');
      await page.locator('[data-testid="bot-message"]').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      const before = await lines(page);
      expect(before[0]).toEqual(['shopper', expect.stringContaining('wo ist meine bestellung 55012?')]);
      expect(before.some(([who]) => who === 'bot')).toBe(true);

      await page.reload();
      await page.selectOption('#channel', 'telegram');
      await choose(page, '#shopper', lukas.id);
      await expect.poll(() => lines(page), { timeout: 5_000 }).toEqual(before);

      // A restart loses the fakes' outbox; the message log keeps every line (the bot's from the log).
      await fetch(`${e2e.stack.url}/dev/outbox`, { method: 'DELETE' });
      await page.reload();
      await page.selectOption('#channel', 'telegram');
      await choose(page, '#shopper', lukas.id);
      await page.locator('[data-testid="bot-message"]').first().waitFor({ timeout: 5_000 });
      const after = await lines(page);
      expect(after.map(([who]) => who)).toEqual(before.map(([who]) => who));
      expect(after[0]?.[1]).toContain('wo ist meine bestellung 55012?');
    } finally {
      await page.close();
    }
  });

  it('an Arabic shopper reads right to left', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    try {
      await page.goto(`${e2e.stack.url}/`);
      await page.selectOption('#channel', 'whatsapp');
      // The pickers fill from /dev/simulator/setup: wait for them rather than racing a loaded machine.
      await choose(page, '#lang', 'ar');
      await expect
        .poll(() => page.locator('#text').inputValue(), { timeout: 10_000 })
        .toBe(FIRST_MESSAGES.ar);
      await expect.poll(() => page.locator('#log').getAttribute('dir'), { timeout: 10_000 }).toBe('rtl');
      expect(await page.locator('#text').getAttribute('dir')).toBe('rtl');
      await page.click('#send');
      const bot = page.locator('[data-testid="bot-message"]').first();
      await bot.waitFor({ timeout: 15_000 });
      const mine = page.locator('[data-testid="shopper-message"]').first();
      expect(await mine.locator('.bubble').getAttribute('dir')).toBe('auto');
      expect(
        await mine
          .locator('.bubble')
          .evaluate((n) => (globalThis as unknown as Dom).getComputedStyle(n).direction),
      ).toBe('rtl');
      expect(
        await bot
          .locator('.bubble')
          .evaluate((n) => (globalThis as unknown as Dom).getComputedStyle(n).direction),
      ).toBe('rtl');
      // Mirrored as the apps mirror an Arabic chat: the shopper's own lines on the left.
      const [mineBox, botBox] = [await mine.boundingBox(), await bot.boundingBox()];
      expect(mineBox!.x).toBeLessThan(botBox!.x);
      await page.waitForTimeout(800);
      if (SCREENSHOTS) {
        await page.evaluate(() => (globalThis as unknown as Dom).scrollTo(0, 0));
        await page.screenshot({ path: join(IMG_DIR, 'simulator-rtl.png') });
      }
    } finally {
      await page.close();
    }
  });

  it('sends a photo, a voice note, a location and a sticker on every channel as that platform does', async () => {
    const cases = [
      ['whatsapp', 'james-whatsapp'],
      ['line', 'yichun-line'],
      ['telegram', 'budi-telegram'],
    ] as const;
    for (const [channel, shopperId] of cases) {
      for (const kind of ['image', 'audio', 'location', 'sticker']) {
        const response = await fetch(`${e2e.stack.url}/dev/simulate`, {
          method: 'POST',
          body: JSON.stringify({ channel, shopperId, kind }),
        });
        expect(((await response.json()) as { status: number }).status, `${channel} ${kind}`).toBe(200);
      }
      await e2e.stack.queue.drain();
      await expect
        .poll(async () =>
          (await transcript(channel, shopperId)).bubbles
            .filter((b) => b.who === 'shopper')
            .map((b) => b.kind)
            .slice(-4),
        )
        .toEqual(['image', 'audio', 'location', 'sticker']);
    }
  });

  it('"Start over" deletes one shopper\'s conversation and log, and only theirs', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.goto(`${e2e.stack.url}/`);
      await page.selectOption('#channel', 'whatsapp');
      await choose(page, '#shopper', 'lucia-whatsapp');
      await page.fill('#text', 'hola, quiero cancelar mi pedido 52230');
      await page.click('#send');
      await page.locator('[data-testid="bot-message"]').first().waitFor({ timeout: 15_000 });
      await expect
        .poll(async () => (await transcript('whatsapp', 'lucia-whatsapp')).started, { timeout: 10_000 })
        .toBe(true);
      const maria = (await transcript('whatsapp', 'maria-whatsapp')).bubbles.length;
      expect(maria).toBeGreaterThan(0);

      await page.getByRole('button', { name: 'Start over' }).click();
      await expect.poll(() => page.locator('#log .msg').count(), { timeout: 5_000 }).toBe(0);
      const after = await transcript('whatsapp', 'lucia-whatsapp');
      expect(after).toMatchObject({ started: false, bubbles: [] });
      expect((await transcript('whatsapp', 'maria-whatsapp')).bubbles.length).toBe(maria);

      // The demo starts over: a new first message starts a new conversation.
      await page.fill('#text', 'hola');
      await page.click('#send');
      await page.locator('[data-testid="bot-message"]').first().waitFor({ timeout: 15_000 });
      expect((await lines(page))[0]).toEqual(['shopper', expect.stringContaining('hola')]);
    } finally {
      await page.close();
    }
  });
});
