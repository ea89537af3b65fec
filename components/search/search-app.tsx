'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isMissedSearch } from '@/lib/search/miss';
import type { Subject } from '@/lib/store/types';
import { SearchEmpty } from './search-empty';
import { SearchResults } from './search-results';
import { SearchSummary } from './search-summary';
import { useSearch } from './use-search';
import { useSearchMiss } from './use-search-miss';
import { markTyped, takeTyped } from './typed-query';

type Props = { subjects: Subject[] };

export function SearchApp({ subjects }: Props) {
  const router = useRouter();
  const params = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const subject = params.get('subject') ?? '';
  const exact = params.get('exact') === '1';
  const { status, outcome, rerun, showMore, loadingMore, moreFailed } = useSearch(query, subject, exact);
  const listRef = useRef<HTMLOListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const selectedName = subjects.find((s) => s.name === subject)?.name;
  const elsewhere = Object.values(outcome.bySubject).reduce((sum, n) => sum + n, 0);
  // Only what the learner typed (here or in the header) is reported, never a query that came in a link.
  const typed = useRef('');
  useEffect(() => {
    if (query && takeTyped(query)) typed.current = query;
  }, [query]);
  useSearchMiss(query, status === 'done' && isMissedSearch(outcome), () => typed.current === query);

  // The address may change from elsewhere (the header, a link): show its query unless the learner is typing.
  useEffect(() => {
    if (inputRef.current && document.activeElement !== inputRef.current) inputRef.current.value = query;
  }, [query]);

  /** `submitted`: the form was sent (Enter, the button); a subject change alone keeps the query as it came. */
  const submit = (q: string, s: string, submitted: boolean) => {
    const next = new URLSearchParams();
    if (q.trim()) next.set('q', q.trim());
    if (submitted || q.trim() !== query) markTyped(q);
    if (s) next.set('subject', s);
    // The same query again reruns it (a redeploy or a dropped connection may have failed it).
    if (q.trim() === query && s === subject && !exact) {
      if (submitted) typed.current = query;
      rerun();
    } else router.replace(`/search?${next}`);
  };

  // After "Show more", focus moves to the first new result once it is rendered.
  const [focusAt, setFocusAt] = useState<number>();
  useEffect(() => {
    const link = focusAt === undefined ? undefined : listRef.current?.querySelectorAll<HTMLAnchorElement>('a')[focusAt];
    if (!link) return;
    link.focus();
    setFocusAt(undefined);
  }, [focusAt, outcome.hits.length]);
  const more = async () => setFocusAt(await showMore());

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

  return (
    <div onKeyDown={onKeyDown}>
      <form
        role="search"
        aria-label="Search questions"
        className="flex flex-col gap-3 sm:flex-row"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          submit(String(data.get('q') ?? ''), String(data.get('subject') ?? ''), true);
        }}
      >
        <label htmlFor="search-query" className="sr-only">
          Search for a question
        </label>
        <input
          ref={inputRef}
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          autoComplete="off"
          placeholder="Search questions, e.g. photosynthesis"
          className={[
            'min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-base',
            'text-ink placeholder:text-slate-500 dark:border-slate-600 dark:bg-night-raised',
            'dark:text-white dark:placeholder:text-slate-400',
          ].join(' ')}
        />
        <label htmlFor="search-subject" className="sr-only">
          Subject
        </label>
        <select
          id="search-subject"
          name="subject"
          value={subject}
          onChange={(event) => submit(inputRef.current?.value ?? query, event.target.value, false)}
          className={[
            'rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-ink',
            'dark:border-slate-600 dark:bg-night-raised dark:text-white',
          ].join(' ')}
        >
          <option value="">All subjects</option>
          {subjects.map((s) => (
            <option key={s.slug} value={s.name}>
              {s.name}
              {outcome.bySubject[s.name] ? ` (${outcome.bySubject[s.name]})` : ''}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className={[
            'rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800',
            'dark:bg-brand-300 dark:text-night dark:hover:bg-brand-200',
          ].join(' ')}
        >
          Search
        </button>
      </form>

      <SearchSummary status={status} query={query} outcome={outcome} subjectName={selectedName} />
      {query && status === 'done' && outcome.hits.length === 0 && (
        <SearchEmpty
          query={query}
          unmatched={outcome.unmatched}
          subjectName={selectedName}
          elsewhere={elsewhere}
          subjects={subjects}
        />
      )}
      {outcome.hits.length > 0 && <SearchResults hits={outcome.hits} partial={outcome.partial} listRef={listRef} />}
      {outcome.hits.length > 0 && outcome.hits.length < outcome.total && (
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={more}
            disabled={loadingMore}
            className={[
              'rounded-lg border border-slate-300 px-5 py-2.5 font-semibold text-brand-700',
              'hover:border-brand-400 disabled:opacity-60 dark:border-slate-600 dark:text-brand-300',
            ].join(' ')}
          >
            Show more answers ({outcome.hits.length} of {outcome.total})
          </button>
          {moreFailed && (
            <p role="alert" className="text-slate-700 dark:text-slate-300">
              More answers could not load. Try again.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
