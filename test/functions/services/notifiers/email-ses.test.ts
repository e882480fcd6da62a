// The SES email notifier through the real @aws-sdk/client-sesv2 over real HTTP against the local SES fake:
// the SendEmail request as SES receives it, what agents read, escaping and right-to-left text, failures.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandoffNotice } from '../../../../functions/core/ports';
import { createSesEmailNotifier } from '../../../../functions/services/notifiers/email-ses';
import { NotifyError } from '../../../../functions/services/notifiers/webhook';
import { createFakeSes } from '../../../../lib/local/fakes/ses';
import {
  createFailureScript,
  createOutbox,
  type FailureScript,
  type Outbox,
} from '../../../../lib/local/fakes/state';
import type { LocalRoute } from '../../../../lib/local/routes';
import { alert } from './alert-fixture';

const notice: HandoffNotice = {
  conversationId: 'telegram:7000000001:5550001',
  handoffId: 'H4nd0ff_01',
  channel: 'telegram',
  reason: 'compensation_demand',
  language: 'ar',
  agentLanguage: 'en',
  lastMessage: 'أريد تعويضًا عن التأخير',
  lastMessageTranslated: 'I want compensation for the delay',
  summary: 'Order 51409 arrived 6 days late; shopper asks for compensation.',
  orderId: '51409',
  order: {
    id: '51409',
    status: 'delivered',
    total: '$84.00',
    items: ['Rain jacket (M)'],
    tracking: ['US9981'],
  },
  consoleUrl: 'https://desk.shop.example/console/c/t1',
  at: '2026-12-03T10:00:00.000Z',
};

const from = 'crossdesk@shop.example';
const to = ['agents@shop.example', 'lead@shop.example'];
const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' };

type Received = { method?: string; path?: string; headers: IncomingMessage['headers'] };
type SendEmailBody = {
  FromEmailAddress: string;
  Destination: { ToAddresses: string[] };
  Content: {
    Simple: {
      Subject: { Data: string; Charset: string };
      Body: Record<'Text' | 'Html', { Data: string; Charset: string }>;
    };
  };
};

let server: Server | undefined;
let outbox: Outbox;
let failures: FailureScript;
let received: Received[];

