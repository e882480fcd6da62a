// The Slack notifier over real HTTP against the local Slack webhook fake: what agents see, that shopper
// text stays inert, that Slack's limits hold, and that every refusal becomes a NotifyError.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffNotice } from '../../../../functions/core/ports';
import {
  createSlackNotifier,
  escapeAndTruncate,
  SLACK_LIMITS,
} from '../../../../functions/services/notifiers/slack';
import { NotifyError } from '../../../../functions/services/notifiers/webhook';
import { createFakeSlack } from '../../../../lib/local/fakes/slack';
import {
  createFailureScript,
  createOutbox,
  type FailureScript,
  type Outbox,
} from '../../../../lib/local/fakes/state';
import type { LocalRoute } from '../../../../lib/local/routes';
import { alert } from './alert-fixture';

const notice: HandoffNotice = {
  conversationId: 'line:Udest:Ushopper',
  handoffId: 'H4nd0ff_01',
  channel: 'line',
  reason: 'damaged_item',
  language: 'th',
  agentLanguage: 'en',
  lastMessage: 'กล่องพังมาค่ะ ของข้างในแตก',
  lastMessageTranslated: 'The box arrived crushed, the item inside is broken',
  summary: 'Shopper reports order 51409 arrived damaged and wants a replacement.',
  orderId: '51409',
  order: {
    id: '51409',
    status: 'delivered',
    total: '฿1,290.00',
    items: ['Ceramic mug ×2', 'Tea set'],
    tracking: ['TH0123456789'],
  },
  consoleUrl: 'https://desk.shop.example/console/c/abc',
  videoUrl: 'https://video.shop.example/r/xyz',
  at: '2026-12-03T10:00:00.000Z',
};

type Block = {
  type: string;
  text?: { type: string; text: string; verbatim?: boolean };
  fields?: { text: string }[];
  elements?: Record<string, unknown>[];
};
type Payload = { text: string; blocks: Block[]; unfurl_links: boolean };

let server: Server | undefined;
let outbox: Outbox;
let failures: FailureScript;

async function serve(route: LocalRoute): Promise<string> {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!(await route(req, res, url))) res.writeHead(404).end();
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function fakeSlack(): Promise<string> {
  return `${await serve(createFakeSlack({ outbox, failures }).route)}/fake/slack/webhook/T000/B000/secret`;
}

const lastPayload = () => outbox.list({ channel: 'agent:slack' }).at(-1)?.raw as Payload;
const allTexts = (payload: Payload) =>
  payload.blocks.flatMap((block) => [
    ...(block.text ? [block.text.text] : []),
    ...(block.fields ?? []).map((field) => field.text),
    ...(block.elements ?? []).map((element) => String(element.text ?? '')),
  ]);

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

