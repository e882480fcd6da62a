// AWS WAF where it can be attached: the agents' Cognito user pool (hosted sign-in, token and refresh calls).
// AWS WAF protects CloudFront, API Gateway REST APIs, ALBs, AppSync, Cognito user pools, App Runner, Amplify
// and Verified Access, but not API Gateway HTTP APIs, so the webhooks and the agent API are protected by
// per-route throttles (http-api.ts) and reserved concurrency instead (docs/security.md, "The AWS edge").
import { Duration, Stack } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** Requests per client IP per 5-minute window before WAF blocks that IP (until it falls below again). */
export const SIGN_IN_RATE_LIMITS = {
  /** Every request to the pool's endpoints: pages, assets, token refreshes. */
  requestsPerIp: 300,
  /** POSTs only: password, MFA code and token exchanges — what a credential-stuffing run sends. */
  postsPerIp: 50,
} as const;
export const SIGN_IN_RATE_WINDOW = Duration.minutes(5);

/** Rule (and metric) names; the rate rules' BlockedRequests feed the stack's alarm. */
export const SIGN_IN_RULES = {
  ipReputation: 'AwsIpReputationList',
  posts: 'SignInPostsPerIp',
  requests: 'RequestsPerIp',
} as const;

export interface SignInFirewallProps {
  readonly userPool: IUserPool;
}

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const rateRule = (
  name: string,
  priority: number,
  limit: number,
  scopeDownStatement?: CfnWebACL.StatementProperty,
): CfnWebACL.RuleProperty => ({
  name,
  priority,
  action: { block: {} },
  statement: {
    rateBasedStatement: {
      limit,
      aggregateKeyType: 'IP',
      evaluationWindowSec: SIGN_IN_RATE_WINDOW.toSeconds(),
      ...(scopeDownStatement ? { scopeDownStatement } : {}),
    },
  },
  visibilityConfig: visibility(name),
});

/**
 * A REGIONAL web ACL on the agents' user pool: AWS's IP reputation list, then per-IP rate limits on POSTs and
 * on all requests. Default action: allow (Cognito still requires the password and TOTP).
 * @example
 * new SignInFirewall(this, 'SignInFirewall', { userPool: agentAuth.userPool });
 */
export class SignInFirewall extends Construct {
  readonly webAcl: CfnWebACL;
  readonly webAclName: string;

  constructor(scope: Construct, id: string, props: SignInFirewallProps) {
    super(scope, id);
    // Named, because the WAF metrics are dimensioned by the web ACL's name.
    this.webAclName = `${Stack.of(this).stackName}-agent-sign-in`;
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: this.webAclName,
      description: 'Crossdesk: rate limits and IP reputation in front of the agents Cognito sign-in',
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('CrossdeskAgentSignIn'),
      rules: [
        {
          name: SIGN_IN_RULES.ipReputation,
          priority: 0,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesAmazonIpReputationList' },
          },
          visibilityConfig: visibility(SIGN_IN_RULES.ipReputation),
        },
        rateRule(SIGN_IN_RULES.posts, 1, SIGN_IN_RATE_LIMITS.postsPerIp, {
          byteMatchStatement: {
            fieldToMatch: { method: {} },
            positionalConstraint: 'EXACTLY',
            searchString: 'POST',
            textTransformations: [{ priority: 0, type: 'NONE' }],
          },
        }),
        rateRule(SIGN_IN_RULES.requests, 2, SIGN_IN_RATE_LIMITS.requestsPerIp),
      ],
    });
    new CfnWebACLAssociation(this, 'UserPoolAssociation', {
      resourceArn: props.userPool.userPoolArn,
      webAclArn: this.webAcl.attrArn,
    });
  }

  /** Requests one rule blocked (WAF's BlockedRequests), summed over 5 minutes. */
  metricBlocked(rule: string): Metric {
    return new Metric({
      namespace: 'AWS/WAFV2',
      metricName: 'BlockedRequests',
      dimensionsMap: { WebACL: this.webAclName, Rule: rule, Region: Stack.of(this).region },
      period: Duration.minutes(5),
      statistic: 'Sum',
    });
  }
}
