import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLineSender } from '../../../functions/channels/line/send';
import { ChannelSendError } from '../../../functions/channels/retry';
import type { SendContext } from '../../../functions/core/ports';
import { LOCAL_SECRETS } from '../../../lib/local/defaults';
import { fakeReplyToken, SAMPLE_PNG } from '../../../lib/local/fakes';
import { manualClock, type RunningFakes, silentLogger, startFakes } from '../../helpers/fake-platforms';

const USER = 'U4af4980629aaaaaaaaaaaaaaaaaaaaaa';
let running: RunningFakes;
const clock = manualClock();

function sender(token: string = LOCAL_SECRETS.LINE_CHANNEL_ACCESS_TOKEN) {
  return createLineSender({
    channelAccessToken: token,
    apiBaseUrl: running.origin,
    dataApiBaseUrl: running.origin,
    logger: silentLogger,
    now: clock.now,
    retry: { sleep: clock.sleep, random: () => 0.5 },
  });
}

function ctx(ageMs: number, replyToken?: string): SendContext {
  const receivedAt = new Date(clock.now() - ageMs).toISOString();
  return {
    conversation: { id: `line:Ubot:${USER}`, recipient: USER },
    inReplyTo: {
      replyToken: replyToken ?? fakeReplyToken(USER, clock.now() - ageMs),
      receivedAt,
      platformMessageId: `m${Math.random()}`,
    },
  };
}

beforeAll(async () => {
  running = await startFakes({ now: clock.now });
});
afterAll(() => running.close());
beforeEach(() => running.fakes.outbox.clear());

describe('LINE sender through @line/bot-sdk against the fake Messaging API', () => {
  it('replies with a fresh reply token', async () => {
    const result = await sender().send(ctx(5_000), { text: 'ご注文は発送済みです。' });
    expect(result.via).toBe('reply');
    expect(result.platformMessageIds).toHaveLength(1);
    const [entry] = running.fakes.outbox.list();
    expect(entry).toMatchObject({ channel: 'line', to: USER, text: 'ご注文は発送済みです。' });
    expect(entry?.raw).toMatchObject({ endpoint: 'reply' });
  });

  it('pushes when the token is stale (over 50 s) without trying it', async () => {
    const result = await sender().send(ctx(55_000), { text: 'late' });
    expect(result.via).toBe('push');
    expect(running.fakes.outbox.list()[0]?.raw).toMatchObject({ endpoint: 'push' });
  });

  it('pushes when the token was already used (LINE answers Invalid reply token)', async () => {
    const token = fakeReplyToken(USER, clock.now());
    const first = await sender().send(ctx(0, token), { text: 'one' });
    // A fresh sender instance does not know the token was spent: the platform's 400 must steer it to push.
    const second = await sender().send(ctx(0, token), { text: 'two' });
    expect([first.via, second.via]).toEqual(['reply', 'push']);
    expect(running.fakes.outbox.list().map((e) => e.text)).toEqual(['one', 'two']);
  });

  it('renders options as quick-reply postbacks, and more than 13 as numbered text', async () => {
    await sender().send(ctx(1_000), {
      text: 'Which size?',
      buttons: [
        { id: 'size:S', title: 'S' },
        { id: 'size:M', title: 'M — the one most people pick' },
      ],
    });
    const many = Array.from({ length: 14 }, (_, i) => ({ id: `o${i}`, title: `Option ${i + 1}` }));
    await sender().send(ctx(1_000), { text: 'Pick', buttons: many });
    const [quick, text] = running.fakes.outbox.list();
    expect(quick?.buttons).toEqual([
      { id: 'size:S', title: 'S' },
      { id: 'size:M', title: 'M — the one most pe…' },
    ]);
    const raw = quick!.raw as { message: { quickReply: { items: { action: Record<string, string> }[] } } };
    const action = raw.message.quickReply.items[1]?.action;
    expect(action).toMatchObject({
      type: 'postback',
      data: 'size:M',
      displayText: 'M — the one most people pick',
    });
    expect(text?.buttons).toBeUndefined();
    expect(text?.text).toContain('14. Option 14');
  });

  it('sends HTTPS images natively and other URLs as a link', async () => {
    await sender().send(ctx(1_000), { text: 'Label', image: { url: 'https://example.com/a.png' } });
    await sender().send(ctx(1_000), { text: 'Label', image: { url: 'http://127.0.0.1/a.png' } });
    const [image, text, link] = running.fakes.outbox.list();
    expect(image?.kind).toBe('image');
    expect(text?.text).toBe('Label');
    expect(link?.text).toContain('http://127.0.0.1/a.png');
  });

  it('retries a 429 honouring Retry-After, and the retry key makes a repeat push a no-op', async () => {
    running.fakes.failNext('line', 1, { status: 429, retryAfter: 2 });
    const before = clock.sleeps.length;
    const context = ctx(120_000);
    await sender().send(context, { text: 'once' });
    expect(clock.sleeps.slice(before)).toEqual([2000]);
    // Same turn delivered again (SQS redelivery): same X-Line-Retry-Key, LINE answers 409, nothing new sent.
    const again = await sender().send(context, { text: 'once' });
    expect(again.platformMessageIds).toEqual([]);
    expect(running.fakes.outbox.list()).toHaveLength(1);
  });

  it('throws a retryable ChannelSendError after repeated 500s and a permanent one for 401', async () => {
    running.fakes.failNext('line', 4, { status: 500 });
    const error = await sender()
      .send(ctx(120_000), { text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ChannelSendError', retryable: true, status: 500 });
    const denied = await sender('wrong')
      .send(ctx(120_000), { text: 'y' })
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(ChannelSendError);
    expect(denied).toMatchObject({ retryable: false, status: 401 });
  });

  it('reads LINE’s own count of the month’s pushes and the plan’s limit; at the limit a push is refused for good', async () => {
    const line = running.fakes.line;
    line.pushesByMonth.clear();
    delete line.monthlyLimit;
    expect(await sender().pushQuota?.()).toEqual({ used: 0 }); // type: none, no limit
    await sender().send(ctx(55_000), { text: 'one' });
    await sender().send(ctx(55_000), { text: 'two' });
    await sender().send(ctx(5_000), { text: 'a reply is free' });
    line.monthlyLimit = 2;
    expect(await sender().pushQuota?.()).toEqual({ used: 2, limit: 2 });
    const refused = await sender()
      .send(ctx(55_000), { text: 'three' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ChannelSendError);
    expect(refused).toMatchObject({ retryable: false });
    delete line.monthlyLimit;
  });

  it('shows the loading animation for 1:1 chats only', async () => {
    await sender().acknowledge?.(ctx(0));
    await sender().acknowledge?.({ conversation: { id: 'line:x:Cgroup', recipient: 'C123' } });
    expect(running.fakes.line.loading).toEqual([{ chatId: USER, loadingSeconds: 20 }]);
  });

  it('downloads message content from the data API', async () => {
    running.fakes.addMedia('line', '5566', { bytes: SAMPLE_PNG, mimeType: 'image/png' });
    const media = await sender().downloadMedia?.('5566');
    expect(media?.mimeType).toBe('image/png');
    expect(media?.bytes.equals(SAMPLE_PNG)).toBe(true);
  });
});