describe('Slack notifier', () => {
  it('posts a Block Kit card with summary, both versions of the message, the order card, wait time and buttons', async () => {
    const webhookUrl = await fakeSlack();
    await createSlackNotifier({ webhookUrl }).notify(notice);

    const entries = outbox.list({ channel: 'agent:slack' });
    expect(entries).toHaveLength(1);
    const payload = lastPayload();
    expect(payload.blocks.map((block) => block.type)).toEqual([
      'header',
      'section',
      'section',
      'section',
      'section',
      'context',
      'actions',
    ]);
    expect(payload.blocks[0]?.text?.text).toBe('🙋 Damaged item · LINE · Thai (th)');
    const texts = allTexts(payload).join('\n');
    expect(texts).toContain(notice.summary);
    expect(texts).toContain(notice.lastMessage);
    expect(texts).toContain(notice.lastMessageTranslated);
    for (const value of ['51409', 'delivered', '฿1,290.00', 'Ceramic mug ×2', 'Tea set', 'TH0123456789'])
      expect(texts).toContain(value);
    // Slack's date token: each agent sees the wait start in their own time zone.
    expect(texts).toContain(
      `<!date^${Date.parse(notice.at) / 1000}^{date_short_pretty} {time}|${notice.at}>`,
    );
    expect(entries[0]?.links).toEqual([
      { url: notice.consoleUrl, title: 'Open in console' },
      { url: notice.videoUrl, title: 'Join video' },
    ]);
    expect(payload.text).toContain(notice.summary);
    expect(payload.unfurl_links).toBe(false);
  });

  it('leaves out the translation, order card and video button when the notice has none', async () => {
    const webhookUrl = await fakeSlack();
    const { lastMessageTranslated: _t, order: _o, orderId: _i, videoUrl: _v, ...bare } = notice;
    await createSlackNotifier({ webhookUrl }).notify(bare);
    const payload = lastPayload();
    expect(payload.blocks.map((block) => block.type)).toEqual([
      'header',
      'section',
      'section',
      'context',
      'actions',
    ]);
    expect(outbox.list()[0]?.links?.map((link) => link.title)).toEqual(['Open in console']);
  });

  it('makes shopper text inert: no mention, link or tag survives, and Slack is told not to parse it', async () => {
    const webhookUrl = await fakeSlack();
    const hostile = '<!channel> <script>& <https://evil.example|Reset your password> @here';
    await createSlackNotifier({ webhookUrl }).notify({
      ...notice,
      lastMessage: hostile,
      lastMessageTranslated: hostile,
      summary: hostile,
      order: { ...notice.order!, items: ['<!here>'] },
    });
    const payload = lastPayload();
    const raw = JSON.stringify(payload);
    expect(raw).not.toContain('<!channel>');
    expect(raw).not.toContain('<!here>');
    expect(raw).not.toContain('<script>');
    expect(raw).not.toContain('<https://evil');
    expect(allTexts(payload).join('\n')).toContain(
      '&lt;!channel&gt; &lt;script&gt;&amp; &lt;https://evil.example|Reset your password&gt; @here',
    );
    expect(payload.text).toContain('&lt;!channel&gt;');
    for (const block of payload.blocks)
      if (block.text?.type === 'mrkdwn') expect(block.text.verbatim).toBe(true);
  });

  it('cuts every text to its Slack limit with …, never halfway through an escape, and Slack takes it', async () => {
    const webhookUrl = await fakeSlack();
    await createSlackNotifier({ webhookUrl }).notify({
      ...notice,
      reason: 'r'.repeat(400),
      summary: '&'.repeat(5000),
      lastMessage: 'ข'.repeat(9000),
      order: { ...notice.order!, items: Array.from({ length: 400 }, (_, i) => `item ${i}`) },
    });
    const payload = lastPayload();
    expect(payload).toBeDefined();
    const header = payload.blocks[0]?.text?.text ?? '';
    expect(header.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    expect(header.endsWith('…')).toBe(true);
    for (const block of payload.blocks.filter((b) => b.type === 'section' && b.text))
      expect(block.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    const summary = payload.blocks[1]?.text?.text ?? '';
    expect(summary).toMatch(/(&amp;)+…$/);
    const items = payload.blocks.find((b) => b.fields)?.fields?.find((f) => f.text.startsWith('*Items*'));
    expect(items!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
  });

  it('escapeAndTruncate keeps emoji whole and counts what Slack counts (the escaped form)', () => {
    expect(escapeAndTruncate('a<b', 10)).toBe('a&lt;b');
    expect(escapeAndTruncate('<<<', 9)).toBe('&lt;&lt;…');
    expect(escapeAndTruncate('<<<', 8)).toBe('&lt;…');
    expect(escapeAndTruncate('😀😀😀', 4)).toBe('😀…');
  });

  it('the fake refuses what Slack refuses: an over-long header, an unknown block type, no text at all', async () => {
    const origin = (await fakeSlack()).replace(/\/fake.*$/, '');
    const post = (body: unknown) =>
      fetch(`${origin}/fake/slack/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (response) => [response.status, await response.text()]);
    expect(
      await post({ blocks: [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }] }),
    ).toEqual([400, 'invalid_blocks']);
    expect(await post({ text: 'hi', blocks: [{ type: 'carousel' }] })).toEqual([400, 'invalid_blocks']);
    expect(await post({})).toEqual([400, 'no_text']);
    expect(await post({ text: 'plain fallback only' })).toEqual([200, 'ok']);
    expect(outbox.list({ channel: 'agent:slack' })).toHaveLength(1);
  });

  it('throws NotifyError when Slack refuses (scripted 500, 429), answers 200 without "ok", or hangs', async () => {
    const webhookUrl = await fakeSlack();
    const slack = createSlackNotifier({ webhookUrl });
    failures.failNext('agent:slack', 1, { status: 500 });
    const refused = await slack.notify(notice).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NotifyError);
    // The webhook URL is the credential: the error names Slack's answer and nothing else.
    expect((refused as Error).message).toBe('Slack webhook answered 500 rollup_error');
    failures.failNext('agent:slack', 1, { status: 429, retryAfter: 3 });
    await expect(slack.notify(notice)).rejects.toBeInstanceOf(NotifyError);
    expect(outbox.list()).toHaveLength(0);
    // After the scripted failures, the same notifier delivers again.
    await slack.notify(notice);
    expect(outbox.list()).toHaveLength(1);
  });

  it('a 200 that is not "ok" and a receiver that hangs past the timeout are failures too', async () => {
    const origin = await serve(async (req, res, url) => {
      for await (const _ of req);
      if (url.pathname === '/not-ok') res.writeHead(200).end('{"ok":true}');
      else setTimeout(() => res.writeHead(200).end('ok'), 1000);
      return true;
    });
    await expect(createSlackNotifier({ webhookUrl: `${origin}/not-ok` }).notify(notice)).rejects.toThrow(
      NotifyError,
    );
    const started = Date.now();
    await expect(
      createSlackNotifier({ webhookUrl: `${origin}/slow`, timeoutMs: 50 }).notify(notice),
    ).rejects.toThrow(/timed out/);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('posts an alert as a header, its lines (made inert) and the console button', async () => {
    const webhookUrl = await fakeSlack();
    await createSlackNotifier({ webhookUrl }).alert?.(alert);
    const payload = lastPayload();
    expect(payload.text).toBe('10 delayed parcels on CN → DE today');
    const texts = allTexts(payload).join('\n');
    expect(texts).toContain('&lt;held&gt; &amp; waiting');
    expect(outbox.list()[0]?.links?.map((link) => link.title)).toEqual(['Open console']);
  });
});
