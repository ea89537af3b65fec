import { phraseTokens, stem, STOPWORDS, terms } from './text';

/** BM25's saturation (k1) and length normalisation (b): the tenth mention adds little, a long answer no more. */
const K1 = 1.2;
const B = 0.75;
/** Answer scores are kept in steps of this much (x10), so a term's postings fall into a few tiers. */
export const BODY_STEP = 4;

/**
 * Each answer term's score x10, quantized: BM25 saturation of its count over the length-normalised
 * answer (`length` and `averageLength` in characters; `list` its words, `joined` its hyphenated compounds), times
 * 1.05 for a term in the opening falling to 0.95 for one first met at the very end (a steeper slope, 1.25 to 0.75,
 * lost 2 of the 87 full-text probes: a rare word late in an answer is no less apt).
 * At most about 28, below a keyword (50) and a word of the question (100).
 */
export function answerScores(
  list: readonly string[],
  joined: readonly string[],
  length: number,
  averageLength: number,
): Map<string, number> {
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
  const norm = 1 - B + (B * length) / Math.max(1, averageLength);
  const scores = new Map<string, number>();
  for (const [term, { count: tf, first }] of seen) {
    const saturated = ((K1 + 1) * (tf / norm)) / (tf / norm + K1);
    const score = saturated * (1.05 - 0.1 * first) * 10;
    scores.set(term, Math.max(BODY_STEP, Math.round(score / BODY_STEP) * BODY_STEP));
  }
  return scores;
}
