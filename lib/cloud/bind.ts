// Each helper sets a function's environment variable and grants the matching permissions in one call,
// so a function can never know a resource's name without being allowed to use it (and vice versa).
// Actions are listed explicitly instead of using the L2 `grant*` helpers, which add actions and
// `/index/*` wildcards that no Crossdesk function needs.
import { Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { SecretGroup } from '../../functions/config';
// keys.ts is the one file that knows key shapes: the prefixes below are read from its helpers rather than
// repeated here, so an IAM condition cannot drift from the keys the stores write.
import { CLAIM_PK_PREFIX, GSI1, keys } from '../../functions/stores/keys';
import type { CrossdeskFunction } from './crossdesk-function';

/** `CONV#` from `CONV#x`: the partition-key prefix a keys.ts helper produces. */
function prefixOf(key: string): string {
  const hash = key.indexOf('#');
  if (hash < 1) throw new Error(`key ${key} has no "<KIND>#" prefix`);
  return key.slice(0, hash + 1);
}

/**
 * Partition-key prefixes of the items (and GSI1 partitions) that some function is limited to. A
 * `dynamodb:LeadingKeys` condition sees the request's partition key: the table's PK for item operations and
 * table queries, the index's partition key (GSI1PK) for a query on GSI1.
 */
export const KEY_PREFIX = {
  /** Event claims (`EVENT#<id>`): platform events, tracking events, reply claims, tracking locks. */
  claim: CLAIM_PK_PREFIX,
  /** A conversation's partition: its STATE item, message log (`MSG#…`) and delivery statuses (`STATUS#…`). */
  conversation: prefixOf(keys.conversation('x').PK),
  order: prefixOf(keys.order('x').PK),
  /** A shipment and its watch entry. */
  shipment: prefixOf(keys.shipment('x').PK),
  translation: prefixOf(keys.translation('x').PK),
  /** GSI1: the agent desk's queues. */
  deskIndex: prefixOf(keys.deskIndex('handoff')),
  /** GSI1: the delay scan's list of shipments due on a day. */
  watchDayIndex: prefixOf(keys.watchDayIndex('2026-01-01')),
  /** GSI1: an order's shipments. */
  shipmentsOfOrderIndex: prefixOf(keys.shipmentsOfOrderIndex('x')),
  /** A support case (returns, damage claims). */
  supportCase: prefixOf(keys.supportCase('x').PK),
  /** The chats a customer verified in. */
  customerConversations: prefixOf(keys.customerConversationsPk('x')),
  /** GSI1: orders by phone and by customer, cases by order (a shopper's data for export / erasure). */
  phoneIndex: prefixOf(keys.phoneIndex('1')),
  customerIndex: prefixOf(keys.customerIndex('x')),
  casesOfOrderIndex: prefixOf(keys.casesOfOrderIndex('x')),
  /** Insight events (`INSIGHT#<day>#<shard>`): written in batches, read by day for the dashboard. */
  insight: prefixOf(keys.insightPk('2026-01-01', 0)),
} as const;

/** The DynamoDB actions the stores use. Scan and BatchWriteItem each for one purpose; no transactions, no PartiQL. */
export type TableAction =
  | 'dynamodb:Scan'
  | 'dynamodb:BatchWriteItem'
  | 'dynamodb:GetItem'
  | 'dynamodb:Query'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem';

/** One statement: these actions, on the table or one of its indexes, optionally on some key prefixes only. */
export interface TableRule {
  readonly actions: readonly TableAction[];
  /** Partition-key prefixes the request must stay within (`dynamodb:LeadingKeys`). @default - any key */
  readonly keyPrefixes?: readonly string[];
  /** The GSI this rule is for (Query only). @default - the table itself */
  readonly index?: string;
}

const P = KEY_PREFIX;

/**
 * What each function may do in the table, read off the store methods its wiring calls (functions/handlers/
 * *-wiring.ts, webhook.ts, tracking-webhook.ts, delay-scan.ts). The tests assert these statements and what
 * they leave out.
 */
export const TABLE_ACCESS = {
  /**
   * Ingest: a conditional PutItem claims the platform event id (`EVENT#`), another appends the message or a
   * delivery status to the conversation's partition (`CONV#`); DeleteItem on claims only, to give a claim
   * back when the enqueue fails. No read at all.
   */
  ingest: [
    { actions: ['dynamodb:PutItem'], keyPrefixes: [P.claim, P.conversation] },
    { actions: ['dynamodb:DeleteItem'], keyPrefixes: [P.claim] },
  ],
  /**
   * Tracking: GetItem loads the shipment; PutItem claims tracking event ids and locks (`EVENT#`) and writes
   * the shipment and its watch entry (`SHIPMENT#`); DeleteItem on claims only.
   */
  tracking: [
    { actions: ['dynamodb:GetItem'], keyPrefixes: [P.shipment] },
    { actions: ['dynamodb:PutItem'], keyPrefixes: [P.claim, P.shipment] },
    { actions: ['dynamodb:DeleteItem'], keyPrefixes: [P.claim] },
  ],
  /** The delay scan: queries GSI1 for shipments due (`WATCH#`) and silent handoffs (`DESK#`). Nothing else. */
  delayScan: [{ actions: ['dynamodb:Query'], index: GSI1, keyPrefixes: [P.watchDayIndex, P.deskIndex] }],
  /**
   * The agent API: conversations and their transcripts (`CONV#`: get, save, append, list), the order card
   * (`ORDER#` get, its shipments through GSI1 `ORDERSHIP#`), the desk queues (GSI1 `DESK#`) and the
   * translation cache (`TRANSLATION#`); and a shopper's export / erasure (functions/core/privacy.ts): their
   * chats' partitions, cases, customer links and cached translations may be deleted — never an order, a
   * shipment or a claim — and a read-only Scan finds the orders of an e-mail address (no index holds
   * e-mails; a Scan names no key, so it cannot carry a key condition). No UpdateItem.
   */
  agentApi: [
    {
      actions: ['dynamodb:GetItem'],
      keyPrefixes: [P.conversation, P.order, P.translation, P.supportCase],
    },
    { actions: ['dynamodb:PutItem'], keyPrefixes: [P.conversation, P.translation] },
    { actions: ['dynamodb:Query'], keyPrefixes: [P.conversation, P.customerConversations] },
    {
      actions: ['dynamodb:Query'],
      index: GSI1,
      keyPrefixes: [P.deskIndex, P.shipmentsOfOrderIndex, P.phoneIndex, P.customerIndex, P.casesOfOrderIndex],
    },
    {
      actions: ['dynamodb:DeleteItem'],
      keyPrefixes: [P.conversation, P.supportCase, P.customerConversations, P.translation, P.insight],
    },
    { actions: ['dynamodb:Scan'] },
    // Insights: the dashboard reads events by day and finished days' summaries (`INSIGHT#SUMMARY#`), which it
    // and its hourly chore build and keep (a conditional PutItem); the desk records agent replies and
    // resolutions; an erasure voids the summaries that held the shopper.
    {
      actions: ['dynamodb:Query', 'dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem'],
      keyPrefixes: [P.insight],
    },
  ],
  /**
   * The worker runs the conversation and touches nearly every item kind (conversations, orders, shipments,
   * products, cases, counters, translations, customer links): read and write without a key condition, but
   * DeleteItem on claims only (it releases its reply claims), BatchWriteItem on insight events only, and no
   * Scan or transactions.
   */
  worker: [
    { actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'] },
    { actions: ['dynamodb:DeleteItem'], keyPrefixes: [P.claim] },
    { actions: ['dynamodb:Query'], index: GSI1 },
    // A turn's insight events in one batch write, to their day partitions only.
    { actions: ['dynamodb:BatchWriteItem'], keyPrefixes: [P.insight] },
  ],
} as const satisfies Record<string, readonly TableRule[]>;
export type TableAccess = keyof typeof TABLE_ACCESS;

/**
 * The statement of one rule. ForAllValues:StringLike over `dynamodb:LeadingKeys`: every partition key the
 * request names must match a prefix. (ForAllValues would also pass a request that names no key at all, such
 * as a Scan: the one Scan granted, to the agent API, is a rule of its own, without a key condition.) DynamoDB has no condition key for the sort key: a `CONV#` grant
 * covers the whole conversation partition.
 */
function tableStatement(table: ITable, rule: TableRule): PolicyStatement {
  return new PolicyStatement({
    actions: [...rule.actions],
    resources: [rule.index ? `${table.tableArn}/index/${rule.index}` : table.tableArn],
    ...(rule.keyPrefixes
      ? {
          conditions: {
            'ForAllValues:StringLike': {
              'dynamodb:LeadingKeys': rule.keyPrefixes.map((prefix) => `${prefix}*`),
            },
          },
        }
      : {}),
  });
}

/**
 * Sets TABLE_NAME and grants exactly the rules of `access` (TABLE_ACCESS), one statement each.
 * @example
 * bindTable(worker, table, 'worker');
 */
export function bindTable(
  fn: CrossdeskFunction,
  table: ITable,
  access: TableAccess | readonly TableRule[],
): void {
  fn.addEnvironment('TABLE_NAME', table.tableName);
  const rules: readonly TableRule[] = typeof access === 'string' ? TABLE_ACCESS[access] : access;
  for (const rule of rules) fn.addToRolePolicy(tableStatement(table, rule));
}

/**
 * Sets QUEUE_URL and grants sqs:SendMessage only. Consumers get their rights from the event source.
 * @example
 * bindQueueSender(ingest, queue);
 */
export function bindQueueSender(fn: CrossdeskFunction, queue: IQueue): void {
  fn.addEnvironment('QUEUE_URL', queue.queueUrl);
  fn.addToRolePolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }));
  // A KMS-encrypted queue would also need kms:GenerateDataKey; ours uses SQS-managed SSE.
  if (queue.encryptionMasterKey) queue.encryptionMasterKey.grantEncryptDecrypt(fn);
}

