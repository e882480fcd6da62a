import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChatSpacing } from '../../../functions/channels/telegram/chat-spacing';
import { createTelegramSender } from '../../../functions/channels/telegram/send';
import type { SendContext } from '../../../functions/core/ports';
import { LOCAL_SECRETS } from '../../../lib/local/defaults';
import { SAMPLE_PNG } from '../../../lib/local/fakes';
import { manualClock, type RunningFakes, silentLogger, startFakes } from '../../helpers/fake-platforms';

const CHAT = '555000111';
let running: RunningFakes;
const clock = manualClock();

function sender(token: string = LOCAL_SECRETS.TELEGRAM_BOT_TOKEN) {
  return createTelegramSender({
    botToken: token,
    apiRoot: `${running.origin}/fake/telegram`,
    logger: silentLogger,
    spacing: createChatSpacing({ now: clock.now, sleep: clock.sleep }),
    retry: { sleep: clock.sleep, random: () => 0.5 },
  });
}

const ctx: SendContext = {
  conversation: { id: `telegram:7000000001:${CHAT}`, recipient: CHAT },
  inReplyTo: { callbackQueryId: 'cbq-1', receivedAt: new Date().toISOString() },
};

beforeAll(async () => {
  running = await startFakes({ now: clock.now });
});
afterAll(() => running.close());
beforeEach(() => running.fakes.outbox.clear());

describe('Telegram sender through grammy Api against the fake Bot API', () => {
  it('sends text and returns the message id', async () => {
    const result = await sender().send(ctx, { text: 'Paket Anda sedang dikirim.' });
    expect(result.platformMessageIds[0]).toMatch(/^\d+$/);
    expect(running.fakes.outbox.list()[0]).toMatchObject({
      channel: 'telegram',
      to: CHAT,
      text: 'Paket Anda sedang dikirim.',
    });
  });

  it('renders options as an inline keyboard and links as URL buttons', async () => {
    await sender().send(ctx, {
      text: 'Which order?',
      buttons: [
        { id: 'order:10023', title: '#10023' },
        { id: 'order:10024', title: '#10024' },
      ],
      links: [{ url: 'https://track.example/1', title: 'Track' }],
    });
    const [entry] = running.fakes.outbox.list();
    expect(entry?.text).toBe('Which order?');
    expect(entry?.buttons).toEqual([
      { id: 'order:10023', title: '#10023' },
      { id: 'order:10024', title: '#10024' },
    ]);
    expect(entry?.links).toEqual([{ url: 'https://track.example/1', title: 'Track' }]);
  });

  it('falls back to numbered text when a payload exceeds 64 bytes of callback_data', async () => {
    await sender().send(ctx, { text: 'Pick', buttons: [{ id: 'x'.repeat(65), title: 'Long payload' }] });
    const [entry] = running.fakes.outbox.list();
    expect(entry?.buttons).toBeUndefined();
    expect(entry?.text).toBe('Pick\n\n1. Long payload');
  });

  it('sends a photo with the text as caption', async () => {
    await sender().send(ctx, { text: 'Your label', image: { url: 'https://example.com/l.png' } });
    expect(running.fakes.outbox.list()[0]).toMatchObject({
      kind: 'image',
      text: 'Your label',
      imageUrl: 'https://example.com/l.png',
    });
  });

  it('spaces two sends to one chat at least a second apart (fake clock), other chats not delayed', async () => {
    const telegram = sender();
    await telegram.send(ctx, { text: 'first' });
    await telegram.send(ctx, { text: 'second' });
    await telegram.send({ conversation: { id: 'other', recipient: '42' } }, { text: 'other chat' });
    const [first, second, other] = running.fakes.outbox.list();
    const gap = Date.parse(second!.at) - Date.parse(first!.at);
    expect(gap).toBeGreaterThanOrEqual(1000);
    expect(Date.parse(other!.at)).toBe(Date.parse(second!.at));
  });

  it('waits out a 429 retry_after, then succeeds', async () => {
    running.fakes.failNext('telegram', 1, { status: 429, retryAfter: 5 });
    const telegram = sender();
    const before = clock.sleeps.length;
    await telegram.send(ctx, { text: 'after flood wait' });
    expect(clock.sleeps.slice(before)).toContain(5000);
    expect(running.fakes.outbox.list().map((e) => e.text)).toEqual(['after flood wait']);
  });

  it('500s end in a retryable error, 400 and 401 in permanent ones', async () => {
    running.fakes.failNext('telegram', 4, { status: 500 });
    await expect(sender().send(ctx, { text: 'x' })).rejects.toMatchObject({
      name: 'ChannelSendError',
      retryable: true,
    });
    running.fakes.failNext('telegram', 1, { status: 400 });
    await expect(sender().send(ctx, { text: 'x' })).rejects.toMatchObject({ retryable: false, status: 400 });
    await expect(sender('1:wrong').send(ctx, { text: 'x' })).rejects.toMatchObject({
      retryable: false,
      status: 401,
    });
  });

  it('acknowledges with a typing action and answers the callback query', async () => {
    await sender().acknowledge?.(ctx);
    expect(running.fakes.telegram.chatActions.at(-1)).toEqual({ chatId: CHAT, action: 'typing' });
    expect(running.fakes.telegram.answeredCallbacks).toContain('cbq-1');
  });

  it('downloads a file: getFile then the file server', async () => {
    running.fakes.addMedia('telegram', 'AgACAgQ', { bytes: SAMPLE_PNG, mimeType: 'image/png' });
    const media = await sender().downloadMedia?.('AgACAgQ');
    expect(media?.bytes.equals(SAMPLE_PNG)).toBe(true);
    expect(media?.mimeType).toBe('image/png');
  });
});
