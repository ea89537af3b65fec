import type { Subject } from '@/lib/store/types';
import { subjectPath } from '@/lib/config/paths';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/config/site';

type Props = { subjects: Subject[] };

export function SiteFooter({ subjects }: Props) {
  return (
    <footer
      role="contentinfo"
      className="mt-20 border-t border-slate-200 bg-white dark:border-slate-800 dark:bg-night-raised"
    >
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-[1fr_2fr] sm:px-6">
        <div>
          <p className="font-semibold text-ink dark:text-white">{SITE_NAME}</p>
          <p className="mt-2 text-slate-600 dark:text-slate-400">{SITE_TAGLINE}.</p>
        </div>
        <nav aria-label="Subjects">
          <p className="font-semibold text-ink dark:text-white">Browse by subject</p>
          {/* Link styles sit on the list once: this markup is repeated in every page's HTML and payloads. */}
          <ul
            className={[
              'mt-2 grid grid-cols-2 gap-x-6 gap-y-1 md:grid-cols-3 [&_a]:rounded [&_a]:text-slate-600',
              'dark:[&_a]:text-slate-400 [&_a:hover]:text-brand-700 [&_a:hover]:underline',
              'dark:[&_a:hover]:text-brand-300',
            ].join(' ')}
          >
            {subjects.map((subject) => (
              <li key={subject.slug}>
                <a href={subjectPath(subject.slug)}>{subject.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
