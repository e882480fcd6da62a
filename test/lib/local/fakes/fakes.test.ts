import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_SECRETS } from '../../../../lib/local/defaults';
import { fakeReplyToken, type OutboxEntry } from '../../../../lib/local/fakes';
import { manualClock, type RunningFakes, startFakes } from '../../../helpers/fake-platforms';

let running: RunningFakes;
const clock = manualClock();
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${running.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const lineAuth = { authorization: `Bearer ${LOCAL_SECRETS.LINE_CHANNEL_ACCESS_TOKEN}` };
const waAuth = { authorization: `Bearer ${LOCAL_SECRETS.WHATSAPP_ACCESS_TOKEN}` };

beforeAll(async () => {
  running = await startFakes({ now: clock.now });
});
afterAll(() => running.close());
beforeEach(() => running.fakes.outbox.clear());

describe('platform fakes over HTTP', () => {
  it('GET /dev/outbox lists sends newest last with channel, to, text, raw, at; DELETE clears', async () => {
    await post(
      `/fake/whatsapp/v23.0/${LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID}/messages`,
      { messaging_product: 'whatsapp', to: '111', type: 'text', text: { body: 'first' } },
      waAuth,
    );
    clock.advance(10);
    await post(`/fake/telegram/bot${LOCAL_SECRETS.TELEGRAM_BOT_TOKEN}/sendMessage`, {
      chat_id: 222,
      text: 'second',
    });
    const list = (await (await fetch(`${running.origin}/dev/outbox`)).json()) as OutboxEntry[];
    expect(list.map((e) => [e.channel, e.to, e.text])).toEqual([
      ['whatsapp', '111', 'first'],
      ['telegram', '222', 'second'],
    ]);
    expect(list[0]?.raw).toMatchObject({ type: 'text' });
    expect(Date.parse(list[1]!.at)).toBeGreaterThan(Date.parse(list[0]!.at));
    const filtered = (await (
      await fetch(`${running.origin}/dev/outbox?channel=telegram&to=222`)
    ).json()) as OutboxEntry[];
    expect(filtered).toHaveLength(1);
    expect((await fetch(`${running.origin}/dev/outbox`, { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch(`${running.origin}/dev/outbox`)).json()).toEqual([]);
  });

  it('rejects wrong credentials like the platforms (401)', async () => {
    const wa = await post(
      `/fake/whatsapp/v23.0/${LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID}/messages`,
      {},
      { authorization: 'Bearer nope' },
    );
    expect(wa.status).toBe(401);
    expect(((await wa.json()) as { error: { code: number } }).error.code).toBe(190);
    expect((await post('/v2/bot/message/push', {}, { authorization: 'Bearer nope' })).status).toBe(401);
    const tg = await post('/fake/telegram/bot123:nope/sendMessage', { chat_id: 1, text: 'x' });
    expect(await tg.json()).toMatchObject({ ok: false, error_code: 401 });
  });

  it('LINE reply tokens are single use and expire after a minute', async () => {
    const user = 'Uabc123';
    const message = { messages: [{ type: 'text', text: 'hi' }] };
    const token = fakeReplyToken(user, clock.now());
    expect((await post('/v2/bot/message/reply', { replyToken: token, ...message }, lineAuth)).status).toBe(
      200,
    );
    const reused = await post('/v2/bot/message/reply', { replyToken: token, ...message }, lineAuth);
    expect(reused.status).toBe(400);
    expect(await reused.json()).toEqual({ message: 'Invalid reply token' });
    const old = fakeReplyToken(user, clock.now() - 61_000);
    expect((await post('/v2/bot/message/reply', { replyToken: old, ...message }, lineAuth)).status).toBe(400);
    expect(running.fakes.outbox.list()).toEqual([
      expect.objectContaining({ channel: 'line', to: user, text: 'hi' }),
    ]);
  });

  it('validates basic shapes: WhatsApp >3 buttons, LINE >5 messages, Telegram callback_data >64 bytes', async () => {
    const buttons = Array.from({ length: 4 }, (_, i) => ({
      type: 'reply',
      reply: { id: `b${i}`, title: `B${i}` },
    }));
    const wa = await post(
      `/fake/whatsapp/v23.0/${LOCAL_SECRETS.WHATSAPP_PHONE_NUMBER_ID}/messages`,
      {
        messaging_product: 'whatsapp',
        to: '1',
        type: 'interactive',
        interactive: { type: 'button', body: { text: 'x' }, action: { buttons } },
      },
      waAuth,
    );
    expect(wa.status).toBe(400);
    const six = Array.from({ length: 6 }, () => ({ type: 'text', text: 'x' }));
    expect((await post('/v2/bot/message/push', { to: 'U1', messages: six }, lineAuth)).status).toBe(400);
    const tg = await post(`/fake/telegram/bot${LOCAL_SECRETS.TELEGRAM_BOT_TOKEN}/sendMessage`, {
      chat_id: 1,
      text: 'x',
      reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'é'.repeat(33) }]] },
    });
    expect(await tg.json()).toMatchObject({ ok: false, description: 'Bad Request: BUTTON_DATA_INVALID' });
    expect(running.fakes.outbox.list()).toHaveLength(0);
  });

  it('can be told over HTTP to fail the next calls (429 with Retry-After)', async () => {
    await post('/dev/fakes/fail', { channel: 'telegram', count: 1, status: 429, retryAfter: 7 });
    const first = await post(`/fake/telegram/bot${LOCAL_SECRETS.TELEGRAM_BOT_TOKEN}/sendMessage`, {
      chat_id: 1,
      text: 'x',
    });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(await first.json()).toMatchObject({ parameters: { retry_after: 7 } });
    const second = await post(`/fake/telegram/bot${LOCAL_SECRETS.TELEGRAM_BOT_TOKEN}/sendMessage`, {
      chat_id: 1,
      text: 'x',
    });
    expect(second.status).toBe(200);
  });

  it('answers getMe and LINE profiles in platform shape', async () => {
    const me = (await (
      await post(`/fake/telegram/bot${LOCAL_SECRETS.TELEGRAM_BOT_TOKEN}/getMe`, {})
    ).json()) as { result: { id: number; is_bot: boolean } };
    expect(me.result).toMatchObject({ id: 7000000001, is_bot: true });
    const profile = await fetch(`${running.origin}/fake/line/v2/bot/profile/U999`, { headers: lineAuth });
    expect(await profile.json()).toMatchObject({ userId: 'U999', language: 'en' });
  });
});
