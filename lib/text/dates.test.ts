import { describe, expect, it } from 'vitest';
import { formatDate, parseIsoDate } from './dates';

describe('formatDate', () => {
  it.each([
    ['MMM DD, YYYY', 'Dec 03, 2024'],
    ['MMMM D, YYYY', 'December 3, 2024'],
    ['DD/MM/YYYY', '03/12/2024'],
    ['M/D/YY', '12/3/24'],
    ['[Day] D [of] MMMM', 'Day 3 of December'],
  ])('formats %s', (format, expected) => {
    expect(formatDate('2024-12-03', format)).toBe(expected);
  });

  it('rejects impossible dates', () => {
    expect(parseIsoDate('2024-02-30')).toBeUndefined();
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2024-2-3')).toBeUndefined();
  });
});
