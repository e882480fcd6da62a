// Through the real wire: the SDK's SendMessage request, captured by a local HTTP server on 127.0.0.1.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqsTurnQueue, sqsGroupId } from '../../../functions/services/sqs-turn-queue';

describe('createSqsTurnQueue', () => {
  const requests: { target: string | undefined; body: Record<string, string> }[] = [];
  let server: Server;
  let endpoint: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
        requests.push({ target: req.headers['x-amz-target'] as string | undefined, body });
        const md5 = createHash('md5')
          .update(body.MessageBody ?? '')
          .digest('hex');
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify({ MessageId: 'm-1', MD5OfMessageBody: md5, SequenceNumber: '1' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends a FIFO SendMessage: group = conversation, dedup = hash of the event id', async () => {
    const client = new SQSClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const queueUrl = `${endpoint}/000000000000/turns.fifo`;
    const queue = createSqsTurnQueue({ queueUrl, client });
    const body = JSON.stringify({ v: 1, message: { text: 'ñ 😀' } });
    await queue.enqueue('line:Ubot:U1', 'line:01HXYZ', body);

    expect(requests).toHaveLength(1);
    const sent = requests[0]!;
    expect(sent.target).toBe('AmazonSQS.SendMessage');
    expect(sent.body).toMatchObject({
      QueueUrl: queueUrl,
      MessageBody: body,
      MessageGroupId: 'line:Ubot:U1',
      MessageDeduplicationId: createHash('sha256').update('line:01HXYZ').digest('hex'),
    });
  });

  it('hashes group ids SQS would refuse (too long, spaces, non-ASCII), stably', () => {
    expect(sqsGroupId('whatsapp:555:34600111222')).toBe('whatsapp:555:34600111222');
    const odd = `line:_:${'ü'.repeat(200)}`;
    expect(sqsGroupId(odd)).toMatch(/^[0-9a-f]{64}$/);
    expect(sqsGroupId(odd)).toBe(sqsGroupId(odd));
    expect(sqsGroupId('a b')).not.toBe('a b');
  });
});
