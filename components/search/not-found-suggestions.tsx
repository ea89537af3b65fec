'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { SearchHit } from '@/lib/search/engine';

/** Words of the missing address, e.g. /learn/biology/questions/what-is-osmsis -> "what is osmsis". */
export function wordsOfPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {}
  const words = decoded.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words
    .filter((w) => !['learn', 'questions', 'page'].includes(w))
    .slice(-12)
    .join(' ');
}

export function NotFoundSuggestions() {
  const [results, setResults] = useState<SearchHit[]>([]);

  useEffect(() => {
    const words = wordsOfPath(window.location.pathname);
    if (!words) return;
    // Any word may match: the address is a guess, often with a typo in one word.
    import('@/lib/search/client')
      .then((client) => client.search(words, { limit: 5 }))
      .then(
        (found) => setResults(found.hits),
        () => setResults([]),
      );
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
            <span className="text-slate-600 dark:text-slate-400"> · {result.subject}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
