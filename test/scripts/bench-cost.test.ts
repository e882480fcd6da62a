// The cost benchmark's harness: every scripted conversation runs through the real handlers, and what it
// counts is consistent with what the turns did. No timing assertions.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMerchantConfig } from '../../functions/core/merchant-config';
import { createFakeOpenAi, type FakeOpenAi } from '../../lib/local/fake-openai';
import { ruleBrain } from '../../lib/local/fake-openai-brain';
import { generateDemoData } from '../../lib/local/seed';
import { CONVERSATIONS } from '../../scripts/bench/conversations';
import { type ConversationRun, runConversation } from '../../scripts/bench/cost-harness';

describe('cost benchmark conversations', () => {
  let fake: FakeOpenAi;
  const runs: ConversationRun[] = [];

  beforeAll(async () => {
    fake = await createFakeOpenAi({ brain: ruleBrain });
    const merchant = parseMerchantConfig(
      JSON.parse(readFileSync(new URL('../../crossdesk.config.json', import.meta.url), 'utf8')),
    );
    const data = generateDemoData(Date.now());
    for (const script of CONVERSATIONS) runs.push(await runConversation(script, { merchant, data, fake }));
  }, 120_000);
  afterAll(() => fake.close());

  it('runs every scripted turn through ingest and the worker, and counts their store use', () => {
    for (const run of runs) {
      expect(run.turns).toHaveLength(run.script.turns.length);
      const ingest = run.invocations.filter((i) => i.fn === 'ingest');
      const worker = run.invocations.filter((i) => i.fn === 'worker');
      expect(ingest).toHaveLength(run.turns.length);
      expect(worker).toHaveLength(run.turns.length);
      // Ingest: the claim (a lease), the inbound message, the confirm; one SQS send.
      for (const i of ingest) expect([i.dynamoCalls, i.sqsSends]).toEqual([3, 1]);
      // Worker: at least the one conversation get and the save after the turn (ingest logged the inbound).
      for (const i of worker) expect(i.dynamoCalls).toBeGreaterThanOrEqual(2);
      expect(run.writeUnits).toBeGreaterThan(0);
      expect(run.readUnits).toBeGreaterThan(0);
    }
  });

  it('counts LLM tokens exactly when a turn went to the LLM', () => {
    for (const run of runs) {
      const llmTurns = run.turns.filter((t) => t.log.source === 'llm').length;
      expect(run.llmTurns).toBe(llmTurns);
      if (llmTurns > 0) {
        expect(run.promptTokens).toBeGreaterThan(0);
        expect(run.completionTokens).toBeGreaterThan(0);
        expect(run.llmRounds).toBeGreaterThanOrEqual(llmTurns);
      } else expect(run.promptTokens + run.llmRounds).toBe(0);
    }
    expect(runs.some((r) => r.kind === 'offline')).toBe(true);
    expect(runs.some((r) => r.kind === 'llm')).toBe(true);
  });

  it('counts what the real senders delivered, consistently with what they reported', () => {
    for (const run of runs) {
      const p = run.platform;
      const channel = run.script.channel;
      const templates = Object.values(p.whatsappByRecipient).reduce((n, r) => n + r.templates, 0);
      // Every bot reply and agent answer reached the fake of the conversation's channel, and no other; so
      // did the one "an agent has joined" line the first answer of a waiting handoff brings.
      const agentAnswers = run.script.turns.filter((t) => t.agentReply).length;
      const answers =
        run.turns.reduce((n, t) => n + t.replies.length, 0) + agentAnswers + (agentAnswers > 0 ? 1 : 0);
      expect(p.messages[channel], channel).toBeGreaterThanOrEqual(answers);
      for (const other of Object.keys(p.messages) as (keyof typeof p.messages)[])
        if (other !== channel) expect(p.messages[other]).toBe(0);
      expect(p.via.reply + p.via.push + p.via.template + p.via.message).toBe(answers);
      // The fakes' own counts agree with the senders' SendResult.via.
      expect(templates).toBe(p.via.template);
      expect(p.lineReplyRequests).toBe(p.via.reply);
      expect(p.linePushRequests).toBeGreaterThanOrEqual(p.via.push);
      expect(run.invocations.reduce((n, i) => n + i.platformCalls, 0)).toBe(p.requests);
    }
    // The scripts exercise a LINE push and a WhatsApp template (the next-day agent answer).
    expect(runs.some((r) => r.platform.via.push > 0)).toBe(true);
    expect(runs.some((r) => r.platform.via.template > 0)).toBe(true);
  });

  it('translates the handed-off conversation for the agent, and nothing else', () => {
    const handedOff = runs.filter((r) => r.kind === 'handoff');
    expect(handedOff.length).toBeGreaterThan(0);
    let humanTurns = 0;
    for (const run of handedOff) {
      const language = run.turns.at(-1)?.log.language;
      const agent = run.script.turns.reduce((n, t) => n + [...(t.agentReply ?? '')].length, 0);
      expect(run.invocations.filter((i) => i.fn === 'agent-api').length).toBeGreaterThan(0);
      // A non-English shopper: the agent's words went to Translate, and so did the shopper's. Re-reading
      // the transcript before each answer is served by the cache.
      if (language !== 'en') {
        expect(run.translatedChars).toBeGreaterThan(agent);
        if (run.script.turns.filter((t) => t.agentReply).length > 1)
          expect(run.translateHits).toBeGreaterThan(0);
      }
      // While a person owns the conversation the bot says nothing but, once, that the shopper is waiting.
      const humanReplies = run.turns.filter((t) => t.log.action === 'human_mode').flatMap((t) => t.replies);
      humanTurns += run.turns.filter((t) => t.log.action === 'human_mode').length;
      expect(humanReplies.length).toBeLessThanOrEqual(1);
    }
    // The scripts do reach a person, so the check above ran at least once.
    expect(humanTurns).toBeGreaterThan(0);
    for (const run of runs.filter((r) => r.kind !== 'handoff')) {
      expect(run.translatedChars).toBe(0);
      expect(run.translateMisses).toBe(0);
    }
  });
});
