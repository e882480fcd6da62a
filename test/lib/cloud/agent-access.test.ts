// The agent side of the stack: who can sign in (Cognito), what the JWT guards, what each function is told
// and allowed for agents (translation, notifiers, SES). crossdesk-stack.test.ts covers the rest.
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECRET_NAMES } from '../../../functions/config';
import {
  AGENT_PASSWORD_POLICY,
  AGENT_TOKEN_VALIDITY,
  CognitoDomainPrefixError,
  defaultCognitoDomainPrefix,
} from '../../../lib/cloud/agent-auth';
import { AgentNotifierConfigError } from '../../../lib/cloud/agent-notifiers';
import { CrossdeskStack, type CrossdeskStackProps } from '../../../lib/cloud/crossdesk-stack';
import {
  AGENT_THROTTLE,
  DEFAULT_ROUTE_THROTTLE,
  HANDSHAKE_THROTTLE,
  PUBLIC_PAGE_THROTTLE,
  TRACKING_THROTTLE,
  WEBHOOK_THROTTLE,
} from '../../../lib/cloud/http-api';
import { readMerchantConfigFile } from '../../../lib/cloud/merchant-config-file';
import { stackView } from './stack-view';

type Resource = { Type: string; Properties: Record<string, unknown> } & Record<string, unknown>;
type Statement = { Action: string | string[]; Resource: unknown; Effect: string; Condition?: unknown };

const SERVICES = {
  ingest: 'crossdesk-ingest',
  worker: 'crossdesk-worker',
  agentApi: 'crossdesk-agent-api',
  delayScan: 'crossdesk-delay-scan',
} as const;
type Fn = keyof typeof SERVICES;
const FUNCTIONS = Object.keys(SERVICES) as Fn[];

const NOTIFIERS = {
  agentWebhookUrl: 'https://hooks.shop.example/crossdesk',
  agentEmails: ['ana@shop.example', ' li@shop.example '],
  sesFromAddress: 'desk@shop.example',
  telegramAgentsChatId: '-1001234567890',
} satisfies Partial<CrossdeskStackProps>;

