import { phraseTokens, stem, STOPWORDS, terms } from './text';

/** BM25's saturation (k1) and length normalisation (b): the tenth mention adds little, a long answer no more. */
const K1 = 1.2;
const B = 0.75;
/** Answer scores are kept in steps of this much (x10), so a term's postings fall into a few tiers. */
export const BODY_STEP = 4;

/**
 * Each answer term's score x10, quantized: BM25 saturation of its count over the length-normalised
 * answer (`length` and `averageLength` in characters; `list` its words, `joined` its hyphenated compounds), times 1.05 for a term in the opening falling to 0.95 for one first met at the very end (a
 * steeper slope, 1.25 to 0.75, lost 2 of the 87 full-text probes: a rare word late in an answer is no less apt).
 * At most about 28, below a keyword (50) and a word of the question (100).
 */
export function answerScores(
  list: readonly string[],
  joined: readonly string[],
  length: number,
  averageLength: number,
): Map<string, number> {
  const norm = lengthNorm(length, averageLength);
  const scores = new Map<string, number>();
  for (const [term, { count, first }] of tallyAnswer(list, joined)) scores.set(term, bodyScore(count, first, norm));
  return scores;
}

/** Each answer term's count and where it is first met (0 at the start, 1 at the end): what BM25 reads of an answer. */
export function tallyAnswer(list: readonly string[], joined: readonly string[]) {
  const stems = list.filter((word) => !STOPWORDS.has(word)).map(stem);
  const count = Math.max(1, stems.length);
  const seen = new Map<string, { count: number; first: number }>();
  const tally = (term: string, at: number) => {
    const entry = seen.get(term);
    if (entry) entry.count++;
    else seen.set(term, { count: 1, first: at });
  };
  stems.forEach((term, at) => tally(term, at / count));
  for (const phrase of phraseTokens(list)) tally(phrase.token, phrase.at / list.length);
  for (const term of joined.flatMap((compound) => terms(compound))) tally(term, 0.5);
  return seen;
}

/** BM25's length normalisation of an answer against the library's average (both in characters). */
export const lengthNorm = (length: number, averageLength: number) => 1 - B + (B * length) / Math.max(1, averageLength);

/** One answer term's score x10, quantized to BODY_STEP. */
export function bodyScore(tf: number, first: number, norm: number): number {
  const saturated = ((K1 + 1) * (tf / norm)) / (tf / norm + K1);
  const score = saturated * (1.05 - 0.1 * first) * 10;
  return Math.max(BODY_STEP, Math.round(score / BODY_STEP) * BODY_STEP);
}
