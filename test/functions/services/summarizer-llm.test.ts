// The LLM's handoff summary through the real OpenAI SDK against the local fake: written once per handoff,
// kept on the record so every notifier and the console read the same words, and the structured summary
// stays when the LLM fails or is slow.
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgentDesk } from '../../../functions/core/agent-desk';
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import type { Conversation } from '../../../functions/core/types';
import { summarizerFromEnv } from '../../../functions/handlers/agent-desk-wiring';
import { createLlmSummarizer, summaryPrompt } from '../../../functions/services/summarizer-llm';
import { createMemoryStores } from '../../../functions/stores/memory';
import { createFakeOpenAi, type FakeOpenAi } from '../../../lib/local/fake-openai';

const NOW = new Date('2026-03-20T10:00:00Z');
const merchant = parseMerchantConfig({ brandName: 'Lumen & Loom' });
const ID = 'line:bot:U1';

let fake: FakeOpenAi;
beforeEach(async () => {
  fake = await createFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

async function handedOff() {
  const stores = createMemoryStores();
  const conversation: Conversation = {
    id: ID,
    channel: 'line',
    recipient: 'U1',
    mode: 'human',
    language: 'th',
    identity: { kind: 'anonymous' },
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    version: 0,
    handoff: {
      id: 'h1',
      reason: 'compensation_demand',
      status: 'waiting',
      requestedAt: NOW.toISOString(),
      language: 'th',
      trigger: 'กระเป๋าขาดมาเลย ขอเงินคืนด้วย',
    },
  };
  await stores.conversations.save(conversation);
  const lines: [string, 'in' | 'out', string][] = [
    ['1', 'in', 'กระเป๋าที่สั่ง #51234 มาถึงแล้วแต่ขาด'],
    ['2', 'out', 'ขอโทษด้วยค่ะ ส่งรูปมาได้ไหมคะ'],
    ['3', 'in', 'กระเป๋าขาดมาเลย ขอเงินคืนด้วย'],
  ];
  for (const [id, direction, text] of lines)
    await stores.messages.append({ conversationId: ID, id, direction, text, at: `2026-03-20T09:5${id}:00Z` });
  return stores;
}

function deskWith(stores: ReturnType<typeof createMemoryStores>, timeoutMs = 4000) {
  return createAgentDesk({
    conversations: stores.conversations,
    messages: stores.messages,
    merchant,
    channelFor: () => {
      throw new Error('a notice sends nothing to the shopper');
    },
    summarizer: createLlmSummarizer({
      client: new OpenAI({ apiKey: 'local', baseURL: fake.baseURL, maxRetries: 0 }),
      model: 'gpt-4o-mini',
      timeoutMs,
    }),
    now: () => NOW,
  });
}

describe('the LLM handoff summary', () => {
  it('asks once, in the agent language, from the newest lines as data; keeps it on the record', async () => {
    const stores = await handedOff();
    const desk = deskWith(stores);
    const said = 'Shopper received bag #51234 torn and wants a refund; the assistant asked for a photo.';
    fake.script({ content: ` ${said} ` });

    const conversation = (await stores.conversations.get(ID))!;
    const notice = await desk.notice(conversation);
    expect(notice?.summary).toBe(said);
    const request = fake.requests[0]?.body;
    expect(request?.messages[0]).toEqual({ role: 'system', content: summaryPrompt('en') });
    const transcript = String(request?.messages[1]?.content);
    expect(transcript).toContain('shopper: กระเป๋าที่สั่ง #51234 มาถึงแล้วแต่ขาด');
    expect(transcript).toContain('bot: ขอโทษด้วยค่ะ ส่งรูปมาได้ไหมคะ');
    expect(transcript).toContain('damaged item, asks for compensation');
    expect((await stores.conversations.get(ID))?.handoff?.summary).toEqual({
      text: said,
      language: 'en',
      by: 'llm',
    });

    // A second notifier, and the console, read the stored words: no second request.
    expect((await desk.notice((await stores.conversations.get(ID))!))?.summary).toBe(said);
    expect((await desk.detail(ID)).conversation.handoff?.summary).toBe(said);
    expect(fake.requests).toHaveLength(1);
  });

  it('keeps the structured summary when the LLM fails or is too slow, and stores nothing', async () => {
    for (const step of [{ error: 500 }, { hang: true as const }, { content: '   ' }]) {
      const stores = await handedOff();
      fake.script(step);
      const notice = await deskWith(stores, 300).notice((await stores.conversations.get(ID))!);
      expect(notice?.summary).toBe('Shopper damaged item, asks for compensation.');
      expect((await stores.conversations.get(ID))?.handoff?.summary).toBeUndefined();
    }
  });

  it('is wired only when an LLM is configured and the merchant did not opt out', () => {
    const base = { OPENAI_MODEL: 'gpt-4o-mini', OPENAI_BASE_URL: fake.baseURL } as const;
    expect(summarizerFromEnv({ ...base, HANDOFF_SUMMARY: 'llm', OPENAI_API_KEY: 'k' })).toBeDefined();
    expect(summarizerFromEnv({ ...base, HANDOFF_SUMMARY: 'llm' })).toBeUndefined();
    expect(
      summarizerFromEnv({ ...base, HANDOFF_SUMMARY: 'structured', OPENAI_API_KEY: 'k' }),
    ).toBeUndefined();
  });
});
