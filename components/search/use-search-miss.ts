'use client';

import { useEffect, useRef } from 'react';

/**
 * Tells the writers' report about a submitted query that found nothing in any subject: one beacon
 * per query shown (a rerun or a subject change does not send it again).
 */
export function useSearchMiss(query: string, missed: boolean) {
  const sent = useRef(new Set<string>());
  useEffect(() => {
    if (!missed || !query || sent.current.has(query) || typeof navigator.sendBeacon !== 'function') return;
    sent.current.add(query);
    // A string goes as text/plain, which a beacon may carry without a preflight; the API reads it as JSON.
    navigator.sendBeacon('/api/search-miss', JSON.stringify({ query: [...query].slice(0, 200).join('') }));
  }, [query, missed]);
}