/** The SES fake on a bare server, noting each request line and headers as they arrive. */
async function fakeSes(route: LocalRoute = createFakeSes({ outbox, failures }).route): Promise<string> {
  server = createServer(async (req, res) => {
    received.push({ method: req.method, path: req.url, headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!(await route(req, res, url))) res.writeHead(404).end();
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const clientFor = (origin: string) =>
  new SESv2Client({ region: 'eu-west-1', endpoint: `${origin}/fake/ses`, credentials, maxAttempts: 1 });
const lastRequest = () => outbox.list({ channel: 'agent:email' }).at(-1)?.raw as SendEmailBody;

beforeEach(() => {
  outbox = createOutbox(Date.now);
  failures = createFailureScript();
  received = [];
});
afterEach(async () => {
  vi.unstubAllEnvs();
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = undefined;
});

describe('SES email notifier', () => {
  it('sends SendEmail as SES v2 REST-JSON: signed POST, From, To, Simple subject + text + HTML in UTF-8', async () => {
    const origin = await fakeSes();
    await createSesEmailNotifier({ from, to, client: clientFor(origin) }).notify(notice);

    expect(received).toHaveLength(1);
    const [request] = received as [Received];
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/fake/ses/v2/email/outbound-emails');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDLOCAL\/\d{8}\/eu-west-1\/ses\/aws4_request, SignedHeaders=/,
    );
    const body = lastRequest();
    expect(body.FromEmailAddress).toBe(from);
    expect(body.Destination).toEqual({ ToAddresses: to });
    const simple = body.Content.Simple;
    expect(simple.Subject).toEqual({
      Data: '[Crossdesk] Compensation demand · Telegram · Arabic (ar) · order 51409 (#H4nd0ff_01)',
      Charset: 'UTF-8',
    });
    expect(simple.Body.Text.Charset).toBe('UTF-8');
    expect(simple.Body.Html.Charset).toBe('UTF-8');
    expect(outbox.list()[0]?.to).toBe('agents@shop.example, lead@shop.example');
  });

  it('tells agents the summary, both versions of the message, the order and the console link, in text and HTML', async () => {
    const origin = await fakeSes();
    await createSesEmailNotifier({ from, to, client: clientFor(origin) }).notify(notice);
    const { Text, Html } = lastRequest().Content.Simple.Body;
    const recorded = outbox.list()[0]?.text ?? '';
    expect(recorded.startsWith('[Crossdesk] Compensation demand')).toBe(true);
    for (const part of [
      notice.summary,
      notice.lastMessage,
      notice.lastMessageTranslated!,
      'Rain jacket (M)',
      'US9981',
    ]) {
      expect(Text.Data).toContain(part);
      expect(Html.Data).toContain(part);
    }
    expect(Text.Data).toContain('Order 51409: delivered, $84.00');
    expect(Text.Data).toContain(`Open in console: ${notice.consoleUrl}`);
    expect(Html.Data).toContain(`<a href="${notice.consoleUrl}"`);
    expect(Html.Data).not.toContain('Join video');
    // Arabic reads right to left: the shopper's words carry dir="auto".
    expect(Html.Data).toMatch(/<p dir="auto"[^>]*>أريد تعويضًا عن التأخير<\/p>/);
  });

  it('HTML-escapes shopper text, keeps it out of the subject, and links only http(s) URLs', async () => {
    const origin = await fakeSes();
    const hostile = '<!channel> <script>& "quoted"';
    await createSesEmailNotifier({ from, to, client: clientFor(origin) }).notify({
      ...notice,
      lastMessage: hostile,
      summary: `${hostile}\r\nBcc: victim@example.com`,
      consoleUrl: 'javascript:alert(1)',
    });
    const simple = lastRequest().Content.Simple;
    expect(simple.Body.Html.Data).not.toContain('<script>');
    expect(simple.Body.Html.Data).not.toContain('<!channel>');
    expect(simple.Body.Html.Data).toContain('&lt;!channel&gt; &lt;script&gt;&amp; &quot;quoted&quot;');
    expect(simple.Body.Html.Data).not.toContain('javascript:');
    expect(simple.Subject.Data).not.toMatch(/script|Bcc|[\r\n]/);
    // The plain-text part is text: it carries the words as written.
    expect(simple.Body.Text.Data).toContain(hostile);
  });

  it('the fake speaks SES: an unsigned request is refused, a bad shape is a 400 the SDK reads', async () => {
    const origin = await fakeSes();
    const unsigned = await fetch(`${origin}/fake/ses/v2/email/outbound-emails`, {
      method: 'POST',
      body: '{}',
    });
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    const notifier = createSesEmailNotifier({ from: 'not-an-address', to, client: clientFor(origin) });
    const refused = await notifier.notify(notice).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NotifyError);
    expect((refused as Error).message).toBe('SES answered 400');
    expect(((refused as Error).cause as Error).name).toBe('BadRequestException');
    expect(outbox.list()).toEqual([]);
  });

  it('builds its own single-attempt client from region and endpoint: a 500 is one request and a NotifyError', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDENV');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'env-secret');
    const origin = await fakeSes();
    const notifier = createSesEmailNotifier({
      from,
      to,
      region: 'eu-central-1',
      endpoint: `${origin}/fake/ses`,
    });
    failures.failNext('agent:email', 1, { status: 500 });
    await expect(notifier.notify(notice)).rejects.toThrow('SES answered 500');
    // notifyAll retries; the SDK must not retry underneath it as well.
    expect(received).toHaveLength(1);
    await notifier.notify(notice);
    expect(received[1]?.headers.authorization).toContain('Credential=AKIDENV/');
    expect(received[1]?.headers.authorization).toContain('/eu-central-1/ses/aws4_request');
    expect(outbox.list({ channel: 'agent:email' })).toHaveLength(1);
  });

  it('throws NotifyError when SES hangs past the timeout', async () => {
    const origin = await fakeSes(async () => new Promise<boolean>(() => undefined));
    const started = Date.now();
    await expect(
      createSesEmailNotifier({ from, to, client: clientFor(origin), timeoutMs: 50 }).notify(notice),
    ).rejects.toThrow('SES unreachable or timed out');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses to be created without recipients or with more than SES takes', () => {
    expect(() => createSesEmailNotifier({ from, to: [] })).toThrow(RangeError);
    expect(() =>
      createSesEmailNotifier({ from, to: Array.from({ length: 51 }, (_, i) => `a${i}@x.example`) }),
    ).toThrow(RangeError);
  });

  it('e-mails an alert: its title as the subject, its lines in text and HTML (escaped)', async () => {
    const origin = await fakeSes();
    await createSesEmailNotifier({ from, to, client: clientFor(origin) }).alert?.(alert);
    const simple = lastRequest().Content.Simple;
    expect(simple.Subject.Data).toBe('[Crossdesk] 10 delayed parcels on CN → DE today');
    expect(simple.Body.Text.Data).toContain('<held> & waiting');
    expect(simple.Body.Html.Data).toContain('&lt;held&gt; &amp; waiting');
  });
});
