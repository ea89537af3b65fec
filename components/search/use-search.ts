'use client';

import { useCallback, useEffect, useState } from 'react';
import type { SearchOutcome } from '@/lib/search/engine';

export const SEARCH_PAGE_SIZE = 20;
const EMPTY: SearchOutcome = { total: 0, bySubject: {}, hits: [], partial: false, unmatched: [] };

/** The engine and its index load on first use, never with the page. */
const runSearch = (query: string, subject: string, exact: boolean, offset = 0) =>
  import('@/lib/search/client').then((client) =>
    client.search(query, { subject: subject || undefined, exact, offset, limit: SEARCH_PAGE_SIZE }),
  );

type Result = { key: string; ok: boolean; outcome: SearchOutcome };
export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

/**
 * The search page's state: runs the query of the address, reruns it on request (the same query
 * submitted again), and appends pages; a failed "Show more" keeps what is shown and says so.
 */
export function useSearch(query: string, subject: string, exact: boolean) {
  const [run, setRun] = useState(0);
  const [result, setResult] = useState<Result>({ key: '', ok: true, outcome: EMPTY });
  const [more, setMore] = useState<{ loading: boolean; failed: boolean }>({ loading: false, failed: false });
  const key = `${query}\u0000${subject}\u0000${exact}\u0000${run}`;

  useEffect(() => {
    if (!query) return;
    let live = true;
    runSearch(query, subject, exact).then(
      (outcome) => live && setResult({ key, ok: true, outcome }),
      () => live && setResult({ key, ok: false, outcome: EMPTY }),
    );
    return () => {
      live = false;
    };
  }, [key, query, subject, exact]);

  const status: SearchStatus = !query ? 'idle' : result.key !== key ? 'loading' : result.ok ? 'done' : 'error';
  const outcome = status === 'done' ? result.outcome : EMPTY;

  const rerun = useCallback(() => {
    setMore({ loading: false, failed: false });
    setRun((n) => n + 1);
  }, []);

  /** Appends the next page; resolves to the index of its first new result, or undefined if it failed. */
  const showMore = useCallback(async (): Promise<number | undefined> => {
    const from = outcome.hits.length;
    setMore({ loading: true, failed: false });
    try {
      const found = await runSearch(query, subject, exact, from);
      setResult((current) =>
        current.key === key
          ? { ...current, outcome: { ...current.outcome, hits: [...current.outcome.hits, ...found.hits] } }
          : current,
      );
      setMore({ loading: false, failed: false });
      return from;
    } catch {
      setMore({ loading: false, failed: true });
      return undefined;
    }
  }, [outcome.hits.length, query, subject, exact, key]);

  return { status, outcome, rerun, showMore, loadingMore: more.loading, moreFailed: more.failed };
}
