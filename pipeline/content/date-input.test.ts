import { describe, expect, it } from 'vitest';
import { makeSource, SEED_FILE, seedSource } from './__fixtures__/make';
import { readArticle } from '@/pipeline/check/file';
import { formatProblem } from './problems';

const problemsOf = (source: string) => readArticle(SEED_FILE, source).problems.map((p) => formatProblem(p, ''));

describe('a date saved with a time', () => {
  it('says what was read and the calendar date to write, for date and updated', () => {
    expect(problemsOf(seedSource.replace('date: 2024-12-03', 'date: 2026-11-30T09:15:00.000Z'))).toEqual([
      `${SEED_FILE}:4: date: read "2026-11-30T09:15:00.000Z", a date with a time; write the calendar date 2026-11-30 (YYYY-MM-DD, UTC)`,
    ]);
    const updated = seedSource.replace('score: -1.0', 'score: -1.0\nupdated: 2025-01-05 18:30');
    expect(problemsOf(updated)).toEqual([
      `${SEED_FILE}:26: updated: read "2025-01-05 18:30", a date with a time; write the calendar date 2025-01-05 (YYYY-MM-DD, UTC)`,
    ]);
  });

  it('gives the UTC calendar date of a time with an offset', () => {
    expect(problemsOf(seedSource.replace('date: 2024-12-03', 'date: 2024-12-03T23:30:00-05:00'))).toEqual([
      `${SEED_FILE}:4: date: read "2024-12-03T23:30:00-05:00", a date with a time; write the calendar date 2024-12-04 (YYYY-MM-DD, UTC)`,
    ]);
  });

  it("still reads CloudCannon's midnight UTC as the date, and keeps the calendar-date message for other values", () => {
    const midnight = makeSource({ date: '2024-12-03T00:00:00.000Z' });
    expect(readArticle(midnight.file, midnight.source).article?.publishedAt).toBe('2024-12-03');
    expect(problemsOf(seedSource.replace('date: 2024-12-03', 'date: 2024-02-30T10:00:00Z'))).toEqual([
      `${SEED_FILE}:4: date: must be a real calendar date written YYYY-MM-DD`,
    ]);
    expect(problemsOf(seedSource.replace('date: 2024-12-03', 'date: 3 December 2024'))).toEqual([
      `${SEED_FILE}:4: date: must be a real calendar date written YYYY-MM-DD`,
    ]);
  });
});
