// "The AWS edge" (docs/security.md): what each function may NOT do in the table and with the secrets,
// reserved concurrency, the alarms and where they go, and AWS WAF on the agents' sign-in.
// The table checks evaluate the synthesized IAM statements the way IAM does for one request: an Allow
// statement whose action and resource match and whose LeadingKeys condition (if any) admits the key.
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_SECRET_GROUPS, SECRET_GROUPS, type SecretGroup } from '../../../functions/config';
import { keys } from '../../../functions/stores/keys';
import { ALARM_THRESHOLDS } from '../../../lib/cloud/alarms';
import { TABLE_ACCESS } from '../../../lib/cloud/bind';
import {
  CrossdeskStack,
  type CrossdeskStackProps,
  DEFAULT_RESERVED_CONCURRENCY,
} from '../../../lib/cloud/crossdesk-stack';
import { readMerchantConfigFile } from '../../../lib/cloud/merchant-config-file';
import { SIGN_IN_RATE_LIMITS, SIGN_IN_RULES } from '../../../lib/cloud/sign-in-firewall';
import { type Fn, FUNCTIONS, stackView } from './stack-view';

type Resource = { Type: string; Properties: Record<string, unknown> } & Record<string, unknown>;

function synth(props: Partial<CrossdeskStackProps> = {}) {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  return new CrossdeskStack(app, 'Test', { config: readMerchantConfigFile(), ...props });
}

function inspect(template: Template) {
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const { ofType, functionId, fnProps, env, statements, canReadSecret } = stackView(resources);
  const tableId = ofType('AWS::DynamoDB::Table')[0]![0];
  const tableArn = JSON.stringify({ 'Fn::GetAtt': [tableId, 'Arn'] });
  const indexArn = (index: string) =>
    JSON.stringify({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId, 'Arn'] }, `/index/${index}`]] });
  const likes = (pattern: string, value: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(value);

  /** Would IAM allow `fn` this DynamoDB action on this partition key (of the table, or of `index`)? */
  const allows = (fn: Fn, action: string, partitionKey: string, index?: string): boolean =>
    statements(fn).some((s) => {
      if (s.Effect !== 'Allow') return false;
      const actions = Array.isArray(s.Action) ? s.Action : [s.Action];
      if (!actions.includes(action) && !actions.includes('dynamodb:*')) return false;
      const resourceList = Array.isArray(s.Resource) ? s.Resource : [s.Resource];
      const target = index ? indexArn(index) : tableArn;
      if (!resourceList.some((r) => JSON.stringify(r) === target)) return false;
      if (!s.Condition) return true;
      const conditionKeys = Object.keys(s.Condition);
      expect(conditionKeys).toEqual(['ForAllValues:StringLike']);
      const patterns = s.Condition['ForAllValues:StringLike']!['dynamodb:LeadingKeys']!;
      return patterns.some((pattern) => likes(pattern, partitionKey));
    });
  /**
   * The groups whose secret `fn` may read, judged as IAM does on each secret's ARN: `crossdesk/whatsapp`
   * and `crossdesk/whatsapp-webhook` are different secrets, however alike their names.
   */
  const readableGroups = (fn: Fn): SecretGroup[] =>
    (Object.keys(SECRET_GROUPS) as SecretGroup[]).filter((group) => canReadSecret(fn, `crossdesk/${group}`));
  return { resources, ofType, functionId, fnProps, env, statements, allows, readableGroups, canReadSecret };
}

