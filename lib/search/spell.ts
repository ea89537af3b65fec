import type { Dictionary } from './format';

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), or `max + 1`
 * as soon as it must exceed `max`. Words are short, so the O(n·m) table is a few hundred cells.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/** How many edits a word of this length may be away from its correction: none under 4 letters. */
export const allowedEdits = (word: string) => (word.length < 4 ? 0 : word.length <= 5 ? 1 : 2);

/**
 * The dictionaries that may hold a word's correction: its own first two letters, those two swapped,
 * and the first with the third (a letter slipped in second place).
 */
export function correctionKeys(word: string): string[] {
  const [a = '', b = '', c = ''] = [...word];
  const keys = [a + b, b + a, a + c];
  // A first letter spelt by ear ("fotosynthesis", "kompiler"): the key of its other spelling too.
  for (const [from, to] of SOUNDS)
    if (word.startsWith(from)) keys.push([...(to + word.slice(from.length))].slice(0, 2).join(''));
  return [...new Set(keys)];
}

/** First letters that sound alike, each way round. */
const SOUNDS: [string, string][] = [
  ['ph', 'f'],
  ['f', 'ph'],
  ['k', 'c'],
  ['c', 'k'],
  ['s', 'c'],
  ['c', 's'],
  ['z', 's'],
  ['j', 'g'],
  ['g', 'j'],
  ['kn', 'n'],
  ['n', 'kn'],
  ['wr', 'r'],
  ['ps', 's'],
];

/**
 * The closest dictionary word within the allowed edits; among equals, the one most documents hold.
 * A word may also be a misspelled start of a longer one ("pythagore" of "pythagorean"), at half an edit more.
 */
export function pickCorrection(
  word: string,
  dictionaries: readonly Dictionary[],
  accept: (candidate: string) => boolean = () => true,
): string | undefined {
  const max = allowedEdits(word);
  if (max === 0) return undefined;
  let best: { word: string; distance: number; df: number } | undefined;
  for (const dictionary of dictionaries) {
    for (const [candidate, df] of dictionary) {
      // df 0 marks a real English word the site never uses: never offered as a correction.
      if (candidate === word || df === 0 || !accept(candidate)) continue;
      const whole = editDistance(word, candidate, max);
      const start = candidate.length > word.length ? editDistance(word, candidate.slice(0, word.length), max) : max + 1;
      if (whole > max && start > max) continue;
      const distance = Math.min(whole, start + 0.5);
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance && (df > best.df || (df === best.df && candidate < best.word)))
      ) {
        best = { word: candidate, distance, df };
      }
    }
  }
  return best?.word;
}

/** The words a partial word begins, most common first (ties alphabetical), at most `limit`. */
export function completions(prefix: string, dictionary: Dictionary, limit: number): string[] {
  return [...dictionary]
    .filter(([word, df]) => df > 0 && word !== prefix && word.startsWith(prefix))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([word]) => word);
}
