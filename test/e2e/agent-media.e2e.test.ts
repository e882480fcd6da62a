// A shopper's photo end to end on the local stack: the simulator posts a signed WhatsApp image webhook,
// the worker downloads the bytes from the Graph API fake and stores them under MEDIA_DIR, and an agent
// reads the transcript and fetches the photo through the agent API (the API Gateway emulator, the real
// handler module, base64 body decoded by the emulator as API Gateway does).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSecrets } from '../../lib/local/defaults';
import { SAMPLE_PNG } from '../../lib/local/fakes';
import { demoShopper, type E2eStack, startE2eStack } from './harness';

const maria = demoShopper('maria-whatsapp');
const james = demoShopper('james-whatsapp');
const phoneNumberId = localSecrets({}).WHATSAPP_PHONE_NUMBER_ID;
const MARIA = `whatsapp:${phoneNumberId}:${maria.whatsapp}`;
const JAMES = `whatsapp:${phoneNumberId}:${james.whatsapp}`;

interface Transcript {
  messages: { author: string; media?: { url: string } }[];
}

describe("agents see the shopper's photos through the agent API", () => {
  let e2e: E2eStack;
  const agent = (conversationId: string, rest = '') =>
    `${e2e.stack.url}/agent/conversations/${encodeURIComponent(conversationId)}${rest}`;
  // The local agent token (README): nothing on the agent API answers without it.
  const asAgent = (url: string) =>
    fetch(url, { headers: { authorization: `Bearer ${localSecrets({}).AGENT_TOKEN}` } });

  beforeAll(async () => {
    e2e = await startE2eStack();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('stores a WhatsApp photo and serves exactly its bytes, only through its own conversation', async () => {
    // James has a conversation too: the cross-conversation check below must hit a real one.
    await e2e.say('whatsapp', james.whatsapp, 'hi, any news on my order 51409?');

    const simulated = await fetch(`${e2e.stack.url}/dev/simulate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'whatsapp', shopperId: 'maria-whatsapp', kind: 'image' }),
    });
    expect(await simulated.json()).toMatchObject({ status: 200, to: maria.whatsapp });
    await e2e.stack.queue.drain();
    expect(e2e.stack.queue.deadLetters()).toEqual([]);

    const unsigned = await fetch(agent(MARIA));
    expect(unsigned.status).toBe(401);
    await unsigned.arrayBuffer();
    const transcript = (await (await asAgent(agent(MARIA))).json()) as Transcript;
    const photo = transcript.messages.find((m) => m.author === 'shopper' && m.media);
    const mediaPath = photo?.media?.url;
    // The transcript links the photo through its own conversation.
    expect(mediaPath?.startsWith(agent(MARIA, '/media/').slice(e2e.stack.url.length))).toBe(true);
    const key = mediaPath ? decodeURIComponent(mediaPath.split('/media/')[1]!) : undefined;
    // A keyed hash of the conversation, never the shopper's phone number (it would sit in access logs).
    expect(key).toMatch(/^media\/c_[0-9a-f]{16}\/[A-Za-z0-9._-]+\.png$/);
    expect(key).not.toContain(maria.whatsapp);
    if (!key) throw new Error('no stored media key in the transcript');
    expect(existsSync(path.join(e2e.stack.dataDir, 'media', key))).toBe(true);

    for (const form of [encodeURIComponent(key), key]) {
      const photoWithoutToken = await fetch(agent(MARIA, `/media/${form}`));
      expect(photoWithoutToken.status).toBe(401);
      await photoWithoutToken.arrayBuffer();
      const response = await asAgent(agent(MARIA, `/media/${form}`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toBe('private, max-age=300');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(SAMPLE_PNG);
    }

    // Same key, another (existing) conversation: not served.
    expect((await (await asAgent(agent(JAMES))).json()) as Transcript).toMatchObject({
      messages: expect.arrayContaining([expect.objectContaining({ author: 'shopper' })]),
    });
    const crossed = await asAgent(agent(JAMES, `/media/${encodeURIComponent(key)}`));
    expect(crossed.status).toBe(404);
    await crossed.arrayBuffer();

    const traversal = await asAgent(
      agent(MARIA, `/media/${encodeURIComponent(`${key}/../../../../dynamodb`)}`),
    );
    expect(traversal.status).toBe(400);
    await traversal.arrayBuffer();
    const missing = await asAgent(
      agent(MARIA, `/media/${encodeURIComponent(key.replace(/\.png$/, 'x.png'))}`),
    );
    expect(missing.status).toBe(404);
    await missing.arrayBuffer();
  });
});
