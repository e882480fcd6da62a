import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Conversation } from '../../../functions/core/types';
import { tools } from '../../../functions/tools/index';
import { createLlmResponder } from '../../../functions/understanding/llm';
import {
  buildMessages,
  createLlmSummarizer,
  type Turn,
  updateSummary,
} from '../../../functions/understanding/llm-memory';
import { createFakeOpenAi, type FakeOpenAi } from '../../../lib/local/fake-openai';
import { chatBodies, clientFor, conversation, merchant, toolContext } from './llm-fixtures';

const turn = (i: number): Turn => ({
  role: i % 2 === 0 ? 'shopper' : 'bot',
  text: `message ${i} ${'about my order 48213 and the delivery '.repeat(3)}`,
  at: new Date(Date.UTC(2026, 2, 1, 0, i)).toISOString(),
});

async function grow(count: number): Promise<Pick<Conversation, 'summary' | 'recentTurns'>> {
  let memory: Pick<Conversation, 'summary' | 'recentTurns'> = {};
  for (let i = 0; i < count; i += 1) memory = await updateSummary(memory, turn(i));
  return memory;
}

describe('updateSummary', () => {
  it('keeps the last turns verbatim and folds older ones into a bounded summary', async () => {
    const memory = await grow(50);
    expect(memory.recentTurns).toHaveLength(8);
    expect(memory.recentTurns?.[0]?.text).toMatch(/^message 42 /);
    expect(memory.summary?.length).toBeLessThanOrEqual(1200);
    // The newest folded turn survives; the oldest ones were dropped to stay in bounds.
    expect(memory.summary).toContain('message 41');
    expect(memory.summary).not.toContain('message 0 ');
  });

  it('does not summarize while the window has room', async () => {
    const memory = await grow(5);
    expect(memory.summary).toBeUndefined();
    expect(memory.recentTurns).toHaveLength(5);
  });

  it('clips a huge message before storing it', async () => {
    const memory = await updateSummary(
      {},
      { role: 'shopper', text: 'x'.repeat(50_000), at: '2026-03-01T00:00:00Z' },
    );
    expect(memory.recentTurns[0]?.text.length).toBeLessThanOrEqual(600);
  });
});

describe('buildMessages', () => {
  it('puts the summary first, then the recent turns in chat roles', () => {
    const messages = buildMessages({
      summary: 'Shopper asked about order 48213.',
      recentTurns: [
        { role: 'shopper', text: 'hola', at: 'a' },
        { role: 'bot', text: 'Hola, ¿en qué te ayudo?', at: 'b' },
        { role: 'agent', text: 'Soy Marta', at: 'c' },
      ],
    });
    expect(messages).toEqual([
      { role: 'system', content: 'Summary of the earlier conversation: Shopper asked about order 48213.' },
      { role: 'user', content: 'hola' },
      { role: 'assistant', content: 'Hola, ¿en qué te ayudo?' },
      { role: 'assistant', content: '(human agent) Soy Marta' },
    ]);
  });
});

describe('the prompt of a long conversation', () => {
  let fake: FakeOpenAi;
  beforeEach(async () => {
    fake = await createFakeOpenAi();
  });
  afterEach(async () => {
    await fake.close();
  });

  async function promptFor(turns: number) {
    const conv = conversation(await grow(turns));
    fake.script({ content: 'ok' });
    await createLlmResponder({ client: clientFor(fake), model: 'gpt-4o-mini', tools, merchant }).respond({
      conversation: conv,
      message: { text: '¿y cuándo llega?', language: 'es' },
      toolContext: await toolContext(conv),
    });
    return chatBodies(fake).at(-1)!;
  }

  it('stays bounded: 50 turns cost no more than 12 turns plus the capped summary', async () => {
    const short = await promptFor(12);
    const long = await promptFor(50);
    expect(long.messages).toHaveLength(1 + 1 + 8 + 1); // system, summary, 8 turns, the new message
    const size = (body: unknown) => JSON.stringify(body).length;
    expect(size(long.messages) - size(short.messages)).toBeLessThanOrEqual(1200);
    expect(fake.requests.every((r) => r.status === 200)).toBe(true);
  });
});

describe('createLlmSummarizer', () => {
  let fake: FakeOpenAi;
  beforeEach(async () => {
    fake = await createFakeOpenAi();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('asks the model for the summary', async () => {
    fake.script({ content: 'Shopper wants order 48213 tracked; answered ETA 14 March.' });
    const summarize = createLlmSummarizer(clientFor(fake), 'gpt-4o-mini');
    const memory = await updateSummary({ recentTurns: [turn(0), turn(1)] }, turn(2), {
      recentTurns: 2,
      summarize,
    });
    expect(memory.summary).toBe('Shopper wants order 48213 tracked; answered ETA 14 March.');
    expect(String(fake.requests[0]?.body?.messages[1]?.content)).toContain('message 0');
  });

  it('falls back to the extractive summary when the model fails', async () => {
    fake.script({ error: 500 });
    const summarize = createLlmSummarizer(clientFor(fake), 'gpt-4o-mini');
    const memory = await updateSummary({ recentTurns: [turn(0), turn(1)] }, turn(2), {
      recentTurns: 2,
      summarize,
    });
    expect(memory.summary).toMatch(/^Shopper: message 0/);
  });
});
