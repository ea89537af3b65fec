/**
 * Postings as score tiers: [score, docs, score, docs, ...], where docs is one string of the tier's
 * sorted document numbers as gaps in a base-64 varint (5 bits a character, the sixth says "more").
 * Dense lists become runs of "A", which gzip to almost nothing, so a word in half of 100,000
 * answers costs kilobytes, not the hundreds a JSON list of numbers would.
 */
export type Postings = (number | string)[];

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

/** Encodes ascending document numbers. */
export function encodeDocs(docs: readonly number[]): string {
  let out = '';
  let previous = -1;
  for (const doc of docs) {
    let gap = doc - previous - 1;
    previous = doc;
    while (gap >= 32) {
      out += DIGITS[32 + (gap & 31)];
      gap = Math.floor(gap / 32);
    }
    out += DIGITS[gap];
  }
  return out;
}

/** Calls `visit` with each document and its score; stops quietly at anything malformed. */
export function forEachPosting(list: Postings, visit: (doc: number, score: number) => void) {
  for (let i = 0; i + 1 < list.length; i += 2) {
    const score = list[i];
    const docs = list[i + 1];
    if (typeof score !== 'number' || typeof docs !== 'string') return;
    let previous = -1;
    let gap = 0;
    let scale = 1;
    for (const char of docs) {
      const value = VALUE.get(char);
      if (value === undefined) return;
      if (value >= 32) {
        gap += (value - 32) * scale;
        scale *= 32;
        continue;
      }
      gap += value * scale;
      previous += gap + 1;
      visit(previous, score);
      gap = 0;
      scale = 1;
    }
  }
}

/** How many documents a posting list holds (for the IDF), without decoding it. */
export function postingCount(list: Postings): number {
  let count = 0;
  for (let i = 1; i < list.length; i += 2) {
    const docs = list[i];
    if (typeof docs === 'string') for (const char of docs) if ((VALUE.get(char) ?? 0) < 32) count++;
  }
  return count;
}

/** Documents (ascending) and their scores -> tiers, highest score first. */
export function tierPostings(docs: ArrayLike<number>, scores: ArrayLike<number>): Postings {
  const tiers = new Map<number, number[]>();
  for (let i = 0; i < docs.length; i++) {
    const score = scores[i] ?? 0;
    const list = tiers.get(score);
    if (list) list.push(docs[i] ?? 0);
    else tiers.set(score, [docs[i] ?? 0]);
  }
  return [...tiers].sort((a, b) => b[0] - a[0]).flatMap(([score, list]) => [score, encodeDocs(list)]);
}
