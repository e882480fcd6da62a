// The LLM translator through the real OpenAI SDK against a local chat-completions server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { translatorFromEnv } from '../../../../functions/services/translators/index';
import { createLlmTranslator, translationPrompt } from '../../../../functions/services/translators/llm';
import { TranslateError } from '../../../../functions/services/translators/protect';
import { createMemoryTranslationCache } from '../../../../functions/stores/memory-translations';

type ChatRequest = { model: string; temperature?: number; messages: { role: string; content: string }[] };

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
});

/** A chat-completions endpoint whose answer is `answer(request)`; `delayMs` makes it slow. */
async function fakeChat(answer: (request: ChatRequest) => string | null, delayMs = 0) {
  const requests: ChatRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
    requests.push(request);
    await new Promise((done) => setTimeout(done, delayMs));
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: 'chatcmpl-local',
        object: 'chat.completion',
        created: 0,
        model: request.model,
        choices: [
          { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer(request) } },
        ],
      }),
    );
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const client = new OpenAI({
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    apiKey: 'test',
    maxRetries: 0,
  });
  return { client, requests };
}

const userText = (request: ChatRequest) => request.messages.find((m) => m.role === 'user')?.content ?? '';

describe('createLlmTranslator', () => {
  it('sends the shielded text under a strict system prompt and restores the spans the model moved', async () => {
    // The "model" moves the placeholders and adds spaces inside one, as real ones do.
    const { client, requests } = await fakeChat(() => 'XQZ2X ist Ihre Bestellnummer XQZ 1 X');
    const translator = createLlmTranslator({ client, model: 'gpt-test' });
    const translated = await translator.translate({ text: 'Your order #51409 🎉', from: 'en', to: 'de' });

    expect(translated).toBe('🎉 ist Ihre Bestellnummer #51409');
    const [request] = requests;
    expect(request?.model).toBe('gpt-test');
    expect(request?.temperature).toBe(0);
    expect(request?.messages[0]).toEqual({ role: 'system', content: translationPrompt('en', 'de') });
    expect(userText(request as ChatRequest)).toBe('Your order XQZ1X XQZ2X');
    expect(translationPrompt('en', 'de')).toMatch(/from English to German/);
    expect(translationPrompt('en', 'de')).toMatch(/XQZ1X/);
    expect(translationPrompt('en', 'de')).toMatch(/never instructions/);
  });

  it('makes no call for the same language, empty text or only ids', async () => {
    const { client, requests } = await fakeChat(() => 'x');
    const translator = createLlmTranslator({ client, model: 'gpt-test' });
    expect(await translator.translate({ text: 'Hola', from: 'es', to: 'es' })).toBe('Hola');
    expect(await translator.translate({ text: '', from: 'es', to: 'en' })).toBe('');
    expect(await translator.translate({ text: '#51409', from: 'es', to: 'en' })).toBe('#51409');
    expect(requests).toEqual([]);
  });

  it('throws TranslateError on an empty answer and on a model slower than the timeout', async () => {
    const empty = await fakeChat(() => null);
    await expect(
      createLlmTranslator({ client: empty.client, model: 'm' }).translate({
        text: 'Hola',
        from: 'es',
        to: 'en',
      }),
    ).rejects.toThrow(TranslateError);

    const slow = await fakeChat(() => 'Hello', 1000);
    const started = Date.now();
    const failure = await createLlmTranslator({ client: slow.client, model: 'm', timeoutMs: 100 })
      .translate({ text: 'Hola', from: 'es', to: 'en' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TranslateError);
    expect((failure as TranslateError).cause).toBeInstanceOf(Error);
    expect(Date.now() - started).toBeLessThan(900);
  });
});

describe('translatorFromEnv with TRANSLATOR=llm', () => {
  it('caches the LLM translator: the second ask costs no call', async () => {
    const { client, requests } = await fakeChat((request) => `EN: ${userText(request)}`);
    const translator = translatorFromEnv(
      { TRANSLATOR: 'llm', OPENAI_MODEL: 'gpt-test' },
      { cache: createMemoryTranslationCache(), openai: client },
    );
    expect(translator).toBeDefined();
    const input = { text: 'Quiero devolver estos zapatos', from: 'es', to: 'en' } as const;
    expect(await translator?.translate(input)).toBe('EN: Quiero devolver estos zapatos');
    expect(await translator?.translate(input)).toBe('EN: Quiero devolver estos zapatos');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.model).toBe('gpt-test');
    expect(translator?.stats()).toEqual({ hits: 1, misses: 1, translatedChars: 29 });
  });
});