// One partition key of every item kind (keys.ts), and of every GSI1 partition.
const PK = {
  claim: keys.claim('whatsapp:wamid.1').PK,
  conversation: keys.conversation('telegram:1:42').PK,
  message: keys.message('telegram:1:42', '2026-01-01T00:00:00Z', 'e1').PK,
  status: keys.status('telegram:1:42', '2026-01-01T00:00:00Z', 'wamid', 'read').PK,
  order: keys.order('48213').PK,
  shipment: keys.shipment('1Z999').PK,
  watch: keys.shipmentWatch('1Z999').PK,
  product: keys.product('tee').PK,
  case: keys.supportCase('RMA-1').PK,
  customerConversation: keys.customerConversation('c1', 'telegram:1:42').PK,
  translation: keys.translation('faq:abc').PK,
  counter: keys.counter('line-push:2026-12').PK,
  seed: keys.seedMarker('1').PK,
} as const;
const GSI_PK = {
  desk: keys.deskIndex('handoff'),
  watchDay: keys.watchDayIndex('2026-01-01'),
  phone: keys.phoneIndex('+49 170 1234567'),
  customer: keys.customerIndex('c1'),
  shipmentsOfOrder: keys.shipmentsOfOrderIndex('48213'),
  products: keys.productsIndex,
  cases: keys.casesOfOrderIndex('48213'),
} as const;
const others = <T extends Record<string, string>>(all: T, allowed: (keyof T)[]) =>
  Object.entries(all).filter(([kind]) => !allowed.includes(kind as keyof T));

