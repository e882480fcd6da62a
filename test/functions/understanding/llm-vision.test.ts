// The worker's image describer against the local fake OpenAI server: one bounded request per photo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LlmError } from '../../../functions/understanding/llm';
import { createImageDescriber, toDataUrl } from '../../../functions/understanding/llm-vision';
import { createFakeOpenAi, type FakeOpenAi } from '../../../lib/local/fake-openai';
import { chatBodies } from './llm-fixtures';

let fake: FakeOpenAi;
beforeEach(async () => {
  fake = await createFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const describer = (timeoutMs?: number) =>
  createImageDescriber({
    apiKey: 'local-test-key',
    baseURL: fake.baseURL,
    model: 'gpt-4o-mini',
    language: 'ja',
    timeoutMs,
  });

describe('createImageDescriber', () => {
  it('sends the bytes as a data URL with a small max_tokens, in the agent’s language', async () => {
    fake.script({ content: '白いシャツ、\n袖が破れている。' });
    const text = await describer()({ bytes: PNG, mimeType: 'image/png', caption: 'llegó roto' });
    expect(text).toBe('白いシャツ、 袖が破れている。');
    const body = chatBodies(fake)[0]!;
    expect(body.max_tokens).toBeLessThanOrEqual(80);
    expect(String(body.messages[0]?.content)).toContain('Japanese');
    expect(JSON.stringify(body.messages[1]?.content)).toContain(
      JSON.stringify({ type: 'image_url', image_url: { url: toDataUrl(PNG, 'image/png'), detail: 'low' } }),
    );
    expect(JSON.stringify(body.messages[1]?.content)).toContain('llegó roto');
  });

  it('cuts a long answer to one short line', async () => {
    fake.script({ content: 'word '.repeat(200) });
    const text = await describer()({ bytes: PNG, mimeType: 'image/png' });
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text.endsWith('…')).toBe(true);
  });

  it('makes exactly one request: a 500 or a 429 is not retried', async () => {
    fake.script({ error: 500 }, { error: 429, retryAfterSeconds: 0 }, { content: 'late' });
    await expect(describer()({ bytes: PNG, mimeType: 'image/png' })).rejects.toBeInstanceOf(LlmError);
    await expect(describer()({ bytes: PNG, mimeType: 'image/png' })).rejects.toBeInstanceOf(LlmError);
    expect(fake.requests).toHaveLength(2);
  });

  it('gives up at its timeout on a hung endpoint', async () => {
    fake.script({ hang: true });
    const start = Date.now();
    await expect(describer(300)({ bytes: PNG, mimeType: 'image/png' })).rejects.toMatchObject({
      kind: 'timeout',
    });
    expect(Date.now() - start).toBeLessThan(2_000);
    expect(fake.requests).toHaveLength(1);
  });
});
