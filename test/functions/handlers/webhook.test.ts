import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../functions/core/types';
import { createWebhookHandler } from '../../../functions/handlers/webhook';
import { createLambdaContext } from '../../../lib/local/lambda-context';
import { apiEvent, createHarness, SECRETS, signatureHeaders, signedEvent } from '../channels/webhook-harness';

const tgText = (updateId: number, text = 'where is my order 12345?') =>
  Buffer.from(
    JSON.stringify({
      update_id: updateId,
      message: {
        message_id: updateId,
        from: { id: 42, is_bot: false, first_name: 'Yuki', language_code: 'ja' },
        chat: { id: 42, type: 'private' },
        date: 1_700_000_000 + updateId,
        text,
      },
    }),
  );

const waText = (ids: string[]) =>
  Buffer.from(
    JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: 'waba',
          changes: [
            {
              field: 'messages',
              value: {
                metadata: { phone_number_id: '555' },
                contacts: [{ wa_id: '34600111222', profile: { name: 'Ana' } }],
                messages: ids.map((id, i) => ({
                  from: '34600111222',
                  id,
                  timestamp: String(1_700_000_000 + i),
                  type: 'text',
                  text: { body: `msg ${id} ñ` },
                })),
              },
            },
          ],
        },
      ],
    }),
  );

describe('GET /webhooks/whatsapp (Meta handshake)', () => {
  const get = (query?: Record<string, string>) =>
    createHarness().invoke(apiEvent({ channel: 'whatsapp', method: 'GET', ...(query ? { query } : {}) }));

  it('echoes hub.challenge as text/plain for the right token', async () => {
    const result = await get({
      'hub.mode': 'subscribe',
      'hub.verify_token': SECRETS.WHATSAPP_VERIFY_TOKEN,
      'hub.challenge': '1158201444',
    });
    expect(result).toMatchObject({
      statusCode: 200,
      body: '1158201444',
      headers: { 'content-type': 'text/plain' },
    });
  });
  it('403 on a wrong token or mode, 400 on missing parameters', async () => {
    expect(
      (await get({ 'hub.mode': 'subscribe', 'hub.verify_token': 'nope', 'hub.challenge': '1' })).statusCode,
    ).toBe(403);
    expect(
      (
        await get({
          'hub.mode': 'unsubscribe',
          'hub.verify_token': SECRETS.WHATSAPP_VERIFY_TOKEN,
          'hub.challenge': '1',
        })
      ).statusCode,
    ).toBe(403);
    expect((await get({ 'hub.mode': 'subscribe' })).statusCode).toBe(400);
    expect((await get()).statusCode).toBe(400);
  });
});

