/** Votes an article needs before its score means anything; below it the score is -1.0, as in the real data. */
export const MIN_VOTES = 10;
/** z for a 95% interval. */
const Z = 1.959963984540054;

/**
 * The lower bound of the Wilson score interval for `helpful` successes in `total` votes: the share of
 * helpful votes the article can claim with 95% confidence, so 9 of 10 ranks below 90 of 100.
 */
export function wilsonLowerBound(helpful: number, total: number): number {
  if (!Number.isInteger(helpful) || !Number.isInteger(total) || helpful < 0 || total < helpful)
    throw new RangeError(`bad counts: ${helpful} helpful of ${total}`);
  if (total === 0) return 0;
  const p = helpful / total;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * total);
  const margin = Z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return Math.max(0, (centre - margin) / (1 + z2 / total));
}

/** An article's score: the Wilson lower bound rounded to 4 places, or -1 below MIN_VOTES. */
export function articleScore(helpful: number, total: number, minVotes = MIN_VOTES): number {
  if (total < minVotes) return -1;
  return Math.round(wilsonLowerBound(helpful, total) * 10_000) / 10_000;
}

/** As the front matter writes it: -1.0 keeps the real data's spelling; others as plain decimals. */
export const formatScore = (score: number): string => (Number.isInteger(score) ? score.toFixed(1) : String(score));
