// The AWS deployment: HTTP API → ingest → SQS FIFO → worker, the agent API behind the agents' Cognito
// pool (agent-auth.ts), the scheduled delay scan, one DynamoDB table, the media bucket, and the channel
// secrets referenced by name. Points at
// functions/handlers by path only; the runtime modules it imports are pure: the merchant-config parser and
// the claim key prefix (so the ingest DeleteItem grant cannot drift from the key shape).
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import {
  type MerchantConfig,
  type MerchantConfigInput,
  parseMerchantConfig,
} from '../../functions/core/merchant-config';
import { CHANNELS } from '../../functions/core/types';
import { AgentAuth } from './agent-auth';
import { type AgentNotifierProps, bindAgentNotifiers } from './agent-notifiers';
import { bindMediaBucket, bindQueueSender, bindSecret, bindTable, bindTranslator } from './bind';
import { bindChimeMeetings, type ChimeMeetingsProps, chimeSdkAfterBundling } from './chime-meetings';
import { CrossdeskFunction } from './crossdesk-function';
import { addAgentRoutes, addTrackingRoutes, addWebhookRoutes, createHttpApi } from './http-api';
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

export interface CrossdeskStackProps extends StackProps, AgentNotifierProps, ChimeMeetingsProps {
  /** The merchant settings (`crossdesk.config.json`); validated here, defaults filled. */
  readonly config: MerchantConfigInput;
  /** Secrets Manager secret (one JSON object of the channel secrets), referenced by name. @default 'crossdesk/channels' */
  readonly secretName?: string;
  /** E-mail notified when a message reaches the dead-letter queue. @default - alarm only, no notification */
  readonly alarmEmail?: string;
  /**
   * Prefix of the agents' hosted sign-in domain, `https://{prefix}.auth.{region}.amazoncognito.com`.
   * Global per region across AWS accounts. @default - `{stack name}-agents-{account id}`, DNS-safe
   */
  readonly cognitoDomainPrefix?: string;
}

/**
 * @example
 * new CrossdeskStack(app, 'Crossdesk', { config: readMerchantConfigFile() });
 */
export class CrossdeskStack extends Stack {
  readonly table: Table;
  readonly workQueue: WorkQueue;
  readonly api: HttpApi;
  readonly agentAuth: AgentAuth;
  readonly functions: Readonly<
    Record<'ingest' | 'worker' | 'agentApi' | 'delayScan' | 'tracking', CrossdeskFunction>
  >;

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
      // Chime rooms: the join page's browser SDK ships in this asset (services/video-room-chime-sdk.ts).
      ...(props.videoRoom === 'chime' ? { afterBundling: chimeSdkAfterBundling } : {}),
    });
    const delayScan = new CrossdeskFunction(this, 'DelayScan', {
      handlerName: 'delayScan',
      serviceName: 'crossdesk-delay-scan',
      description: 'Crossdesk delay scan: finds late or silent shipments and queues a proactive message',
      memorySize: 512,
      timeout: Duration.minutes(2),
      environment,
    });
    const tracking = new CrossdeskFunction(this, 'Tracking', {
      handlerName: 'tracking',
      serviceName: 'crossdesk-tracking',
      description:
        'Crossdesk tracking: verify, dedupe and apply carrier tracking updates, queue shipment jobs',
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment,
    });
    this.functions = { ingest, worker, agentApi, delayScan, tracking };

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

    // Read + enqueue only: silent handoffs are found here and handed back by the worker (a queued job).
    bindTable(delayScan, this.table, 'read', { queryIndexes: [GSI1] });
    bindQueueSender(delayScan, queue);

    // Get + put (shipments, claims), DeleteItem on claim items only, enqueue, the secret: nothing else.
    bindTable(tracking, this.table, 'getPut');
    bindQueueSender(tracking, queue);
    bindSecret(tracking, secret, secretName);

    new Rule(this, 'DelayScanSchedule', {
      description: 'Run the Crossdesk shipment delay scan every 30 minutes',
      schedule: Schedule.rate(Duration.minutes(30)),
      targets: [new LambdaFunction(delayScan, { retryAttempts: 2 })],
    });

    // The API exists before its routes: the agents' app client needs its URL (callback = console), and the
    // agent routes need the authorizer built on that client. Functions reference only the API's endpoint,
    // never a route or integration, which would close a dependency cycle.
    const http = createHttpApi(this);
    this.api = http.api;
    const endpoint = this.api.apiEndpoint;
    const consoleUrl = `${endpoint}/console`;
    this.agentAuth = new AgentAuth(this, 'AgentAuth', {
      consoleUrl,
      ...(props.cognitoDomainPrefix ? { domainPrefix: props.cognitoDomainPrefix } : {}),
    });
    addWebhookRoutes(this.api, ingest);
    addTrackingRoutes(this.api, tracking);
    addAgentRoutes(http, agentApi, this.agentAuth.authorizer);

    // The human side: agents read translated transcripts (agent API) and get translated handoffs and links
    // to the console and video rooms (worker). Ingest and the delay scan get none of it.
    for (const fn of [worker, agentApi]) {
      bindTranslator(fn);
      fn.addEnvironment('CONSOLE_URL', consoleUrl);
      fn.addEnvironment('PUBLIC_BASE_URL', endpoint);
    }
    agentApi.addEnvironment('AGENT_AUTH', 'cognito');
    agentApi.addEnvironment('COGNITO_DOMAIN_URL', this.agentAuth.domainUrl);
    agentApi.addEnvironment('COGNITO_CLIENT_ID', this.agentAuth.consoleClient.userPoolClientId);
    bindAgentNotifiers(worker, props);
    // Chime meetings: both make links, only the agent API calls Chime (open from the console, join info).
    bindChimeMeetings({ settings: [worker, agentApi], callers: [agentApi] }, props);

    new CfnOutput(this, 'ApiUrl', { value: `${endpoint}/`, description: 'Crossdesk HTTP API' });
    new CfnOutput(this, 'ConsoleUrl', { value: consoleUrl, description: 'The agent console' });
    new CfnOutput(this, 'AgentUserPoolId', {
      value: this.agentAuth.userPool.userPoolId,
      description:
        'Invite agents: aws cognito-idp admin-create-user --user-pool-id <this> --username <email>',
    });
    new CfnOutput(this, 'AgentSignInDomain', {
      value: this.agentAuth.domainUrl,
      description: 'Cognito hosted sign-in for agents',
    });
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
}