/** A secret of one group (functions/config.ts SECRET_GROUPS) and the name the function reads it by. */
export interface GroupSecret {
  readonly secret: ISecret;
  /** The secret's name (or ARN), as GetSecretValue's SecretId. */
  readonly id: string;
}

/**
 * Sets SECRET_IDS (`{"<group>": "<secret id>"}`) and grants reading those secrets only (GetSecretValue,
 * DescribeSecret). `grantRead` is used on purpose: a secret referenced by name has a partial ARN, and it
 * appends the `-??????` suffix Secrets Manager adds to every secret ARN.
 * @example
 * bindSecrets(ingest, { 'whatsapp-webhook': { secret, id: 'crossdesk/whatsapp-webhook' } });
 */
export function bindSecrets(fn: CrossdeskFunction, secrets: Partial<Record<SecretGroup, GroupSecret>>): void {
  const entries = Object.entries(secrets) as [SecretGroup, GroupSecret][];
  if (entries.length === 0) return;
  fn.addEnvironment('SECRET_IDS', JSON.stringify(Object.fromEntries(entries.map(([g, s]) => [g, s.id]))));
  for (const [, { secret }] of entries) secret.grantRead(fn);
}

export type BucketAccess = 'read' | 'readDelete' | 'readWrite';

/**
 * Sets MEDIA_BUCKET and grants object get (and put) on the bucket's objects. No list, no delete.
 * @example
 * bindMediaBucket(worker, bucket, 'readWrite');
 */
