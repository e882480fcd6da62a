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
// keys.ts is a leaf module of constants (no imports, no SDK): the claim prefix is read from the one file
// that knows key shapes rather than repeated here, so the IAM condition cannot drift from the keys.
import { CLAIM_PK_PREFIX } from '../../functions/stores/keys';
import type { CrossdeskFunction } from './crossdesk-function';

const TABLE_READ = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
const TABLE_WRITE = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

export const TABLE_ACTIONS = {
  /**
   * Ingest: one conditional PutItem claims the platform event id, another persists the message; plus
   * DeleteItem on claim items only (`claimReleaseStatement`) to give a claim back when the enqueue fails.
   */
  put: ['dynamodb:PutItem'],
  /**
   * Tracking: GetItem loads the shipment, PutItem claims tracking event ids and writes the shipment (and
   * its watch entry); plus DeleteItem on claim items only, as for ingest.
   */
  getPut: ['dynamodb:GetItem', 'dynamodb:PutItem'],
  read: [...TABLE_READ],
  readWrite: [...TABLE_READ, ...TABLE_WRITE],
} as const satisfies Record<string, readonly string[]>;
export type TableAccess = keyof typeof TABLE_ACTIONS;

/**
 * The statement that lets ingest (and tracking) release a claim. Releasing is a DeleteItem, but neither may
 * delete anything else (messages, conversations, orders): `dynamodb:LeadingKeys` is the partition key
 * the request touches, and only claims have a PK starting with the claim prefix. ForAllValues would also
 * pass a request with no key at all, which DeleteItem never is: it always names one item.
 */
function claimReleaseStatement(table: ITable): PolicyStatement {
  return new PolicyStatement({
    actions: ['dynamodb:DeleteItem'],
    resources: [table.tableArn],
    conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${CLAIM_PK_PREFIX}*`] } },
  });
}

export interface BindTableOptions {
  /** Global secondary indexes the function may Query (only meaningful with read access). @default [] */
  readonly queryIndexes?: readonly string[];
}

/**
 * Sets TABLE_NAME and grants exactly the table actions of `access`.
 * @example
 * bindTable(worker, table, 'readWrite', { queryIndexes: ['GSI1'] });
 */
export function bindTable(
  fn: CrossdeskFunction,
  table: ITable,
  access: TableAccess,
  options: BindTableOptions = {},
): void {
  fn.addEnvironment('TABLE_NAME', table.tableName);
  const actions: readonly string[] = TABLE_ACTIONS[access];
  fn.addToRolePolicy(new PolicyStatement({ actions: [...actions], resources: [table.tableArn] }));
  if (access === 'put' || access === 'getPut') fn.addToRolePolicy(claimReleaseStatement(table));
  const indexes = options.queryIndexes ?? [];
  if (indexes.length > 0 && actions.includes('dynamodb:Query')) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: indexes.map((index) => `${table.tableArn}/index/${index}`),
      }),
    );
  }
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

/**
 * Sets SECRETS_NAME and grants reading that one secret (GetSecretValue, DescribeSecret).
 * `grantRead` is used on purpose: a secret referenced by name has a partial ARN, and it appends the
 * `-??????` suffix Secrets Manager adds to every secret ARN.
 * @example
 * bindSecret(worker, Secret.fromSecretNameV2(this, 'Channels', 'crossdesk/channels'), 'crossdesk/channels');
 */
export function bindSecret(fn: CrossdeskFunction, secret: ISecret, secretName: string): void {
  fn.addEnvironment('SECRETS_NAME', secretName);
  secret.grantRead(fn);
}

export type BucketAccess = 'read' | 'readWrite';

/**
 * Sets MEDIA_BUCKET and grants object get (and put) on the bucket's objects. No list, no delete.
 * @example
 * bindMediaBucket(worker, bucket, 'readWrite');
 */
export function bindMediaBucket(fn: CrossdeskFunction, bucket: IBucket, access: BucketAccess): void {
  fn.addEnvironment('MEDIA_BUCKET', bucket.bucketName);
  const actions = access === 'readWrite' ? ['s3:GetObject', 's3:PutObject'] : ['s3:GetObject'];
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