// Unit synths skip esbuild, as in crossdesk-stack.test.ts.
function synth(props: Partial<CrossdeskStackProps> = {}, withNag = false) {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new CrossdeskStack(app, 'Test', { config: readMerchantConfigFile(), ...props });
  if (withNag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

/** Read-only views of one synthesized template. */
function inspect(template: Template) {
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const only = (type: string): [string, Resource] => {
    const found = ofType(type);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const { functionId, env, policiesOf, statements, actions } = stackView(
    resources as Parameters<typeof stackView>[0],
  );
  const routes = () =>
    Object.fromEntries(
      ofType('AWS::ApiGatewayV2::Route').map(([id, r]) => [r.Properties.RouteKey as string, { id, ...r }]),
    );
  return { resources, ofType, only, functionId, env, policiesOf, statements, actions, routes };
}

const apiEndpoint = (apiId: string) => ({ 'Fn::GetAtt': [apiId, 'ApiEndpoint'] });
const consoleUrl = (apiId: string) => ({ 'Fn::Join': ['', [apiEndpoint(apiId), '/console']] });

describe('agent access', () => {
  let plain: ReturnType<typeof inspect>;
  let notified: ReturnType<typeof inspect>;
  let apiId: string;

  beforeAll(() => {
    plain = inspect(Template.fromStack(synth().stack));
    notified = inspect(Template.fromStack(synth(NOTIFIERS).stack));
    apiId = plain.only('AWS::ApiGatewayV2::Api')[0];
  });

  describe('agent sign-in (Cognito)', () => {
    it('admits only agents an admin invites, by e-mail, under the strong password policy', () => {
      const [, pool] = plain.only('AWS::Cognito::UserPool');
      expect(pool.Properties).toMatchObject({
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        UsernameConfiguration: { CaseSensitive: false },
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
        Policies: {
          PasswordPolicy: {
            MinimumLength: AGENT_PASSWORD_POLICY.minLength,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            TemporaryPasswordValidityDays: 3,
            PasswordHistorySize: 5,
          },
        },
      });
      // At least what NIST SP 800-63B and cdk-nag COG1 ask for, whatever the constant says.
      expect(AGENT_PASSWORD_POLICY.minLength).toBeGreaterThanOrEqual(12);
      // The invitation tells the agent where to sign in.
      expect(JSON.stringify(pool.Properties.AdminCreateUserConfig)).toContain(
        JSON.stringify(apiEndpoint(apiId)),
      );
    });

    it('requires TOTP MFA (no SMS), runs Plus-tier threat protection, and survives a stack deletion', () => {
      const [, pool] = plain.only('AWS::Cognito::UserPool');
      expect(pool.Properties).toMatchObject({
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
      });
      expect(pool).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
      expect(pool.Properties.SmsConfiguration).toBeUndefined();
    });

    it('blocks compromised credentials and high-risk sign-ins for every client', () => {
      const [, risk] = plain.only('AWS::Cognito::UserPoolRiskConfigurationAttachment');
      expect(risk.Properties).toMatchObject({
        UserPoolId: { Ref: plain.only('AWS::Cognito::UserPool')[0] },
        ClientId: 'ALL',
        CompromisedCredentialsRiskConfiguration: {
          Actions: { EventAction: 'BLOCK' },
          EventFilter: expect.arrayContaining(['SIGN_IN', 'PASSWORD_CHANGE']),
        },
        AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: 'BLOCK' } } },
      });
    });

    it('the console client is PKCE-compatible: public, code flow only, console URL as callback and logout', () => {
      const [, client] = plain.only('AWS::Cognito::UserPoolClient');
      expect(client.Properties).toMatchObject({
        GenerateSecret: false,
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['code'],
        CallbackURLs: [consoleUrl(apiId)],
        LogoutURLs: [consoleUrl(apiId)],
        SupportedIdentityProviders: ['COGNITO'],
      });
      expect([...(client.Properties.AllowedOAuthScopes as string[])].sort()).toEqual([
        'email',
        'openid',
        'profile',
      ]);
      // No flow that takes a password outside the hosted UI's SRP exchange.
      expect([...(client.Properties.ExplicitAuthFlows as string[])].sort()).toEqual([
        'ALLOW_REFRESH_TOKEN_AUTH',
        'ALLOW_USER_SRP_AUTH',
      ]);
    });

    it('issues short-lived tokens (1 h id/access, refresh ≤ 30 days) and hides whether a user exists', () => {
      const [, client] = plain.only('AWS::Cognito::UserPoolClient');
      const minutes = (value: unknown, unit: unknown) => (unit === 'minutes' ? Number(value) : Number.NaN);
      const units = client.Properties.TokenValidityUnits as Record<string, string>;
      expect(minutes(client.Properties.IdTokenValidity, units.IdToken)).toBe(60);
      expect(minutes(client.Properties.AccessTokenValidity, units.AccessToken)).toBe(60);
      const refresh = minutes(client.Properties.RefreshTokenValidity, units.RefreshToken);
      expect(refresh).toBe(AGENT_TOKEN_VALIDITY.refreshToken.toMinutes());
      expect(refresh).toBeLessThanOrEqual(30 * 24 * 60);
      expect(client.Properties).toMatchObject({
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
      });
    });

    it('names the hosted sign-in domain after the stack and account unless a prefix is given', () => {
      const [domainId, domain] = plain.only('AWS::Cognito::UserPoolDomain');
      expect(domain.Properties.Domain).toEqual({
        'Fn::Join': ['', ['test-agents-', { Ref: 'AWS::AccountId' }]],
      });
      expect(plain.env('agentApi').COGNITO_DOMAIN_URL).toEqual({
        'Fn::Join': [
          '',
          ['https://', { Ref: domainId }, '.auth.', { Ref: 'AWS::Region' }, '.amazoncognito.com'],
        ],
      });
      const custom = inspect(Template.fromStack(synth({ cognitoDomainPrefix: 'acme-desk' }).stack));
      expect(custom.only('AWS::Cognito::UserPoolDomain')[1].Properties.Domain).toBe('acme-desk');
    });

    it('makes any stack name a valid default prefix (DNS-safe, no reserved words, ≤ 63 characters)', () => {
      const app = new App();
      const prefixOf = (name: string) =>
        defaultCognitoDomainPrefix(
          new Stack(app, name, { env: { account: '123456789012', region: 'eu-west-1' } }),
        );
      expect(prefixOf('Crossdesk')).toBe('crossdesk-agents-123456789012');
      expect(prefixOf('Shop-AWS-Cognito-Prod')).toBe('shop-prod-agents-123456789012');
      expect(prefixOf('Amazon')).toBe('crossdesk-agents-123456789012');
      const long = prefixOf(`A${'b'.repeat(120)}`);
      expect(long.length).toBeLessThanOrEqual(63);
      expect(long).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
    });

    it.each(['Acme', 'my-aws-desk', 'cognito', '-acme', 'acme_desk'])(
      'rejects the prefix "%s" at synth',
      (prefix) => {
        expect(() => synth({ cognitoDomainPrefix: prefix })).toThrow(CognitoDomainPrefixError);
      },
    );
  });

  describe('routes', () => {
    it('guards /agent/{proxy+} with a JWT authorizer trusting only this pool and the console client', () => {
      const route = plain.routes()['ANY /agent/{proxy+}'];
      const [authorizerId, authorizer] = plain.only('AWS::ApiGatewayV2::Authorizer');
      expect(route?.Properties).toMatchObject({
        AuthorizationType: 'JWT',
        AuthorizerId: { Ref: authorizerId },
      });
      expect(authorizer.Properties).toEqual({
        ApiId: { Ref: apiId },
        AuthorizerType: 'JWT',
        Name: 'crossdesk-agents',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: {
          Audience: [{ Ref: plain.only('AWS::Cognito::UserPoolClient')[0] }],
          Issuer: {
            'Fn::Join': [
              '',
              [
                'https://cognito-idp.',
                { Ref: 'AWS::Region' },
                '.',
                { Ref: 'AWS::URLSuffix' },
                '/',
                { Ref: plain.only('AWS::Cognito::UserPool')[0] },
              ],
            ],
          },
        },
      });
    });

    it('serves the console shell and the video redirect without an authorizer', () => {
      const routes = plain.routes();
      for (const key of ['GET /console', 'GET /console/{proxy+}', 'GET /video/{token}']) {
        expect(routes[key]?.Properties.AuthorizationType).toBe('NONE');
        expect(routes[key]?.Properties.AuthorizerId).toBeUndefined();
      }
    });

    it('leaves no route unauthenticated but the webhooks, the tracking updates, the console and the video redirect', () => {
      const publicKeys = Object.entries(plain.routes())
        .filter(([, r]) => r.Properties.AuthorizationType === 'NONE')
        .map(([key]) => key)
        .sort();
      expect(publicKeys).toEqual([
        'GET /console',
        'GET /console/{proxy+}',
        'GET /video/{token}',
        'GET /webhooks/whatsapp',
        'POST /tracking/17track',
        'POST /tracking/aftership',
        'POST /tracking/events',
        'POST /webhooks/{channel}',
      ]);
      for (const [key, r] of Object.entries(plain.routes()))
        if (key.includes(' /agent')) expect(r.Properties.AuthorizationType).toBe('JWT');
    });

    it('throttles every route on its own budget, after the routes exist', () => {
      const [, stage] = plain.only('AWS::ApiGatewayV2::Stage');
      // Only a route without its own setting would fall back to the (small) stage default.
      expect(stage.Properties.DefaultRouteSettings).toEqual({
        ThrottlingRateLimit: DEFAULT_ROUTE_THROTTLE.rateLimit,
        ThrottlingBurstLimit: DEFAULT_ROUTE_THROTTLE.burstLimit,
      });
      const limits = (t: { rateLimit: number; burstLimit: number }) => ({
        ThrottlingRateLimit: t.rateLimit,
        ThrottlingBurstLimit: t.burstLimit,
      });
      expect(stage.Properties.RouteSettings).toEqual({
        'POST /webhooks/{channel}': limits(WEBHOOK_THROTTLE),
        'GET /webhooks/whatsapp': limits(HANDSHAKE_THROTTLE),
        'POST /tracking/events': limits(TRACKING_THROTTLE),
        'POST /tracking/aftership': limits(TRACKING_THROTTLE),
        'POST /tracking/17track': limits(TRACKING_THROTTLE),
        'ANY /agent/{proxy+}': limits(AGENT_THROTTLE),
        'GET /console': limits(PUBLIC_PAGE_THROTTLE),
        'GET /console/{proxy+}': limits(PUBLIC_PAGE_THROTTLE),
        'GET /insights': limits(AGENT_THROTTLE),
        'GET /video/{token}': limits(PUBLIC_PAGE_THROTTLE),
      });
      // Every route has its own setting: the keys are exactly the routes.
      expect(Object.keys(stage.Properties.RouteSettings as object).sort()).toEqual(
        Object.keys(plain.routes()).sort(),
      );
      expect(AGENT_THROTTLE.rateLimit).toBeLessThan(WEBHOOK_THROTTLE.rateLimit);
      expect(TRACKING_THROTTLE.rateLimit).toBeLessThan(WEBHOOK_THROTTLE.rateLimit);
      // CloudFormation refuses route settings for routes it has not created yet.
      const routes = plain.routes();
      const dependsOn = stage.DependsOn as string[];
      for (const key of Object.keys(stage.Properties.RouteSettings as object))
        expect(dependsOn).toContain(routes[key]?.id);
    });
  });

  describe('environment', () => {
    it('tells agent-api how agents sign in and where the console and public pages live', () => {
      expect(plain.env('agentApi')).toMatchObject({
        AGENT_AUTH: 'cognito',
        TRANSLATOR: 'aws',
        CONSOLE_URL: consoleUrl(apiId),
        PUBLIC_BASE_URL: apiEndpoint(apiId),
        COGNITO_CLIENT_ID: { Ref: plain.only('AWS::Cognito::UserPoolClient')[0] },
      });
    });

    it('gives the worker translation and links; ingest and the delay scan get none of the agent side', () => {
      expect(plain.env('worker')).toMatchObject({
        TRANSLATOR: 'aws',
        CONSOLE_URL: consoleUrl(apiId),
        PUBLIC_BASE_URL: apiEndpoint(apiId),
      });
      for (const name of ['AGENT_AUTH', 'COGNITO_DOMAIN_URL', 'COGNITO_CLIENT_ID'])
        expect(plain.env('worker')).not.toHaveProperty(name);
      const agentSide = /^(TRANSLATOR|AGENT_|COGNITO_|CONSOLE_URL|PUBLIC_BASE_URL|SES_|TELEGRAM_AGENTS)/;
      for (const fn of ['ingest', 'delayScan'] as const)
        expect(Object.keys(notified.env(fn)).filter((name) => agentSide.test(name))).toEqual([]);
    });

    it('passes notifier settings to the worker only, and only when configured', () => {
      const notifierNames = [
        'AGENT_WEBHOOK_URL',
        'AGENT_EMAILS',
        'SES_FROM_ADDRESS',
        'TELEGRAM_AGENTS_CHAT_ID',
      ];
      for (const fn of FUNCTIONS)
        for (const name of notifierNames) expect(plain.env(fn)).not.toHaveProperty(name);
      expect(notified.env('worker')).toMatchObject({
        AGENT_WEBHOOK_URL: NOTIFIERS.agentWebhookUrl,
        AGENT_EMAILS: 'ana@shop.example,li@shop.example',
        SES_FROM_ADDRESS: NOTIFIERS.sesFromAddress,
        TELEGRAM_AGENTS_CHAT_ID: NOTIFIERS.telegramAgentsChatId,
      });
      for (const fn of ['ingest', 'agentApi', 'delayScan'] as const)
        for (const name of notifierNames) expect(notified.env(fn)).not.toHaveProperty(name);
    });

    it('never puts agent-side secrets in an environment: they are read from the secret by name', () => {
      const agentSecrets = ['AGENT_WEBHOOK_SECRET', 'SLACK_WEBHOOK_URL', 'VIDEO_LINK_SECRET'] as const;
      for (const name of agentSecrets) expect(SECRET_NAMES).toContain(name);
      for (const fn of FUNCTIONS)
        for (const name of agentSecrets) expect(notified.env(fn)).not.toHaveProperty(name);
      for (const fn of ['worker', 'agentApi'] as const)
        expect(JSON.parse(notified.env(fn).SECRET_IDS as string)).toHaveProperty(
          'agents',
          'crossdesk/agents',
        );
      // The notifiers' secrets are the worker's alone.
      expect(JSON.parse(notified.env('worker').SECRET_IDS as string)).toHaveProperty('notifiers');
      expect(JSON.parse(notified.env('agentApi').SECRET_IDS as string)).not.toHaveProperty('notifiers');
    });

    it('the Telegram agents group brings the bot token to the worker, never to ingest', () => {
      const secretIds = (fn: Fn) => JSON.parse(notified.env(fn).SECRET_IDS as string) as object;
      expect(secretIds('worker')).toHaveProperty('telegram', 'crossdesk/telegram');
      // Ingest verifies the group's updates like any other Telegram webhook: secret token and bot id only.
      expect(secretIds('ingest')).toHaveProperty('telegram-webhook', 'crossdesk/telegram-webhook');
      expect(secretIds('ingest')).not.toHaveProperty('telegram');
      const ingestSecrets = JSON.stringify(
        notified.statements('ingest').filter((s) => JSON.stringify(s.Action).includes('GetSecretValue')),
      );
      expect(ingestSecrets).toContain(':secret:crossdesk/telegram-webhook-??????');
      expect(ingestSecrets).not.toContain(':secret:crossdesk/telegram-??????');
      expect(notified.env('ingest')).not.toHaveProperty('TELEGRAM_BOT_TOKEN');
    });

    it.each([
      ['agentEmails without sesFromAddress', { agentEmails: ['ana@shop.example'] }],
      ['an invalid agent address', { agentEmails: ['ana'], sesFromAddress: 'desk@shop.example' }],
      ['an invalid sender', { agentEmails: ['ana@shop.example'], sesFromAddress: 'desk' }],
      ['a plain-http webhook', { agentWebhookUrl: 'http://hooks.shop.example/x' }],
      ['a webhook that is not a URL', { agentWebhookUrl: 'hooks' }],
      ['a chat id that is not numeric', { telegramAgentsChatId: '@agents' }],
    ])('fails synth on %s', (_label, props) => {
      expect(() => synth(props)).toThrow(AgentNotifierConfigError);
    });
  });

  describe('least privilege', () => {
    it('worker and agent-api may translate; ingest and the delay scan may not', () => {
      for (const view of [plain, notified]) {
        expect(view.actions('worker')).toContain('translate:TranslateText');
        expect(view.actions('agentApi')).toContain('translate:TranslateText');
        expect(view.actions('ingest').filter((a) => a.startsWith('translate:'))).toEqual([]);
        expect(view.actions('delayScan').filter((a) => a.startsWith('translate:'))).toEqual([]);
      }
    });

    it('keeps TranslateText alone in a policy of its own, so its "*" acknowledgement covers nothing else', () => {
      for (const fn of ['worker', 'agentApi'] as const) {
        const translating = plain
          .policiesOf(fn)
          .filter(([, p]) => JSON.stringify(p.Properties.PolicyDocument).includes('translate:'));
        expect(translating).toHaveLength(1);
        expect(
          (translating[0]![1].Properties.PolicyDocument as { Statement: Statement[] }).Statement,
        ).toEqual([{ Effect: 'Allow', Action: 'translate:TranslateText', Resource: '*' }]);
      }
    });

    it('grants no SES at all when no agent e-mails are configured', () => {
      for (const fn of FUNCTIONS) expect(plain.actions(fn).filter((a) => a.startsWith('ses:'))).toEqual([]);
    });

    it('grants the worker alone ses:SendEmail, on the sender identity, from that address, to the agents', () => {
      const identity = (name: string) => ({
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            ':ses:',
            { Ref: 'AWS::Region' },
            ':',
            { Ref: 'AWS::AccountId' },
            `:identity/${name}`,
          ],
        ],
      });
      const ses = notified.statements('worker').filter((s) => JSON.stringify(s.Action).includes('ses:'));
      expect(ses).toEqual([
        {
          Effect: 'Allow',
          Action: 'ses:SendEmail',
          Resource: [identity('desk@shop.example'), identity('shop.example')],
          Condition: {
            StringEquals: { 'ses:FromAddress': 'desk@shop.example' },
            'ForAllValues:StringEquals': { 'ses:Recipients': ['ana@shop.example', 'li@shop.example'] },
          },
        },
      ]);
      for (const fn of ['ingest', 'agentApi', 'delayScan'] as const)
        expect(notified.actions(fn).filter((a) => a.startsWith('ses:'))).toEqual([]);
    });
  });

  describe('cdk-nag AwsSolutions', () => {
    it('finds nothing unacknowledged with every notifier configured', () => {
      const { app } = synth(NOTIFIERS, true);
      expect(() => app.synth()).not.toThrow();
    });

    it('acknowledges unauthenticated routes one by one: a new public route fails synth', () => {
      const { app, stack } = synth({}, true);
      stack.api.addRoutes({
        path: '/agent-export',
        methods: [HttpMethod.GET],
        integration: new HttpLambdaIntegration('Unchecked', stack.functions.agentApi),
      });
      expect(() => app.synth()).toThrow(/AwsSolutions-APIG4\b/);
    });
  });
});
