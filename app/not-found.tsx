import { NotFoundSuggestions } from '@/components/search/not-found-suggestions';
import { subjectPath } from '@/lib/config/paths';
import { SITE_NAME } from '@/lib/config/site';
import { getSubjects } from '@/lib/data';

export const metadata = { title: `Page not found | ${SITE_NAME}`, robots: { index: false } };

export default async function NotFound() {
  const subjects = await getSubjects();
  return (
    <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-ink sm:text-4xl dark:text-white">
        We could not find that page
      </h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
        The question may have moved, or the address may have a typo. Try one of the subjects below, or go back to the{' '}
        <a href="/" className="rounded font-semibold text-brand-700 underline dark:text-brand-300">
          home page
        </a>
        .
      </p>
      <NotFoundSuggestions />
      <div className="mt-10">
        <h2 className="mb-4 text-xl font-semibold text-ink dark:text-white">Browse by subject</h2>
        {/* Compact on purpose: the root 404 boundary travels in every page's payload. */}
        <ul
          className={[
            'flex flex-wrap gap-2 [&_a]:inline-block [&_a]:rounded-full [&_a]:border',
            '[&_a]:border-slate-300 [&_a]:bg-white [&_a]:px-4 [&_a]:py-1.5 [&_a]:font-medium',
            '[&_a]:text-ink dark:[&_a]:border-slate-600 dark:[&_a]:bg-night-raised',
            'dark:[&_a]:text-slate-100 [&_a:hover]:border-brand-400 [&_a:hover]:text-brand-700',
            'dark:[&_a:hover]:text-brand-300',
          ].join(' ')}
        >
          {subjects.map((subject) => (
            <li key={subject.slug}>
              <a href={subjectPath(subject.slug)}>{subject.name}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