export function bindMediaBucket(fn: CrossdeskFunction, bucket: IBucket, access: BucketAccess): void {
  fn.addEnvironment('MEDIA_BUCKET', bucket.bucketName);
  // readDelete: the agent API reads photos and erases a shopper's media (privacy delete), never writes.
  const actions =
    access === 'readWrite'
      ? ['s3:GetObject', 's3:PutObject']
      : access === 'readDelete'
        ? ['s3:GetObject', 's3:DeleteObject']
        : ['s3:GetObject'];
  fn.addToRolePolicy(new PolicyStatement({ actions, resources: [bucket.arnForObjects('*')] }));
}

/**
 * Sets TRANSLATOR=aws and grants translate:TranslateText, nothing else of Translate.
 *
 * The grant is on "*" and lives in a policy of its own, so its cdk-nag acknowledgement names exactly this
 * statement. TranslateText translates text, not a resource: the Service Authorization Reference gives it
 * no required resource type, and IAM evaluates a call without TerminologyNames against "*". Scoping to
 * `terminology/*` would therefore deny every plain translation (the adapter sends a terminology only when
 * TRANSLATE_TERMINOLOGY is set). What the function can do with it is bounded by the action: turn text
 * into other text, billed per character, touching no stored data.
 * @example
 * bindTranslator(worker);
 */
export function bindTranslator(fn: CrossdeskFunction): Policy {
  fn.addEnvironment('TRANSLATOR', 'aws');
  const policy = new Policy(Stack.of(fn), `${fn.node.id}TranslatePolicy`, {
    statements: [new PolicyStatement({ actions: ['translate:TranslateText'], resources: ['*'] })],
  });
  policy.attachToRole(fn.serviceRole);
  Validations.of(policy).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'translate:TranslateText supports no resource-level permission for plain text (no terminology in the request is authorized against "*"); the policy holds this one action only, no terminology import, batch job or data access.',
  });
  return policy;
}

export interface AgentEmailBinding {
  /** The SES sender; its address or its domain must be a verified SES identity in this account and region. */
  readonly from: string;
  /** The agents who receive handoff e-mails. */
  readonly to: readonly string[];
}

/**
 * Sets AGENT_EMAILS and SES_FROM_ADDRESS and grants ses:SendEmail on the sender's identity only.
 *
 * SES authorizes a send against the identity the From address resolves to: the address itself if it is
 * verified, otherwise its domain. Both ARNs are listed because the stack cannot know which one the
 * merchant verified; neither is a wildcard. The conditions pin the From address and restrict recipients
 * to the configured agents, so a worker that processes shoppers' text cannot be turned into a mail relay
 * even through the domain identity.
 * @example
 * bindAgentEmail(worker, { from: 'desk@shop.example', to: ['ana@shop.example'] });
 */
export function bindAgentEmail(fn: CrossdeskFunction, binding: AgentEmailBinding): void {
  fn.addEnvironment('AGENT_EMAILS', binding.to.join(','));
  fn.addEnvironment('SES_FROM_ADDRESS', binding.from);
  const stack = Stack.of(fn);
  const domain = binding.from.slice(binding.from.lastIndexOf('@') + 1);
  const identities = [...new Set([binding.from, domain])];
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: identities.map((identity) =>
        stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
      ),
      conditions: {
        StringEquals: { 'ses:FromAddress': binding.from },
        'ForAllValues:StringEquals': { 'ses:Recipients': [...binding.to] },
      },
    }),
  );
}
