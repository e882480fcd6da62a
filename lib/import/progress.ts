// Progress of a long import: a bar redrawn in place on a terminal, plain lines every few seconds
// otherwise (CI logs, `> import.log`), where carriage returns would make a mess. Counts only: no row
// content ever goes through here.

export interface ProgressState {
  /** Share of the file's rows settled (imported or rejected), 0…1. */
  fraction: number;
  read: number;
  imported: number;
  rejected: number;
}

export interface ProgressOptions {
  readonly stream?: NodeJS.WriteStream;
  /** @default stream.isTTY */
  readonly interactive?: boolean;
  /** How often a plain line is printed when not on a terminal. @default 5000 */
  readonly lineEveryMs?: number;
  /** A bar only shows once the import has run this long, so small files print nothing but the summary. @default 400 */
  readonly quietForMs?: number;
  readonly now?: () => number;
}

export interface Progress {
  /** Prints a line (an error report) above the bar without tearing it. */
  log(line: string): void;
  /** Stops the timer and clears the bar. */
  stop(): void;
}

const number = new Intl.NumberFormat('en');
const duration = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** One line of figures; the bar is added in front on a terminal. */
export function describeProgress(state: ProgressState, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? state.imported / seconds : 0;
  const eta = state.fraction > 0.01 ? (seconds / state.fraction) * (1 - state.fraction) : undefined;
  return [
    `${Math.floor(state.fraction * 100)}%`,
    `${number.format(state.read)} read`,
    `${number.format(state.imported)} imported`,
    `${number.format(state.rejected)} rejected`,
    `${number.format(Math.round(rate))} rows/s`,
    ...(eta !== undefined && state.fraction < 1 ? [`ETA ${duration(eta)}`] : []),
  ].join(' · ');
}

/**
 * Starts reporting `state()` until `stop()`.
 * @example
 * const progress = startProgress(() => ({ fraction: source.progress(), read, imported, rejected }));
 * progress.log('row 17, column email: "bob@" is not an email address');
 * progress.stop();
 */
export function startProgress(state: () => ProgressState, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const interactive = options.interactive ?? Boolean(stream.isTTY);
  const now = options.now ?? Date.now;
  const started = now();
  const quietFor = options.quietForMs ?? 400;
  let drawn = false;

  const draw = () => {
    const elapsed = now() - started;
    if (elapsed < quietFor) return;
    const s = state();
    if (!interactive) {
      stream.write(`progress: ${describeProgress(s, elapsed)}\n`);
      return;
    }
    const width = 20;
    const full = Math.round(Math.min(1, s.fraction) * width);
    const line = `[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${describeProgress(s, elapsed)}`;
    const columns = stream.columns ?? 120;
    stream.write(`\r${line.slice(0, columns - 1)}\u001b[K`);
    drawn = true;
  };
  const clear = () => {
    if (drawn) stream.write('\r\u001b[K');
    drawn = false;
  };

  const timer = setInterval(draw, interactive ? 100 : (options.lineEveryMs ?? 5000));
  timer.unref();
  return {
    log(line) {
      clear();
      process.stdout.write(`${line}\n`);
    },
    stop() {
      clearInterval(timer);
      clear();
    },
  };
}
