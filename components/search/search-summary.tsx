import Link from 'next/link';
import type { SearchOutcome } from '@/lib/search/engine';
import { quotedWords } from '@/lib/search/miss';
import type { SearchStatus } from './use-search';
import { count } from '@/lib/text/plural';

type Props = { status: SearchStatus; query: string; outcome: SearchOutcome; subjectName?: string };

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The live status line, then what the engine did with the query: a spelling fix, a partial match. */
export function SearchSummary({ status, query, outcome, subjectName }: Props) {
  const { total, corrected, partial, unmatched } = outcome;
  const shown = corrected ?? query;
  const these = total === 1 ? 'this partial match has' : 'these partial matches have';
  return (
    <>
      <p role="status" aria-live="polite" className="mt-6 text-slate-600 dark:text-slate-400">
        {!query
          ? 'Type a few words to find an answer.'
          : status === 'loading'
            ? 'Searching…'
            : status === 'error'
              ? 'Search is unavailable right now.'
              : total > 0
                ? `${count(total, partial ? 'partial match' : 'answer')} for “${shown}”${subjectName ? ` in ${subjectName}` : ''}`
                : ''}
      </p>
      {status === 'done' && corrected && (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Showing results for <strong className="font-semibold text-ink dark:text-white">{corrected}</strong>.{' '}
          <Link
            href={`/search?${new URLSearchParams({ q: query, exact: '1' })}`}
            className="rounded text-brand-700 underline dark:text-brand-300"
          >
            Search instead for “{query}”
          </Link>
        </p>
      )}
      {status === 'done' && partial && total > 0 && (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {unmatched.length > 0
            ? `No answer about ${quotedWords(unmatched)} yet. ${capitalized(these)} some of your other words.`
            : `No answer has every word, so ${these} the most of them.`}
        </p>
      )}
    </>
  );
}
