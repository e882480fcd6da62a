// Where the import writes (lib/import/target.ts): to a DynamoDB on this machine it sends dummy credentials
// with a fixed, well-formed signature — never the developer's own AWS keys — and a real table is checked
// before any row is read.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportTargetError, openTarget } from '../../../lib/import/target';

describe('the import target on the loopback', () => {
  let server: Server;
  let endpoint: string;
  const seen: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    // Answers DescribeTable like DynamoDB: the table exists when it is called "crossdesk".
    server = createServer((req, res) => {
      seen.push(req.headers);
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        const { TableName } = JSON.parse(body) as { TableName: string };
        res.setHeader('content-type', 'application/x-amz-json-1.0');
        if (TableName !== 'crossdesk') {
          res.statusCode = 400;
          res.end(
            JSON.stringify({
              __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',
              message: 'Requested resource not found',
            }),
          );
          return;
        }
        res.end(JSON.stringify({ Table: { TableName, TableStatus: 'ACTIVE' } }));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const developerKeys = {
    AWS_ACCESS_KEY_ID: 'developers-own-access-key-id',
    AWS_SECRET_ACCESS_KEY: 'developers-own-secret',
  };

  it('signs with dummy credentials and a well-formed header, never the developer’s own keys', async () => {
    const target = await openTarget({ endpoint }, developerKeys);
    await target.close();
    const headers = seen.at(-1)!;
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=local\/\d{8}\/[^/]+\/dynamodb\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/,
    );
    expect(headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(JSON.stringify(headers)).not.toContain('developers-own-access-key-id');
    expect(target.description).toBe(`crossdesk at ${endpoint}`);
  });

  it('says which table is missing before reading a row', async () => {
    await expect(openTarget({ endpoint, table: 'orders-typo' }, developerKeys)).rejects.toThrow(
      new ImportTargetError(
        `Cannot use table orders-typo at ${endpoint}: no such table (deployed: the stack output names it; local: is this the right --endpoint?)`,
      ),
    );
  });
});
