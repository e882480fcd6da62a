// The LLM path: OpenAI-compatible chat completions with the merchant's tools. It runs after the offline
// model (or instead of it, for what it cannot answer), reads and answers in the shopper's own language, and
// stays inside hard bounds: tool rounds, a per-request timeout, a turn deadline and a token budget.
// Authorization is not its business: tools get the verified identity from ToolContext, never from arguments.
import OpenAI from 'openai';
import type {
  ChatCompletionContentPart,
  ChatCompletionMessageFunctionToolCall,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { MerchantConfig } from '../core/merchant-config';
import type { Tool, ToolContext } from '../core/tools';
import type { Conversation, Language } from '../core/types';
import { LlmError, type LlmUsage, toLlmError } from './llm-error';
import { buildMessages, type MemoryLimits } from './llm-memory';
import {
  FINAL_ANSWER_TOOL,
  finalAnswerInput,
  HANDOFF_TOOL,
  handoffInput,
  systemPrompt,
  toolDefinitions,
} from './llm-prompt';

export { LlmError, type LlmErrorKind, type LlmUsage } from './llm-error';

export interface LlmLimits {
  /** Model calls per turn; a tool round is one call. */
  maxRounds: number;
  /** One HTTP request, retries included by the SDK each get this much. */
  requestTimeoutMs: number;
  /** The whole turn, every round and retry; the worker Lambda's own timeout must be above it. */
  turnDeadlineMs: number;
  /** max_tokens of each completion. */
  maxTokens: number;
  /** Prompt + completion tokens a turn may spend; past it the turn goes to a human. */
  tokenBudget: number;
  /** Unknown tools / unparsable arguments fed back before giving up on the model. */
  maxToolErrors: number;
  /** The SDK's retries (429, 5xx, timeouts), honouring retry-after. */
  maxRetries: number;
  /** Longest a tool result may be in the prompt (characters). */
  maxToolResultChars: number;
  memory: Partial<MemoryLimits>;
}

export const DEFAULT_LLM_LIMITS: LlmLimits = {
  maxRounds: 4,
  requestTimeoutMs: 12_000,
  turnDeadlineMs: 25_000,
  maxTokens: 500,
  tokenBudget: 16_000,
  maxToolErrors: 2,
  maxRetries: 2,
  maxToolResultChars: 4_000,
  memory: {},
};

export interface LlmRequest {
  conversation: Conversation;
  message: { text: string; language: Language; imageUrls?: string[] };
  toolContext: ToolContext;
}

export interface LlmResponse {
  /** The reply for the shopper, in their language. Absent on a handoff. */
  text?: string;
  handoff?: { reason: string };
  /** The model's own line for the shopper on a handoff, or its low-confidence draft (for the agent). */
  draft?: string;
  /** Self-reported, when the model answered through final_answer. */
  confidence?: number;
  toolCalls: { name: string; ok: boolean; error?: string }[];
  usage: LlmUsage;
  rounds: number;
}

export interface LlmResponder {
  readonly model: string;
  readonly vision: boolean;
  respond(request: LlmRequest): Promise<LlmResponse>;
}

export interface LlmResponderOptions {
  /** An OpenAI client (tests point one at the local fake); else one is made from apiKey/baseURL. */
  client?: OpenAI;
  apiKey?: string;
  baseURL?: string;
  model: string;
  tools: readonly Tool[];
  merchant: MerchantConfig;
  limits?: Partial<LlmLimits>;
  /** Whether the model takes image inputs; default from the model name. */
  vision?: boolean;
}

/** Models known to accept image inputs. A guess: set OPENAI_VISION=1/0 to decide for other endpoints. */
export function supportsVision(model: string, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  return /gpt-4o|gpt-4\.1|gpt-5|o[134](-|$)|vision|claude|gemini|llava|pixtral|qwen.*vl/i.test(model);
}

/** An OpenAI client with our timeout and retry policy. */
export function createOpenAiClient(options: {
  apiKey: string;
  baseURL?: string;
  limits?: Partial<LlmLimits>;
}): OpenAI {
  const limits = { ...DEFAULT_LLM_LIMITS, ...options.limits };
  return new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    maxRetries: limits.maxRetries,
    timeout: limits.requestTimeoutMs,
  });
}

function userContent(message: LlmRequest['message'], vision: boolean): string | ChatCompletionContentPart[] {
  const images = message.imageUrls ?? [];
  if (images.length === 0) return message.text;
  if (!vision) {
    return `${message.text}\n(The shopper also sent ${images.length} image(s) that this assistant cannot see.)`;
  }
  return [
    { type: 'text', text: message.text || '(image)' },
    ...images.map(
      (url): ChatCompletionContentPart => ({ type: 'image_url', image_url: { url, detail: 'low' } }),
    ),
  ];
}

type ToolOutcome = { content: string; ok: boolean; error?: string; parseError?: boolean };

