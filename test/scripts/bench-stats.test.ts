import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../scripts/bench/stats';

describe('bench stats', () => {
  it('takes the nearest-rank percentile of unsorted values without reordering them', () => {
    const values = [9, 1, 5, 3, 7, 2, 8, 4, 10, 6];
    expect(percentile(values, 50)).toBe(6);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(values[0]).toBe(9);
  });

  it('gives the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('says NaN for no values rather than a plausible zero', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(median([])).toBeNaN();
  });
});
