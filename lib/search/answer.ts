import type { RankedDoc, Slot } from './rank';

/**
 * A partial match is shown as an answer only when the words it holds carry at least this share of
 * the query's weight (each word weighs its inverse document frequency). Common words weigh little,
 * so "how do vaccines train the immune system" is not answered by articles that only say "system".
 */
export const ANSWER_SHARE = 0.4;

const inverseFrequency = (docs: number, count: number) => Math.log(1 + (docs - count + 0.5) / (count + 0.5));

/** Each word's weight: a word no article holds weighs as much as one that a single article holds. */
function weights(slots: readonly Slot[], docs: number): Map<Slot, number> {
  return new Map(slots.map((slot) => [slot, inverseFrequency(docs, Math.max(1, slot.scores.size))]));
}

/** The partial matches worth showing: those holding enough of the query's weight; full matches always are. */
export function keepAnswers(ranked: readonly RankedDoc[], slots: readonly Slot[], docs: number): RankedDoc[] {
  const weight = weights(slots, docs);
  let total = 0;
  for (const w of weight.values()) total += w;
  return ranked.filter(({ missing }) => {
    let lacking = 0;
    for (const slot of missing) lacking += weight.get(slot) ?? 0;
    return total - lacking >= ANSWER_SHARE * total;
  });
}

/** The query's words that no article holds, as the learner typed them (or as corrected). */
export const unmatchedWords = (slots: readonly Slot[]) =>
  slots.filter((slot) => slot.scores.size === 0).map((slot) => slot.correction ?? slot.word.word);
