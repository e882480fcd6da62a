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
  const statements = (fn: Fn): Statement[] => {
    const roleId = (fnProps(fn).Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    return ofType('AWS::IAM::Policy')
      .filter(([, p]) =>
        (p.Properties.Roles as unknown[]).some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleId })),
      )
      .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  };
  return { ofType, functionId, fnProps, env, statements };
}
export type StackView = ReturnType<typeof stackView>;
