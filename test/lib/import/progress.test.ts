// Progress output: a redrawn bar on a terminal, plain periodic lines elsewhere; counts only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeProgress, startProgress } from '../../../lib/import/progress';

const fakeStream = (isTTY: boolean) => {
  const writes: string[] = [];
  return {
    writes,
    stream: { isTTY, columns: 200, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream,
  };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('progress', () => {
  it('describes counts, rate and time left', () => {
    expect(describeProgress({ fraction: 0.5, read: 50_500, imported: 50_000, rejected: 3 }, 25_000)).toBe(
      '50% · 50,500 read · 50,000 imported · 3 rejected · 2,000 rows/s · ETA 0:25',
    );
  });

  it('prints a plain line every few seconds when not on a terminal, and nothing for a quick import', () => {
    vi.useFakeTimers();
    let now = 0;
    const { writes, stream } = fakeStream(false);
    const state = { fraction: 0.25, read: 100, imported: 90, rejected: 1 };
    const progress = startProgress(() => state, { stream, now: () => now, lineEveryMs: 5000 });
    now = 5000;
    vi.advanceTimersByTime(5000);
    progress.stop();
    expect(writes).toEqual(['progress: 25% · 100 read · 90 imported · 1 rejected · 18 rows/s · ETA 0:15\n']);

    const quick = fakeStream(false);
    startProgress(() => state, { stream: quick.stream, lineEveryMs: 5000 }).stop();
    expect(quick.writes).toEqual([]);
  });

  it('redraws one bar line on a terminal and clears it when done', () => {
    vi.useFakeTimers();
    let now = 0;
    const { writes, stream } = fakeStream(true);
    const progress = startProgress(() => ({ fraction: 0.5, read: 10, imported: 10, rejected: 0 }), {
      stream,
      now: () => now,
    });
    now = 1000;
    vi.advanceTimersByTime(200);
    progress.stop();
    expect(writes[0]).toMatch(/^\r\[█{10}░{10}\] 50% · 10 read/);
    expect(writes.at(-1)).toBe('\r\u001b[K');
  });
});
