// The turn as a pipeline of small named steps, composed like grammY's middleware: each step gets the
// turn's state and `next`; it either answers (and does not call next) or passes the message on. A step
// may also work after `next` returns (the reply step shapes what the later steps said). One order, one
// place: see core/turn.ts.
import type { TurnState } from './flows/state';

export type Step = (state: TurnState, next: () => Promise<void>) => Promise<void>;
export interface NamedStep {
  readonly name: string;
  readonly run: Step;
}

export class TurnStepError extends Error {
  constructor(
    readonly step: string,
    options: { cause: unknown },
  ) {
    super(`Turn step "${step}" failed`, options);
    this.name = 'TurnStepError';
  }
}

/** Names a step for logs and errors. */
export const step = (name: string, run: Step): NamedStep => ({ name, run });

/**
 * Composes steps into one function; a step that throws is wrapped with its name.
 * @example
 * const run = compose([step('hello', async (s, next) => { s.log.steps.push('hello'); await next(); })]);
 * await run(state);
 */
export function compose(steps: readonly NamedStep[]): (state: TurnState) => Promise<void> {
  return async (state) => {
    const dispatch = async (index: number): Promise<void> => {
      const current = steps[index];
      if (!current) return;
      state.log.steps.push(current.name);
      let called = false;
      try {
        await current.run(state, async () => {
          if (called) throw new Error(`next() called twice in step "${current.name}"`);
          called = true;
          await dispatch(index + 1);
        });
      } catch (error) {
        throw error instanceof TurnStepError ? error : new TurnStepError(current.name, { cause: error });
      }
    };
    await dispatch(0);
  };
}
