// Verification secrets (the e-mail or postcode a shopper proves an order with) are not kept in the clear in
// conversation state, and no LLM path — the responder's history, its rolling summary — ever receives one.
import type OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { redactConversationMemory, redactSecrets } from '../../../functions/core/privacy';
import type { Conversation } from '../../../functions/core/types';
import { createMemoryStores } from '../../../functions/stores/memory';
import {
  buildMessages,
  createLlmSummarizer,
  extractiveSummarizer,
  updateSummary,
} from '../../../functions/understanding/llm-memory';

const SECRETS = [
  ['48213 maria.lopez+shop@example.com', 'maria.lopez+shop@example.com'],
  ['pedido 48213, correo: Maria@Example.COM', 'Maria@Example.COM'],
  ['48213 postcode 3512 JE', '3512 JE'],
  ['Bestellung 48213, PLZ 10115', '10115'],
  ['48213 10115', '10115'],
  ['#48213 238801', '238801'],
  ['48213 238 801', '238 801'],
  ['订单号48213 邮编200031', '200031'],
  ['order 48213 SW1A 1AA', 'SW1A 1AA'],
  ['48213 CEP 01310-100', '01310-100'],
  ['K1A 0B1', 'K1A 0B1'],
  ['238801', '238801'],
  ['〒150-0001', '150-0001'],
] as const;

describe('redactSecrets', () => {
  it.each(SECRETS)('takes the secret out of %j and keeps the order number', (text, secret) => {
    const redacted = redactSecrets(text);
    expect(redacted).not.toContain(secret);
    if (text.includes('48213')) expect(redacted).toContain('48213');
  });

  it('leaves ordinary messages alone', () => {
    for (const text of [
      'where is my order 48213?',
      'Is 48213 or 48214 shipped yet? I ordered both last week',
      '48213',
      'I wear size 42 and I am 170 cm tall',
      'quiero devolver el vestido',
    ])
      expect(redactSecrets(text)).toBe(text);
  });
});

const turns = (texts: string[]): Conversation['recentTurns'] =>
  texts.map((text, i) => ({ role: i % 2 === 0 ? 'shopper' : 'bot', text, at: `2026-01-01T00:00:0${i}Z` }));

describe('conversation memory', () => {
  it('is stored with the secrets redacted (memory twin; the DynamoDB adapter runs the same function)', async () => {
    const stores = createMemoryStores();
    await stores.conversations.save({
      id: 'line:U:1',
      channel: 'line',
      recipient: '1',
      mode: 'bot',
      identity: { kind: 'anonymous' },
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      version: 0,
      recentTurns: turns(['48213 maria@example.com', 'Verified ✅', 'and my postcode is 3512 JE']),
      summary: 'Shopper: 48213 maria@example.com | Bot: Verified',
    });
    const stored = JSON.stringify(await stores.conversations.get('line:U:1'));
    expect(stored).not.toContain('maria@example.com');
    expect(stored).not.toContain('3512 JE');
    expect(stored).toContain('48213');
  });

  it('is returned as is when there is nothing to redact', () => {
    const c = { recentTurns: turns(['hola', 'Hola 👋']), summary: 'Shopper: hola' };
    expect(redactConversationMemory(c)).toBe(c);
  });
});

describe('the LLM path', () => {
  // State saved before redaction existed, or not yet saved this turn: the prompt builder redacts anyway.
  const legacy = {
    summary: 'Shopper: my order 48213, email maria@example.com | Bot: Verified',
    recentTurns: turns([
      'pedido 48213 correo maria@example.com',
      'Verificado ✅',
      '48213 postcode 3512 JE',
      'Gracias',
      '48213 10115',
    ]),
  };
  const secrets = ['maria@example.com', '3512 JE', '10115'];

  it('never puts a secret in the history the responder sends', () => {
    const sent = JSON.stringify(buildMessages(legacy));
    for (const secret of secrets) expect(sent).not.toContain(secret);
    expect(sent).toContain('48213');
  });

  it('never puts one in a rolling summary, extractive or written by the model', async () => {
    const older = legacy.recentTurns!;
    const extractive = await extractiveSummarizer(legacy.summary, older, 2000);
    for (const secret of secrets) expect(extractive).not.toContain(secret);

    const prompts: string[] = [];
    const client = {
      chat: {
        completions: {
          create: async (body: { messages: { content: string }[] }) => {
            prompts.push(JSON.stringify(body.messages));
            return { choices: [{ message: { content: 'Shopper verified order 48213.' } }] };
          },
        },
      },
    } as unknown as OpenAI;
    const folded = await updateSummary(
      { summary: legacy.summary, recentTurns: legacy.recentTurns },
      { role: 'shopper', text: 'my email is maria@example.com', at: '2026-01-01T00:01:00Z' },
      { recentTurns: 2, summarize: createLlmSummarizer(client, 'gpt-test') },
    );
    expect(prompts).toHaveLength(1);
    for (const secret of secrets) expect(prompts[0]).not.toContain(secret);
    expect(JSON.stringify(buildMessages(folded))).not.toContain('maria@example.com');
  });
});
