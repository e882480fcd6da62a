// The fake itself, over plain fetch: its answers must look like OpenAI's or the SDK tests prove nothing.
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeOpenAi, estimateTokens, type FakeOpenAi } from '../../../lib/local/fake-openai';
import { ruleBrain } from '../../../lib/local/fake-openai-brain';

let fake: FakeOpenAi;
beforeEach(async () => {
  fake = await createFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

type Completion = OpenAI.ChatCompletion;
const json = async (response: Response | Promise<Response>) => (await (await response).json()) as Completion;
const chat = (body: unknown) =>
  fetch(`${fake.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer local' },
    body: JSON.stringify(body),
  });

describe('chat completions wire format', () => {
  it('answers tool calls the way OpenAI does', async () => {
    fake.script({ toolCalls: [{ id: 'call_x', name: 'find_orders', arguments: { limit: 2 } }] });
    const response = await chat({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body).toMatchObject({
      object: 'chat.completion',
      model: 'gpt-4o-mini',
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: 'call_x', type: 'function', function: { name: 'find_orders', arguments: '{"limit":2}' } },
            ],
          },
        },
      ],
    });
    expect(body.usage?.total_tokens).toBe(
      (body.usage?.prompt_tokens ?? 0) + (body.usage?.completion_tokens ?? 0),
    );
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer local');
  });

  it('computes prompt tokens from the size of what was sent', async () => {
    fake.script({ content: 'a' }, { content: 'a' });
    const small = await json(chat({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }));
    const big = await json(
      chat({ model: 'm', messages: [{ role: 'user', content: `hi${'x'.repeat(1200)}` }] }),
    );
    expect((big.usage?.prompt_tokens ?? 0) - (small.usage?.prompt_tokens ?? 0)).toBe(300);
    expect(fake.totals.promptTokens).toBe(
      (small.usage?.prompt_tokens ?? 0) + (big.usage?.prompt_tokens ?? 0),
    );
  });

  it('counts CJK and Thai characters as about one token each', () => {
    expect(estimateTokens('abcdabcd')).toBe(2);
    expect(estimateTokens('我的訂單')).toBe(4);
  });

  it('sends 429 with retry-after, 500s, and 404 for unknown routes, in OpenAI’s error shape', async () => {
    fake.script({ error: 429, retryAfterSeconds: 3 }, { error: 503 });
    const limited = await chat({ model: 'm', messages: [] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(((await limited.json()) as { error: { type: string } }).error.type).toBe('rate_limit_exceeded');
    expect((await chat({ model: 'm', messages: [] })).status).toBe(503);
    expect((await chat({ model: 'm', messages: [] })).status).toBe(500); // queue empty, no brain
    expect((await fetch(`${fake.baseURL}/embeddings`, { method: 'POST' })).status).toBe(404);
  });

  it('hangs until the client gives up', async () => {
    fake.script({ hang: true });
    const started = Date.now();
    const error = await fetch(`${fake.baseURL}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'm', messages: [] }),
      signal: AbortSignal.timeout(250),
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('TimeoutError');
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    expect(fake.requests[0]?.status).toBe(0);
  });
});

describe('the demo brain', () => {
  it('drives a tool round and a final answer through the SDK', async () => {
    const brainy = await createFakeOpenAi({ brain: ruleBrain });
    try {
      const client = new OpenAI({ apiKey: 'local', baseURL: brainy.baseURL, maxRetries: 0 });
      const tools = [
        {
          type: 'function' as const,
          function: {
            name: 'lookup_order',
            parameters: { type: 'object', properties: { orderId: { type: 'string' } } },
          },
        },
      ];
      const first = await client.chat.completions.create({
        model: 'm',
        tools,
        messages: [{ role: 'user', content: 'where is 48213?' }],
      });
      const call = first.choices[0]?.message.tool_calls?.[0];
      expect(call?.type === 'function' && call.function).toEqual({
        name: 'lookup_order',
        arguments: '{"orderId":"48213"}',
      });
      const second = await client.chat.completions.create({
        model: 'm',
        tools,
        messages: [
          { role: 'user', content: 'where is 48213?' },
          { role: 'assistant', content: null, tool_calls: first.choices[0]?.message.tool_calls },
          { role: 'tool', tool_call_id: call?.id ?? '', content: '{"ok":true,"data":{"status":"shipped"}}' },
        ],
      });
      expect(second.choices[0]?.message.content).toContain('shipped');
    } finally {
      await brainy.close();
    }
  });
});
