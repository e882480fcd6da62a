// Counting stand-ins for the cost benchmark: stores that tally DynamoDB request units, a logger that
// tallies log bytes, and API Gateway v2 and SQS event builders. (Platform calls are counted at the fakes:
// platforms.ts.)
import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, SQSEvent } from 'aws-lambda';
import type { Stores } from '../../functions/stores/memory';

export interface Tally {
  readUnits: number;
  writeUnits: number;
  dynamoCalls: number;
}

const WRITE = /^(put|save|append|claim|record|release|create)/;
const READ = /^(get|list|orders|shipments|cases)/;
/** Reads the DynamoDB adapters make with ConsistentRead (1 unit per 4 KB); the rest cost half. */
const CONSISTENT = new Set(['conversations.get', 'cases.getCase', 'messages.list']);
/** Writes that also write a GSI projection (cases are indexed by order): twice the units. */
const INDEXED_WRITES = new Set(['cases.putCase', 'cases.createCase']);
export const size = (value: unknown): number =>
  Buffer.byteLength(JSON.stringify(value ?? null) ?? '', 'utf8');

/** Wraps every store so each call is counted in request units sized from the JSON it writes or reads. */
export function countingStores(stores: Stores, tally: Tally): Stores {
  const wrap = <S extends object>(name: string, store: S): S =>
    new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function' || typeof key !== 'string') return value;
        const op = `${name}.${key}`;
        return async (...args: unknown[]) => {
          const result = await value.apply(target, args);
          tally.dynamoCalls += 1;
          if (WRITE.test(key)) {
            const units = Math.max(1, Math.ceil(size(args[0]) / 1024));
            tally.writeUnits += INDEXED_WRITES.has(op) ? units * 2 : units;
          } else if (READ.test(key)) {
            const units = Math.max(1, Math.ceil(size(result) / 4096));
            tally.readUnits += CONSISTENT.has(op) ? units : units / 2;
          }
          return result;
        };
      },
    });
  return {
    claims: wrap('claims', stores.claims),
    messages: wrap('messages', stores.messages),
    conversations: wrap('conversations', stores.conversations),
    orders: wrap('orders', stores.orders),
    statuses: wrap('statuses', stores.statuses),
    cases: wrap('cases', stores.cases),
    translations: wrap('translations', stores.translations),
    customerConversations: wrap('customerConversations', stores.customerConversations),
    counters: wrap('counters', stores.counters),
  };
}

/** Counts the bytes of a JSON log line roughly as Powertools prints it (plus its standard keys). */
export function logLine(counter: { bytes: number }, level: string) {
  return (message: string, ...extra: unknown[]) => {
    counter.bytes += size({ level, message, extra, timestamp: new Date().toISOString() }) + 120;
  };
}

/** A Powertools-shaped logger that keeps only the byte count of the lines it would print. */
export function countingLogger(counter: { bytes: number }): Logger {
  return {
    debug: () => {},
    info: logLine(counter, 'INFO'),
    warn: logLine(counter, 'WARN'),
    error: logLine(counter, 'ERROR'),
    appendKeys: () => {},
    removeKeys: () => {},
  } as unknown as Logger;
}

export function apiEvent(method: string, path: string, body: string, headers: Record<string, string>) {
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers,
    body,
    isBase64Encoded: false,
    requestContext: { http: { method, path } },
  } as unknown as APIGatewayProxyEventV2;
}

/** The SQS event the worker's event source mapping would deliver for one queued message. */
export function sqsEvent(
  index: number,
  message: { groupId: string; dedupId: string; body: string },
): SQSEvent {
  return {
    Records: [
      {
        messageId: `m-${index}`,
        receiptHandle: `r-${index}`,
        body: message.body,
        attributes: { MessageGroupId: message.groupId, MessageDeduplicationId: message.dedupId },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:turns.fifo',
        awsRegion: 'us-east-1',
      },
    ],
  } as unknown as SQSEvent;
}
