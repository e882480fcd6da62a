// The SQS wire protocol (AWS JSON 1.0, as @aws-sdk/client-sqs speaks it) in front of local FIFO queues:
// `POST /` with `X-Amz-Target: AmazonSQS.<Operation>`. So ingest uses the ordinary SQSClient with
// AWS_ENDPOINT_URL_SQS and QUEUE_URL and never knows it runs locally. Signatures are not checked.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SQSMessageAttributes } from 'aws-lambda';
import { readBody } from './routes';
import { type FifoQueue, QueueError, type SendInput } from './sqs-fifo';

interface WireAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

const toRecordAttributes = (attrs: Record<string, WireAttribute> | undefined): SQSMessageAttributes =>
  Object.fromEntries(
    Object.entries(attrs ?? {}).map(([name, a]) => [
      name,
      {
        dataType: a.DataType,
        stringValue: a.StringValue,
        binaryValue: a.BinaryValue,
        stringListValues: [],
        binaryListValues: [],
      },
    ]),
  );

/** The queue URL clients use: `<endpoint>/<accountId>/<name>`. */
export const queueUrl = (endpoint: string, name: string, accountId = '000000000000'): string =>
  `${endpoint.replace(/\/$/, '')}/${accountId}/${name}`;

/** One SendMessage / SendMessageBatch entry as the queue takes it. */
const toSendInput = (entry: Record<string, unknown>): SendInput => ({
  body: String(entry.MessageBody ?? ''),
  groupId: String(entry.MessageGroupId ?? ''),
  deduplicationId: entry.MessageDeduplicationId as string | undefined,
  messageAttributes: toRecordAttributes(entry.MessageAttributes as Record<string, WireAttribute>),
});

function sendAmzJson(res: ServerResponse, status: number, output: unknown): void {
  const body = JSON.stringify(output);
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendAmzJson(res, status, { __type: `com.amazonaws.sqs#${code}`, message });
}

/**
 * Returns a route that serves SQS API calls for these queues; other requests fall through.
 * @example
 * const route = createSqsWireRoute([queue]);
 * if (await route(req, res)) return;
 */
export function createSqsWireRoute(queues: readonly FifoQueue[]) {
  const byName = new Map(queues.map((q) => [q.name, q]));
  const dlqs = new Map(queues.map((q) => [q.deadLetterName, q]));

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const target = req.headers['x-amz-target'];
    if (req.method !== 'POST' || typeof target !== 'string' || !target.startsWith('AmazonSQS.')) return false;
    const operation = target.slice('AmazonSQS.'.length);
    let input: Record<string, unknown>;
    try {
      input = JSON.parse((await readBody(req)).toString('utf8') || '{}');
    } catch {
      sendError(res, 400, 'InvalidParameterValue', 'Body is not JSON');
      return true;
    }
    const name = String(input.QueueUrl ?? input.QueueName ?? '')
      .split('/')
      .pop();
    const queue = name ? byName.get(name) : undefined;
    const dlqOf = name ? dlqs.get(name) : undefined;
    if (!queue && !dlqOf) {
      sendError(res, 400, 'QueueDoesNotExist', `The specified queue ${name ?? ''} does not exist.`);
      return true;
    }
    try {
      const output = dispatch(operation, input, queue, dlqOf, req);
      if (output === undefined) {
        sendError(
          res,
          400,
          'UnsupportedOperation',
          `${operation} is not supported by the local SQS emulator`,
        );
        return true;
      }
      sendAmzJson(res, 200, output);
    } catch (error) {
      if (error instanceof QueueError) sendError(res, 400, error.code, error.message);
      else sendError(res, 500, 'InternalError', error instanceof Error ? error.message : String(error));
    }
    return true;
  };
}

function dispatch(
  operation: string,
  input: Record<string, unknown>,
  queue: FifoQueue | undefined,
  dlqOf: FifoQueue | undefined,
  req: IncomingMessage,
): unknown {
  switch (operation) {
    case 'GetQueueUrl': {
      const host = req.headers.host ?? '127.0.0.1';
      return { QueueUrl: queueUrl(`http://${host}`, String(input.QueueName)) };
    }
    case 'GetQueueAttributes': {
      if (dlqOf) {
        return {
          Attributes: { ApproximateNumberOfMessages: String(dlqOf.deadLetters().length), FifoQueue: 'true' },
        };
      }
      const q = queue as FifoQueue;
      const stats = q.stats();
      return {
        Attributes: {
          QueueArn: q.arn,
          FifoQueue: 'true',
          ApproximateNumberOfMessages: String(stats.waiting),
          ApproximateNumberOfMessagesNotVisible: String(stats.inFlight),
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: q.arn.replace(q.name, q.deadLetterName) }),
        },
      };
    }
    case 'SendMessage': {
      if (!queue)
        throw new QueueError('InvalidParameterValue', 'Sending to the dead-letter queue is not supported');
      const sent = queue.send(toSendInput(input));
      return {
        MessageId: sent.messageId,
        MD5OfMessageBody: sent.md5OfBody,
        SequenceNumber: sent.sequenceNumber,
      };
    }
    case 'SendMessageBatch': {
      if (!queue)
        throw new QueueError('InvalidParameterValue', 'Sending to the dead-letter queue is not supported');
      const entries = (input.Entries ?? []) as Record<string, unknown>[];
      if (entries.length === 0 || entries.length > 10) {
        throw new QueueError('TooManyEntriesInBatchRequest', 'A batch holds 1 to 10 entries');
      }
      const Successful: unknown[] = [];
      const Failed: unknown[] = [];
      for (const entry of entries) {
        try {
          const sent = queue.send(toSendInput(entry));
          Successful.push({
            Id: entry.Id,
            MessageId: sent.messageId,
            MD5OfMessageBody: sent.md5OfBody,
            SequenceNumber: sent.sequenceNumber,
          });
        } catch (error) {
          if (!(error instanceof QueueError)) throw error;
          Failed.push({ Id: entry.Id, SenderFault: true, Code: error.code, Message: error.message });
        }
      }
      return { Successful, Failed };
    }
    default:
      return undefined;
  }
}
