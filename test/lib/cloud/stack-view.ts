// Reading a synthesized Crossdesk template the way the least-privilege tests need: each function found by
// its Powertools service name, its environment, and the IAM statements of its role.
type Resource = { Type: string; Properties: Record<string, unknown> } & Record<string, unknown>;

export type Statement = {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
  Condition?: Record<string, Record<string, string[]>>;
};

export const SERVICES = {
  ingest: 'crossdesk-ingest',
  worker: 'crossdesk-worker',
  agentApi: 'crossdesk-agent-api',
  delayScan: 'crossdesk-delay-scan',
  tracking: 'crossdesk-tracking',
} as const;
export type Fn = keyof typeof SERVICES;
export const FUNCTIONS = Object.keys(SERVICES) as Fn[];

/** Stand-ins for the pseudo parameters a synthesized ARN is joined from. */
const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': 'eu-west-1',
  'AWS::AccountId': '123456789012',
};

/**
 * A statement's resource as an IAM pattern. Pseudo parameters become sample values; any other intrinsic
 * becomes `*`, so a deny check errs towards "may match".
 */
function resourcePattern(resource: unknown): string {
  if (typeof resource === 'string') return resource;
  if (resource && typeof resource === 'object') {
    const join = (resource as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
    if (join) return join[1].map(resourcePattern).join(join[0]);
    const ref = (resource as { Ref?: string }).Ref;
    if (ref && PSEUDO[ref]) return PSEUDO[ref];
  }
  return '*';
}

/** IAM's ARN matching: `*` any run of characters, `?` exactly one. */
function arnLike(pattern: string, arn: string): boolean {
  const regex = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${regex}$`).test(arn);
}

export function stackView(resources: Record<string, Resource>) {
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const functionId = (fn: Fn): string => {
    const found = ofType('AWS::Lambda::Function').find(
      ([, r]) =>
        (r.Properties.Environment as { Variables: Record<string, unknown> }).Variables
          .POWERTOOLS_SERVICE_NAME === SERVICES[fn],
    );
    if (!found) throw new Error(`no function for ${fn}`);
    return found[0];
  };
  const fnProps = (fn: Fn) => (resources[functionId(fn)] as Resource).Properties;
  const env = (fn: Fn) => (fnProps(fn).Environment as { Variables: Record<string, string> }).Variables;
  const policiesOf = (fn: Fn) => {
    const roleId = (fnProps(fn).Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    return ofType('AWS::IAM::Policy').filter(([, p]) =>
      (p.Properties.Roles as unknown[]).some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleId })),
    );
  };
  const statements = (fn: Fn): Statement[] =>
    policiesOf(fn).flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  const actions = (fn: Fn): string[] =>
    statements(fn).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
  /**
   * Would IAM let `fn` call GetSecretValue on the secret named `name`? Evaluated on the real ARN shape
   * (`…:secret:<name>-<6 random characters>`), so a wildcard that happens to cover it counts as a grant.
   */
  const canReadSecret = (fn: Fn, name: string): boolean => {
    const arn = `arn:aws:secretsmanager:eu-west-1:123456789012:secret:${name}-AbC123`;
    return statements(fn).some((s) => {
      if (s.Effect !== 'Allow') return false;
      const actions = Array.isArray(s.Action) ? s.Action : [s.Action];
      if (!actions.some((a) => ['secretsmanager:GetSecretValue', 'secretsmanager:*', '*'].includes(a)))
        return false;
      const list = Array.isArray(s.Resource) ? s.Resource : [s.Resource];
      return list.some((r) => arnLike(resourcePattern(r), arn));
    });
  };
  return { ofType, functionId, fnProps, env, policiesOf, statements, actions, canReadSecret };
}
export type StackView = ReturnType<typeof stackView>;
