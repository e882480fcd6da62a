// The one error the LLM path throws. The turn maps its `kind` to a clarify / hand-off reply; the SDK's own
// error classes never leak past this module's callers.
import OpenAI from 'openai';

export type LlmErrorKind =
  /** 429 still failing after the SDK's retries. */
  | 'rate_limited'
  /** 5xx after retries, or a response without a choice. */
  | 'upstream'
  /** One request's timeout, or the turn's total deadline. */
  | 'timeout'
  /** Could not connect at all. */
  | 'unavailable'
  /** 401/403/404 or a rejected request: configuration, not the shopper, is wrong. */
  | 'config'
  /** The model kept calling unknown tools or sending arguments that do not parse. */
  | 'bad_tool_call'
  /** Neither text nor a tool call came back. */
  | 'empty_response';

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
}

export class LlmError extends Error {
  readonly kind: LlmErrorKind;
  readonly status?: number;
  /** Tokens already spent in this turn before it failed: they are billed all the same. */
  readonly usage: LlmUsage;

  constructor(
    kind: LlmErrorKind,
    message: string,
    options: { cause?: unknown; status?: number; usage?: LlmUsage } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'LlmError';
    this.kind = kind;
    this.status = options.status;
    this.usage = options.usage ?? { promptTokens: 0, completionTokens: 0 };
  }
}

/** Maps whatever the SDK threw (after its own retries) to an LlmError. */
export function toLlmError(error: unknown, usage: LlmUsage, deadlineHit: boolean): LlmError {
  if (error instanceof LlmError) return error;
  const usageCopy = { ...usage };
  if (
    deadlineHit ||
    error instanceof OpenAI.APIConnectionTimeoutError ||
    error instanceof OpenAI.APIUserAbortError
  ) {
    return new LlmError('timeout', deadlineHit ? 'LLM turn deadline passed' : 'LLM request timed out', {
      cause: error,
      usage: usageCopy,
    });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new LlmError('unavailable', 'LLM endpoint unreachable', { cause: error, usage: usageCopy });
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status;
    if (status === 429) {
      return new LlmError('rate_limited', 'LLM rate limited after retries', {
        cause: error,
        status,
        usage: usageCopy,
      });
    }
    if (status !== undefined && status >= 500) {
      return new LlmError('upstream', `LLM endpoint failed (${status})`, {
        cause: error,
        status,
        usage: usageCopy,
      });
    }
    return new LlmError('config', `LLM request rejected (${status ?? 'no status'})`, {
      cause: error,
      status,
      usage: usageCopy,
    });
  }
  return new LlmError('upstream', 'LLM call failed', { cause: error, usage: usageCopy });
}
