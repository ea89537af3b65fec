import Link from 'next/link';
import type { Ref } from 'react';
import type { SearchHit } from '@/lib/search/engine';

type Props = { hits: SearchHit[]; partial: boolean; listRef: Ref<HTMLOListElement> };

export function SearchResults({ hits, partial, listRef }: Props) {
  return (
    <ol ref={listRef} aria-label="Search results" className="mt-4 grid gap-4">
      {hits.map((hit) => (
        <li
          key={hit.url}
          className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-700/70 dark:bg-night-raised"
        >
          <p className="text-sm font-medium text-brand-700 dark:text-brand-300">{hit.subject}</p>
          <h2 className="mt-1 text-lg font-semibold">
            <Link
              href={hit.url}
              className="rounded text-ink hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-300"
            >
              {hit.question}
            </Link>
          </h2>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            {hit.snippet.map((part, i) =>
              part.mark ? (
                <mark key={i} className="rounded bg-amber-200 px-0.5 text-ink dark:bg-amber-300/80">
                  {part.text}
                </mark>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
          {partial && hit.missing.length > 0 && (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              Partial match · missing:{' '}
              {hit.missing.map((word, i) => (
                <span key={word}>
                  {i > 0 ? ', ' : ''}
                  <s>{word}</s>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
