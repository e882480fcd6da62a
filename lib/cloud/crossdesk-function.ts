// The one NodejsFunction flavour Crossdesk deploys: every Lambda gets the same runtime, bundling, logging
// and tracing, so a handler's construct only says what differs (entry, memory, timeout, grants).
import { Duration, Validations } from 'aws-cdk-lib';
import { type IRole, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { type HandlerName, HOUSE_BUNDLING, HOUSE_NODE_OPTIONS, handlerEntry, PROJECT_ROOT } from './bundling';

export type CrossdeskLogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

export interface CrossdeskFunctionProps {
  /** Which entry point under `functions/handlers/` this function runs. */
  readonly handlerName: HandlerName;
  /** Powertools `serviceName`: the `service` key on every structured log line. */
  readonly serviceName: string;
  /** @default - a description naming the handler */
  readonly description?: string;
  /** @default 256 (MB) */
  readonly memorySize?: number;
  /** @default Duration.seconds(10) */
  readonly timeout?: Duration;
  /** @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** Powertools and Lambda application log level, kept equal so neither drops the other's lines. @default 'INFO' */
  readonly logLevel?: CrossdeskLogLevel;
  /**
   * Build-time constants (esbuild `define`), e.g. the merchant config for a function whose config outgrows
   * the 4 KB Lambda environment. @default {}
   */
  readonly define?: Readonly<Record<string, string>>;
  /**
   * Concurrent executions reserved for (and capped at) this function: a flood on one entry point can neither
   * starve the others nor run up an unbounded bill. @default - unreserved (shares the account pool)
   */
  readonly reservedConcurrentExecutions?: number;
  /** Extra environment; the bind helpers in `bind.ts` add the resource names. @default {} */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * Shell commands run after esbuild, given the asset's output directory (files the handler reads beside
   * its bundle, e.g. the Chime join page's browser SDK). @default - none
   */
  readonly afterBundling?: (outputDir: string) => string[];
}

/**
 * A Crossdesk Lambda: Node.js 24 on arm64, esbuild-bundled locally as minified ESM with source maps,
 * JSON logs into its own log group with retention, X-Ray active tracing, and a role that starts empty
 * (no AWSLambdaBasicExecutionRole: log writes are granted on this function's log group only).
 * @example
 * const ingest = new CrossdeskFunction(this, 'Ingest', { handlerName: 'ingest', serviceName: 'crossdesk-ingest' });
 * bindTable(ingest, table, 'put');
 */
export class CrossdeskFunction extends NodejsFunction {
  readonly serviceRole: IRole;

  constructor(scope: Construct, id: string, props: CrossdeskFunctionProps) {
    const logLevel = props.logLevel ?? 'INFO';
    // Created beside the function (not inside it) because children cannot exist before super().
    const logGroup = new LogGroup(scope, `${id}LogGroup`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the Crossdesk ${props.handlerName} function`,
    });

    super(scope, id, {
      entry: handlerEntry(props.handlerName),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}/package-lock.json`,
      description: props.description ?? `Crossdesk ${props.handlerName}`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(10),
      ...(props.reservedConcurrentExecutions !== undefined
        ? { reservedConcurrentExecutions: props.reservedConcurrentExecutions }
        : {}),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel[logLevel],
      tracing: Tracing.ACTIVE,
      environment: {
        NODE_OPTIONS: HOUSE_NODE_OPTIONS,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        LOG_LEVEL: logLevel,
        ...props.environment,
      },
      bundling: {
        forceDockerBundling: false,
        target: HOUSE_BUNDLING.target,
        format: OutputFormat.ESM,
        minify: HOUSE_BUNDLING.minify,
        sourceMap: HOUSE_BUNDLING.sourceMap,
        sourcesContent: HOUSE_BUNDLING.sourcesContent,
        mainFields: [...HOUSE_BUNDLING.mainFields],
        externalModules: [...HOUSE_BUNDLING.externalModules],
        banner: HOUSE_BUNDLING.banner,
        ...(props.define ? { define: { ...props.define } } : {}),
        ...(props.afterBundling
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (_inputDir: string, outputDir: string) => props.afterBundling!(outputDir),
              },
            }
          : {}),
      },
    });

    this.serviceRole = role;
    logGroup.grantWrite(role);

    // Tracing.ACTIVE added xray:PutTraceSegments/PutTelemetryRecords, which AWS only offers on "*".
    // Tests assert that no other statement of this policy uses a "*" resource (the only other one, Translate's
    // TranslateText, lives in a policy of its own with its own acknowledgement: bindTranslator in bind.ts).
    const defaultPolicy = role.node.tryFindChild('DefaultPolicy');
    if (defaultPolicy) {
      Validations.of(defaultPolicy).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; they are the only "*" statements (asserted by the stack tests).',
      });
    }
  }
}
