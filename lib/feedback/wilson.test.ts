import { describe, expect, it } from 'vitest';
import { articleScore, formatScore, MIN_VOTES, wilsonLowerBound } from './wilson';

describe('wilsonLowerBound', () => {
  it('matches the interval worked by hand (z = 1.96)', () => {
    // 8 of 10: p = 0.8, centre = 0.8 + 3.8415/20, margin = 1.96 * sqrt(0.016 + 3.8415/400), over 1 + 0.38415.
    expect(wilsonLowerBound(8, 10)).toBeCloseTo(0.4902, 4);
    expect(wilsonLowerBound(50, 100)).toBeCloseTo(0.4038, 4);
    expect(wilsonLowerBound(10, 10)).toBeCloseTo(0.7225, 4);
    expect(wilsonLowerBound(0, 10)).toBe(0);
  });

  it('ranks more evidence above the same share from fewer votes', () => {
    expect(wilsonLowerBound(90, 100)).toBeGreaterThan(wilsonLowerBound(9, 10));
    expect(wilsonLowerBound(9, 10)).toBeLessThan(0.9);
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonLowerBound(3, 2)).toThrow(RangeError);
    expect(() => wilsonLowerBound(-1, 2)).toThrow(RangeError);
    expect(() => wilsonLowerBound(1.5, 2)).toThrow(RangeError);
  });
});

describe('articleScore', () => {
  it('is -1 below the minimum number of votes and the rounded bound from it on', () => {
    expect(articleScore(MIN_VOTES - 1, MIN_VOTES - 1)).toBe(-1);
    expect(articleScore(0, 0)).toBe(-1);
    expect(articleScore(8, 10)).toBe(0.4902);
  });

  it('writes -1 as the real data does', () => {
    expect(formatScore(-1)).toBe('-1.0');
    expect(formatScore(0.4902)).toBe('0.4902');
    expect(formatScore(0)).toBe('0.0');
  });
});
