// Who hears about trouble: one SNS topic in the stack (always created; an e-mail subscription when an
// address is given) and the alarms that publish to it, on both ALARM and OK. Every alarm of the stack is
// created through `watch`, so none can exist without the topic as its action (asserted by the tests).
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The thresholds, exported so the tests and docs/security.md read one source. */
export const ALARM_THRESHOLDS = {
  /** Unhandled errors (crashes, timeouts) of one function in 5 minutes. Handled 4xx/5xx answers are not errors. */
  functionErrors: 1,
  /** Throttled invocations of one function in 5 minutes: its reserved concurrency was reached. */
  functionThrottles: 1,
  /** The oldest message in the work queue: a shopper waiting this long means the worker is stuck or behind. */
  queueAge: Duration.minutes(5),
  /** 5xx answers of the HTTP API in 5 minutes (ingest answers 500 on purpose so platforms retry). */
  api5xx: 5,
} as const;

const FIVE_MINUTES = Duration.minutes(5);

export interface CrossdeskAlarmsProps {
  /** Subscribed by e-mail to every alarm (confirm the SNS e-mail). @default - topic without subscription */
  readonly alarmEmail?: string;
}

/**
 * The alarm topic and the stack's alarms.
 * @example
 * const alarms = new CrossdeskAlarms(this, 'Alarms', { alarmEmail: 'ops@shop.example' });
 * alarms.watchFunction('Ingest', ingest);
 */
export class CrossdeskAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: CrossdeskAlarmsProps = {}) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Crossdesk alarms', enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
  }

  /** Routes an alarm (made elsewhere, e.g. the DLQ alarm) to the topic, on ALARM and on OK. */
  watch(alarm: Alarm): Alarm {
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
    return alarm;
  }

  /** A "≥ threshold" alarm on one metric, missing data = fine. */
  alarmOn(id: string, metric: IMetric, threshold: number, description: string): Alarm {
    return this.watch(
      new Alarm(this, id, {
        alarmDescription: description,
        metric,
        threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );
  }

  /** Errors and Throttles of one function. */
  watchFunction(name: string, fn: IFunction): void {
    this.alarmOn(
      `${name}Errors`,
      fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
      ALARM_THRESHOLDS.functionErrors,
      `Crossdesk ${name}: invocations failed (unhandled error or timeout).`,
    );
    this.alarmOn(
      `${name}Throttles`,
      fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
      ALARM_THRESHOLDS.functionThrottles,
      `Crossdesk ${name}: invocations were throttled (reserved concurrency reached).`,
    );
  }

  /**
   * Replies the platform refused for good (WhatsApp's window closed with no template, a blocked bot): the
   * record completes so the shopper's later messages are not held behind it, and this alarm is how a
   * person hears of it. Counted from the worker's own log line (functions/handlers/worker-send.ts).
   */
  watchUndeliverableReplies(workerLogs: ILogGroup): void {
    const filter = new MetricFilter(this, 'UndeliverableRepliesFilter', {
      logGroup: workerLogs,
      filterPattern: FilterPattern.stringValue('$.message', '=', 'reply not deliverable'),
      metricNamespace: 'Crossdesk',
      metricName: 'UndeliverableReplies',
      metricValue: '1',
      defaultValue: 0,
    });
    this.alarmOn(
      'UndeliverableReplies',
      filter.metric({ period: FIVE_MINUTES, statistic: 'Sum' }),
      1,
      'Crossdesk worker: a reply could not be delivered for good (see the worker log "reply not deliverable").',
    );
  }

  /** ApproximateAgeOfOldestMessage of the work queue. */
  watchQueueAge(queue: IQueue): void {
    this.alarmOn(
      'WorkQueueAge',
      queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(1), statistic: 'Maximum' }),
      ALARM_THRESHOLDS.queueAge.toSeconds(),
      'Crossdesk: a queued message has waited too long (worker failing, throttled or a conversation blocked).',
    );
  }

  /** 5xx answers of the HTTP API (all routes). */
  watchApi(api: HttpApi): void {
    this.alarmOn(
      'Api5xx',
      api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
      ALARM_THRESHOLDS.api5xx,
      'Crossdesk HTTP API: 5xx answers (platforms retry, but something is failing).',
    );
  }
}
