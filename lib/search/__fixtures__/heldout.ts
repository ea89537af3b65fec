import QUERIES from './heldout-queries.json';

/**
 * The held-out set for the honest "no answer": answerable queries with the article that answers
 * them (a path under /learn/), and queries about topics the site does not cover. Written from the articles
 * alone by someone who never read the engine, copied here unchanged, and run once, after the engine was done.
 */
export type HeldOutCase = { query: string; kind: 'answerable'; expect: string } | { query: string; kind: 'no-answer' };
export const HELD_OUT_CASES = QUERIES as HeldOutCase[];

export type HeldOutReport = {
  answerable: number;
  top1: number;
  mrr5: number;
  /** Answerable queries that showed nothing at all. */
  unanswered: number;
  noAnswer: number;
  /** No-answer queries that showed nothing (the page's "No answer about … yet"). */
  honest: number;
  /** No-answer queries that showed full matches, as if answered. */
  falseAnswers: number;
  misses: { query: string; expect: string | null; got: string[] }[];
};

export async function evaluateHeldOut(
  search: (query: string) => Promise<{ urls: string[]; partial: boolean }>,
  cases: readonly HeldOutCase[] = HELD_OUT_CASES,
): Promise<HeldOutReport> {
  let top1 = 0;
  let reciprocal = 0;
  let unanswered = 0;
  let honest = 0;
  let falseAnswers = 0;
  const misses: HeldOutReport['misses'] = [];
  for (const c of cases) {
    const { urls, partial } = await search(c.query);
    if (c.kind === 'no-answer') {
      if (urls.length === 0) honest++;
      else misses.push({ query: c.query, expect: null, got: urls.slice(0, 3) });
      if (urls.length > 0 && !partial) falseAnswers++;
      continue;
    }
    const rank = urls.slice(0, 5).indexOf(`/learn/${c.expect}`) + 1;
    if (urls.length === 0) unanswered++;
    if (rank === 1) top1++;
    else misses.push({ query: c.query, expect: c.expect, got: urls.slice(0, 3) });
    if (rank > 0) reciprocal += 1 / rank;
  }
  const answerable = cases.filter((c) => c.kind === 'answerable').length;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    answerable,
    top1: round(top1 / answerable),
    mrr5: round(reciprocal / answerable),
    unanswered,
    noAnswer: cases.length - answerable,
    honest,
    falseAnswers,
    misses,
  };
}
