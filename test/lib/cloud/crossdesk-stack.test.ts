import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { MerchantConfigError } from '../../../functions/core/merchant-config';
import { TRACKING_SOURCES } from '../../../functions/services/tracking/index';
import { keys } from '../../../functions/stores/keys';
import { PROJECT_ROOT } from '../../../lib/cloud/bundling';
import { CrossdeskStack, type CrossdeskStackProps } from '../../../lib/cloud/crossdesk-stack';
import { readMerchantConfigFile } from '../../../lib/cloud/merchant-config-file';
import { type Fn, SERVICES, type StackView, stackView } from './stack-view';

type Resources = Record<
  string,
  { Type: string; Properties: Record<string, unknown> } & Record<string, unknown>
>;

// Unit tests synthesize without esbuild (CDK's own "bundle no stack" context); the bin/app.ts test at the
// end synthesizes the real app with real bundling.
function synth(
  props: Partial<CrossdeskStackProps> = {},
  withNag = false,
): { app: App; stack: CrossdeskStack } {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new CrossdeskStack(app, 'Test', { config: readMerchantConfigFile(), ...props });
  if (withNag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

const COMMON_ACTIONS = [
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'xray:PutTelemetryRecords',
  'xray:PutTraceSegments',
];
const SECRET_READ = ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'];
// No Batch*, Scan or transactions: no store uses them (bind.ts TABLE_ACCESS).
const TABLE_RW = [
  'dynamodb:DeleteItem',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:UpdateItem',
];
const SQS_CONSUME = [
  'sqs:ChangeMessageVisibility',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'sqs:GetQueueUrl',
  'sqs:ReceiveMessage',
];

/** What each function may do, and nothing else (the spec of least privilege for this stack). */
const EXPECTED_ACTIONS: Record<Fn, string[]> = {
  ingest: ['dynamodb:DeleteItem', 'dynamodb:PutItem', 'sqs:SendMessage', ...SECRET_READ],
  // TranslateText: agents read and write in their own language (bindTranslator). No SES here: the default
  // synth configures no agent e-mails (agent-access.test.ts covers the configured case).
  worker: [
    ...TABLE_RW,
    'dynamodb:BatchWriteItem',
    ...SECRET_READ,
    's3:GetObject',
    's3:PutObject',
    ...SQS_CONSUME,
    'translate:TranslateText',
  ],
  // No UpdateItem: the agent API gets, saves and appends (by key prefix); erases a shopper's own items and
  // media (DeleteItem by prefix, s3:DeleteObject), finds an e-mail's orders (Scan), records insight events.
  agentApi: [
    'dynamodb:BatchWriteItem',
    'dynamodb:DeleteItem',
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'dynamodb:Query',
    'dynamodb:Scan',
    ...SECRET_READ,
    's3:DeleteObject',
    's3:GetObject',
    'translate:TranslateText',
  ],
  // GSI1 queries only, and no secret at all.
  delayScan: ['dynamodb:Query', 'sqs:SendMessage'],
  // GetItem + PutItem (shipments and claims), DeleteItem on claim items only.
  tracking: [
    'dynamodb:DeleteItem',
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'sqs:SendMessage',
    ...SECRET_READ,
  ],
};

describe('CrossdeskStack', () => {
  let template: Template;
  let resources: Resources;
  const config = readMerchantConfigFile();

  let view: StackView;
  const ofType = (type: string) => view.ofType(type);
  const functionId = (fn: Fn) => view.functionId(fn);
  const fnProps = (fn: Fn) => view.fnProps(fn);
  const env = (fn: Fn) => view.env(fn);
  const statements = (fn: Fn) => view.statements(fn);
  const actions = (fn: Fn): string[] =>
    [...new Set(statements(fn).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])))].sort();
  const logicalIdOf = (type: string, predicate: (props: Record<string, unknown>) => boolean): string => {
    const found = ofType(type).find(([, r]) => predicate(r.Properties ?? {}));
    if (!found) throw new Error(`no ${type} matched`);
    return found[0];
  };

  beforeAll(() => {
    template = Template.fromStack(synth({ alarmEmail: 'ops@example.com' }).stack);
    resources = template.toJSON().Resources as Resources;
    view = stackView(resources as never);
  });

  describe('functions', () => {
    it.each(Object.keys(SERVICES) as Fn[])('%s: Node 24 on arm64, JSON logs, tracing, house env', (fn) => {
      const props = fnProps(fn);
      expect(props.Runtime).toBe('nodejs24.x');
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.TracingConfig).toEqual({ Mode: 'Active' });
      expect(props.LoggingConfig).toMatchObject({ LogFormat: 'JSON', ApplicationLogLevel: 'INFO' });
      expect(props.Handler).toBe('index.handler');
      expect(env(fn)).toMatchObject({
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: SERVICES[fn],
        LOG_LEVEL: 'INFO',
      });
      // The stack hands over the validated config, defaults filled; the merchant's content (FAQ answers,
      // message overrides) outgrows the 4 KB environment and is baked into the worker's bundle instead.
      expect(JSON.parse(env(fn).MERCHANT_CONFIG as string)).toEqual({ ...config, faq: {}, messages: {} });
      const logGroupId = (props.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(resources[logGroupId]?.Properties.RetentionInDays).toBe(30);
    });

    it('gives each function only the resource names it may use', () => {
      expect(Object.keys(env('ingest'))).toEqual(
        expect.arrayContaining(['TABLE_NAME', 'QUEUE_URL', 'SECRET_IDS']),
      );
      expect(env('ingest')).not.toHaveProperty('MEDIA_BUCKET');
      expect(env('worker')).toHaveProperty('MEDIA_BUCKET');
      expect(env('worker')).not.toHaveProperty('QUEUE_URL');
      expect(env('delayScan')).toHaveProperty('QUEUE_URL');
      expect(env('delayScan')).not.toHaveProperty('SECRET_IDS');
      for (const fn of Object.keys(SERVICES) as Fn[]) expect(env(fn)).not.toHaveProperty('SECRETS_NAME');
      // Ingest: the verification secrets only; the senders: the tokens only (aws-edge.test.ts, "secrets").
      expect(JSON.parse(env('ingest').SECRET_IDS as string)).toEqual({
        'whatsapp-webhook': 'crossdesk/whatsapp-webhook',
        'line-webhook': 'crossdesk/line-webhook',
        'telegram-webhook': 'crossdesk/telegram-webhook',
      });
      expect(JSON.parse(env('agentApi').SECRET_IDS as string)).toEqual({
        whatsapp: 'crossdesk/whatsapp',
        line: 'crossdesk/line',
        telegram: 'crossdesk/telegram',
        agents: 'crossdesk/agents',
      });
      expect(env('agentApi').MEDIA_BUCKET).toEqual(env('worker').MEDIA_BUCKET);
      expect(env('delayScan')).not.toHaveProperty('MEDIA_BUCKET');
      expect(Object.keys(env('tracking'))).toEqual(
        expect.arrayContaining(['TABLE_NAME', 'QUEUE_URL', 'SECRET_IDS']),
      );
      expect(env('tracking')).not.toHaveProperty('MEDIA_BUCKET');
      expect(env('tracking')).not.toHaveProperty('TRANSLATOR');
    });

    it('roles carry no managed policies (no AWSLambdaBasicExecutionRole)', () => {
      for (const [, role] of ofType('AWS::IAM::Role'))
        expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    });
  });

  describe('least privilege', () => {
    it.each(Object.keys(SERVICES) as Fn[])('%s gets exactly the actions it needs', (fn) => {
      expect(actions(fn)).toEqual([...COMMON_ACTIONS, ...EXPECTED_ACTIONS[fn]].sort());
    });

    it('ingest can only put items, release claims, send messages and read the secret', () => {
      const granted = actions('ingest');
      for (const denied of [
        'dynamodb:Query',
        'dynamodb:Scan',
        'dynamodb:BatchWriteItem',
        'dynamodb:GetItem',
        'dynamodb:UpdateItem',
        'sqs:ReceiveMessage',
        'sqs:DeleteMessage',
        's3:PutObject',
        's3:GetObject',
      ]) {
        expect(granted).not.toContain(denied);
      }
      const tableArn = { 'Fn::GetAtt': [logicalIdOf('AWS::DynamoDB::Table', () => true), 'Arn'] };
      const dynamo = statements('ingest').filter((s) => JSON.stringify(s.Action).includes('dynamodb:'));
      // PutItem on claims and conversation partitions (message log, statuses) only…
      const put = dynamo.find((s) => s.Action === 'dynamodb:PutItem');
      expect(put).toEqual({
        Effect: 'Allow',
        Action: 'dynamodb:PutItem',
        Resource: tableArn,
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EVENT#*', 'CONV#*'] } },
      });
      // …and DeleteItem only on claim items (PK EVENT#…), in a statement of its own.
      const deletes = dynamo.filter((s) => JSON.stringify(s.Action).includes('dynamodb:DeleteItem'));
      expect(deletes).toEqual([
        {
          Effect: 'Allow',
          Action: 'dynamodb:DeleteItem',
          Resource: tableArn,
          Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EVENT#*'] } },
        },
      ]);
      expect(dynamo).toHaveLength(2);
    });

    it('tracking can only get and put items, release claims, send messages and read the secret', () => {
      for (const denied of [
        'dynamodb:Query',
        'dynamodb:Scan',
        'dynamodb:BatchGetItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:UpdateItem',
        'sqs:ReceiveMessage',
        's3:GetObject',
        'translate:TranslateText',
      ]) {
        expect(actions('tracking')).not.toContain(denied);
      }
      const tableArn = { 'Fn::GetAtt': [logicalIdOf('AWS::DynamoDB::Table', () => true), 'Arn'] };
      const dynamo = statements('tracking').filter((s) => JSON.stringify(s.Action).includes('dynamodb:'));
      const leading = (...prefixes: string[]) => ({
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': prefixes },
      });
      expect(dynamo).toEqual([
        { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: tableArn, Condition: leading('SHIPMENT#*') },
        {
          Effect: 'Allow',
          Action: 'dynamodb:PutItem',
          Resource: tableArn,
          Condition: leading('EVENT#*', 'SHIPMENT#*'),
        },
        {
          Effect: 'Allow',
          Action: 'dynamodb:DeleteItem',
          Resource: tableArn,
          Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EVENT#*'] } },
        },
      ]);
    });

    it('the claim-release condition (EVENT#*) matches claim keys and no other item kind', () => {
      expect(keys.claim('whatsapp:wamid.1').PK.startsWith('EVENT#')).toBe(true);
      for (const other of [
        keys.conversation('telegram:1:42'),
        keys.message('telegram:1:42', '2026-01-01T00:00:00Z', 'e1'),
        keys.status('telegram:1:42', '2026-01-01T00:00:00Z', 'wamid', 'read'),
        keys.order('48213'),
        keys.orderByCustomer('48213'),
        keys.shipment('1Z999'),
        keys.shipmentWatch('1Z999'),
        keys.product('tee'),
        keys.supportCase('RMA-48213-1'),
        keys.seedMarker('1'),
      ]) {
        expect(other.PK.startsWith('EVENT#')).toBe(false);
      }
    });

    it("the agent API may read media objects and erase them (a shopper's erasure), never write or list", () => {
      const bucketId = logicalIdOf('AWS::S3::Bucket', (p) => p.LoggingConfiguration !== undefined);
      const s3 = statements('agentApi').filter((s) => JSON.stringify(s.Action).includes('s3:'));
      expect(s3).toEqual([
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:DeleteObject'],
          Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/*']] },
        },
      ]);
      for (const denied of ['s3:PutObject', 's3:ListBucket', 's3:GetObjectAcl'])
        expect(actions('agentApi')).not.toContain(denied);
      // The worker writes what the agent API reads: the same bucket.
      const worker = statements('worker').find((s) => JSON.stringify(s.Action).includes('s3:PutObject'));
      expect(worker?.Resource).toEqual(s3[0]?.Resource);
    });

    it('the worker may delete claim items only (it releases its reply claims)', () => {
      const deletes = statements('worker').filter((s) =>
        JSON.stringify(s.Action).includes('dynamodb:DeleteItem'),
      );
      expect(deletes).toHaveLength(1);
      expect(deletes[0]?.Action).toBe('dynamodb:DeleteItem');
      expect(deletes[0]?.Condition).toEqual({
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EVENT#*'] },
      });
    });

    it('only the agent API may scan or delete objects (erasure); none sends e-mail or touches KMS/IAM; only TranslateText', () => {
      for (const fn of Object.keys(SERVICES) as Fn[]) {
        const granted = actions(fn).filter((a) => fn !== 'agentApi' || !/Scan$|DeleteObject/.test(a));
        expect(granted.filter((a) => /^(kms|iam|ses):|Scan$|DeleteObject|ListBucket|\*/.test(a))).toEqual([]);
        expect(granted.filter((a) => a.startsWith('translate:') && a !== 'translate:TranslateText')).toEqual(
          [],
        );
      }
      // The delay scan reads and enqueues; writing is the worker's job.
      expect(
        actions('delayScan').filter((a) => /^dynamodb:.*(Put|Update|Delete|Write)|Receive/.test(a)),
      ).toEqual([]);
    });

    it('only X-Ray and TranslateText use a "*" resource; GSI queries are scoped to GSI1', () => {
      for (const fn of Object.keys(SERVICES) as Fn[]) {
        const star = statements(fn).filter((s) => s.Resource === '*');
        // TranslateText has no resource-level permission for plain text (see bindTranslator).
        const translates = fn === 'worker' || fn === 'agentApi' ? ['translate:TranslateText'] : [];
        expect(star.flatMap((s) => s.Action).sort()).toEqual(
          [...translates, 'xray:PutTelemetryRecords', 'xray:PutTraceSegments'].sort(),
        );
        const indexResources = JSON.stringify(statements(fn).map((s) => s.Resource));
        expect(indexResources).not.toContain('/index/*');
        // Ingest and tracking address items by key only: no index at all.
        if (fn !== 'ingest' && fn !== 'tracking') expect(indexResources).toContain('/index/GSI1');
        else expect(indexResources).not.toContain('/index/');
      }
    });

    it('the secrets are referenced by name with the Secrets Manager suffix wildcard', () => {
      const secretResources = (fn: Fn) =>
        JSON.stringify(
          statements(fn)
            .filter((s) => JSON.stringify(s.Action).includes('GetSecretValue'))
            .map((s) => s.Resource),
        );
      const worker = secretResources('worker');
      for (const group of ['whatsapp', 'line', 'telegram', 'llm', 'agents', 'notifiers'])
        expect(worker).toContain(`:secret:crossdesk/${group}-??????`);
      expect(worker).not.toContain('crossdesk/tracking');
      expect(worker).not.toContain('-webhook-');
      // Ingest: each platform's verification secret, never the sending one beside it.
      const ingest = secretResources('ingest');
      for (const platform of ['whatsapp', 'line', 'telegram']) {
        expect(ingest).toContain(`:secret:crossdesk/${platform}-webhook-??????`);
        expect(ingest).not.toContain(`:secret:crossdesk/${platform}-??????`);
      }
    });
  });

  describe('queue', () => {
    const queueId = () => logicalIdOf('AWS::SQS::Queue', (p) => p.RedrivePolicy !== undefined);
    const dlqId = () => logicalIdOf('AWS::SQS::Queue', (p) => p.RedrivePolicy === undefined);

    it('is FIFO with caller-supplied dedupe ids, SSE, and a FIFO DLQ after 5 receives', () => {
      const queue = resources[queueId()]!.Properties;
      expect(queue).toMatchObject({
        FifoQueue: true,
        ContentBasedDeduplication: false,
        SqsManagedSseEnabled: true,
      });
      expect(queue.RedrivePolicy).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [dlqId(), 'Arn'] },
        maxReceiveCount: 5,
      });
      expect(resources[dlqId()]!.Properties).toMatchObject({ FifoQueue: true, SqsManagedSseEnabled: true });
    });

    it('has a visibility timeout of at least six times the worker timeout', () => {
      const visibility = resources[queueId()]!.Properties.VisibilityTimeout as number;
      expect(visibility).toBeGreaterThanOrEqual(6 * (fnProps('worker').Timeout as number));
    });

    it('enforces TLS on both queues', () => {
      const policies = ofType('AWS::SQS::QueuePolicy').map(([, p]) => JSON.stringify(p.Properties));
      for (const id of [queueId(), dlqId()]) {
        const policy = policies.find((p) => p.includes(`"Ref":"${id}"`));
        expect(policy).toContain('"aws:SecureTransport":"false"');
      }
    });

    it('feeds the worker with partial batch failures', () => {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: functionId('worker') },
        EventSourceArn: { 'Fn::GetAtt': [queueId(), 'Arn'] },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
    });

    it('alarms as soon as one message is in the DLQ and e-mails the alarm address', () => {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlqId(), 'QueueName'] } }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: logicalIdOf('AWS::SNS::Topic', () => true) }],
      });
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: 'ops@example.com',
      });
    });
  });

  it('has one retained, PITR, TTL, on-demand table with PK/SK and GSI1', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [
          { AttributeName: 'PK', KeyType: 'HASH' },
          { AttributeName: 'SK', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        GlobalSecondaryIndexes: [
          Match.objectLike({
            IndexName: 'GSI1',
            KeySchema: [
              { AttributeName: 'GSI1PK', KeyType: 'HASH' },
              { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
            ],
          }),
        ],
      },
    });
  });

  it('keeps media private, encrypted, expiring and access-logged', () => {
    const logBucketId = logicalIdOf('AWS::S3::Bucket', (p) => p.LoggingConfiguration === undefined);
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.objectLike({}),
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 90 })]) },
      LoggingConfiguration: { DestinationBucketName: { Ref: logBucketId } },
    });
  });

  it('routes webhooks to ingest, tracking updates to tracking, and the agent, console and video routes to agent-api', () => {
    const integrationFor = (fn: Fn) =>
      logicalIdOf('AWS::ApiGatewayV2::Integration', (p) =>
        JSON.stringify(p.IntegrationUri).includes(functionId(fn)),
      );
    const routes = Object.fromEntries(
      ofType('AWS::ApiGatewayV2::Route').map(([, r]) => [r.Properties.RouteKey, r.Properties]),
    );
    expect(Object.keys(routes).sort()).toEqual([
      'ANY /agent/{proxy+}',
      'GET /console',
      'GET /console/{proxy+}',
      'GET /insights',
      'GET /video/{token}',
      'GET /webhooks/whatsapp',
      'POST /tracking/17track',
      'POST /tracking/aftership',
      'POST /tracking/events',
      'POST /webhooks/{channel}',
    ]);
    for (const key of ['POST /webhooks/{channel}', 'GET /webhooks/whatsapp']) {
      expect(routes[key]).toMatchObject({ AuthorizationType: 'NONE' });
      expect(JSON.stringify(routes[key]?.Target)).toContain(integrationFor('ingest'));
    }
    // One route per sender the tracking function knows, public and signature-verified like the webhooks.
    expect(TRACKING_SOURCES.map((source) => `POST /tracking/${source}`).sort()).toEqual(
      Object.keys(routes)
        .filter((key) => key.startsWith('POST /tracking/'))
        .sort(),
    );
    for (const source of TRACKING_SOURCES) {
      const route = routes[`POST /tracking/${source}`];
      expect(route).toMatchObject({ AuthorizationType: 'NONE' });
      expect(JSON.stringify(route?.Target)).toContain(integrationFor('tracking'));
    }
    // The authorizer itself is asserted in agent-access.test.ts.
    expect(routes['ANY /agent/{proxy+}']).toMatchObject({ AuthorizationType: 'JWT' });
    for (const key of ['ANY /agent/{proxy+}', 'GET /console', 'GET /console/{proxy+}', 'GET /video/{token}'])
      expect(JSON.stringify(routes[key]?.Target)).toContain(integrationFor('agentApi'));
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: Match.objectLike({ Format: Match.stringLikeRegexp('requestId') }),
    });
  });

  it('runs the delay scan every 30 minutes', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(30 minutes)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionId('delayScan'), 'Arn'] } })],
    });
  });

  it('builds the finished days’ insights summaries every hour, on the agent API (which holds the insights grants)', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 hour)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionId('agentApi'), 'Arn'] } })],
    });
  });

  it('outputs the API, webhook URLs, table and queue', () => {
    const outputs = Object.keys(template.toJSON().Outputs as object);
    for (const name of [
      'ApiUrl',
      'WebhookUrlWhatsapp',
      'WebhookUrlLine',
      'WebhookUrlTelegram',
      'TableName',
      'QueueUrl',
      'ConsoleUrl',
      'AgentUserPoolId',
      'AgentSignInDomain',
    ]) {
      expect(outputs).toContain(name);
    }
    template.hasOutput('WebhookUrlLine', {
      Value: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('/webhooks/line$')])] },
    });
  });

  it('follows the config: disabled channels get no webhook output, a custom secret name is used', () => {
    const input = { ...readMerchantConfigFile(), channels: { whatsapp: true, line: true, telegram: false } };
    const other = Template.fromStack(synth({ config: input, secretPrefix: 'acme/crossdesk' }).stack);
    const outputs = Object.keys(other.toJSON().Outputs as object);
    expect(outputs).toContain('WebhookUrlLine');
    expect(outputs).not.toContain('WebhookUrlTelegram');
    // No alarm e-mail: the topic exists (the alarms need an action), without a subscription.
    other.resourceCountIs('AWS::SNS::Topic', 1);
    other.resourceCountIs('AWS::SNS::Subscription', 0);
    const json = JSON.stringify(other.toJSON());
    expect(json).toContain(':secret:acme/crossdesk/whatsapp-??????');
    expect(json).toContain(':secret:acme/crossdesk/whatsapp-webhook-??????');
    expect(json).not.toContain('crossdesk/channels');
    // A disabled channel's secrets (both halves) are read by no function.
    expect(json).not.toContain('acme/crossdesk/telegram');
  });

  it('rejects an invalid merchant config at synth time', () => {
    expect(() => synth({ config: { brandName: '', languages: ['xx'] } as never })).toThrow(
      MerchantConfigError,
    );
  });

  describe('cdk-nag AwsSolutions', () => {
    it.each([
      ['without alarm e-mail', {}],
      ['with alarm e-mail', { alarmEmail: 'ops@example.com' }],
    ])('finds nothing unacknowledged (%s)', (_label, props) => {
      const { app } = synth(props, true);
      expect(() => app.synth()).not.toThrow();
    });

    it('does fail synth on an unacknowledged finding (the check is live)', () => {
      const { app, stack } = synth({}, true);
      new Bucket(stack, 'Unchecked');
      expect(() => app.synth()).toThrow(/AwsSolutions-S1\b/);
    });
  });
});

