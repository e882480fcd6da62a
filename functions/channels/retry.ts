// Errors and the retry loop every sender shares. A send is retried in-process only for what a platform
// says is temporary (429, 5xx, network); after a few attempts it throws a retryable ChannelSendError so
// the worker fails the SQS message and the queue's own redrive (then the DLQ) takes over. Anything else
// (a 4xx) is permanent: retrying would only burn quota, so it throws at once with retryable=false.
import type { ChannelName } from '../core/types';
import type { SendLogger } from './outbound-text';

export class ChannelSendError extends Error {
  readonly channel: ChannelName;
  /** True when the same send may succeed later (the worker should let SQS retry). */
  readonly retryable: boolean;
  /** HTTP status of the last failure, when there was one. */
  readonly status?: number;

  constructor(
    message: string,
    options: { channel: ChannelName; retryable: boolean; status?: number; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.name = 'ChannelSendError';
    this.channel = options.channel;
    this.retryable = options.retryable;
    if (options.status !== undefined) this.status = options.status;
  }
}

/**
 * WhatsApp only: the 24-hour customer-service window is closed and no approved template is configured.
 * Not retryable: the window only reopens when the shopper writes again.
 */
export class WindowClosedError extends ChannelSendError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { channel: 'whatsapp', retryable: false, ...options });
    this.name = 'WindowClosedError';
  }
}

/** A platform answered with a non-2xx status. Thrown by our own fetch wrappers before an SDK sees it. */
export class PlatformHttpError extends Error {
  readonly status: number;
  readonly retryAfterMs?: number;
  readonly body: string;

  constructor(status: number, body: string, retryAfterMs?: number, options: { cause?: unknown } = {}) {
    super(`HTTP ${status}: ${body.slice(0, 300)}`, options);
    this.name = 'PlatformHttpError';
    this.status = status;
    this.body = body;
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

/** What a sender makes of one failed attempt. */
export interface FailureInfo {
  retryable: boolean;
  status?: number;
  /** The platform's own wait hint, already in milliseconds. */
  retryAfterMs?: number;
}

export interface RetryOptions {
  channel: ChannelName;
  /** Total attempts including the first. @default 4 */
  attempts?: number;
  /** @default 400 */
  baseDelayMs?: number;
  /** Cap for one backoff wait. @default 8000 */
  maxDelayMs?: number;
  /**
   * A Retry-After longer than this is not waited out in-process (a Lambda bills while it sleeps):
   * the error goes to SQS as retryable instead. @default 30000
   */
  maxRetryAfterMs?: number;
  classify: (error: unknown) => FailureInfo;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Called before each wait, for the log. */
  onRetry?: (info: { attempt: number; waitMs: number; error: unknown; status?: number }) => void;
}

/** The retry knobs a sender takes from its caller (tests, the local stack); production passes none. */
export type SenderRetryOptions = Partial<
  Pick<RetryOptions, 'attempts' | 'baseDelayMs' | 'maxDelayMs' | 'sleep' | 'random'>
>;

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Parses an HTTP Retry-After value: delay-seconds or an HTTP date.
 * @example
 * parseRetryAfter('3') // 3000
 * parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.now())
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Classifies plain HTTP failures: 429, 5xx and network errors are temporary. */
export function classifyHttpStatus(status: number | undefined, retryAfterMs?: number): FailureInfo {
  if (status === undefined) return { retryable: true };
  const retryable = status === 429 || status >= 500;
  return retryAfterMs === undefined ? { retryable, status } : { retryable, status, retryAfterMs };
}

/**
 * Runs `operation`, retrying temporary failures with exponential backoff and full jitter, honouring the
 * platform's Retry-After. Throws ChannelSendError (with the last error as `cause`).
 * @example
 * const result = await withRetry(() => api.sendMessage(chatId, text), { channel: 'telegram', classify });
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const attempts = options.attempts ?? 4;
  const base = options.baseDelayMs ?? 400;
  const maxDelay = options.maxDelayMs ?? 8000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 30_000;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;

  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (error instanceof ChannelSendError) throw error;
      const info = options.classify(error);
      const label = info.status === undefined ? 'network error' : `HTTP ${info.status}`;
      if (!info.retryable) {
        throw new ChannelSendError(`${options.channel} send failed permanently (${label})`, {
          channel: options.channel,
          retryable: false,
          status: info.status,
          cause: error,
        });
      }
      const tooLong = info.retryAfterMs !== undefined && info.retryAfterMs > maxRetryAfter;
      if (attempt >= attempts || tooLong) {
        throw new ChannelSendError(
          `${options.channel} send failed after ${attempt} attempt(s) (${label})${tooLong ? ', Retry-After too long to wait in-process' : ''}`,
          { channel: options.channel, retryable: true, status: info.status, cause: error },
        );
      }
      const backoff = Math.min(maxDelay, base * 2 ** (attempt - 1));
      const jittered = Math.round(random() * backoff);
      // The platform's hint is a floor: waiting less only earns another 429.
      const waitMs = Math.max(jittered, info.retryAfterMs ?? 0);
      options.onRetry?.({ attempt, waitMs, error, status: info.status });
      await sleep(waitMs);
    }
  }
}

/**
 * The retry wrapper every sender builds once: its channel's classifier, the caller's knobs, and a warn line
 * per wait.
 * @example
 * const retry = createSenderRetry('line', classify, logger, options.retry);
 * await retry(() => client.pushMessage(request));
 */
export function createSenderRetry(
  channel: ChannelName,
  classify: RetryOptions['classify'],
  logger: SendLogger,
  knobs: SenderRetryOptions = {},
): <T>(operation: () => Promise<T>) => Promise<T> {
  return (operation) =>
    withRetry(operation, {
      channel,
      classify,
      ...knobs,
      onRetry: ({ attempt, waitMs, status }) =>
        logger.warn(`${channel} send retry`, { attempt, waitMs, status }),
    });
}

/**
 * How long one platform HTTP call may take. Well inside the worker's 60 s: with the retry loop's own total
 * budget (30 s) a hanging platform fails the record into SQS's retry instead of timing the Lambda out.
 */
export const PLATFORM_CALL_TIMEOUT_MS = 8_000;

export class PlatformTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} took longer than ${ms} ms`);
    this.name = 'PlatformTimeoutError';
  }
}

/**
 * `call`, or a PlatformTimeoutError after `ms` — for SDKs that take no abort signal (LINE's). The request
 * itself is left to finish or fail on its own; its answer is ignored.
 */
export function withTimeout<T>(call: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PlatformTimeoutError(what, ms)), ms);
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}
