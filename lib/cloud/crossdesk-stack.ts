// The AWS deployment: HTTP API → ingest → SQS FIFO → worker, the agent API, the scheduled delay scan,
// one DynamoDB table, the media bucket, and the channel secrets referenced by name. Points at
// functions/handlers by path only; the runtime modules it imports are pure: the merchant-config parser and
// the claim key prefix (so the ingest DeleteItem grant cannot drift from the key shape).
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import {
  type MerchantConfig,
  type MerchantConfigInput,
  parseMerchantConfig,
} from '../../functions/core/merchant-config';
import { CHANNELS } from '../../functions/core/types';
import { bindMediaBucket, bindQueueSender, bindSecret, bindTable } from './bind';
import { CrossdeskFunction } from './crossdesk-function';
import { MediaBucket } from './media-bucket';
import { WorkQueue } from './work-queue';

export const DEFAULT_SECRET_NAME = 'crossdesk/channels';
export const GSI1 = 'GSI1';
// Lambda allows 4 KB of environment in total; leave room for the other variables.
const MAX_MERCHANT_CONFIG_BYTES = 3_000;

/**
 * The config every function reads from its environment: everything but the merchant's content (FAQ
 * answers and message overrides), which only the worker uses and which outgrows 4 KB; the worker gets
 * the whole config baked into its bundle instead.
 */
function compactConfig(config: MerchantConfig): MerchantConfig {
  return { ...config, faq: {}, messages: {} };
}

export interface CrossdeskStackProps extends StackProps {
  /** The merchant settings (`crossdesk.config.json`); validated here, defaults filled. */
  readonly config: MerchantConfigInput;
  /** Secrets Manager secret (one JSON object of the channel secrets), referenced by name. @default 'crossdesk/channels' */
  readonly secretName?: string;
  /** E-mail notified when a message reaches the dead-letter queue. @default - alarm only, no notification */
  readonly alarmEmail?: string;
}

/**
 * @example
 * new CrossdeskStack(app, 'Crossdesk', { config: readMerchantConfigFile() });
 */
export class CrossdeskStack extends Stack {
  readonly table: Table;
  readonly workQueue: WorkQueue;
  readonly api: HttpApi;
  readonly functions: Readonly<Record<'ingest' | 'worker' | 'agentApi' | 'delayScan', CrossdeskFunction>>;

