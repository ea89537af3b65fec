'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { SearchHit } from '@/lib/search/engine';
import { suggestForAddress } from '@/lib/search/suggest';

export function NotFoundSuggestions() {
  const [results, setResults] = useState<SearchHit[]>([]);

  useEffect(() => {
    import('@/lib/search/client')
      .then((client) => suggestForAddress(client.search, window.location.pathname))
      .then(setResults, () => setResults([]));
  }, []);

  if (results.length === 0) return null;
  return (
    <section aria-labelledby="suggestions-heading" className="mt-10">
      <h2 id="suggestions-heading" className="text-xl font-semibold text-ink dark:text-white">
        Were you looking for one of these?
      </h2>
      <ul className="mt-4 grid gap-2">
        {results.map((result) => (
          <li key={result.url}>
            <Link href={result.url} className="rounded font-medium text-brand-700 hover:underline dark:text-brand-300">
              {result.question}
            </Link>
            {/* No-break spaces: the "·" never starts or ends a line. */}
            <span className="text-slate-600 dark:text-slate-400">
              {'\u00a0·\u00a0'}
              {result.subject}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
