// Voice notes through the real SDK's multipart upload to the local fake.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranscriber, TranscriptionError } from '../../../functions/services/transcriber';
import { createFakeOpenAi, type FakeOpenAi } from '../../../lib/local/fake-openai';

let fake: FakeOpenAi;
beforeEach(async () => {
  fake = await createFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

const env = () => ({
  TRANSCRIPTION: 'whisper-1',
  OPENAI_API_KEY: 'local-test-key',
  OPENAI_BASE_URL: fake.baseURL,
});

describe('createTranscriber', () => {
  it('is undefined when no speech service is configured, or for the unimplemented AWS Transcribe', () => {
    expect(createTranscriber({ OPENAI_API_KEY: 'k' })).toBeUndefined();
    expect(createTranscriber({ TRANSCRIPTION: 'aws-transcribe', OPENAI_API_KEY: 'k' })).toBeUndefined();
    expect(createTranscriber({ TRANSCRIPTION: 'whisper-1' })).toBeUndefined(); // no key, no client
  });

  it('uploads the voice note as multipart with the model and a Whisper language code', async () => {
    fake.transcripts('¿Dónde está mi pedido 48213?');
    const transcriber = createTranscriber(env());
    const voice = Buffer.from('OggS fake opus bytes');
    const result = await transcriber!.transcribe({
      bytes: voice,
      mimeType: 'audio/ogg; codecs=opus',
      language: 'fil',
    });
    expect(result.text).toBe('¿Dónde está mi pedido 48213?');
    const request = fake.requests[0];
    expect(request?.path).toBe('/v1/audio/transcriptions');
    expect(request?.form).toMatchObject({ model: 'whisper-1', language: 'tl' });
    expect(request?.file).toEqual({ name: 'voice.ogg', type: 'audio/ogg', size: voice.length });
  });

  it('sends pt for pt-BR and no language when none is pinned', async () => {
    const transcriber = createTranscriber(env())!;
    await transcriber.transcribe({ bytes: Buffer.from('x'), mimeType: 'audio/mpeg', language: 'pt-BR' });
    await transcriber.transcribe({ bytes: Buffer.from('x'), mimeType: 'audio/mpeg' });
    expect(fake.requests[0]?.form?.language).toBe('pt');
    expect(fake.requests[1]?.form?.language).toBeUndefined();
    expect(fake.requests[1]?.file?.name).toBe('voice.mp3');
  });

  it('wraps a failing service in TranscriptionError', async () => {
    await fake.close();
    const transcriber = createTranscriber(
      { ...env(), OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' },
      { timeoutMs: 500 },
    )!;
    const error = await transcriber
      .transcribe({ bytes: Buffer.from('x'), mimeType: 'audio/ogg' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TranscriptionError);
    fake = await createFakeOpenAi(); // afterEach closes it again
  });
});
