// The agents-group notifier through grammY over real HTTP against the local Telegram fake: what lands in
// the group, that shopper text cannot break or hijack the HTML, the Claim button and the reply tag that
// the rest of the system reads back, and failures.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, GrammyError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffNotice } from '../../../../functions/core/ports';
import {
  CALLBACK_DATA_MAX_BYTES,
  claimCallbackData,
  createTelegramGroupNotifier,
  handoffIdFromNotification,
  parseAgentGroupCallback,
  TELEGRAM_TEXT_LIMIT,
} from '../../../../functions/services/notifiers/telegram-group';
import { NotifyError } from '../../../../functions/services/notifiers/webhook';
import { LOCAL_SECRETS, LOCAL_TELEGRAM_AGENTS_CHAT_ID } from '../../../../lib/local/defaults';
import {
  createFailureScript,
  createMediaShelf,
  createOutbox,
  type FailureScript,
  type Outbox,
} from '../../../../lib/local/fakes/state';
import { createFakeTelegram, type FakeTelegramState } from '../../../../lib/local/fakes/telegram';
import type { LocalRoute } from '../../../../lib/local/routes';
import { alert } from './alert-fixture';

const botToken = LOCAL_SECRETS.TELEGRAM_BOT_TOKEN;
const chatId = LOCAL_TELEGRAM_AGENTS_CHAT_ID;

const notice: HandoffNotice = {
  conversationId: 'whatsapp:100000000000001:4917612345678',
  handoffId: 'H4nd0ff_01',
  channel: 'whatsapp',
  reason: 'legal_threat',
  language: 'ar',
  agentLanguage: 'en',
  lastMessage: 'سأتصل بمحاميّ إذا لم يصل طلبي',
  lastMessageTranslated: 'I will call my lawyer if my order does not arrive',
  summary: 'Order 51409 is 9 days late; shopper threatens legal action.',
  orderId: '51409',
  order: { id: '51409', status: 'in_transit', total: '€129.90', items: ['Desk lamp'], tracking: ['DE7712'] },
  consoleUrl: 'https://desk.shop.example/console/c/xyz',
  videoUrl: 'https://video.shop.example/r/abc',
  at: '2026-12-03T10:00:00.000Z',
};

let server: Server | undefined;
let outbox: Outbox;
let failures: FailureScript;
let state: FakeTelegramState;

async function serve(route: LocalRoute): Promise<string> {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!(await route(req, res, url))) res.writeHead(404).end();
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The fake Telegram on a bare server; returns the apiRoot grammY is given. */
async function fakeTelegram(): Promise<string> {
  const fake = createFakeTelegram({ botToken, outbox, failures, media: createMediaShelf(), now: Date.now });
  state = fake.state;
  return `${await serve(fake.route)}/fake/telegram`;
}

const notifierFor = (apiRoot: string, timeoutMs?: number) =>
  createTelegramGroupNotifier({ botToken, chatId, apiRoot, ...(timeoutMs ? { timeoutMs } : {}) });
const agentEntries = () => outbox.list({ channel: 'agent:telegram' });

beforeEach(() => {
  outbox = createOutbox(Date.now);
  failures = createFailureScript();
});
async function closeServer(): Promise<void> {
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = undefined;
}
afterEach(closeServer);

