// A real crash, not an injected one: the local stack (`bin/local.ts`) in its own process group, SIGKILLed
// while 40 shoppers' signed webhooks are in flight, restarted on the same data dir and port while the
// senders redeliver every body that was not answered 200, as the platforms do. Counted from what was
// persisted (scripts/bench/crash-soak.ts): each acknowledged message answered exactly once, each claim
// confirmed. The in-process fault injection is test/functions/handlers/claim-lease.test.ts; the bigger run
// (150 shoppers, 200 webhooks/s, three kills) is `npm run bench -- crash-soak`.
import { describe, expect, it } from 'vitest';
import { type CrashSoakFigures, runCrashSoak } from '../../scripts/bench/crash-soak';

/** The whole run's figures, for a failure message that says what the store holds. */
const describeRun = (f: CrashSoakFigures): string => JSON.stringify(f, null, 1);

describe('the whole local stack killed under load and restarted', () => {
  it('answers every acknowledged message exactly once: nothing lost, nothing doubled', async () => {
    const figures = await runCrashSoak({
      shoppers: 40,
      rate: 100,
      kills: 1,
      killAfterMs: [1000, 2000],
      burstBeforeKill: 40,
      drainTimeoutMs: 90_000,
    });
    const [kill] = figures.rounds;
    console.info(
      `crash-restart: ${figures.sent} webhooks, kill after ${kill?.afterMs} ms with ${kill?.unacknowledged} unanswered, ${kill?.ingestLeases} ingest leases and ${kill?.repliesInDoubt} replies in doubt; ${kill?.queuedAtRestart} turns back from the queue's journal; lost ${figures.lost}, duplicated ${figures.duplicated}, re-sent after the restart ${figures.resentAfterRestart}; fakes ${figures.fakesAfterRestart} / store ${figures.storedAfterRestart} replies after it; drained in ${figures.drainMs} ms`,
    );
    // The kill fell under load: some webhooks had been answered, others were in flight, and ingest was
    // between a claim and its confirm for some (the burst makes sure of it).
    expect(kill?.acknowledged, describeRun(figures)).toBeGreaterThan(0);
    expect(kill?.unacknowledged, describeRun(figures)).toBeGreaterThan(0);
    expect(kill?.ingestLeases, describeRun(figures)).toBeGreaterThan(0);
    expect(figures.neverAcknowledged, describeRun(figures)).toBe(0);
    expect(
      {
        lost: figures.lost,
        lostBy: figures.lostBy,
        duplicated: figures.duplicated,
        unconfirmedClaims: figures.unconfirmedClaims,
        deadLettered: figures.deadLettered,
      },
      describeRun(figures),
    ).toEqual({
      lost: 0,
      lostBy: { 'no-inbound': 0, 'not-queued': 0, 'in-doubt': 0, other: 0 },
      duplicated: 0,
      unconfirmedClaims: 0,
      deadLettered: 0,
    });
    // Every acknowledged message is in the transcript and answered (recorded, or confirmed as delivered).
    // Not asserted: the fakes' count against the store's after the restart, which an overloaded machine
    // can push apart with an 8-s send timeout (at least once at the platform), crash or no crash.
    expect(figures.accepted).toBe(figures.sent);
    expect(figures.replied + figures.unrecorded).toBe(figures.sent);
  }, 180_000);
});
