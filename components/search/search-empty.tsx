import Link from 'next/link';
import type { Subject } from '@/lib/store/types';
import { subjectPath } from '@/lib/config/paths';
import { quotedWords } from '@/lib/search/miss';
import { count } from '@/lib/text/plural';

type Props = { query: string; unmatched: string[]; subjectName?: string; elsewhere: number; subjects: Subject[] };

/**
 * No answer: say so plainly, naming the words no article holds ("No answer about “vaccines” yet"), point
 * to the matches in other subjects, and offer the subjects to browse.
 */
export function SearchEmpty({ query, unmatched, subjectName, elsewhere, subjects }: Props) {
  return (
    <div className="mt-2">
      <h2 className="text-xl font-semibold text-ink dark:text-white">
        {subjectName && elsewhere > 0
          ? `No answers matched “${query}” in ${subjectName}`
          : `No answer about ${unmatched.length > 0 ? quotedWords(unmatched) : `“${query}”`} yet`}
      </h2>
      {elsewhere > 0 && (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          <Link
            href={`/search?${new URLSearchParams({ q: query })}`}
            className="rounded font-semibold text-brand-700 underline dark:text-brand-300"
          >
            See {count(elsewhere, 'answer')} in all subjects
          </Link>
        </p>
      )}
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {elsewhere > 0 ? 'Try fewer or different words, or browse a subject:' : 'Try other words, or browse a subject:'}
      </p>
      <ul className="mt-4 flex flex-wrap gap-2">
        {subjects.map((s) => (
          <li key={s.slug}>
            <Link
              href={subjectPath(s.slug)}
              className={[
                'inline-block rounded-full border border-slate-300 px-3 py-1 text-sm',
                'hover:border-brand-400 hover:text-brand-700 dark:border-slate-600',
                'dark:hover:text-brand-300',
              ].join(' ')}
            >
              {s.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