  constructor(scope: Construct, id: string, props: CrossdeskStackProps) {
    super(scope, id, props);
    const config = parseMerchantConfig(props.config);
    const merchantConfigJson = JSON.stringify(compactConfig(config));
    if (Buffer.byteLength(merchantConfigJson) > MAX_MERCHANT_CONFIG_BYTES) {
      throw new Error(
        `crossdesk.config.json without faq/messages is ${Buffer.byteLength(merchantConfigJson)} bytes as JSON; Lambda environments hold 4 KB, keep it under ${MAX_MERCHANT_CONFIG_BYTES}`,
      );
    }
    const bakedConfig = { CROSSDESK_MERCHANT_CONFIG: JSON.stringify(JSON.stringify(config)) };
    const secretName = props.secretName ?? DEFAULT_SECRET_NAME;
    const environment = { MERCHANT_CONFIG: merchantConfigJson };

    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'PK', type: AttributeType.STRING },
      sortKey: { name: 'SK', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'ttl',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Orders by phone / by customer: GSI1PK = PHONE#… or CUSTOMER#…, GSI1SK orders them by date.
    this.table.addGlobalSecondaryIndex({
      indexName: GSI1,
      partitionKey: { name: 'GSI1PK', type: AttributeType.STRING },
      sortKey: { name: 'GSI1SK', type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });

    const secret = Secret.fromSecretNameV2(this, 'ChannelSecrets', secretName);
    const media = new MediaBucket(this, 'Media');

    const ingest = new CrossdeskFunction(this, 'Ingest', {
      handlerName: 'ingest',
      serviceName: 'crossdesk-ingest',
      description: 'Crossdesk ingest: verify, parse, dedupe, persist and enqueue platform webhooks',
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment,
    });
    const workerTimeout = Duration.seconds(60);
    const worker = new CrossdeskFunction(this, 'Worker', {
      handlerName: 'worker',
      serviceName: 'crossdesk-worker',
      description: 'Crossdesk worker: one conversation turn per queued message',
      // The offline intent model and an LLM round trip live here: more memory buys more CPU.
      memorySize: 1024,
      timeout: workerTimeout,
      environment,
      define: bakedConfig,
    });
    const agentApi = new CrossdeskFunction(this, 'AgentApi', {
      handlerName: 'agentApi',
      serviceName: 'crossdesk-agent-api',
      description: 'Crossdesk agent API: transcripts, shopper media, replies and hand-back for human agents',
      memorySize: 512,
      timeout: Duration.seconds(15),
      environment,
    });
    const delayScan = new CrossdeskFunction(this, 'DelayScan', {
      handlerName: 'delayScan',
      serviceName: 'crossdesk-delay-scan',
      description: 'Crossdesk delay scan: finds late or silent shipments and queues a proactive message',
      memorySize: 512,
      timeout: Duration.minutes(2),
      environment,
    });
    this.functions = { ingest, worker, agentApi, delayScan };

    this.workQueue = new WorkQueue(this, 'Work', {
      consumerTimeout: workerTimeout,
      maxReceiveCount: 5,
      ...(props.alarmEmail ? { alarmEmail: props.alarmEmail } : {}),
    });
    const queue = this.workQueue.queue;

    // Least privilege, one line per right (tests assert both what is granted and what is not).
    bindTable(ingest, this.table, 'put');
    bindQueueSender(ingest, queue);
    bindSecret(ingest, secret, secretName);

    bindTable(worker, this.table, 'readWrite', { queryIndexes: [GSI1] });
    bindSecret(worker, secret, secretName);
    bindMediaBucket(worker, media.bucket, 'readWrite');
    worker.addEventSource(new SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true }));
    // Object ARNs are `<bucket>/*` by nature; the actions are only GetObject and PutObject.
    Validations.of(worker.serviceRole.node.findChild('DefaultPolicy')).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(media.bucket.node.defaultChild as CfnBucket)}.Arn>/*]`,
      reason: 'The worker copies inbound media: s3:GetObject/PutObject on objects of the media bucket only.',
    });

    bindTable(agentApi, this.table, 'readWrite', { queryIndexes: [GSI1] });
    bindSecret(agentApi, secret, secretName);
    bindMediaBucket(agentApi, media.bucket, 'read');
    Validations.of(agentApi.serviceRole.node.findChild('DefaultPolicy')).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(media.bucket.node.defaultChild as CfnBucket)}.Arn>/*]`,
      reason:
        "Agents view shoppers' photos: s3:GetObject only (no put, list or delete) on objects of the media bucket; the handler serves a key only through its own conversation.",
    });

    bindTable(delayScan, this.table, 'read', { queryIndexes: [GSI1] });
    bindQueueSender(delayScan, queue);

    new Rule(this, 'DelayScanSchedule', {
      description: 'Run the Crossdesk shipment delay scan every 30 minutes',
      schedule: Schedule.rate(Duration.minutes(30)),
      targets: [new LambdaFunction(delayScan, { retryAttempts: 2 })],
    });

    this.api = this.createApi(ingest, agentApi);
    const endpoint = this.api.apiEndpoint;
    new CfnOutput(this, 'ApiUrl', { value: `${endpoint}/`, description: 'Crossdesk HTTP API' });
    const outputIds = {
      whatsapp: 'WebhookUrlWhatsapp',
      line: 'WebhookUrlLine',
      telegram: 'WebhookUrlTelegram',
    };
    for (const channel of CHANNELS) {
      if (!config.channels[channel]) continue;
      new CfnOutput(this, outputIds[channel], {
        value: `${endpoint}/webhooks/${channel}`,
        description: `Set this as the ${channel} webhook URL`,
      });
    }
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'QueueUrl', { value: queue.queueUrl });
  }

  private createApi(ingest: CrossdeskFunction, agentApi: CrossdeskFunction): HttpApi {
    const api = new HttpApi(this, 'Api', {
      description: 'Crossdesk webhooks and agent API',
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.THREE_MONTHS });
    new HttpStage(this, 'ApiDefaultStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      // Platforms retry on 429, so throttling sheds a flood without losing messages.
      throttle: { rateLimit: 100, burstLimit: 200 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            requestTime: '$context.requestTime',
          }),
        ),
      },
    });

    const ingestIntegration = new HttpLambdaIntegration('IngestIntegration', ingest);
    const webhookRoutes = [
      ...api.addRoutes({
        path: '/webhooks/{channel}',
        methods: [HttpMethod.POST],
        integration: ingestIntegration,
      }),
      ...api.addRoutes({
        path: '/webhooks/whatsapp',
        methods: [HttpMethod.GET],
        integration: ingestIntegration,
      }),
    ];
    for (const route of webhookRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Platform webhooks cannot sign AWS requests; ingest verifies each platform signature (WhatsApp HMAC, LINE HMAC, Telegram secret token, WhatsApp verify token) before doing anything.',
      });
    }

    api.addRoutes({
      path: '/agent/{proxy+}',
      methods: [HttpMethod.ANY],
      integration: new HttpLambdaIntegration('AgentApiIntegration', agentApi),
      authorizer: new HttpIamAuthorizer(),
    });
    return api;
  }
}