describe('the AWS edge', () => {
  let view: ReturnType<typeof inspect>;
  let topicId: string;

  beforeAll(() => {
    view = inspect(Template.fromStack(synth()));
    topicId = view.ofType('AWS::SNS::Topic')[0]![0];
  });

  describe('table access by key prefix: what each function may NOT do', () => {
    it('ingest writes claims and conversation partitions only, deletes claims only, reads nothing', () => {
      for (const pk of [PK.claim, PK.message, PK.status])
        expect(view.allows('ingest', 'dynamodb:PutItem', pk)).toBe(true);
      expect(view.allows('ingest', 'dynamodb:DeleteItem', PK.claim)).toBe(true);
      for (const [kind, pk] of others(PK, ['claim', 'conversation', 'message', 'status']))
        expect(view.allows('ingest', 'dynamodb:PutItem', pk), kind).toBe(false);
      for (const [kind, pk] of others(PK, ['claim']))
        expect(view.allows('ingest', 'dynamodb:DeleteItem', pk), kind).toBe(false);
      for (const action of ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:Scan'])
        for (const pk of Object.values(PK)) expect(view.allows('ingest', action, pk)).toBe(false);
    });

    it('tracking reads shipments, writes shipments and claims, deletes claims, and nothing else', () => {
      expect(view.allows('tracking', 'dynamodb:GetItem', PK.shipment)).toBe(true);
      for (const pk of [PK.shipment, PK.watch, PK.claim])
        expect(view.allows('tracking', 'dynamodb:PutItem', pk)).toBe(true);
      for (const [kind, pk] of others(PK, ['shipment', 'watch'])) {
        expect(view.allows('tracking', 'dynamodb:GetItem', pk), kind).toBe(false);
        if (kind !== 'claim') expect(view.allows('tracking', 'dynamodb:PutItem', pk), kind).toBe(false);
      }
      for (const [kind, pk] of others(PK, ['claim']))
        expect(view.allows('tracking', 'dynamodb:DeleteItem', pk), kind).toBe(false);
    });

    it('the delay scan only queries GSI1 for due shipments and desk queues: no item read, no write', () => {
      expect(view.allows('delayScan', 'dynamodb:Query', GSI_PK.watchDay, 'GSI1')).toBe(true);
      expect(view.allows('delayScan', 'dynamodb:Query', GSI_PK.desk, 'GSI1')).toBe(true);
      for (const [kind, pk] of others(GSI_PK, ['watchDay', 'desk']))
        expect(view.allows('delayScan', 'dynamodb:Query', pk, 'GSI1'), kind).toBe(false);
      for (const action of [
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
      ])
        for (const pk of Object.values(PK)) expect(view.allows('delayScan', action, pk)).toBe(false);
    });

    it("the agent API deletes only a shopper's own kinds (erasure), never orders, shipments or claims, and updates nothing", () => {
      for (const pk of [PK.conversation, PK.message, PK.translation])
        expect(view.allows('agentApi', 'dynamodb:DeleteItem', pk)).toBe(true);
      for (const pk of [PK.order, PK.shipment, PK.claim])
        expect(view.allows('agentApi', 'dynamodb:DeleteItem', pk)).toBe(false);
      for (const pk of Object.values(PK))
        expect(view.allows('agentApi', 'dynamodb:UpdateItem', pk)).toBe(false);
      for (const pk of [PK.conversation, PK.message, PK.translation])
        expect(view.allows('agentApi', 'dynamodb:PutItem', pk)).toBe(true);
      for (const [kind, pk] of others(PK, ['conversation', 'message', 'status', 'translation']))
        expect(view.allows('agentApi', 'dynamodb:PutItem', pk), kind).toBe(false);
      // Reads: the conversation, the order card (order + its shipments through GSI1), cached translations.
      for (const pk of [PK.conversation, PK.order, PK.translation])
        expect(view.allows('agentApi', 'dynamodb:GetItem', pk)).toBe(true);
      expect(view.allows('agentApi', 'dynamodb:GetItem', PK.shipment)).toBe(false);
      expect(view.allows('agentApi', 'dynamodb:GetItem', PK.claim)).toBe(false);
      for (const pk of [GSI_PK.desk, GSI_PK.shipmentsOfOrder])
        expect(view.allows('agentApi', 'dynamodb:Query', pk, 'GSI1')).toBe(true);
      expect(view.allows('agentApi', 'dynamodb:Query', GSI_PK.watchDay, 'GSI1')).toBe(false);
    });

    it('the worker deletes claims only; only the agent API may scan (the e-mail look-up); nobody transacts', () => {
      expect(view.allows('worker', 'dynamodb:DeleteItem', PK.claim)).toBe(true);
      for (const [kind, pk] of others(PK, ['claim']))
        expect(view.allows('worker', 'dynamodb:DeleteItem', pk), kind).toBe(false);
      for (const fn of FUNCTIONS)
        for (const action of [
          ...(fn === 'agentApi' ? [] : ['dynamodb:Scan']),
          'dynamodb:BatchGetItem',
          'dynamodb:TransactWriteItems',
          'dynamodb:PartiQLDelete',
        ])
          for (const pk of Object.values(PK))
            expect(view.allows(fn, action, pk), `${fn} ${action}`).toBe(false);
      // Batch writes: insight events only.
      for (const pk of Object.values(PK))
        expect(view.allows('worker', 'dynamodb:BatchWriteItem', pk)).toBe(false);
      expect(view.allows('worker', 'dynamodb:BatchWriteItem', keys.insightPk('2026-01-01', 0))).toBe(true);
    });

    it('grants exactly the rules of TABLE_ACCESS, one statement per rule', () => {
      for (const fn of FUNCTIONS) {
        const dynamo = view.statements(fn).filter((s) => JSON.stringify(s.Action).includes('dynamodb:'));
        expect(dynamo).toHaveLength(TABLE_ACCESS[fn].length);
      }
    });
  });

  describe('secrets: one per group, each function only its own', () => {
    const groupsOf = (fn: Fn) => Object.keys(JSON.parse(view.env(fn).SECRET_IDS ?? '{}') as object).sort();

    it.each([
      ['ingest', ['line-webhook', 'telegram-webhook', 'whatsapp-webhook']],
      ['worker', ['agents', 'line', 'llm', 'notifiers', 'telegram', 'whatsapp']],
      ['agentApi', ['agents', 'line', 'telegram', 'whatsapp']],
      ['tracking', ['tracking']],
      ['delayScan', []],
    ] as [Fn, SecretGroup[]][])('%s reads exactly %j (environment and IAM agree)', (fn, groups) => {
      expect(groupsOf(fn)).toEqual(groups);
      expect(view.readableGroups(fn).sort()).toEqual(groups);
    });

    it('ingest cannot read a sending token: not from its own secret, the old combined ones or any other', () => {
      const sendingKeys: string[] = Object.values(PLATFORM_SECRET_GROUPS).flatMap(({ send }) => [
        ...SECRET_GROUPS[send],
      ]);
      expect(sendingKeys).toEqual(
        expect.arrayContaining(['WHATSAPP_ACCESS_TOKEN', 'LINE_CHANNEL_ACCESS_TOKEN', 'TELEGRAM_BOT_TOKEN']),
      );
      // Every secret the stack knows that holds a sending token — the sending secrets, which keep the names
      // of the old combined per-platform secrets — and the pre-group single secret holding every key.
      const holders = (Object.keys(SECRET_GROUPS) as SecretGroup[]).filter((group) =>
        SECRET_GROUPS[group].some((key) => sendingKeys.includes(key)),
      );
      expect(holders.sort()).toEqual(['line', 'telegram', 'whatsapp']);
      for (const name of [...holders.map((group) => `crossdesk/${group}`), 'crossdesk/channels'])
        expect(view.canReadSecret('ingest', name), name).toBe(false);
      // What ingest can read holds only verification keys (a token moved into a webhook group fails here).
      const readable = view.readableGroups('ingest').flatMap((group) => [...SECRET_GROUPS[group]]);
      expect(readable.sort()).toEqual(
        [
          'LINE_CHANNEL_SECRET',
          'TELEGRAM_BOT_ID',
          'TELEGRAM_WEBHOOK_SECRET',
          'WHATSAPP_APP_SECRET',
          'WHATSAPP_VERIFY_TOKEN',
        ].sort(),
      );
      for (const key of sendingKeys) {
        expect(readable).not.toContain(key);
        expect(view.env('ingest')).not.toHaveProperty(key);
      }
      expect(view.env('ingest')).not.toHaveProperty('SECRETS_NAME');
    });

    it('the sending-token check is live: a grant of a sending secret to ingest is caught', () => {
      const stack = synth();
      Secret.fromSecretNameV2(stack, 'Leak', 'crossdesk/telegram').grantRead(stack.functions.ingest);
      const leaked = inspect(Template.fromStack(stack));
      expect(leaked.canReadSecret('ingest', 'crossdesk/telegram')).toBe(true);
      expect(leaked.readableGroups('ingest')).toContain('telegram');
    });

    it('the sending functions read no verification secret', () => {
      for (const fn of FUNCTIONS)
        if (fn !== 'ingest')
          for (const { webhook } of Object.values(PLATFORM_SECRET_GROUPS))
            expect(view.readableGroups(fn), fn).not.toContain(webhook);
    });

    it('the internet-facing functions cannot read the OpenAI key, the agents or the notifiers secrets', () => {
      for (const fn of ['ingest', 'tracking', 'agentApi', 'delayScan'] as const)
        expect(view.readableGroups(fn)).not.toContain('llm');
      for (const fn of ['ingest', 'tracking'] as const) {
        expect(view.readableGroups(fn)).not.toContain('agents');
        expect(view.readableGroups(fn)).not.toContain('notifiers');
      }
      expect(view.readableGroups('ingest')).not.toContain('tracking');
      expect(SECRET_GROUPS.llm).toEqual(['OPENAI_API_KEY']);
    });

    it('a disabled channel secret is read by nobody; the Telegram agents group brings the bot token to the worker', () => {
      const config = {
        ...readMerchantConfigFile(),
        channels: { whatsapp: true, line: false, telegram: false },
      };
      const narrowed = inspect(Template.fromStack(synth({ config, telegramAgentsChatId: '-100123' })));
      expect(narrowed.readableGroups('ingest')).toEqual(['whatsapp-webhook']);
      expect(narrowed.readableGroups('worker').sort()).toEqual([
        'agents',
        'llm',
        'notifiers',
        'telegram',
        'whatsapp',
      ]);
      expect(narrowed.readableGroups('agentApi').sort()).toEqual(['agents', 'whatsapp']);
    });
  });

  describe('reserved concurrency', () => {
    it.each(FUNCTIONS)('%s has its reserved concurrency', (fn) => {
      expect(view.fnProps(fn).ReservedConcurrentExecutions).toBe(DEFAULT_RESERVED_CONCURRENCY[fn]);
    });

    it('the SQS event source never invokes more workers than are reserved; visibility ≥ 6 × timeout', () => {
      const [, mapping] = view.ofType('AWS::Lambda::EventSourceMapping')[0]!;
      expect(mapping.Properties.ScalingConfig).toEqual({
        MaximumConcurrency: DEFAULT_RESERVED_CONCURRENCY.worker,
      });
      const [, queue] = view.ofType('AWS::SQS::Queue').find(([, q]) => q.Properties.RedrivePolicy)!;
      expect(queue.Properties.VisibilityTimeout as number).toBeGreaterThanOrEqual(
        6 * (view.fnProps('worker').Timeout as number),
      );
    });

    it('takes other values, and refuses what Lambda or SQS would refuse', () => {
      const custom = inspect(Template.fromStack(synth({ reservedConcurrency: { ingest: 5, worker: 3 } })));
      expect(custom.fnProps('ingest').ReservedConcurrentExecutions).toBe(5);
      expect(custom.ofType('AWS::Lambda::EventSourceMapping')[0]![1].Properties.ScalingConfig).toEqual({
        MaximumConcurrency: 3,
      });
      expect(() => synth({ reservedConcurrency: { worker: 1 } })).toThrow(/worker must be an integer ≥ 2/);
      expect(() => synth({ reservedConcurrency: { ingest: 0 } })).toThrow(/ingest/);
      expect(() => synth({ reservedConcurrency: { tracking: 2.5 } })).toThrow(/tracking/);
    });
  });

  describe('alarms', () => {
    const alarms = () => view.ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    const find = (metric: string, namespace: string, dimension?: unknown) =>
      alarms().filter(
        (a) =>
          a.MetricName === metric &&
          a.Namespace === namespace &&
          (dimension === undefined || JSON.stringify(a.Dimensions).includes(JSON.stringify(dimension))),
      );

    it('every alarm notifies the one topic, on ALARM and on OK', () => {
      expect(view.ofType('AWS::SNS::Topic')).toHaveLength(1);
      expect(alarms().length).toBeGreaterThan(0);
      for (const alarm of alarms()) {
        expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
        expect(alarm.OKActions).toEqual([{ Ref: topicId }]);
      }
    });

    it.each(FUNCTIONS)('%s: Errors and Throttles alarms', (fn) => {
      const dimension = { Ref: view.functionId(fn) };
      expect(find('Errors', 'AWS/Lambda', dimension)).toEqual([
        expect.objectContaining({ Threshold: ALARM_THRESHOLDS.functionErrors, Statistic: 'Sum' }),
      ]);
      expect(find('Throttles', 'AWS/Lambda', dimension)).toEqual([
        expect.objectContaining({ Threshold: ALARM_THRESHOLDS.functionThrottles, Statistic: 'Sum' }),
      ]);
    });

    it('watches the work queue age, the DLQ depth and the API 5xx', () => {
      expect(find('ApproximateAgeOfOldestMessage', 'AWS/SQS')).toEqual([
        expect.objectContaining({ Threshold: 300, Statistic: 'Maximum' }),
      ]);
      expect(find('ApproximateNumberOfMessagesVisible', 'AWS/SQS')).toEqual([
        expect.objectContaining({ Threshold: 1 }),
      ]);
      const apiId = view.ofType('AWS::ApiGatewayV2::Api')[0]![0];
      expect(find('5xx', 'AWS/ApiGateway', { Ref: apiId })).toEqual([
        expect.objectContaining({ Threshold: ALARM_THRESHOLDS.api5xx }),
      ]);
    });

    it('counts replies the platform refused for good from the worker log, and alarms on the first', () => {
      const filters = view.ofType('AWS::Logs::MetricFilter');
      expect(filters).toHaveLength(1);
      const [, filter] = filters[0] as [string, { Properties: Record<string, unknown> }];
      expect(JSON.stringify(filter.Properties.FilterPattern)).toContain('reply not deliverable');
      expect(find('UndeliverableReplies', 'Crossdesk')).toEqual([expect.objectContaining({ Threshold: 1 })]);
    });

    it('subscribes the alarm e-mail to the topic when given, and only then', () => {
      expect(view.ofType('AWS::SNS::Subscription')).toEqual([]);
      const mailed = inspect(Template.fromStack(synth({ alarmEmail: 'ops@shop.example' })));
      const subscriptions = mailed.ofType('AWS::SNS::Subscription');
      expect(subscriptions.map(([, s]) => s.Properties)).toEqual([
        expect.objectContaining({ Protocol: 'email', Endpoint: 'ops@shop.example' }),
      ]);
    });
  });

  describe('AWS WAF on the agents sign-in (HTTP APIs cannot carry a web ACL)', () => {
    it('a REGIONAL web ACL with IP reputation and per-IP rate limits, associated with the user pool', () => {
      const [aclId, acl] = view.ofType('AWS::WAFv2::WebACL')[0]!;
      expect(view.ofType('AWS::WAFv2::WebACL')).toHaveLength(1);
      expect(acl.Properties).toMatchObject({ Scope: 'REGIONAL', DefaultAction: { Allow: {} } });
      const rules = acl.Properties.Rules as {
        Name: string;
        Action?: unknown;
        Statement: {
          RateBasedStatement?: { Limit: number; AggregateKeyType: string; EvaluationWindowSec: number };
        };
      }[];
      const rate = (name: string) => rules.find((r) => r.Name === name)?.Statement.RateBasedStatement;
      expect(rate(SIGN_IN_RULES.posts)).toMatchObject({
        Limit: SIGN_IN_RATE_LIMITS.postsPerIp,
        AggregateKeyType: 'IP',
        EvaluationWindowSec: 300,
      });
      expect(rate(SIGN_IN_RULES.requests)).toMatchObject({ Limit: SIGN_IN_RATE_LIMITS.requestsPerIp });
      for (const name of [SIGN_IN_RULES.posts, SIGN_IN_RULES.requests])
        expect(rules.find((r) => r.Name === name)?.Action).toEqual({ Block: {} });
      const associations = view.ofType('AWS::WAFv2::WebACLAssociation').map(([, a]) => a.Properties);
      const poolId = view.ofType('AWS::Cognito::UserPool')[0]![0];
      expect(associations).toEqual([
        { ResourceArn: { 'Fn::GetAtt': [poolId, 'Arn'] }, WebACLArn: { 'Fn::GetAtt': [aclId, 'Arn'] } },
      ]);
    });

    it('alarms when a rate rule blocks, and can be switched off', () => {
      const blocked = view
        .ofType('AWS::CloudWatch::Alarm')
        .map(([, a]) => a.Properties)
        .filter((a) => a.Namespace === 'AWS/WAFV2' && a.MetricName === 'BlockedRequests');
      expect(blocked.map((a) => JSON.stringify(a.Dimensions))).toEqual([
        expect.stringContaining(SIGN_IN_RULES.posts),
        expect.stringContaining(SIGN_IN_RULES.requests),
      ]);
      const off = inspect(Template.fromStack(synth({ signInFirewall: false })));
      expect(off.ofType('AWS::WAFv2::WebACL')).toEqual([]);
      expect(off.ofType('AWS::WAFv2::WebACLAssociation')).toEqual([]);
    });
  });
});
