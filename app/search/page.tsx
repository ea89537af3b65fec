import { Suspense } from 'react';
import { SearchApp } from '@/components/search/search-app';
import { SITE_NAME } from '@/lib/config/site';
import { getSubjects } from '@/lib/data';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata = {
  ...pageMetadata({
    title: `Search | ${SITE_NAME}`,
    description: `Search every ${SITE_NAME} answer by question, subject or keyword.`,
    path: '/search',
  }),
  robots: { index: false, follow: true },
};

export default async function SearchPage() {
  const subjects = await getSubjects();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-ink sm:text-4xl dark:text-white">Search</h1>
      <Suspense fallback={<SearchFallback />}>
        <SearchApp subjects={subjects} />
      </Suspense>
    </div>
  );
}

/** What the prerendered page shows before the client runs, and all it shows without JavaScript. */
function SearchFallback() {
  return (
    <>
      <p className="text-slate-600 dark:text-slate-400">Loading search…</p>
      <noscript>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Search runs in your browser and needs JavaScript.{' '}
          <a href="/learn" className="rounded font-semibold text-brand-700 underline dark:text-brand-300">
            Browse the subjects
          </a>{' '}
          instead.
        </p>
      </noscript>
    </>
  );
}
