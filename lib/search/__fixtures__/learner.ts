import QUERIES from './learner-queries.json';

/**
 * The held-out set: learners' queries written from the articles alone by someone who never
 * read the engine, copied here unchanged. `expected` lists the articles that answer it (any of them
 * counts); an empty list is a question the site cannot answer, which may show only partial matches.
 */
export type LearnerCase = { query: string; kind: string; expected: string[] };
export const LEARNER_CASES: LearnerCase[] = QUERIES;

export type LearnerReport = {
  answerable: number;
  top1: number;
  mrr5: number;
  /** Unanswerable queries shown full matches as if answered. */
  falseAnswers: number;
  /** Unanswerable queries, and of those, how many showed nothing (an honest "no answer"). */
  unanswerable: number;
  honest: number;
  misses: { query: string; kind: string; expected: string[]; got: string[] }[];
};

export async function evaluateLearners(
  search: (query: string) => Promise<{ urls: string[]; partial: boolean }>,
  cases: readonly LearnerCase[] = LEARNER_CASES,
): Promise<LearnerReport> {
  let top1 = 0;
  let reciprocal = 0;
  let falseAnswers = 0;
  let honest = 0;
  const misses: LearnerReport['misses'] = [];
  const answerable = cases.filter((c) => c.expected.length > 0);
  for (const c of cases) {
    const { urls, partial } = await search(c.query);
    if (c.expected.length === 0) {
      if (urls.length === 0) honest++;
      if (urls.length > 0 && !partial) {
        falseAnswers++;
        misses.push({ ...c, got: urls.slice(0, 3) });
      }
      continue;
    }
    const rank = urls.slice(0, 5).findIndex((url) => c.expected.includes(url)) + 1;
    if (rank === 1) top1++;
    else misses.push({ ...c, got: urls.slice(0, 3) });
    if (rank > 0) reciprocal += 1 / rank;
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    answerable: answerable.length,
    top1: round(top1 / answerable.length),
    mrr5: round(reciprocal / answerable.length),
    falseAnswers,
    unanswerable: cases.length - answerable.length,
    honest,
    misses,
  };
}
