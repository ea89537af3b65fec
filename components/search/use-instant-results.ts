'use client';

import { useEffect, useState } from 'react';
import type { SearchHit } from '@/lib/search/engine';

export const INSTANT_RESULTS = 6;
const DEBOUNCE_MS = 120;

type Client = typeof import('@/lib/search/client');
let client: Promise<Client> | undefined;
/** Loads the engine (not the index) once; called when the field gets focus, never with the page. */
export const loadSearchClient = () => (client ??= import('@/lib/search/client'));

/** The top results for what is typed, as the learner types; the last word counts as unfinished. */
export function useInstantResults(value: string) {
  const [found, setFound] = useState<{ value: string; hits: SearchHit[] }>({ value: '', hits: [] });
  useEffect(() => {
    if (!value.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      loadSearchClient()
        .then((c) => c.search(value, { typing: true, limit: INSTANT_RESULTS }))
        .then(
          (outcome) => live && setFound({ value, hits: outcome.hits }),
          () => live && setFound({ value, hits: [] }),
        );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [value]);

  // Results of an older value stay up until the new ones arrive, so the list does not flicker.
  return value.trim() ? found.hits : [];
}