describe('POST /webhooks/{channel}', () => {
  it('unknown channel → 404', async () => {
    const result = await createHarness().invoke(apiEvent({ channel: 'wechat', body: Buffer.from('{}') }));
    expect(result.statusCode).toBe(404);
  });

  it.each<ChannelName>(['whatsapp', 'line', 'telegram'])(
    '%s: missing or wrong signature → 401, nothing stored',
    async (channel) => {
      const body =
        channel === 'telegram'
          ? tgText(1)
          : channel === 'whatsapp'
            ? waText(['wamid.1'])
            : Buffer.from('{"events":[]}');
      const h = createHarness();
      const unsigned = await h.invoke(apiEvent({ channel, body }));
      const wrongHeaders =
        channel === 'telegram'
          ? { 'x-telegram-bot-api-secret-token': `${SECRETS.TELEGRAM_WEBHOOK_SECRET}x` }
          : signatureHeaders(channel, Buffer.concat([body, Buffer.from(' ')]));
      const wrong = await h.invoke(apiEvent({ channel, body, headers: wrongHeaders }));
      const tampered = await h.invoke(
        apiEvent({
          channel,
          body: Buffer.concat([body, Buffer.from(' ')]),
          headers: signatureHeaders(channel, body),
        }),
      );
      expect([unsigned.statusCode, wrong.statusCode]).toEqual([401, 401]);
      // Telegram's header does not cover the body, so only the other two detect tampering.
      expect(tampered.statusCode).toBe(channel === 'telegram' ? 200 : 401);
      if (channel !== 'telegram') {
        expect(h.journal).toEqual([]);
        expect(h.enqueued).toEqual([]);
      }
    },
  );

  it('a secret that is not configured refuses everything', async () => {
    const h = createHarness();
    const handler = createWebhookHandler({
      ...h.deps,
      channels: (await import('../../../functions/channels/registry')).inboundChannels({}),
    });
    const result = await handler(
      signedEvent('telegram', tgText(1)),
      createLambdaContext({ functionName: 'webhook' }),
    );
    expect(result).toMatchObject({ statusCode: 401 });
  });

  it('malformed JSON and wrong envelopes → 400', async () => {
    const h = createHarness();
    const cases: [ChannelName, string][] = [
      ['whatsapp', '{"object":'],
      ['whatsapp', '{"object":"whatsapp_business_account"}'],
      ['line', '{"destination":"U1"}'],
      ['line', 'i am not jason'],
      ['telegram', '{"update_id":"12"}'],
      ['telegram', '[1,2,3]'],
    ];
    for (const [channel, text] of cases) {
      const result = await h.invoke(signedEvent(channel, Buffer.from(text)));
      expect(result.statusCode, `${channel} ${text}`).toBe(400);
    }
    expect(h.enqueued).toEqual([]);
  });

  it('bodies over 1 MiB → 413 before verifying', async () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 0x20);
    const h = createHarness();
    expect((await h.invoke(signedEvent('line', big))).statusCode).toBe(413);
    expect((await h.invoke(signedEvent('line', big, true))).statusCode).toBe(413);
  });

  it('decodes base64 bodies and verifies the decoded bytes', async () => {
    const h = createHarness();
    const result = await h.invoke(signedEvent('whatsapp', waText(['wamid.b64']), true));
    expect(result.statusCode).toBe(200);
    expect(h.enqueued.map((e) => e.turn.message.text)).toEqual(['msg wamid.b64 ñ']);
  });

  it('persists before it enqueues, with the FIFO group = conversation id and the event id as dedup id', async () => {
    const h = createHarness();
    await h.invoke(signedEvent('whatsapp', waText(['wamid.a', 'wamid.b'])));
    expect(h.journal).toEqual([
      'append whatsapp:wamid.a',
      'enqueue whatsapp:wamid.a',
      'append whatsapp:wamid.b',
      'enqueue whatsapp:wamid.b',
    ]);
    expect(h.enqueued.map((e) => [e.groupId, e.dedupId])).toEqual([
      ['whatsapp:555:34600111222', 'whatsapp:wamid.a'],
      ['whatsapp:555:34600111222', 'whatsapp:wamid.b'],
    ]);
    const log = await h.stores.messages.list('whatsapp:555:34600111222');
    expect(log.map((e) => [e.direction, e.id, e.text])).toEqual([
      ['in', 'whatsapp:wamid.a', 'msg wamid.a ñ'],
      ['in', 'whatsapp:wamid.b', 'msg wamid.b ñ'],
    ]);
    // One shape for the inbound log (core/message-log.ts): what the transcript needs, not the raw body.
    expect(log[0]?.data).toEqual({ kind: 'text', channel: 'whatsapp' });
  });

  it('the same delivery three times yields one turn', async () => {
    const h = createHarness();
    const results = [];
    for (let i = 0; i < 3; i++) results.push((await h.invoke(signedEvent('telegram', tgText(7)))).statusCode);
    // And three concurrent deliveries of another update.
    const concurrent = await Promise.all([1, 2, 3].map(() => h.invoke(signedEvent('telegram', tgText(8)))));
    expect(results).toEqual([200, 200, 200]);
    expect(concurrent.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    // Retries after the first was confirmed are skipped. Concurrent deliveries, none confirmed yet, may
    // each reach the queue: the event id is their SQS FIFO deduplication id, which makes them one turn.
    expect(h.enqueued.filter((e) => e.dedupId === 'telegram:7')).toHaveLength(1);
    expect([...new Set(h.enqueued.map((e) => e.dedupId))]).toEqual(['telegram:7', 'telegram:8']);
  });

  it('an enqueue failure → 500, the claim is released, and the platform retry goes through', async () => {
    let failNext = true;
    const released: string[] = [];
    const h = createHarness();
    // A claim store with release, as the DynamoDB adapter has it: one map entry per claimed event id.
    const claimed = new Set<string>();
    const claims = {
      async claim(id: string) {
        if (claimed.has(id)) return false;
        claimed.add(id);
        return true;
      },
      async release(id: string) {
        released.push(id);
        claimed.delete(id);
      },
      async confirm() {},
    };
    const enqueued: string[] = [];
    const handler = createWebhookHandler({
      ...h.deps,
      claims,
      queue: {
        async enqueue(_g, dedupId) {
          if (failNext) {
            failNext = false;
            throw new Error('SQS down');
          }
          enqueued.push(dedupId);
        },
      },
    });
    const ctx = createLambdaContext({ functionName: 'webhook' });
    expect(await handler(signedEvent('telegram', tgText(9)), ctx)).toMatchObject({ statusCode: 500 });
    expect(released).toEqual(['telegram:9']);
    expect(await handler(signedEvent('telegram', tgText(9)), ctx)).toMatchObject({ statusCode: 200 });
    expect(enqueued).toEqual(['telegram:9']);
  });

  it('a store outage → 500 so the platform retries; statuses failing too', async () => {
    const h = createHarness({
      claims: {
        claim: async () => {
          throw new Error('DynamoDB unavailable');
        },
        release: async () => undefined,
        confirm: async () => undefined,
      },
      statuses: {
        record: async () => {
          throw new Error('DynamoDB unavailable');
        },
      },
    });
    expect((await h.invoke(signedEvent('telegram', tgText(10)))).statusCode).toBe(500);
    expect(h.logs.some((l) => l.level === 'error')).toBe(true);
  });

  it('dependencies that fail to load → 500, and are retried on the next call', async () => {
    let calls = 0;
    const h = createHarness();
    const handler = createWebhookHandler(async () => {
      calls++;
      if (calls === 1) throw new Error('Secrets Manager unavailable');
      return h.deps;
    });
    const ctx = createLambdaContext({ functionName: 'webhook' });
    expect(await handler(signedEvent('telegram', tgText(11)), ctx)).toMatchObject({ statusCode: 500 });
    expect(await handler(signedEvent('telegram', tgText(11)), ctx)).toMatchObject({ statusCode: 200 });
    expect(await handler(signedEvent('telegram', tgText(12)), ctx)).toMatchObject({ statusCode: 200 });
    expect(calls).toBe(2);
  });

  it('statuses are recorded and not queued', async () => {
    const h = createHarness();
    const body = Buffer.from(
      JSON.stringify({
        entry: [
          {
            changes: [
              {
                field: 'messages',
                value: {
                  metadata: { phone_number_id: '555' },
                  statuses: [
                    {
                      id: 'wamid.o',
                      status: 'delivered',
                      timestamp: '1700000000',
                      recipient_id: '34600111222',
                    },
                  ],
                },
              },
            ],
          },
        ],
      }),
    );
    expect((await h.invoke(signedEvent('whatsapp', body))).statusCode).toBe(200);
    expect(h.enqueued).toEqual([]);
    expect(h.stores.recordedStatuses.map((s) => s.eventId)).toEqual(['whatsapp-status:wamid.o:delivered']);
  });
});

