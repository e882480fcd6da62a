// The LLM responder against the local fake OpenAI server: real HTTP, the real openai SDK, the real tools
// over memory stores. The fake answers what each test scripts, so every assertion is about our side.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTool } from '../../../functions/core/tools';
import type { TurnLlm } from '../../../functions/core/turn-types';
import { tools } from '../../../functions/tools/index';
import { createLlmResponder, LlmError, type LlmLimits } from '../../../functions/understanding/llm';
import { createFakeOpenAi, type FakeOpenAi } from '../../../lib/local/fake-openai';
import { chatBodies, clientFor, conversation, merchant, toolContext } from './llm-fixtures';

let fake: FakeOpenAi;
beforeEach(async () => {
  fake = await createFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

function responder(
  limits: Partial<LlmLimits> = {},
  clientOptions: { maxRetries?: number; timeout?: number } = {},
) {
  return createLlmResponder({
    client: clientFor(fake, clientOptions),
    model: 'gpt-4o-mini',
    tools,
    merchant,
    limits,
  });
}

// The turn codes against this port; the responder must keep fitting it (checked by tsc).
const fitsTurnPort = (): TurnLlm => responder();
void fitsTurnPort;

async function ask(text: string, limits: Partial<LlmLimits> = {}, clientOptions = {}) {
  const conv = conversation();
  return responder(limits, clientOptions).respond({
    conversation: conv,
    message: { text, language: 'es' },
    toolContext: await toolContext(conv),
  });
}

describe('tool rounds', () => {
  it('runs find_orders → track_shipment → final text, feeding each result back', async () => {
    fake.script(
      { toolCalls: [{ id: 'call_1', name: 'find_orders', arguments: {} }] },
      { toolCalls: [{ id: 'call_2', name: 'track_shipment', arguments: { orderId: '48213' } }] },
      { content: 'Tu pedido 48213 está en Madrid y llega el 14 de marzo.' },
    );
    const reply = await ask('¿Dónde está mi pedido?');

    expect(reply.text).toBe('Tu pedido 48213 está en Madrid y llega el 14 de marzo.');
    expect(reply.handoff).toBeUndefined();
    expect(reply.rounds).toBe(3);
    expect(reply.toolCalls).toEqual([
      { name: 'find_orders', ok: true, error: undefined },
      { name: 'track_shipment', ok: true, error: undefined },
    ]);
    expect(reply.usage).toEqual({
      promptTokens: fake.totals.promptTokens,
      completionTokens: fake.totals.completionTokens,
    });

    const [, second, third] = chatBodies(fake);
    const toolMessage = second?.messages.find((m) => m.role === 'tool');
    expect(toolMessage?.tool_call_id).toBe('call_1');
    expect(String(toolMessage?.content)).toContain('48213');
    const trackResult = third?.messages.filter((m) => m.role === 'tool').at(-1);
    expect(trackResult?.tool_call_id).toBe('call_2');
    expect(String(trackResult?.content)).toContain('LX123456789CN');
    // The assistant's tool-call message is replayed so the model sees its own calls.
    expect(third?.messages.filter((m) => m.role === 'assistant')).toHaveLength(2);
  });

  it('ends the turn with a handoff when the model calls the handoff tool', async () => {
    fake.script({
      toolCalls: [{ name: 'handoff', arguments: { reason: 'shopper threatens a chargeback' } }],
    });
    const reply = await ask('Voy a pedir un contracargo a mi banco');
    expect(reply.handoff).toEqual({ reason: 'shopper threatens a chargeback' });
    expect(reply.text).toBeUndefined();
    expect(fake.requests).toHaveLength(1);
  });

  it('accepts final_answer and hands off when its confidence is under the merchant threshold', async () => {
    fake.script({
      toolCalls: [{ name: 'final_answer', arguments: { text: 'Quizás mañana.', confidence: 0.2 } }],
    });
    const unsure = await ask('¿Cuándo llega?');
    expect(unsure.handoff).toEqual({ reason: 'llm_low_confidence' });
    expect(unsure.draft).toBe('Quizás mañana.');

    fake.script({
      toolCalls: [{ name: 'final_answer', arguments: { text: 'Llega el sábado.', confidence: 0.9 } }],
    });
    const sure = await ask('¿Cuándo llega?');
    expect(sure).toMatchObject({ text: 'Llega el sábado.', confidence: 0.9 });
    expect(sure.handoff).toBeUndefined();
  });

  it('hands off when the round limit is reached', async () => {
    const again = { toolCalls: [{ name: 'find_orders', arguments: {} }] };
    fake.script(again, again, again, again, again);
    const reply = await ask('¿Mis pedidos?', { maxRounds: 3 });
    expect(reply.handoff).toEqual({ reason: 'llm_round_limit' });
    expect(reply.rounds).toBe(3);
    expect(fake.requests).toHaveLength(3);
  });

  it('hands off when the turn token budget is spent', async () => {
    fake.script(
      {
        toolCalls: [{ name: 'find_orders', arguments: {} }],
        usage: { prompt_tokens: 900, completion_tokens: 20 },
      },
      { content: 'never sent' },
    );
    const reply = await ask('¿Mis pedidos?', { tokenBudget: 500 });
    expect(reply.handoff).toEqual({ reason: 'llm_token_budget' });
    expect(fake.requests).toHaveLength(1);
    expect(reply.usage).toEqual({ promptTokens: 900, completionTokens: 20 });
  });

  it('sends max_tokens on every request', async () => {
    fake.script({ content: 'Hola' });
    await ask('hola', { maxTokens: 123 });
    expect(chatBodies(fake)[0]?.max_tokens).toBe(123);
  });
});

describe('invalid tool calls', () => {
  it('feeds malformed JSON, schema violations and unknown tools back to the model', async () => {
    fake.script(
      { toolCalls: [{ name: 'lookup_order', arguments: '{"orderId": "48213"' }] },
      { toolCalls: [{ name: 'lookup_order', arguments: { orderId: '12' } }] },
      { content: 'Listo.' },
    );
    const reply = await ask('pedido 48213', { maxToolErrors: 2 });
    expect(reply.text).toBe('Listo.');
    expect(reply.toolCalls.map((c) => c.error)).toEqual(['invalid_json', 'invalid_input']);
    const [, second, third] = chatBodies(fake);
    expect(String(second?.messages.at(-1)?.content)).toContain('invalid_json');
    expect(String(third?.messages.at(-1)?.content)).toMatch(/invalid_input.*orderId/);
  });

  it('throws bad_tool_call when the model keeps making invalid calls', async () => {
    const unknown = { toolCalls: [{ name: 'drop_database', arguments: {} }] };
    fake.script(unknown, unknown, unknown, unknown);
    const error = await ask('hola', { maxToolErrors: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe('bad_tool_call');
    expect(String(chatBodies(fake)[1]?.messages.at(-1)?.content)).toContain('unknown_tool');
  });

  it('never passes a tool exception text to the model', async () => {
    const boom = defineTool({
      name: 'boom',
      description: 'fails',
      input: z.object({}),
      run: async () => {
        throw new Error('ConditionalCheckFailed on table crossdesk-prod pk=ORDER#1');
      },
    });
    fake.script({ toolCalls: [{ name: 'boom', arguments: {} }] }, { content: 'Lo siento.' });
    const conv = conversation();
    const reply = await createLlmResponder({
      client: clientFor(fake),
      model: 'm',
      tools: [boom],
      merchant,
    }).respond({
      conversation: conv,
      message: { text: 'x', language: 'es' },
      toolContext: await toolContext(conv),
    });
    expect(reply.toolCalls).toEqual([{ name: 'boom', ok: false, error: 'tool_failed' }]);
    expect(JSON.stringify(chatBodies(fake)[1])).not.toContain('crossdesk-prod');
  });
});

describe('transport errors', () => {
  it('honours retry-after on a 429 and then succeeds', async () => {
    fake.script({ error: 429, retryAfterSeconds: 1.2 }, { content: 'Hola' });
    const started = Date.now();
    const reply = await ask('hola', {}, { maxRetries: 2 });
    expect(reply.text).toBe('Hola');
    expect(fake.requests.map((r) => r.status)).toEqual([429, 200]);
    // The SDK's own backoff would be ≤ 0.5 s; 1.2 s means it waited as the server asked.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1150);
  });

  it('turns a 429 that outlasts the retries into LlmError rate_limited', async () => {
    fake.script({ error: 429, retryAfterSeconds: 0 }, { error: 429, retryAfterSeconds: 0 });
    const error = await ask('hola', {}, { maxRetries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe('rate_limited');
    expect((error as LlmError).status).toBe(429);
    expect(fake.requests).toHaveLength(2);
  });

  it('turns a 500 into LlmError upstream', async () => {
    fake.script({ error: 500 });
    const error = await ask('hola').catch((e: unknown) => e);
    expect((error as LlmError).kind).toBe('upstream');
  });

  it('turns a hung request into LlmError timeout (per-request timeout)', async () => {
    fake.script({ hang: true });
    const started = Date.now();
    const error = await ask('hola', { requestTimeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops at the turn deadline even when each request may take longer', async () => {
    fake.script({ hang: true });
    const started = Date.now();
    const error = await ask('hola', { requestTimeoutMs: 10_000, turnDeadlineMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect((error as LlmError).kind).toBe('timeout');
    expect((error as LlmError).message).toMatch(/deadline/);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
