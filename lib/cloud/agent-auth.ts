// Who may act as an agent: a Cognito user pool that only admins can add people to, its hosted sign-in
// domain, the console's public app client (authorization code + PKCE), and the JWT authorizer that guards
// every /agent route. Agents read shoppers' names, addresses and orders, so the pool is set up for that:
// MFA required, Plus-tier threat protection, short sessions, retained on stack deletion.
import { Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  AccountRecovery,
  CfnUserPoolRiskConfigurationAttachment,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** The password policy agents get; exported so the tests assert the template against one source. */
export const AGENT_PASSWORD_POLICY = {
  // NIST SP 800-63B favours length over composition; the classes stay because cdk-nag COG1 requires them.
  minLength: 14,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
  // An invited agent has three days to set a real password before an admin must re-invite.
  tempPasswordValidity: Duration.days(3),
  // Plus tier: a leaked old password cannot simply be set again.
  passwordHistorySize: 5,
} as const;

/**
 * How long a console session lasts. One hour for the tokens the API accepts; the refresh token covers one
 * working shift, so a stolen browser session dies within a day and agents pass MFA once per shift.
 */
export const AGENT_TOKEN_VALIDITY = {
  idToken: Duration.hours(1),
  accessToken: Duration.hours(1),
  refreshToken: Duration.hours(12),
} as const;

// Cognito rejects prefixes containing these words (they would look like AWS's own domains).
const RESERVED_PREFIX_WORDS = ['aws', 'amazon', 'cognito'] as const;
const PREFIX_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// "-agents-" plus a 12-digit account id.
const DEFAULT_PREFIX_SUFFIX_LENGTH = 20;

/**
 * The default hosted-UI prefix: the stack name made DNS-safe, then `-agents-{account id}`. Prefixes are
 * global per region across all AWS customers, so the stack name alone would collide with anyone else who
 * deploys a "Crossdesk" stack; the account id makes it unique without configuration.
 */
export function defaultCognitoDomainPrefix(stack: Stack): string {
  let base = stack.stackName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  // Until stable: removing one word can join its neighbours into another ("cogawsnito").
  for (let previous = ''; previous !== base; ) {
    previous = base;
    for (const word of RESERVED_PREFIX_WORDS) base = base.replaceAll(word, '');
  }
  base = base
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 63 - DEFAULT_PREFIX_SUFFIX_LENGTH)
    .replace(/-$/, '');
  return `${base || 'crossdesk'}-agents-${stack.account}`;
}

export class CognitoDomainPrefixError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CognitoDomainPrefixError';
  }
}

/** Fails at synth, naming the rule, instead of at deploy time after the rest of the stack rolled out. */
export function assertCognitoDomainPrefix(prefix: string): void {
  if (Token.isUnresolved(prefix)) return;
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new CognitoDomainPrefixError(
      `cognitoDomainPrefix "${prefix}" must be 1-63 lowercase letters, digits or inner hyphens`,
    );
  }
  const reserved = RESERVED_PREFIX_WORDS.find((word) => prefix.includes(word));
  if (reserved) {
    throw new CognitoDomainPrefixError(`cognitoDomainPrefix "${prefix}" must not contain "${reserved}"`);
  }
}

export interface AgentAuthProps {
  /** The console page: the app client's only callback and sign-out URL, and the link in invitations. */
  readonly consoleUrl: string;
  /** Hosted UI prefix (`https://{prefix}.auth.{region}.amazoncognito.com`). @default defaultCognitoDomainPrefix(stack) */
  readonly domainPrefix?: string;
}

/**
 * The agents' user pool, hosted sign-in domain, console app client and JWT authorizer.
 * @example
 * const auth = new AgentAuth(this, 'AgentAuth', { consoleUrl: `${api.apiEndpoint}/console` });
 * api.addRoutes({ path: '/agent/{proxy+}', methods: [HttpMethod.ANY], integration, authorizer: auth.authorizer });
 */
