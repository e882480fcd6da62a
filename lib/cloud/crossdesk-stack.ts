// The AWS deployment: HTTP API → ingest → SQS FIFO → worker, the agent API behind the agents' Cognito
// pool (agent-auth.ts), the scheduled delay scan, one DynamoDB table, the media bucket, the secrets
// referenced by name (one per group, each function reading only its groups), the alarm topic and alarms
// (alarms.ts), and AWS WAF on the agents' sign-in (sign-in-firewall.ts). docs/security.md explains the edge. Points at
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
import { PLATFORM_SECRET_GROUPS, SECRET_GROUPS, type SecretGroup } from '../../functions/config';
import {
  type MerchantConfig,
  type MerchantConfigInput,
  parseMerchantConfig,
} from '../../functions/core/merchant-config';
import { CHANNELS, type ChannelName } from '../../functions/core/types';
import { AgentAuth } from './agent-auth';
import { type AgentNotifierProps, bindAgentNotifiers } from './agent-notifiers';
import { CrossdeskAlarms } from './alarms';
import {
  bindMediaBucket,
  bindQueueSender,
  bindSecrets,
  bindTable,
  bindTranslator,
  type GroupSecret,
} from './bind';
import { bindChimeMeetings, type ChimeMeetingsProps, chimeSdkAfterBundling } from './chime-meetings';
import { CrossdeskFunction } from './crossdesk-function';
import { addAgentRoutes, addTrackingRoutes, addWebhookRoutes, createHttpApi } from './http-api';
import { chartScriptAfterBundling } from './insights-assets';
import { MediaBucket } from './media-bucket';
import { SIGN_IN_RULES, SignInFirewall } from './sign-in-firewall';
import { WorkQueue } from './work-queue';

/**
 * Secrets are named `<prefix>/<group>`: crossdesk/whatsapp-webhook and crossdesk/whatsapp (LINE and Telegram
 * alike), crossdesk/llm, … crossdesk/tracking.
 */
export const DEFAULT_SECRET_PREFIX = 'crossdesk';
export type CrossdeskFunctionKey = 'ingest' | 'worker' | 'agentApi' | 'delayScan' | 'tracking';
/**
 * Reserved concurrency per function. Ingest at 50 covers the webhook route's 100 requests/s at ~0.5 s each;
 * the worker at 20 (also the SQS event source's maximum concurrency) bounds parallel LLM calls and table
 * writes; one delay scan at a time. 91 in all: the account keeps at least 100 unreserved, so the
 * account's concurrency quota must be at least 191 (the default is 1,000; new accounts may start lower).
 */
