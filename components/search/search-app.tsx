'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Subject } from '@/lib/content';
import { subjectPath } from '@/lib/paths';
import type { SearchOutcome } from '@/lib/search/engine';

type Props = { subjects: Subject[] };
type Outcome = { key: string; ok: boolean } & SearchOutcome;

const PAGE = 20;
const EMPTY: SearchOutcome = { total: 0, bySubject: {}, hits: [], partial: false };
/** The engine and its index load on first use, never with the page. */
const search = (query: string, subject: string, offset = 0) =>
  import('@/lib/search/client').then((client) => client.search(query, { subject: subject || undefined, offset, limit: PAGE }));

export function SearchApp({ subjects }: Props) {
  const router = useRouter();
  const params = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const subject = params.get('subject') ?? '';
  const [outcome, setOutcome] = useState<Outcome>({ key: '', ok: true, ...EMPTY });
  const [loadingMore, setLoadingMore] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const key = `${query}\u0000${subject}`;

  useEffect(() => {
    if (!query) return;
    let live = true;
    search(query, subject).then(
      (found) => live && setOutcome({ key, ok: true, ...found }),
      () => live && setOutcome({ key, ok: false, ...EMPTY }),
    );
    return () => {
      live = false;
    };
  }, [key, query, subject]);

  const status = !query ? 'idle' : outcome.key !== key ? 'loading' : outcome.ok ? 'done' : 'error';
  const results = status === 'done' ? outcome.hits : [];
  const total = status === 'done' ? outcome.total : 0;
  const elsewhere = status === 'done' ? Object.values(outcome.bySubject).reduce((sum, n) => sum + n, 0) : 0;

  /** Appends the next page of results and moves focus to the first new one. */
  const showMore = () => {
    const from = results.length;
    setLoadingMore(true);
    search(query, subject, from)
      .finally(() => setLoadingMore(false))
      .then(
        (found) => {
          setOutcome((current) => (current.key === key ? { ...current, hits: [...current.hits, ...found.hits] } : current));
          requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLAnchorElement>('a')[from]?.focus());
        },
        () => setOutcome((current) => (current.key === key ? { ...current, ok: false } : current)),
      );
  };

  const submit = (q: string, s: string) => {
    const next = new URLSearchParams();
    if (q.trim()) next.set('q', q.trim());
    if (s) next.set('subject', s);
    router.replace(`/search?${next}`);
  };

  /** Arrow keys move between the field and the result links; Enter follows the focused link. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]?.focus();
    else if (at <= 0) inputRef.current?.focus();
    else links[at - 1]?.focus();
  };

  const selectedName = subjects.find((s) => s.name === subject)?.name;
  return (
    <div onKeyDown={onKeyDown}>
      <form
        role="search"
        aria-label="Search questions"
        className="flex flex-col gap-3 sm:flex-row"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          submit(String(data.get('q') ?? ''), String(data.get('subject') ?? ''));
        }}
      >
        <label htmlFor="search-query" className="sr-only">Search for a question</label>
        <input
          ref={inputRef}
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          autoComplete="off"
          placeholder="Search questions, e.g. photosynthesis"
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-base text-ink placeholder:text-slate-500 dark:border-slate-600 dark:bg-night-raised dark:text-white dark:placeholder:text-slate-400"
        />
        <label htmlFor="search-subject" className="sr-only">Subject</label>
        <select
          id="search-subject"
          name="subject"
          value={subject}
          onChange={(event) => submit(inputRef.current?.value ?? query, event.target.value)}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-ink dark:border-slate-600 dark:bg-night-raised dark:text-white"
        >
          <option value="">All subjects</option>
          {subjects.map((s) => (
            <option key={s.slug} value={s.name}>
              {s.name}
              {status === 'done' && outcome.bySubject[s.name] ? ` (${outcome.bySubject[s.name]})` : ''}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-night dark:hover:bg-brand-200">
          Search
        </button>
      </form>

      <p role="status" aria-live="polite" className="mt-6 text-slate-600 dark:text-slate-400">
        {!query
          ? 'Type a few words to find an answer.'
          : status === 'loading'
            ? 'Searching…'
            : status === 'error'
              ? 'Search is unavailable right now.'
              : total > 0
                ? `${total} ${total === 1 ? 'answer' : 'answers'} for “${query}”${selectedName ? ` in ${selectedName}` : ''}`
                : ''}
      </p>

      {query && status === 'done' && results.length === 0 && (
        <div className="mt-2">
          <h2 className="text-xl font-semibold text-ink dark:text-white">No answers matched “{query}”{selectedName ? ` in ${selectedName}` : ''}</h2>
          {elsewhere > 0 && (
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              <Link href={`/search?${new URLSearchParams({ q: query })}`} className="rounded font-semibold text-brand-700 underline dark:text-brand-300">
                See {elsewhere} {elsewhere === 1 ? 'answer' : 'answers'} in all subjects
              </Link>
            </p>
          )}
          <p className="mt-2 text-slate-700 dark:text-slate-300">Try fewer or different words, or browse a subject:</p>
          <ul className="mt-4 flex flex-wrap gap-2">
            {subjects.map((s) => (
              <li key={s.slug}>
                <Link href={subjectPath(s.slug)} className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand-400 hover:text-brand-700 dark:border-slate-600 dark:hover:text-brand-300">
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      {results.length > 0 && (
        <ol ref={listRef} aria-label="Search results" className="mt-4 grid gap-4">
          {results.map((result) => (
            <li key={result.url} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-700/70 dark:bg-night-raised">
              <p className="text-sm font-medium text-brand-700 dark:text-brand-300">{result.subject}</p>
              <h2 className="mt-1 text-lg font-semibold">
                <Link href={result.url} className="rounded text-ink hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-300">
                  {result.question}
                </Link>
              </h2>
              <p className="mt-2 text-slate-700 dark:text-slate-300">
                {result.snippet.map((part, i) =>
                  part.mark ? (
                    <mark key={i} className="rounded bg-amber-200 px-0.5 text-ink dark:bg-amber-300/80">{part.text}</mark>
                  ) : (
                    <span key={i}>{part.text}</span>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      {results.length > 0 && results.length < total && (
        <button type="button" onClick={showMore} disabled={loadingMore} className="mt-6 rounded-lg border border-slate-300 px-5 py-2.5 font-semibold text-brand-700 hover:border-brand-400 dark:border-slate-600 dark:text-brand-300 disabled:opacity-60">
          Show more answers ({results.length} of {total})
        </button>
      )}
    </div>
  );
}
