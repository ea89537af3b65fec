'use client';

import { useEffect, useRef } from 'react';

/**
 * Tells the writers' report about a query the learner typed that found no answer in any subject: one
 * beacon per query shown (a rerun or a subject change does not send it again). `typed` says whether the
 * learner typed it; a query that only came in a link is never reported.
 */
export function useSearchMiss(query: string, missed: boolean, typed: () => boolean) {
  const sent = useRef(new Set<string>());
  useEffect(() => {
    if (!missed || !query || sent.current.has(query) || !typed()) return;
    if (typeof navigator.sendBeacon !== 'function') return;
    sent.current.add(query);
    // A string goes as text/plain, which a beacon may carry without a preflight; the API reads it as JSON.
    navigator.sendBeacon('/api/search-miss', JSON.stringify({ query: [...query].slice(0, 200).join('') }));
  }, [query, missed, typed]);
}