export const DEFAULT_RESERVED_CONCURRENCY = {
  ingest: 50,
  worker: 20,
  agentApi: 10,
  tracking: 10,
  delayScan: 1,
} as const satisfies Record<CrossdeskFunctionKey, number>;
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
  /**
   * Prefix of the Secrets Manager secrets, one JSON object per group of functions/config.ts SECRET_GROUPS,
   * referenced by name: `<prefix>/whatsapp-webhook`, `/line-webhook`, `/telegram-webhook` (ingest's),
   * `/whatsapp`, `/line`, `/telegram` (the senders'), `/llm`, `/agents`, `/notifiers`, `/tracking`.
   * @default 'crossdesk'
   */
  readonly secretPrefix?: string;
  /** Subscribed by e-mail to the alarm topic (every alarm, ALARM and OK). @default - the topic without subscription */
  readonly alarmEmail?: string;
  /** Reserved concurrency per function (integers ≥ 1; the worker ≥ 2). @default DEFAULT_RESERVED_CONCURRENCY */
  readonly reservedConcurrency?: Partial<Record<CrossdeskFunctionKey, number>>;
  /**
   * AWS WAF (rate limits, IP reputation) on the agents' Cognito user pool; about 5 USD a month plus 1 USD per
   * rule and 0.60 USD per million requests. @default true
   */
  readonly signInFirewall?: boolean;
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
  readonly functions: Readonly<Record<CrossdeskFunctionKey, CrossdeskFunction>>;
  readonly alarms: CrossdeskAlarms;
  readonly signInFirewall?: SignInFirewall;

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
    const concurrency = { ...DEFAULT_RESERVED_CONCURRENCY, ...props.reservedConcurrency };
    for (const [fn, value] of Object.entries(concurrency)) {
      // The SQS event source's maximum concurrency is 2 at least.
      const min = fn === 'worker' ? 2 : 1;
      if (!Number.isInteger(value) || value < min)
        throw new Error(`reservedConcurrency.${fn} must be an integer ≥ ${min}, not ${value}`);
    }
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

    // One secret per group, referenced by name (created with the AWS CLI: docs/security.md).
    const secretPrefix = props.secretPrefix ?? DEFAULT_SECRET_PREFIX;
    const secretIds = {} as Record<SecretGroup, GroupSecret>;
    for (const group of Object.keys(SECRET_GROUPS) as SecretGroup[]) {
      const id = `${secretPrefix}/${group}`;
      // `whatsapp-webhook` → WhatsappWebhookSecret (an import: no resource, so the id is only a name).
      const construct = `${group.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}Secret`;
      secretIds[group] = { id, secret: Secret.fromSecretNameV2(this, construct, id) };
    }
    const secrets = (...groups: SecretGroup[]) =>
      Object.fromEntries(groups.map((group) => [group, secretIds[group]])) as Partial<
        Record<SecretGroup, GroupSecret>
      >;
    // The platform secrets of the enabled channels only, in two halves that no function gets both of: what
    // verifies their webhooks (ingest only), and what sends on them (the worker and the agent API only).
    const platforms = CHANNELS.filter((channel) => config.channels[channel]);
    const webhookSecrets = platforms.map((channel) => PLATFORM_SECRET_GROUPS[channel].webhook);
    const sendingSecrets = (channels: readonly ChannelName[]) =>
      channels.map((channel) => PLATFORM_SECRET_GROUPS[channel].send);
    // Shoppers' media expire after the merchant's retention (crossdesk.config.json `retention.mediaDays`).
    const media = new MediaBucket(this, 'Media', { retentionDays: config.retention.mediaDays });

    const ingest = new CrossdeskFunction(this, 'Ingest', {
      handlerName: 'ingest',
      serviceName: 'crossdesk-ingest',
      description: 'Crossdesk ingest: verify, parse, dedupe, persist and enqueue platform webhooks',
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment,
      reservedConcurrentExecutions: concurrency.ingest,
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
      reservedConcurrentExecutions: concurrency.worker,
      define: bakedConfig,
    });
    const agentApi = new CrossdeskFunction(this, 'AgentApi', {
      handlerName: 'agentApi',
      serviceName: 'crossdesk-agent-api',
      description: 'Crossdesk agent API: transcripts, shopper media, replies and hand-back for human agents',
      memorySize: 512,
      timeout: Duration.seconds(15),
      environment,
      reservedConcurrentExecutions: concurrency.agentApi,
      // The insights dashboard's Chart.js bundle ships in this asset (lib/cloud/insights-assets.ts), and with
      // Chime rooms the join page's browser SDK too (services/video-room-chime-sdk.ts).
      afterBundling: (outputDir: string) => [
        ...chartScriptAfterBundling(outputDir),
        ...(props.videoRoom === 'chime' ? chimeSdkAfterBundling(outputDir) : []),
      ],
    });
    const delayScan = new CrossdeskFunction(this, 'DelayScan', {
      handlerName: 'delayScan',
      serviceName: 'crossdesk-delay-scan',
      description: 'Crossdesk delay scan: finds late or silent shipments and queues a proactive message',
      memorySize: 512,
      timeout: Duration.minutes(2),
      environment,
      reservedConcurrentExecutions: concurrency.delayScan,
    });
    const tracking = new CrossdeskFunction(this, 'Tracking', {
      handlerName: 'tracking',
      serviceName: 'crossdesk-tracking',
      description:
        'Crossdesk tracking: verify, dedupe and apply carrier tracking updates, queue shipment jobs',
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment,
      reservedConcurrentExecutions: concurrency.tracking,
    });
    this.functions = { ingest, worker, agentApi, delayScan, tracking };

    this.workQueue = new WorkQueue(this, 'Work', { consumerTimeout: workerTimeout, maxReceiveCount: 5 });
    const queue = this.workQueue.queue;

    // Least privilege, one line per right (tests assert both what is granted and what is not). Table rights
    // are per key prefix (bind.ts TABLE_ACCESS); secrets per group.
    bindTable(ingest, this.table, 'ingest');
    bindQueueSender(ingest, queue);
    // The internet-facing ingest reads the enabled platforms' verification secrets only: no sending token
    // (it could post as the shop), no LLM key, no agent secrets.
    bindSecrets(ingest, secrets(...webhookSecrets));

    bindTable(worker, this.table, 'worker');
    // The Telegram agents group uses the bot token even when shoppers do not write on Telegram.
    const workerPlatforms =
      props.telegramAgentsChatId !== undefined && !platforms.includes('telegram')
        ? [...platforms, 'telegram' as const]
        : platforms;
    bindSecrets(worker, secrets(...sendingSecrets(workerPlatforms), 'llm', 'agents', 'notifiers'));
    bindMediaBucket(worker, media.bucket, 'readWrite');
    // At most as many pollers' invocations as the worker has reserved: the queue waits instead of throttling.
    worker.addEventSource(
      new SqsEventSource(queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: concurrency.worker,
      }),
    );
    // Object ARNs are `<bucket>/*` by nature; the actions are only GetObject and PutObject.
    Validations.of(worker.serviceRole.node.findChild('DefaultPolicy')).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(media.bucket.node.defaultChild as CfnBucket)}.Arn>/*]`,
      reason: 'The worker copies inbound media: s3:GetObject/PutObject on objects of the media bucket only.',
    });

    bindTable(agentApi, this.table, 'agentApi');
    // Replies go out through the platforms; video links are signed with the agents' secret. No LLM key.
    bindSecrets(agentApi, secrets(...sendingSecrets(platforms), 'agents'));
    bindMediaBucket(agentApi, media.bucket, 'readDelete');
    Validations.of(agentApi.serviceRole.node.findChild('DefaultPolicy')).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(media.bucket.node.defaultChild as CfnBucket)}.Arn>/*]`,
      reason:
        "Agents view shoppers' photos: s3:GetObject only (no put, list or delete) on objects of the media bucket; the handler serves a key only through its own conversation.",
    });

    // GSI1 queries + enqueue only: silent handoffs are found here and handed back by the worker (a queued job).
    bindTable(delayScan, this.table, 'delayScan');
    bindQueueSender(delayScan, queue);

    // Shipments and claims only, enqueue, the tracking senders' secret: nothing else.
    bindTable(tracking, this.table, 'tracking');
    bindQueueSender(tracking, queue);
    bindSecrets(tracking, secrets('tracking'));

    new Rule(this, 'DelayScanSchedule', {
      description: 'Run the Crossdesk shipment delay scan every 30 minutes',
      schedule: Schedule.rate(Duration.minutes(30)),
      targets: [new LambdaFunction(delayScan, { retryAttempts: 2 })],
    });
    // The insights chore runs on the agent API, which holds the insights grants: it builds the summaries of
    // the last finished days, so the first dashboard of the morning reads them instead of a day of events.
    new Rule(this, 'InsightsSummariesSchedule', {
      description: 'Build the Crossdesk insights summaries of the finished days every hour',
      schedule: Schedule.rate(Duration.hours(1)),
      targets: [new LambdaFunction(agentApi, { retryAttempts: 2 })],
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
    addWebhookRoutes(http, ingest);
    addTrackingRoutes(http, tracking);
    addAgentRoutes(http, agentApi, this.agentAuth.authorizer);

    // HTTP APIs cannot carry a WAF web ACL; the user pool can (sign-in-firewall.ts).
    if (props.signInFirewall ?? true)
      this.signInFirewall = new SignInFirewall(this, 'SignInFirewall', {
        userPool: this.agentAuth.userPool,
      });

    // Every alarm goes to the one topic (and the e-mail, if given).
    this.alarms = new CrossdeskAlarms(this, 'Alarms', {
      ...(props.alarmEmail ? { alarmEmail: props.alarmEmail } : {}),
    });
    const alarmIds: Record<CrossdeskFunctionKey, string> = {
      ingest: 'Ingest',
      worker: 'Worker',
      agentApi: 'AgentApi',
      delayScan: 'DelayScan',
      tracking: 'Tracking',
    };
    for (const [key, fn] of Object.entries(this.functions) as [CrossdeskFunctionKey, CrossdeskFunction][])
      this.alarms.watchFunction(alarmIds[key], fn);
    this.alarms.watchQueueAge(queue);
    this.alarms.watchUndeliverableReplies(worker.logGroup);
    this.alarms.watch(this.workQueue.dlqAlarm);
    this.alarms.watchApi(this.api);
    if (this.signInFirewall)
      for (const [id, rule] of [
        ['SignInPostsBlocked', SIGN_IN_RULES.posts],
        ['SignInRequestsBlocked', SIGN_IN_RULES.requests],
      ] as const)
        this.alarms.alarmOn(
          id,
          this.signInFirewall.metricBlocked(rule),
          1,
          `Crossdesk agent sign-in: WAF rule ${rule} blocked a client (too many requests from one IP).`,
        );

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
    new CfnOutput(this, 'AlarmTopicArn', {
      value: this.alarms.topic.topicArn,
      description: 'Every Crossdesk alarm publishes here: subscribe a pager, chat or e-mail',
    });
  }
}
