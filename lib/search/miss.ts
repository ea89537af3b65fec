import type { SearchOutcome } from './engine';

/**
 * A missed search, for the writers' report: nothing answers it in any subject (matches on common
 * words alone are not answers, so they count as nothing).
 */
export const isMissedSearch = (outcome: Pick<SearchOutcome, 'bySubject'>) =>
  Object.values(outcome.bySubject).every((count) => count === 0);

/** “vaccines”, “bees” and “honey”: the words no article holds, as the page and the tools name them. */
export function quotedWords(list: readonly string[]): string {
  const quoted = list.map((word) => `“${word}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