export class AgentAuth extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  readonly consoleClient: UserPoolClient;
  readonly authorizer: HttpJwtAuthorizer;
  /** The token issuer the authorizer trusts: `https://cognito-idp.{region}.{suffix}/{pool id}`. */
  readonly issuer: string;
  /** The hosted UI base URL (COGNITO_DOMAIN_URL): the console sends agents here to sign in. */
  readonly domainUrl: string;

  constructor(scope: Construct, id: string, props: AgentAuthProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const domainPrefix = props.domainPrefix ?? defaultCognitoDomainPrefix(stack);
    assertCognitoDomainPrefix(domainPrefix);

    this.userPool = new UserPool(this, 'UserPool', {
      // Admins invite agents (AdminCreateUser); nobody can register themselves into the agent console.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // An agent who changes their address keeps signing in with the old one until the new one is verified,
      // so a typo (or an attacker with a session) cannot move the account to an unverified mailbox.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: AGENT_PASSWORD_POLICY,
      // TOTP only: SMS codes are phishable and SIM-swappable, and SMS needs an SNS role and costs per message.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      // Plus tier for threat protection (compromised-credential checks, adaptive authentication). It is
      // billed per monthly active user with no free tier, and only agents sign in here: a few cents per agent
      // per month, no per-shopper cost.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Your Crossdesk agent account',
        emailBody: `You have been invited to the Crossdesk agent console.<br>Username: {username}<br>Temporary password: {####}<br>Sign in at ${props.consoleUrl} and set up an authenticator app when asked.`,
      },
      deletionProtection: true,
      // The pool holds every agent's account and MFA secret: a stack deletion must not take it along.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Explicit rather than Cognito's defaults, so a review can read what happens on a risky sign-in.
    // Notify is off: it would need an SES identity for Cognito itself; every sign-in still needs TOTP.
    new CfnUserPoolRiskConfigurationAttachment(this, 'RiskConfiguration', {
      userPoolId: this.userPool.userPoolId,
      clientId: 'ALL',
      compromisedCredentialsRiskConfiguration: {
        eventFilter: ['SIGN_IN', 'PASSWORD_CHANGE'],
        actions: { eventAction: 'BLOCK' },
      },
      accountTakeoverRiskConfiguration: {
        actions: {
          lowAction: { eventAction: 'NO_ACTION', notify: false },
          mediumAction: { eventAction: 'MFA_REQUIRED', notify: false },
          highAction: { eventAction: 'BLOCK', notify: false },
        },
      },
    });

    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix } });
    this.domainUrl = this.domain.baseUrl();

    this.consoleClient = this.userPool.addClient('ConsoleClient', {
      // A browser page cannot keep a secret: a public client, protected by PKCE instead.
      generateSecret: false,
      // SRP only (the password never reaches Cognito in the clear); no USER_PASSWORD_AUTH, admin or custom
      // flows that would let a script try passwords against the pool outside the hosted UI.
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [props.consoleUrl],
        logoutUrls: [props.consoleUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      idTokenValidity: AGENT_TOKEN_VALIDITY.idToken,
      accessTokenValidity: AGENT_TOKEN_VALIDITY.accessToken,
      refreshTokenValidity: AGENT_TOKEN_VALIDITY.refreshToken,
      enableTokenRevocation: true,
      // Sign-in and password-reset errors do not reveal whether an address belongs to an agent.
      preventUserExistenceErrors: true,
    });

    this.issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
    // The audience is the console client: API Gateway checks `aud` (ID tokens) or `client_id` (access
    // tokens), so a token minted for any other client of this pool is refused.
    this.authorizer = new HttpJwtAuthorizer('AgentJwtAuthorizer', this.issuer, {
      authorizerName: 'crossdesk-agents',
      jwtAudience: [this.consoleClient.userPoolClientId],
    });
  }
}
