'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { suggestArticles, type PagefindResultData } from '@/lib/pagefind-client';

/** Words of the missing address, e.g. /learn/biology/questions/what-is-osmsis -> "what is osmsis". */
export function wordsOfPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {}
  const words = decoded.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.filter((w) => !['learn', 'questions', 'page'].includes(w)).slice(-12).join(' ');
}

export function NotFoundSuggestions() {
  const [results, setResults] = useState<PagefindResultData[]>([]);

  useEffect(() => {
    const words = wordsOfPath(window.location.pathname);
    if (words) suggestArticles(words).then(setResults, () => setResults([]));
  }, []);

  if (results.length === 0) return null;
  return (
    <section aria-labelledby="suggestions-heading" className="mt-10">
      <h2 id="suggestions-heading" className="text-xl font-semibold text-ink dark:text-white">Were you looking for one of these?</h2>
      <ul className="mt-4 grid gap-2">
        {results.map((result) => (
          <li key={result.url}>
            <Link href={result.url} className="rounded font-medium text-brand-700 hover:underline dark:text-brand-300">
              {result.meta.title ?? result.url}
            </Link>
            {result.meta.subject && <span className="text-slate-600 dark:text-slate-400"> · {result.meta.subject}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
