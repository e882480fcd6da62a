// A local stand-in for the OpenAI API that speaks its real wire format: POST /v1/chat/completions
// (non-streaming, tool calls) and POST /v1/audio/transcriptions (multipart). Tests script its answers and
// inject failures (429 with retry-after, 5xx, hangs, malformed tool arguments); every request is recorded.
// `usage` is computed from the real request, so cost figures built on it count what was actually sent.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, sendJson } from './routes';

export interface FakeToolCall {
  id?: string;
  name: string;
  /** An object is serialized; a string is sent as is (so tests can send malformed JSON). */
  arguments: string | Record<string, unknown>;
}

export type FakeReply = {
  content?: string | null;
  toolCalls?: FakeToolCall[];
  finishReason?: 'stop' | 'tool_calls' | 'length';
  /** Overrides the computed usage. */
  usage?: { prompt_tokens: number; completion_tokens: number };
};
export type FakeFailure = { error: number; retryAfterSeconds?: number; message?: string };
export type FakeHang = { hang: true };
export type FakeStep = FakeReply | FakeFailure | FakeHang;

/** A chat request as the fake received it (the parsed JSON body). */
export interface ChatRequestBody {
  model: string;
  messages: { role: string; content?: unknown; tool_calls?: unknown; tool_call_id?: string }[];
  tools?: { type: string; function: { name: string; description?: string; parameters?: unknown } }[];
  max_tokens?: number;
  [key: string]: unknown;
}

/** Decides a step from the request: scripted steps that inspect it, or the demo brain. */
export type FakeBrain = (request: ChatRequestBody) => FakeStep;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** JSON body for chat; form fields for transcriptions. */
  body?: ChatRequestBody;
  form?: Record<string, string>;
  file?: { name: string; type: string; size: number };
  /** The status the fake answered with (0 for a hang). */
  status: number;
}

export interface FakeOpenAi {
  /** Give this to the SDK as baseURL (it ends in /v1). */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  /** Queues answers for the next chat requests, in order. A function step sees the request. */
  script(...steps: (FakeStep | FakeBrain)[]): void;
  /** Queues transcripts for the next transcription requests. */
  transcripts(...texts: string[]): void;
  /** Chat steps not yet consumed. */
  pending(): number;
  /** Tokens reported in `usage` over all successful chat responses. */
  readonly totals: { promptTokens: number; completionTokens: number; requests: number };
  close(): Promise<void>;
}

/**
 * The token estimate behind `usage`: ASCII characters / 4 plus one token per other character. Close to
 * OpenAI's tokenizers for English JSON (≈4 chars/token) and conservative for CJK and Thai (≈1 char/token).
 */
export function estimateTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 128) ascii += 1;
    else other += 1;
  }
  return Math.ceil(ascii / 4 + other);
}

function errorBody(status: number, message: string) {
  const type =
    status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'server_error' : 'invalid_request_error';
  return { error: { message, type, param: null, code: type } };
}

function completionBody(request: ChatRequestBody, reply: FakeReply) {
  const toolCalls = reply.toolCalls?.map((call) => ({
    id: call.id ?? `call_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
    type: 'function' as const,
    function: {
      name: call.name,
      arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
    },
  }));
  const content = reply.content ?? null;
  const prompt_tokens =
    reply.usage?.prompt_tokens ??
    estimateTokens(JSON.stringify({ messages: request.messages, tools: request.tools }));
  const completion_tokens =
    reply.usage?.completion_tokens ??
    estimateTokens((content ?? '') + (toolCalls ? JSON.stringify(toolCalls) : ''));
  return {
    id: `chatcmpl-${randomUUID()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content,
          refusal: null,
          ...(toolCalls?.length ? { tool_calls: toolCalls } : {}),
        },
        logprobs: null,
        finish_reason: reply.finishReason ?? (toolCalls?.length ? 'tool_calls' : 'stop'),
      },
    ],
    usage: { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens },
  };
}

/**
 * Starts the fake on 127.0.0.1 (a random port unless given).
 * @example
 * const fake = await createFakeOpenAi();
 * fake.script({ toolCalls: [{ name: 'find_orders', arguments: {} }] }, { content: 'Your order shipped.' });
 * const client = new OpenAI({ apiKey: 'local', baseURL: fake.baseURL });
 */
export async function createFakeOpenAi(
  options: { port?: number; brain?: FakeBrain } = {},
): Promise<FakeOpenAi> {
  const queue: (FakeStep | FakeBrain)[] = [];
  const transcriptQueue: string[] = [];
  const requests: RecordedRequest[] = [];
  const totals = { promptTokens: 0, completionTokens: 0, requests: 0 };

  async function handleChat(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
  ): Promise<void> {
    let body: ChatRequestBody;
    try {
      body = JSON.parse((await readBody(req)).toString('utf8')) as ChatRequestBody;
    } catch {
      record.status = 400;
      return sendJson(res, 400, errorBody(400, 'We could not parse the JSON body of your request.'));
    }
    record.body = body;
    const next = queue.shift() ?? options.brain;
    if (!next) {
      record.status = 500;
      return sendJson(res, 500, errorBody(500, 'fake-openai: no scripted response left'));
    }
    const step = typeof next === 'function' ? next(body) : next;
    if ('hang' in step) {
      record.status = 0;
      return; // never answer: the client's timeout or abort must end it
    }
    if ('error' in step) {
      record.status = step.error;
      const headers: Record<string, string> = {};
      if (step.retryAfterSeconds !== undefined) headers['retry-after'] = String(step.retryAfterSeconds);
      return sendJson(
        res,
        step.error,
        errorBody(step.error, step.message ?? `fake-openai: ${step.error}`),
        headers,
      );
    }
    const completion = completionBody(body, step);
    totals.promptTokens += completion.usage.prompt_tokens;
    totals.completionTokens += completion.usage.completion_tokens;
    totals.requests += 1;
    record.status = 200;
    sendJson(res, 200, completion);
  }

  async function handleTranscription(req: IncomingMessage, res: ServerResponse, record: RecordedRequest) {
    const raw = await readBody(req);
    // The web Request parses multipart exactly as a server would; no hand-written parser to get wrong.
    const form = await new Request('http://fake/', {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: raw,
    }).formData();
    record.form = {};
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') record.form[key] = value;
      else record.file = { name: value.name, type: value.type, size: value.size };
    }
    if (!record.form.model || !record.file) {
      record.status = 400;
      return sendJson(res, 400, errorBody(400, 'model and file are required'));
    }
    record.status = 200;
    sendJson(res, 200, { text: transcriptQueue.shift() ?? `(transcript of ${record.file.size} bytes)` });
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      headers: { ...req.headers },
      status: 0,
    };
    requests.push(record);
    const handler =
      req.method === 'POST' && path === '/v1/chat/completions'
        ? handleChat
        : req.method === 'POST' && path === '/v1/audio/transcriptions'
          ? handleTranscription
          : undefined;
    if (!handler) {
      record.status = 404;
      return sendJson(res, 404, errorBody(404, `fake-openai: no route ${req.method} ${path}`));
    }
    handler(req, res, record).catch((error: unknown) => {
      record.status = 500;
      if (!res.headersSent) sendJson(res, 500, errorBody(500, `fake-openai: ${String(error)}`));
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    totals,
    script: (...steps) => {
      queue.push(...steps);
    },
    transcripts: (...texts) => {
      transcriptQueue.push(...texts);
    },
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections(); // hung requests hold their sockets open
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
