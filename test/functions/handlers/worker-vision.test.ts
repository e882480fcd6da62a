// Shopper photos described for the agent, through the real wire: the worker with memory stores, a
// recording channel whose downloadMedia returns image bytes, the real openai SDK talking to the local fake
// OpenAI server. The turn itself is the real one (keyword understanding, real tools and claims).
import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMerchantConfig } from '../../../functions/core/merchant-config';
import type { ChannelOutbound } from '../../../functions/core/ports';
import type { InboundMessage } from '../../../functions/core/types';
import {
  type DescribeMedia,
  sniffImageType,
  startDescribing,
} from '../../../functions/handlers/describe-media';
import { createWorkerHandler } from '../../../functions/handlers/worker';
import { photoDescriberFromEnv } from '../../../functions/handlers/worker-wiring';
import { createImageDescriber } from '../../../functions/understanding/llm-vision';
import { createFakeOpenAi, type FakeOpenAi } from '../../../lib/local/fake-openai';
import { keywordTurn, sqsEvent } from '../core/turn-helpers';
import { NOW, seededStores } from '../tools/fixtures';

const silent = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const MEI = 'whatsapp:pn1:6591234567';
/** Agents read German here, so the description must be asked for in German. */
const merchant = parseMerchantConfig({ brandName: 'Lumen & Loom', agentLanguage: 'de' });
/** A JPEG's first bytes (SOI + JFIF APP0) and some payload: what the platform's media endpoint returns. */
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
  Buffer.from('pretend-pixels'),
]);
const DESCRIPTION = 'Weißes Leinenhemd, linker Ärmel an der Naht eingerissen.';

