// AWS Translate through the real SDK client, over real HTTP, against the local fake the stack mounts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TranslateClient } from '@aws-sdk/client-translate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AWS_LANGUAGE_CODES,
  createAwsTranslator,
  TranslateError,
} from '../../../../functions/services/translators/aws-translate';
import {
  createFakeTranslate,
  type FakeTranslateOptions,
  type FakeTranslateRequest,
  fakeTranslateUsage,
  resetFakeTranslateUsage,
  TRANSLATE_TEXT_TARGET,
} from '../../../../lib/local/fakes/translate';

const servers: Server[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The fake mounted on a bare HTTP server, as the local stack mounts it; `requests` is what the SDK sent. */
async function fakeTranslate(options: Omit<FakeTranslateOptions, 'onTranslate'> = {}) {
  const requests: FakeTranslateRequest[] = [];
  const route = createFakeTranslate({ ...options, onTranslate: (request) => requests.push(request) });
  const origin = await listen(
    createServer(async (req, res) => {
      if (!(await route(req, res, new URL(req.url ?? '/', 'http://local')))) res.writeHead(404).end();
    }),
  );
  const endpoint = `${origin}/fake/translate`;
  const client = new TranslateClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  return { endpoint, origin, client, requests, route };
}

describe('createAwsTranslator against the fake', () => {
  it('translates the demo phrasebook lines in both directions', async () => {
    const { client, requests } = await fakeTranslate();
    const translator = createAwsTranslator({ client });
    expect(await translator.translate({ text: 'ขอคุยกับเจ้าหน้าที่หน่อยค่ะ', from: 'th', to: 'en' })).toBe(
      'Can I talk to a staff member, please?',
    );
    expect(
      await translator.translate({
        text: 'Hello, this is Anna from the support team. I am checking your order now.',
        from: 'en',
        to: 'th',
      }),
    ).toBe('สวัสดีค่ะ ดิฉันแอนนาจากทีมบริการลูกค้า กำลังตรวจสอบคำสั่งซื้อของคุณอยู่ค่ะ');
    expect(
      await translator.translate({ text: 'Your replacement is on its way.', from: 'en', to: 'th' }),
    ).toBe('สินค้าทดแทนกำลังจัดส่งไปหาคุณแล้วค่ะ');
    expect(
      await translator.translate({ text: 'Ich möchte mit einem Menschen sprechen', from: 'de', to: 'en' }),
    ).toBe('I would like to speak to a human');
    expect(await translator.translate({ text: 'أريد التحدث مع موظف', from: 'ar', to: 'en' })).toBe(
      'I want to talk to an employee',
    );
    // The other direction, matched regardless of case, spacing and trailing punctuation.
    expect(
      await translator.translate({ text: '  can i talk to a STAFF member,   please ', from: 'en', to: 'th' }),
    ).toBe('ขอคุยกับเจ้าหน้าที่หน่อยค่ะ');
    expect(requests.map((r) => `${r.sourceLanguageCode}>${r.targetLanguageCode}`)).toEqual([
      'th>en',
      'en>th',
      'en>th',
      'de>en',
      'ar>en',
      'en>th',
    ]);
  });

  it('sends AWS language codes for our tags', async () => {
    const { client, requests } = await fakeTranslate();
    const translator = createAwsTranslator({ client });
    await translator.translate({ text: 'Olá', from: 'pt-BR', to: 'zh-Hans' });
    await translator.translate({ text: 'Kumusta', from: 'fil', to: 'zh-Hant' });
    expect(requests.map((r) => [r.sourceLanguageCode, r.targetLanguageCode])).toEqual([
      ['pt', 'zh'],
      ['tl', 'zh-TW'],
    ]);
    expect(AWS_LANGUAGE_CODES.ms).toBe('ms');
  });

  it('answers text outside the phrasebook with the honest marker', async () => {
    const { client } = await fakeTranslate();
    expect(
      await createAwsTranslator({ client }).translate({ text: 'Necesito ayuda', from: 'es', to: 'en' }),
    ).toBe('[es→en] Necesito ayuda');
  });

  it('keeps order numbers, links, emails and emoji exactly as written, and never sends them', async () => {
    const { client, requests } = await fakeTranslate();
    const text =
      'Tu pedido #51409 va con LX123456789CN 📦 https://shop.example.com/t/51409 — escribe a help@shop.example.com';
    const translated = await createAwsTranslator({ client }).translate({ text, from: 'es', to: 'en' });
    expect(translated).toBe(`[es→en] ${text}`);
    const sent = requests[0]?.text ?? '';
    for (const span of [
      '#51409',
      'LX123456789CN',
      '📦',
      'https://shop.example.com/t/51409',
      'help@shop.example.com',
    ])
      expect(sent).not.toContain(span);
    expect(sent).toBe('Tu pedido XQZ1X va con XQZ2X XQZ3X XQZ4X — escribe a XQZ5X');
  });

  it('shields glossary terms too', async () => {
    const { client, requests } = await fakeTranslate();
    const translated = await createAwsTranslator({ client, glossary: ['AeroFlex'] }).translate({
      text: 'Mis AeroFlex llegaron rotas',
      from: 'es',
      to: 'en',
    });
    expect(requests[0]?.text).toBe('Mis XQZ1X llegaron rotas');
    expect(translated).toBe('[es→en] Mis AeroFlex llegaron rotas');
  });

  it('makes no call for the same language, empty text or a text that is only ids and emoji', async () => {
    const { client, requests } = await fakeTranslate();
    const translator = createAwsTranslator({ client });
    expect(await translator.translate({ text: 'สวัสดีค่ะ', from: 'th', to: 'th' })).toBe('สวัสดีค่ะ');
    expect(await translator.translate({ text: '', from: 'th', to: 'en' })).toBe('');
    expect(await translator.translate({ text: '#51409 👍', from: 'th', to: 'en' })).toBe('#51409 👍');
    expect(requests).toEqual([]);
  });

  it('sends the configured terminology names', async () => {
    const { client, requests } = await fakeTranslate();
    await createAwsTranslator({ client, terminologyNames: ['crossdesk-glossary'] }).translate({
      text: 'Hola',
      from: 'es',
      to: 'en',
    });
    await createAwsTranslator({ client }).translate({ text: 'Hola', from: 'es', to: 'en' });
    expect(requests.map((r) => r.terminologyNames)).toEqual([['crossdesk-glossary'], []]);
  });

  it('builds its own client from `endpoint` and `region` (credentials from the environment)', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
    const { endpoint, route } = await fakeTranslate();
    const translator = createAwsTranslator({ endpoint, region: 'ap-southeast-1' });
    expect(await translator.translate({ text: 'Thank you very much', from: 'en', to: 'ja' })).toBe(
      'ありがとうございます',
    );
    expect(route.usage()).toEqual({ calls: 1, characters: 19 });
  });

  it('throws TranslateError with the AWS error name for an unsupported pair', async () => {
    const { client } = await fakeTranslate({ languages: ['en', 'th'] });
    const failure = await createAwsTranslator({ client })
      .translate({ text: 'Kumusta po', from: 'fil', to: 'en' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TranslateError);
    expect((failure as TranslateError).code).toBe('UnsupportedLanguagePairException');
    expect((failure as TranslateError).cause).toBeInstanceOf(Error);
  });

  it('throws TranslateError when the endpoint never answers within the timeout', async () => {
    const origin = await listen(createServer(() => undefined));
    const client = new TranslateClient({
      endpoint: origin,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const started = Date.now();
    const failure = await createAwsTranslator({ client, timeoutMs: 150 })
      .translate({ text: 'Hola', from: 'es', to: 'en' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TranslateError);
    expect((failure as Error).message).toMatch(/timed out after 150 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('cuts a text past 10,000 bytes into sentence chunks and joins the answers', async () => {
    const { client, requests } = await fakeTranslate();
    const sentence = 'Das ist ein langer Satz über die Lieferung meiner Bestellung. ';
    const text = sentence.repeat(200).trim();
    const translated = await createAwsTranslator({ client }).translate({ text, from: 'de', to: 'en' });
    expect(requests.length).toBeGreaterThan(1);
    for (const request of requests) expect(Buffer.byteLength(request.text)).toBeLessThanOrEqual(10_000);
    expect(translated.replaceAll('[de→en] ', '')).toBe(text);
  });
});

describe('the fake AWS Translate endpoint', () => {
  it('refuses unsigned requests with an AWS-shaped 403', async () => {
    const { endpoint } = await fakeTranslate();
    const response = await fetch(`${endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': TRANSLATE_TEXT_TARGET },
      body: JSON.stringify({ Text: 'Hola', SourceLanguageCode: 'es', TargetLanguageCode: 'en' }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
  });

  it('validates the body: missing fields, too long a text, another operation', async () => {
    const { endpoint } = await fakeTranslate();
    const post = (body: unknown, target = TRANSLATE_TEXT_TARGET) =>
      fetch(endpoint, {
        method: 'POST',
        headers: {
          authorization: 'AWS4-HMAC-SHA256 Credential=local/20261203/us-east-1/translate/aws4_request',
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': target,
        },
        body: JSON.stringify(body),
      }).then(async (response) => [response.status, ((await response.json()) as { __type: string }).__type]);

    expect(await post({ Text: 'Hola', TargetLanguageCode: 'en' })).toEqual([400, 'ValidationException']);
    expect(
      await post({ Text: 'ก'.repeat(3400), SourceLanguageCode: 'th', TargetLanguageCode: 'en' }),
    ).toEqual([400, 'TextSizeLimitExceededException']);
    expect(await post({ Text: 'Hola', SourceLanguageCode: 'es', TargetLanguageCode: 'xx' })).toEqual([
      400,
      'UnsupportedLanguagePairException',
    ]);
    expect(
      await post(
        { Text: 'Hola', SourceLanguageCode: 'es', TargetLanguageCode: 'en' },
        'AWSShineFrontendService_20170701.ListLanguages',
      ),
    ).toEqual([400, 'UnknownOperationException']);
    // `auto` is detected for phrasebook sentences only, and says so otherwise.
    expect(await post({ Text: 'Hola amigo', SourceLanguageCode: 'auto', TargetLanguageCode: 'en' })).toEqual([
      400,
      'DetectedLanguageLowConfidenceException',
    ]);
  });

  it('counts the calls and billed characters it served, per fake and in total', async () => {
    resetFakeTranslateUsage();
    const { client, route } = await fakeTranslate();
    const translator = createAwsTranslator({ client });
    await translator.translate({ text: 'Wo ist meine Bestellung?', from: 'de', to: 'en' });
    await translator.translate({ text: 'Thank you for your patience.', from: 'en', to: 'es' });
    expect(route.usage()).toEqual({ calls: 2, characters: 24 + 28 });
    expect(fakeTranslateUsage()).toEqual({ calls: 2, characters: 52 });
  });
});