async function runTool(
  tools: ReadonlyMap<string, Tool>,
  call: ChatCompletionMessageFunctionToolCall,
  ctx: ToolContext,
): Promise<ToolOutcome> {
  const fail = (error: string, message: string, parseError = false): ToolOutcome => ({
    content: JSON.stringify({ ok: false, error, message }),
    ok: false,
    error,
    parseError,
  });
  const tool = tools.get(call.function.name);
  if (!tool) return fail('unknown_tool', `There is no tool named "${call.function.name}".`, true);
  let args: unknown;
  try {
    args = call.function.arguments.trim() ? JSON.parse(call.function.arguments) : {};
  } catch {
    return fail('invalid_json', 'The arguments were not valid JSON. Send a JSON object.', true);
  }
  const parsed = tool.input.safeParse(args);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return fail('invalid_input', `Invalid arguments: ${issues}`, true);
  }
  try {
    const result = await tool.run(ctx, parsed.data);
    return { content: JSON.stringify(result), ok: result.ok, error: result.ok ? undefined : result.error };
  } catch {
    // The exception text may hold internals (table names, stack); the model only needs to know it failed.
    return fail('tool_failed', 'The tool failed. Apologize and offer a human agent.');
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Creates the LLM responder the conversation turn calls when the offline model is not enough.
 * @example
 * const llm = createLlmResponder({ apiKey: env.OPENAI_API_KEY, model: env.OPENAI_MODEL, tools, merchant });
 * const reply = await llm.respond({ conversation, message: { text, language: 'es' }, toolContext });
 * if (reply.handoff) … else await ctx.reply({ text: reply.text ?? '' });
 */
export function createLlmResponder(options: LlmResponderOptions): LlmResponder {
  const limits: LlmLimits = { ...DEFAULT_LLM_LIMITS, ...options.limits };
  if (!options.client && !options.apiKey)
    throw new LlmError('config', 'createLlmResponder needs a client or an apiKey');
  const client =
    options.client ?? createOpenAiClient({ apiKey: options.apiKey ?? '', baseURL: options.baseURL, limits });
  const { model, merchant } = options;
  const vision = supportsVision(model, options.vision);
  const toolMap = new Map(options.tools.map((tool) => [tool.name, tool] as const));
  const tools = toolDefinitions(options.tools);

  async function respond(request: LlmRequest): Promise<LlmResponse> {
    const { conversation, message, toolContext } = request;
    const usage: LlmUsage = { promptTokens: 0, completionTokens: 0 };
    const toolCalls: LlmResponse['toolCalls'] = [];
    const messages: ChatCompletionMessageParam[] = [
      {
        role: 'system',
        content: systemPrompt({ merchant, conversation, language: message.language, now: toolContext.now }),
      },
      ...buildMessages(conversation, limits.memory),
      { role: 'user', content: userContent(message, vision) },
    ];
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), limits.turnDeadlineMs);
    let toolErrors = 0;
    let rounds = 0;
    const done = (result: Omit<LlmResponse, 'usage' | 'rounds' | 'toolCalls'>): LlmResponse => ({
      ...result,
      toolCalls,
      usage,
      rounds,
    });
    try {
      while (rounds < limits.maxRounds) {
        if (usage.promptTokens + usage.completionTokens >= limits.tokenBudget) {
          return done({ handoff: { reason: 'llm_token_budget' } });
        }
        rounds += 1;
        const completion = await client.chat.completions
          .create(
            { model, messages, tools, tool_choice: 'auto', max_tokens: limits.maxTokens },
            { signal: deadline.signal, timeout: limits.requestTimeoutMs },
          )
          .catch((error: unknown) => {
            throw toLlmError(error, usage, deadline.signal.aborted);
          });
        usage.promptTokens += completion.usage?.prompt_tokens ?? 0;
        usage.completionTokens += completion.usage?.completion_tokens ?? 0;
        const choice = completion.choices[0];
        if (!choice) throw new LlmError('upstream', 'LLM response had no choices', { usage: { ...usage } });
        const calls = (choice.message.tool_calls ?? []).filter(
          (call): call is ChatCompletionMessageFunctionToolCall => call.type === 'function',
        );
        const content = choice.message.content?.trim();
        if (calls.length === 0) {
          if (content) return done({ text: content });
          throw new LlmError(
            'empty_response',
            `LLM returned nothing (finish_reason ${choice.finish_reason})`,
            {
              usage: { ...usage },
            },
          );
        }

        // The two built-in tools end the turn; anything the model asked for beside them is moot.
        const handoff = calls.find((call) => call.function.name === HANDOFF_TOOL);
        if (handoff) {
          const args = handoffInput.safeParse(parseJson(handoff.function.arguments));
          toolCalls.push({ name: HANDOFF_TOOL, ok: true });
          return done({
            handoff: { reason: args.success ? args.data.reason : 'llm_handoff' },
            draft: args.success ? args.data.message : undefined,
          });
        }
        const final = calls.find((call) => call.function.name === FINAL_ANSWER_TOOL);
        const finalArgs = final ? finalAnswerInput.safeParse(parseJson(final.function.arguments)) : undefined;
        if (finalArgs?.success) {
          toolCalls.push({ name: FINAL_ANSWER_TOOL, ok: true });
          const { text, confidence } = finalArgs.data;
          if (confidence < merchant.thresholds.llmConfidence) {
            return done({ handoff: { reason: 'llm_low_confidence' }, draft: text, confidence });
          }
          return done({ text, confidence });
        }

        messages.push({ role: 'assistant', content: choice.message.content ?? null, tool_calls: calls });
        for (const call of calls) {
          const outcome =
            call === final
              ? {
                  content: JSON.stringify({
                    ok: false,
                    error: 'invalid_input',
                    message: 'Send text and confidence.',
                  }),
                  ok: false,
                  error: 'invalid_input',
                  parseError: true,
                }
              : await runTool(toolMap, call, toolContext);
          toolCalls.push({ name: call.function.name, ok: outcome.ok, error: outcome.error });
          if (outcome.parseError) toolErrors += 1;
          messages.push({
            role: 'tool',
            tool_call_id: call.id,
            content: outcome.content.slice(0, limits.maxToolResultChars),
          });
        }
        if (toolErrors > limits.maxToolErrors) {
          throw new LlmError('bad_tool_call', `LLM made ${toolErrors} invalid tool calls`, {
            usage: { ...usage },
          });
        }
      }
      return done({ handoff: { reason: 'llm_round_limit' } });
    } finally {
      clearTimeout(timer);
    }
  }

  return { model, vision, respond };
}
