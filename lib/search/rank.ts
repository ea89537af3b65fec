import type { QueryWord } from './query';

/** One query word's matches: document -> best score, the index terms that matched, and a spelling fix if one was used. */
export type Slot = {
  word: QueryWord;
  scores: Map<number, number>;
  terms: Set<string>;
  idf: number;
  correction?: string;
};
export type RankedDoc = { doc: number; missing: Slot[] };
type Range = { start: number; end: number };

/** Two query words side by side in a question or keyword add this share of the pair's score. */
const PAIR_WEIGHT = 0.3;

/**
 * Documents with every word, best first; when none has them all, the documents with the most
 * words (a partial match). A named subject narrows the list unless nothing in it matches.
 */
export function rankDocuments(
  slots: readonly Slot[],
  pairs: readonly Map<number, number>[],
  filters: readonly Range[],
  docs: number,
) {
  const filter = filters[0];
  if (slots.length === 0) {
    const list: RankedDoc[] = [];
    if (filter) for (let doc = filter.start; doc < Math.min(filter.end, docs); doc++) list.push({ doc, missing: [] });
    return { docs: list, partial: false, filtered: list.length > 0 };
  }
  const totals = new Map<number, { matched: number; score: number }>();
  for (const slot of slots) {
    for (const [doc, score] of slot.scores) {
      const entry = totals.get(doc) ?? { matched: 0, score: 0 };
      entry.matched++;
      entry.score += score;
      totals.set(doc, entry);
    }
  }
  for (const pair of pairs)
    for (const [doc, score] of pair) {
      const entry = totals.get(doc);
      if (entry) entry.score += PAIR_WEIGHT * score;
    }

  let entries = [...totals];
  const inFilter = filter ? entries.filter(([doc]) => doc >= filter.start && doc < filter.end) : [];
  const filtered = inFilter.length > 0;
  if (filtered) entries = inFilter;
  const full = entries.filter(([, entry]) => entry.matched === slots.length);
  const partial = full.length === 0;
  const ranked = (partial ? entries : full).sort(
    ([a, x], [b, y]) => y.matched - x.matched || y.score - x.score || a - b,
  );
  return {
    docs: ranked.map(([doc]) => ({ doc, missing: slots.filter((slot) => !slot.scores.has(doc)) })),
    partial,
    filtered,
  };
}