describe('nothing a signed sender can put in a body causes a 5xx', () => {
  const channels: ChannelName[] = ['whatsapp', 'line', 'telegram'];
  const nasty: Buffer[] = [
    Buffer.alloc(0),
    Buffer.from('null'),
    Buffer.from('"string"'),
    Buffer.from('12'),
    Buffer.from(
      '{"entry":[null,1,"x",{"changes":[null,{"value":[]},{"value":{"messages":[{"id":{"a":1},"type":["text"]}]}}]}]}',
    ),
    Buffer.from(
      '{"events":[null,{"type":"message","source":{"userId":5},"message":{"type":"text","id":[1],"text":{"x":1}}}]}',
    ),
    Buffer.from('{"update_id":1,"message":{"chat":{"id":{"x":1}},"from":"me","text":5,"photo":"no"}}'),
    Buffer.from('{"update_id":1e400}'),
    Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    Buffer.from(`{"update_id":1,"message":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`),
    Buffer.from(
      JSON.stringify({
        update_id: 5,
        message: { message_id: 1, from: { id: 1 }, chat: { id: 1 }, date: 1, text: 'x'.repeat(900_000) },
      }),
    ),
    Buffer.from(
      JSON.stringify({
        update_id: 6,
        message: { message_id: 1, from: { id: 1 }, chat: { id: 1 }, date: -5, text: '\u0000\ud800' },
      }),
    ),
    Buffer.from('{"__proto__":{"polluted":true},"update_id":2,"constructor":{"prototype":{"x":1}}}'),
  ];
  for (let i = 0; i < 20; i++) nasty.push(randomBytes(64 + i * 50));

  for (const channel of channels) {
    it(`${channel}: ${nasty.length} hostile bodies → only 200 or 400`, async () => {
      const h = createHarness();
      for (const body of nasty) {
        // API Gateway base64-encodes bodies that are not valid UTF-8 text.
        const binary = !body.equals(Buffer.from(body.toString('utf8'), 'utf8'));
        const result = await h.invoke(signedEvent(channel, body, binary));
        expect([200, 400], `${channel} ${body.subarray(0, 40).toString()}`).toContain(result.statusCode);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      for (const { turn } of h.enqueued)
        expect(Buffer.byteLength(JSON.stringify(turn))).toBeLessThan(200_000);
    });
  }
});
