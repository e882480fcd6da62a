// Runs scheduled handlers on their EventBridge `rate(...)` schedule with real ScheduledEvents, and on
// demand (`POST /dev/schedules/{name}/run`).
import { randomUUID } from 'node:crypto';
import type { ScheduledEvent } from 'aws-lambda';
import { createLambdaContext, type LambdaHandler } from './lambda-context';

export interface Schedule {
  readonly name: string;
  /** EventBridge rate expression: `rate(1 minute)`, `rate(15 minutes)`, `rate(1 hour)`, `rate(1 day)`. */
  readonly expression: string;
  readonly handler: LambdaHandler;
  readonly functionName?: string;
}

export class ScheduleError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ScheduleError';
  }
}

const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** Milliseconds between runs of a `rate(...)` expression. */
export function rateToMs(expression: string): number {
  const match = /^rate\((\d+)\s+(minute|minutes|hour|hours|day|days)\)$/.exec(expression.trim());
  if (!match) throw new ScheduleError(`Only rate(...) expressions are supported locally: ${expression}`);
  const value = Number(match[1]);
  const unit = (match[2] ?? '').replace(/s$/, '');
  if (value < 1) throw new ScheduleError(`Rate must be positive: ${expression}`);
  return value * (UNIT_MS[unit] ?? 0);
}

export interface SchedulerOptions {
  readonly schedules: readonly Schedule[];
  /** Start the timers now. @default true */
  readonly autoStart?: boolean;
  readonly region?: string;
  readonly onError?: (error: unknown, name: string) => void;
}

export interface Scheduler {
  readonly names: readonly string[];
  describe(): { name: string; expression: string; lastRunAt?: string; runs: number }[];
  /** Runs one schedule now and resolves with the handler's result. */
  run(name: string): Promise<unknown>;
  stop(): void;
}

export function scheduledEvent(ruleName: string, region: string, now = new Date()): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region,
    resources: [`arn:aws:events:${region}:000000000000:rule/${ruleName}`],
    detail: {},
  };
}

/**
 * @example
 * const scheduler = createScheduler({ schedules: [{ name: 'delay-scan', expression: 'rate(1 hour)', handler }] });
 * await scheduler.run('delay-scan');
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const region = options.region ?? process.env.AWS_REGION ?? 'us-east-1';
  const byName = new Map(options.schedules.map((s) => [s.name, s]));
  const state = new Map(
    options.schedules.map((s) => [s.name, { runs: 0, lastRunAt: undefined as string | undefined }]),
  );
  const timers: NodeJS.Timeout[] = [];

  const run = async (name: string): Promise<unknown> => {
    const schedule = byName.get(name);
    if (!schedule) throw new ScheduleError(`No schedule named ${name}`);
    const entry = state.get(name);
    if (entry) {
      entry.runs += 1;
      entry.lastRunAt = new Date().toISOString();
    }
    const context = createLambdaContext({ functionName: schedule.functionName ?? name, timeoutMs: 300_000 });
    return schedule.handler(scheduledEvent(name, region), context);
  };

  const start = () => {
    for (const schedule of options.schedules) {
      const timer = setInterval(() => {
        run(schedule.name).catch((error) => options.onError?.(error, schedule.name));
      }, rateToMs(schedule.expression));
      timer.unref();
      timers.push(timer);
    }
  };
  for (const schedule of options.schedules) rateToMs(schedule.expression); // fail fast on a bad expression
  if (options.autoStart ?? true) start();

  return {
    names: [...byName.keys()],
    describe: () =>
      options.schedules.map(
        (s) =>
          ({ name: s.name, expression: s.expression, ...state.get(s.name) }) as {
            name: string;
            expression: string;
            lastRunAt?: string;
            runs: number;
          },
      ),
    run,
    stop() {
      for (const timer of timers.splice(0)) clearInterval(timer);
    },
  };
}
