import { subjectPath } from '@/lib/config/paths';
import type { Subject } from '@/lib/store/types';
import { count } from '@/lib/text/plural';

type Props = { subjects: Subject[] };

export function SubjectList({ subjects }: Props) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {subjects.map((subject) => (
        <li key={subject.slug}>
          <a
            href={subjectPath(subject.slug)}
            className={[
              'flex items-center justify-between gap-4 rounded-xl border border-slate-200 bg-white px-5',
              'py-4 font-medium text-ink shadow-sm transition hover:border-brand-300',
              'hover:text-brand-700 hover:shadow-md dark:border-slate-700/70 dark:bg-night-raised',
              'dark:text-slate-100 dark:hover:border-brand-400 dark:hover:text-brand-300',
            ].join(' ')}
          >
            <span>{subject.name}</span>
            <span
              className={[
                'shrink-0 rounded-full bg-brand-50 px-2.5 py-0.5 text-sm text-brand-800',
                'dark:bg-brand-900/60 dark:text-brand-100',
              ].join(' ')}
            >
              {count(subject.count, 'question')}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