describe('bin/app.ts (real esbuild bundling + cdk-nag)', () => {
  it('synthesizes with no validation failure and bundles every handler as ESM', async () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'crossdesk-synth-'));
    try {
      await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bin/app.ts'], {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          CDK_OUTDIR: outdir,
          CDK_DISABLE_VERSION_CHECK: '1',
          AWS_EC2_METADATA_DISABLED: 'true',
        },
        timeout: 120_000,
      });
      expect(existsSync(path.join(outdir, 'Crossdesk.template.json'))).toBe(true);
      const report = path.join(outdir, 'validation-report.json');
      if (existsSync(report)) {
        const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
          pluginReports: { violations: unknown[] }[];
        };
        expect(parsed.pluginReports.flatMap((p) => p.violations)).toEqual([]);
      }
      const assets = readdirSync(outdir).filter((name) => name.startsWith('asset.'));
      expect(assets).toHaveLength(Object.keys(SERVICES).length);
      const faqText = readMerchantConfigFile().faq.payment_methods;
      const faqSnippet = (typeof faqText === 'string' ? faqText : (faqText?.text ?? '')).slice(0, 30);
      let baked = 0;
      for (const asset of assets) {
        const bundle = readFileSync(path.join(outdir, asset, 'index.mjs'), 'utf8');
        // Only the worker carries the FAQ (as a build-time constant): the other bundles stay small.
        if (faqSnippet && bundle.includes(JSON.stringify(faqSnippet).slice(1, -1))) baked += 1;
        expect(bundle.startsWith("import{createRequire as __crossdeskCreateRequire}from'node:module'")).toBe(
          true,
        );
        expect(existsSync(path.join(outdir, asset, 'index.mjs.map'))).toBe(true);
      }
      expect(baked).toBe(1);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 120_000);
});
