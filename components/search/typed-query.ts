'use client';

/**
 * Which query a learner typed (on the search page or in the header) rather than followed from a link:
 * only a typed query's miss is reported. The mark lives in this tab's session storage, which a link
 * from another site cannot write.
 */
const KEY = 'search-typed-query';

export function markTyped(query: string) {
  try {
    sessionStorage.setItem(KEY, query.trim());
  } catch {
    // Storage off: the miss goes unreported, which is the safe side.
  }
}

/** True once for the query that was just marked, then the mark is gone. */
export function takeTyped(query: string): boolean {
  try {
    if (sessionStorage.getItem(KEY) !== query) return false;
    sessionStorage.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}
