// Delivering one handoff notice through every configured notifier. Each is retried on its own and in
// parallel, so a slow Slack never delays the webhook; nothing here throws, because by the time agents are
// told the shopper has already been answered and a turn must not fail (and be re-run) over a notification.
import type { AlertNotice, HandoffNotice, Notifier } from '../../core/ports';

export interface NotifyAllOptions {
  /** Attempts per notifier. @default 3 */
  attempts?: number;
  /** Wait before attempt n+1: backoffMs × 2^(n-1). @default 200 */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Sends one notice through every notifier at once, retrying each on its own; never throws. Returns which
 * notifiers failed for good, so the caller can log them (the shopper's reply has already gone out).
 */
export async function notifyAll(
  notifiers: readonly Notifier[],
  notice: HandoffNotice,
  options: NotifyAllOptions = {},
): Promise<{ name: string; error: unknown }[]> {
  return deliverAll(notifiers, (notifier) => notifier.notify(notice), options);
}

/** An alert through every notifier that takes alerts, with the same retries; never throws. */
export async function alertAll(
  notifiers: readonly Notifier[],
  notice: AlertNotice,
  options: NotifyAllOptions = {},
): Promise<{ name: string; error: unknown }[]> {
  const taking = notifiers.filter((n) => n.alert !== undefined);
  return deliverAll(taking, (notifier) => notifier.alert?.(notice) ?? Promise.resolve(), options);
}

async function deliverAll(
  notifiers: readonly Notifier[],
  deliver: (notifier: Notifier) => Promise<void>,
  options: NotifyAllOptions,
): Promise<{ name: string; error: unknown }[]> {
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 200;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const results = await Promise.all(
    notifiers.map(async (notifier) => {
      let lastError: unknown;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          await deliver(notifier);
          return undefined;
        } catch (error) {
          lastError = error;
          if (attempt < attempts) await sleep(backoffMs * 2 ** (attempt - 1));
        }
      }
      return { name: notifier.name, error: lastError };
    }),
  );
  return results.filter((result) => result !== undefined);
}
