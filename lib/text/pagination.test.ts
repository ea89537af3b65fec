import { describe, expect, it } from 'vitest';
import { pageCount, pageRange } from './pagination';

describe('the pagination rule', () => {
  it('counts at least one page, and a partial last page', () => {
    expect([0, 1, 30, 31, 60, 61].map((n) => pageCount(n, 30))).toEqual([1, 1, 1, 2, 2, 3]);
  });

  it('gives each page its slice, the last one short, and nothing outside the range', () => {
    expect(pageRange(61, 30, 1)).toEqual({ start: 0, end: 30 });
    expect(pageRange(61, 30, 3)).toEqual({ start: 60, end: 61 });
    expect(pageRange(0, 30, 1)).toEqual({ start: 0, end: 0 });
    for (const page of [0, -1, 4, 1.5, Number.NaN]) expect(pageRange(61, 30, page), String(page)).toBeUndefined();
  });
});