let fake: FakeOpenAi;
beforeEach(async () => {
  fake = await createFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

let seq = 0;
function inbound(fields: Partial<InboundMessage>): InboundMessage {
  seq += 1;
  return {
    eventId: `whatsapp:wamid.${seq}`,
    conversationId: MEI,
    channel: 'whatsapp',
    sender: { id: '6591234567', phone: '6591234567' },
    kind: 'text',
    receivedAt: new Date(NOW.getTime() + seq * 1000).toISOString(),
    raw: {},
    ...fields,
  };
}
const photo = (mediaId: string, fields: Partial<InboundMessage> = {}) =>
  inbound({ kind: 'image', media: { id: mediaId, mimeType: 'image/jpeg' }, ...fields });

/** The real describer against the fake, bounded as the wiring bounds it (a shorter timeout for the tests). */
const describerFor = (timeoutMs = 2_000): DescribeMedia =>
  createImageDescriber({
    apiKey: 'local-test-key',
    baseURL: fake.baseURL,
    model: 'gpt-4o-mini',
    language: merchant.agentLanguage,
    timeoutMs,
  });

async function setup(describeMedia: DescribeMedia | undefined, bytes: Buffer = JPEG) {
  const seeded = await seededStores();
  const { stores, cases } = seeded;
  const sent: { text: string; at: number }[] = [];
  const downloads: string[] = [];
  const channel: ChannelOutbound = {
    name: 'whatsapp',
    capabilities: { maxButtons: 3, images: true, typingIndicator: false, markRead: true },
    async send(_ctx, reply) {
      sent.push({ text: reply.text, at: Date.now() });
      return { platformMessageIds: [`wamid.out.${sent.length}`], via: 'message' };
    },
    async downloadMedia(mediaId) {
      downloads.push(mediaId);
      return { bytes, mimeType: 'application/octet-stream' };
    },
  };
  const runTurn = keywordTurn(seeded, { merchant });
  const handle = createWorkerHandler({
    ...stores,
    cases,
    channelFor: () => channel,
    runTurn,
    saveMedia: async ({ conversationId, mediaId }) => `media/${conversationId}/${mediaId}.jpg`,
    describeMedia,
    logger: silent,
    now: () => NOW,
  });
  // What the worker logged for the agent (the agent API renders these lines; see agent-api.test.ts).
  const transcript = async () => ({ messages: await stores.messages.list(MEI, 200) });
  const send = async (m: InboundMessage) => {
    const result = await handle(sqsEvent(m));
    expect(result.batchItemFailures).toEqual([]);
    return m;
  };
  return { stores, cases, sent, downloads, send, transcript };
}

const chatRequests = () => fake.requests.filter((r) => r.path === '/v1/chat/completions');

describe('with a vision LLM', () => {
  it('describes a photo sent for a damage claim: one image_url request, on the log and on the claim', async () => {
    fake.script({ content: `  ${DESCRIPTION}\n` });
    const w = await setup(describerFor());
    await w.send(inbound({ text: 'my order 48214 arrived broken' }));
    expect(chatRequests()).toHaveLength(0); // text turns never call the describer
    const m = await w.send(photo('m1', { text: 'look at the sleeve' }));

    expect(w.sent.at(-1)?.text).toMatch(/opened claim CLM-48214-1 for order 48214/);
    const requests = chatRequests();
    expect(requests).toHaveLength(1);
    const body = requests[0]!.body!;
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.max_tokens).toBeLessThanOrEqual(80);
    expect(String(body.messages[0]?.content)).toContain('German');
    const parts = body.messages[1]?.content as { type: string; text?: string; image_url?: { url: string } }[];
    // The bytes the channel downloaded, sniffed as JPEG although the platform said octet-stream.
    expect(parts.find((p) => p.type === 'image_url')?.image_url?.url).toBe(
      `data:image/jpeg;base64,${JPEG.toString('base64')}`,
    );
    expect(parts.find((p) => p.type === 'text')?.text).toContain('look at the sleeve');

    const { messages } = await w.transcript();
    const logged = messages.find((e) => e.id === m.eventId);
    expect(logged?.data).toMatchObject({
      kind: 'image',
      media: `media/${MEI}/m1.jpg`,
      mediaDescription: DESCRIPTION,
    });
    const claim = await w.cases.getCase('CLM-48214-1');
    expect(claim?.photos).toEqual([`media/${MEI}/m1.jpg`]);
    expect(claim?.photoDescriptions).toEqual({ [`media/${MEI}/m1.jpg`]: DESCRIPTION });
  });

  it('a photo sent before the damage report gets its description on the claim the report opens', async () => {
    fake.script({ content: DESCRIPTION });
    const w = await setup(describerFor());
    await w.send(photo('m7'));
    expect(w.sent.at(-1)?.text).toMatch(/photo/i);
    expect(await w.cases.casesForOrder('48214')).toEqual([]);

    await w.send(inbound({ text: 'it came damaged, order 48214' }));
    const claim = await w.cases.getCase('CLM-48214-1');
    expect(claim?.photos).toEqual([`media/${MEI}/m7.jpg`]);
    expect(claim?.photoDescriptions).toEqual({ [`media/${MEI}/m7.jpg`]: DESCRIPTION });
    expect(chatRequests()).toHaveLength(1); // described once, when it arrived
  });

  it('the shopper’s reply does not wait for the description', async () => {
    fake.script({ hang: true });
    const w = await setup(describerFor(1_000));
    await w.send(inbound({ text: 'my order 48214 arrived broken' }));
    const start = Date.now();
    await w.send(photo('m2'));
    const done = Date.now();
    // The claim reply went out at once; the record then waited for the (hung) description until its timeout.
    expect(w.sent.at(-1)?.text).toMatch(/opened claim CLM-48214-1/);
    expect(w.sent.at(-1)!.at - start).toBeLessThan(500);
    expect(done - start).toBeGreaterThanOrEqual(900);
    expect(done - start).toBeLessThan(4_000);
    const claim = await w.cases.getCase('CLM-48214-1');
    expect(claim?.photos).toEqual([`media/${MEI}/m2.jpg`]);
    expect(claim?.photoDescriptions).toBeUndefined();
    expect(chatRequests()).toHaveLength(1); // no retry after the timeout
  });

  it('a 500 from the model is logged and ignored: the turn and the claim are as without vision', async () => {
    fake.script({ error: 500 }, { content: 'must not be used: no retries' });
    const w = await setup(describerFor());
    await w.send(inbound({ text: 'my order 48214 arrived broken' }));
    const m = await w.send(photo('m3'));
    expect(w.sent.at(-1)?.text).toMatch(/opened claim CLM-48214-1/);
    expect(chatRequests()).toHaveLength(1);
    expect(fake.pending()).toBe(1);
    const logged = (await w.transcript()).messages.find((e) => e.id === m.eventId);
    expect(logged?.data?.media).toBe(`media/${MEI}/m3.jpg`);
    expect(logged?.data?.mediaDescription).toBeUndefined();
    expect((await w.cases.getCase('CLM-48214-1'))?.photoDescriptions).toBeUndefined();
  });

  it('stickers and bytes that are not an image are not sent to the model', async () => {
    const w = await setup(describerFor(), Buffer.from('%PDF-1.7 not a photo'));
    await w.send(inbound({ kind: 'sticker', media: { id: 's1', mimeType: 'image/webp' } }));
    await w.send(photo('m4'));
    expect(w.downloads).toEqual(['s1', 'm4']);
    expect(chatRequests()).toHaveLength(0);
  });
});

describe('without a vision LLM', () => {
  const env = (fields: Record<string, string | undefined>) => ({
    OPENAI_MODEL: 'gpt-4o-mini',
    OPENAI_BASE_URL: fake.baseURL,
    ...fields,
  });

  it('the wiring makes no describer without a key, or for a model that takes no images', () => {
    expect(photoDescriberFromEnv(env({}), 'en')).toBeUndefined();
    expect(photoDescriberFromEnv(env({ OPENAI_API_KEY: 'k', OPENAI_VISION: '0' }), 'en')).toBeUndefined();
    expect(
      photoDescriberFromEnv(env({ OPENAI_API_KEY: 'k', OPENAI_MODEL: 'llama-3-8b' }), 'en'),
    ).toBeUndefined();
    expect(
      photoDescriberFromEnv(
        env({ OPENAI_API_KEY: 'k', OPENAI_MODEL: 'llama-3-8b', OPENAI_VISION: '1' }),
        'en',
      ),
    ).toBeTypeOf('function');
  });

  it('no call is made and the photo still joins the claim', async () => {
    const w = await setup(photoDescriberFromEnv(env({ OPENAI_API_KEY: 'k', OPENAI_VISION: '0' }), 'de'));
    await w.send(inbound({ text: 'my order 48214 arrived broken' }));
    const m = await w.send(photo('m5'));
    expect(fake.requests).toHaveLength(0);
    const claim = await w.cases.getCase('CLM-48214-1');
    expect(claim?.photos).toEqual([`media/${MEI}/m5.jpg`]);
    expect(claim?.photoDescriptions).toBeUndefined();
    const logged = (await w.transcript()).messages.find((e) => e.id === m.eventId);
    expect(logged?.data?.mediaDescription).toBeUndefined();
  });

  it('the describer the wiring makes from the environment speaks to the configured endpoint', async () => {
    fake.script({ content: DESCRIPTION });
    const w = await setup(photoDescriberFromEnv(env({ OPENAI_API_KEY: 'k' }), merchant.agentLanguage));
    await w.send(inbound({ text: 'my order 48214 arrived broken' }));
    await w.send(photo('m6'));
    expect(chatRequests()).toHaveLength(1);
    expect(chatRequests()[0]?.headers.authorization).toBe('Bearer k');
    expect((await w.cases.getCase('CLM-48214-1'))?.photoDescriptions).toEqual({
      [`media/${MEI}/m6.jpg`]: DESCRIPTION,
    });
  });
});

describe('startDescribing', () => {
  const hangs: DescribeMedia = () => new Promise<string>(() => {});

  it('settles at its own deadline when the describer never answers', async () => {
    const start = Date.now();
    const pending = startDescribing(
      hangs,
      photo('x'),
      { bytes: JPEG, mimeType: 'image/jpeg' },
      {
        logger: silent,
        deadlineMs: 100,
      },
    );
    expect(await pending).toBeUndefined();
    expect(Date.now() - start).toBeLessThan(1_000);
  });

  it('gives one line, and nothing for an empty answer', async () => {
    const one =
      (text: string): DescribeMedia =>
      async () =>
        text;
    const file = { bytes: JPEG, mimeType: 'image/jpeg' };
    expect(await startDescribing(one(' Torn\n sleeve. '), photo('x'), file, { logger: silent })).toBe(
      'Torn sleeve.',
    );
    expect(await startDescribing(one('  \n '), photo('x'), file, { logger: silent })).toBeUndefined();
  });

  it('knows JPEG, PNG, GIF and WebP by their bytes, and nothing else', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(png)).toBe('image/png');
    expect(sniffImageType(Buffer.from('GIF89a....'))).toBe('image/gif');
    expect(sniffImageType(webp)).toBe('image/webp');
    expect(sniffImageType(Buffer.from('OggS audio'))).toBeUndefined();
    expect(sniffImageType(Buffer.alloc(0))).toBeUndefined();
  });
});
