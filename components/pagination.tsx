import { subjectPath } from '@/lib/config/paths';

type Props = { subjectSlug: string; page: number; pageCount: number };

const linkClass = [
  'rounded-lg border border-slate-300 px-4 py-2 font-medium hover:border-brand-400',
  'hover:text-brand-700 dark:border-slate-600 dark:hover:text-brand-300',
].join(' ');

export function Pagination({ subjectSlug, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a href={subjectPath(subjectSlug, page - 1)} rel="prev" className={linkClass}>
          ← Newer questions
        </a>
      ) : (
        <span />
      )}
      <span className="text-slate-600 dark:text-slate-400">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={subjectPath(subjectSlug, page + 1)} rel="next" className={linkClass}>
          Older questions →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
