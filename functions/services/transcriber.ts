// Voice notes → text, when a speech service is configured. Without one the turn asks the shopper to type
// (or hands off): a guessed transcript is worse than none.
//
// TRANSCRIPTION=<model> (e.g. whisper-1, gpt-4o-mini-transcribe) uses the OpenAI-compatible
// `audio/transcriptions` endpoint at OPENAI_BASE_URL with OPENAI_API_KEY.
// TRANSCRIPTION=aws-transcribe is reserved for AWS Transcribe and NOT implemented yet: it needs an S3
// round-trip and a polled job (seconds per note); createTranscriber returns undefined for it.
import OpenAI, { toFile } from 'openai';
import type { Env } from '../config';
import type { Language } from '../core/types';

export interface TranscribeInput {
  bytes: Buffer;
  mimeType: string;
  fileName?: string;
  /** The conversation's pinned language, as a hint; the service detects it otherwise. */
  language?: Language;
}

export interface Transcriber {
  transcribe(input: TranscribeInput): Promise<{ text: string }>;
}

export class TranscriptionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TranscriptionError';
  }
}

const EXTENSIONS: Record<string, string> = {
  'audio/ogg': 'ogg',
  'audio/opus': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/aac': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/wav': 'wav',
  'audio/webm': 'webm',
  'audio/amr': 'amr',
};

/** ISO-639-1 as Whisper wants it: our tags carry scripts/regions it does not take. */
export function transcriptionLanguage(language: Language): string {
  if (language === 'fil') return 'tl';
  return language.split('-')[0] ?? language;
}

export type TranscriberEnv = Pick<Env, 'TRANSCRIPTION' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL'>;

/**
 * The configured transcriber, or undefined when voice notes cannot be transcribed.
 * @example
 * const transcriber = createTranscriber(readEnv());
 * const { text } = await transcriber.transcribe({ bytes, mimeType: 'audio/ogg', language: 'es' });
 */
export function createTranscriber(
  env: TranscriberEnv,
  options: { client?: OpenAI; timeoutMs?: number } = {},
): Transcriber | undefined {
  const model = env.TRANSCRIPTION;
  if (!model || model === 'aws-transcribe') return undefined;
  if (!options.client && !env.OPENAI_API_KEY) return undefined;
  const client =
    options.client ??
    new OpenAI({
      apiKey: env.OPENAI_API_KEY,
      baseURL: env.OPENAI_BASE_URL,
      maxRetries: 1,
      timeout: options.timeoutMs ?? 20_000,
    });
  return {
    async transcribe({ bytes, mimeType, fileName, language }) {
      const base = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
      const name = fileName ?? `voice.${EXTENSIONS[base] ?? 'ogg'}`;
      try {
        const result = await client.audio.transcriptions.create({
          model,
          file: await toFile(bytes, name, { type: base || 'audio/ogg' }),
          ...(language ? { language: transcriptionLanguage(language) } : {}),
          response_format: 'json',
        });
        return { text: result.text.trim() };
      } catch (error) {
        throw new TranscriptionError('Voice note transcription failed', { cause: error });
      }
    },
  };
}