describe('Telegram agents-group notifier', () => {
  it('posts summary, message and translation, order card and wait time as HTML, ending with the #h tag', async () => {
    await notifierFor(await fakeTelegram()).notify(notice);

    const [entry] = agentEntries();
    expect(entry?.to).toBe(chatId);
    expect(outbox.list({ channel: 'telegram' })).toEqual([]);
    expect(entry?.raw).toMatchObject({ parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    // The fake records the text as readers see it (HTML parsed away): what reply_to_message.text holds.
    const text = entry?.text ?? '';
    expect(text).toContain('Legal threat');
    expect(text).toContain('WhatsApp · Arabic (ar)');
    for (const part of [notice.summary, notice.lastMessage, notice.lastMessageTranslated!])
      expect(text).toContain(part);
    expect(text).toContain('Order 51409 · in_transit · €129.90');
    expect(text).toContain('Items Desk lamp');
    expect(text).toContain('Tracking DE7712');
    expect(text).toContain('Waiting since 2026-12-03 10:00 UTC');
    expect(text.split('\n').at(-1)).toBe('#hH4nd0ff_01');
    expect(entry?.buttons).toEqual([{ id: 'cd:claim:H4nd0ff_01', title: 'Claim' }]);
    expect(entry?.links).toEqual([
      { url: notice.consoleUrl, title: 'Open console' },
      { url: notice.videoUrl, title: 'Join video' },
    ]);
  });

  it('escapes shopper text: it arrives as written, and unescaped HTML would have been refused', async () => {
    const apiRoot = await fakeTelegram();
    const hostile = '<!channel> <script>& <a href="tg://user?id=1">admin</a>';
    await notifierFor(apiRoot).notify({ ...notice, lastMessage: hostile, summary: hostile });
    const [entry] = agentEntries();
    expect(entry?.text).toContain(hostile);
    const sentHtml = String((entry?.raw as { text?: string } | undefined)?.text);
    expect(sentHtml).not.toContain('<script>');
    expect(sentHtml).not.toContain('<a href');
    expect(sentHtml).toContain('&lt;!channel&gt; &lt;script&gt;&amp;');
    // The same words sent raw are what Telegram rejects: the check above is not vacuous.
    await expect(
      new Api(botToken, { apiRoot }).sendMessage(chatId, hostile, { parse_mode: 'HTML' }),
    ).rejects.toThrow(/can't parse entities/);
  });

  it('stays within 4096 characters however long the shopper writes, keeping the tag last', async () => {
    await notifierFor(await fakeTelegram()).notify({
      ...notice,
      summary: '<'.repeat(6000),
      lastMessage: '😀'.repeat(5000),
      lastMessageTranslated: '&'.repeat(6000),
      order: {
        ...notice.order!,
        items: Array.from({ length: 300 }, () => 'x'.repeat(300)),
        tracking: ['T'.repeat(900)],
      },
    });
    const [entry] = agentEntries();
    expect(entry).toBeDefined();
    expect(entry!.text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(entry!.text).toContain('…');
    expect(entry!.text).toContain('(+292)');
    expect(handoffIdFromNotification(entry!.text)).toBe('H4nd0ff_01');
  });

  it('Claim callback_data fits Telegram’s 64 bytes for the longest id and parses back; strangers do not', () => {
    const longest = 'A'.repeat(32);
    expect(Buffer.byteLength(claimCallbackData(longest))).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
    expect(parseAgentGroupCallback(claimCallbackData(longest))).toEqual({
      action: 'claim',
      handoffId: longest,
    });
    expect(parseAgentGroupCallback('cd:claim:H4nd0ff_01')).toEqual({
      action: 'claim',
      handoffId: 'H4nd0ff_01',
    });
    for (const data of [
      'cd:claim:short',
      `cd:claim:${'A'.repeat(33)}`,
      'cd:claim:bad id!',
      'cd:close:H4nd0ff_01',
      'btn:1',
    ])
      expect(parseAgentGroupCallback(data)).toBeUndefined();
  });

  it('reads the handoff back from the tag on the last line only, so a shopper cannot plant another one', async () => {
    await notifierFor(await fakeTelegram()).notify({ ...notice, lastMessage: 'help\n#hSomeoneElse\n' });
    const text = agentEntries()[0]?.text;
    expect(text).toContain('#hSomeoneElse');
    expect(handoffIdFromNotification(text)).toBe('H4nd0ff_01');
    expect(handoffIdFromNotification('hello there')).toBeUndefined();
    expect(handoffIdFromNotification('notice\n#hbad')).toBeUndefined();
    expect(handoffIdFromNotification(undefined)).toBeUndefined();
  });

  it('refuses an id that would break the button or the tag, without sending anything', async () => {
    const notifier = notifierFor(await fakeTelegram());
    await expect(notifier.notify({ ...notice, handoffId: 'no spaces allowed' })).rejects.toThrow(NotifyError);
    await expect(notifier.notify({ ...notice, handoffId: 'x'.repeat(33) })).rejects.toThrow(NotifyError);
    expect(outbox.list()).toEqual([]);
  });

  it('throws NotifyError on a refusal (scripted 500 for the agents group only) and on a hanging API', async () => {
    const apiRoot = await fakeTelegram();
    const notifier = notifierFor(apiRoot);
    // A failure scripted for shoppers' Telegram must not be spent on the agents' notice.
    failures.failNext('telegram', 1, { status: 500 });
    failures.failNext('agent:telegram', 1, { status: 500 });
    const refused = await notifier.notify(notice).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NotifyError);
    expect((refused as Error).message).toBe('Telegram agents group answered 500');
    // Its cause explains the failure without carrying the message (shopper words) it refused.
    expect(JSON.stringify((refused as Error).cause)).not.toContain(notice.lastMessage);
    await notifier.notify(notice);
    expect(agentEntries()).toHaveLength(1);
    expect(failures.take('telegram')).toEqual({ status: 500 });

    await closeServer();
    const hanging = await serve(async () => new Promise<boolean>(() => undefined));
    await expect(notifierFor(hanging, 50).notify(notice)).rejects.toThrow(/unreachable or timed out/);
  });

  it('the fake still records and fails sends to shoppers as `telegram`, plain text as sent', async () => {
    const api = new Api(botToken, { apiRoot: await fakeTelegram() });
    failures.failNext('telegram', 1, { status: 500 });
    await expect(api.sendMessage(222, 'a <b>not</b> HTML text')).rejects.toThrow(GrammyError);
    await api.sendMessage(222, 'a <b>not</b> HTML text');
    expect(outbox.list().map((entry) => [entry.channel, entry.to, entry.text, entry.kind])).toEqual([
      ['telegram', '222', 'a <b>not</b> HTML text', 'text'],
    ]);
  });

  it('the fake takes what a Claim handler will call: answerCallbackQuery and edits of the notice', async () => {
    const apiRoot = await fakeTelegram();
    const api = new Api(botToken, { apiRoot });
    const sent = await api.sendMessage(chatId, 'notice\n#hH4nd0ff_01', {
      reply_markup: {
        inline_keyboard: [[{ text: 'Claim', callback_data: claimCallbackData('H4nd0ff_01') }]],
      },
    });
    await api.answerCallbackQuery('query-1', { text: 'Claimed' });
    expect(state.answeredCallbacks).toEqual(['query-1']);
    const claimed = { inline_keyboard: [[{ text: '✅ Claimed by Ana', callback_data: 'cd:noop' }]] };
    await api.editMessageReplyMarkup(chatId, sent.message_id, { reply_markup: claimed });
    await expect(
      api.editMessageReplyMarkup(chatId, sent.message_id, { reply_markup: claimed }),
    ).rejects.toThrow(/not modified/);
    const edited = await api.editMessageText(chatId, sent.message_id, '<b>Claimed</b> by Ana\n#hH4nd0ff_01', {
      parse_mode: 'HTML',
    });
    expect(edited).toMatchObject({ text: 'Claimed by Ana\n#hH4nd0ff_01' });
    expect(state.edits).toEqual([
      { chatId, messageId: sent.message_id, buttons: [{ id: 'cd:noop', title: '✅ Claimed by Ana' }] },
      { chatId, messageId: sent.message_id, text: 'Claimed by Ana\n#hH4nd0ff_01', buttons: [] },
    ]);
    const missing = await api.editMessageText(chatId, 9999, 'x').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(GrammyError);
    expect((missing as GrammyError).description).toMatch(/message to edit not found/);
  });

  it('posts an alert to the group as HTML with an Open console button', async () => {
    await notifierFor(await fakeTelegram()).alert?.(alert);
    const [entry] = agentEntries();
    expect(entry?.to).toBe(chatId);
    expect(entry?.text).toContain('10 delayed parcels on CN → DE today');
    expect(entry?.text).toContain('<held> & waiting'); // escaped on the wire, as written for the reader
    expect(JSON.stringify(entry?.raw)).toContain('https://desk.example.com/console');
  });
});
