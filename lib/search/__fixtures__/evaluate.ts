import { RELEVANCE_CASES, type RelevanceCase } from './relevance';

export type RelevanceReport = {
  answerable: number;
  top1: number;
  mrr5: number;
  zeroResults: number;
  /** Stopword-only and other no-answer queries that still showed something. */
  noisyEmpty: number;
  misses: { query: string; expect: string | null; got: string[] }[];
};

/** Top-1, MRR@5 and zero-result count of `search` over the relevance set. */
export async function evaluateRelevance(
  search: (query: string) => Promise<string[]>,
  cases: RelevanceCase[] = RELEVANCE_CASES,
): Promise<RelevanceReport> {
  let top1 = 0;
  let reciprocal = 0;
  let zeroResults = 0;
  let noisyEmpty = 0;
  const misses: RelevanceReport['misses'] = [];
  const answerable = cases.filter((c) => c.expect !== null).length;
  for (const c of cases) {
    const got = await search(c.query);
    if (c.expect === null) {
      if (got.length > 0) {
        noisyEmpty++;
        misses.push({ query: c.query, expect: null, got: got.slice(0, 3) });
      }
      continue;
    }
    const rank = got.slice(0, 5).indexOf(`/learn/${c.expect}`) + 1;
    if (got.length === 0) zeroResults++;
    if (rank === 1) top1++;
    else misses.push({ query: c.query, expect: c.expect, got: got.slice(0, 3) });
    if (rank > 0) reciprocal += 1 / rank;
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    answerable,
    top1: round(top1 / answerable),
    mrr5: round(reciprocal / answerable),
    zeroResults,
    noisyEmpty,
    misses,
  };
}
