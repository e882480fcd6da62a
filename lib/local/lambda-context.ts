// A Lambda-like invocation context, so handlers (and middy / Powertools) see what they see in AWS.
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

// biome-ignore lint/suspicious/noExplicitAny: the handler's event and result types vary per function.
export type LambdaHandler = (event: any, context: Context) => Promise<unknown> | unknown;

export interface LambdaContextOptions {
  functionName: string;
  /** @default 30_000 */
  timeoutMs?: number;
  /** @default 'us-east-1' */
  region?: string;
}

/** Builds a fresh context per invocation, with its own request id and deadline. */
export function createLambdaContext(options: LambdaContextOptions): Context {
  const region = options.region ?? process.env.AWS_REGION ?? 'us-east-1';
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const unsupported = () => {
    throw new Error('Legacy Lambda callbacks (done/fail/succeed) are not supported: return a promise');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: options.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${options.functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${options.functionName}`,
    logStreamName: `local/[$LATEST]${randomUUID().replaceAll('-', '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}
