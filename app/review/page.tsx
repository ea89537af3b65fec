import { ReviewApp } from '@/components/practice/review-app';
import { SITE_NAME } from '@/lib/config/site';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata = {
  ...pageMetadata({
    title: `Review | ${SITE_NAME}`,
    description: `The ${SITE_NAME} practice questions due for review, kept in this browser.`,
    path: '/review',
  }),
  robots: { index: false, follow: true },
};

/** A static shell: the schedule lives in the learner's browser, so the island reads it there. */
export default function ReviewPage() {
  return (
    <div className="mx-auto max-w-[70ch] px-4 py-8 sm:px-6">
      {/* Review items come from any article: the math stylesheet is always needed here. */}
      {/* eslint-disable-next-line @next/next/no-css-tags -- the same sheet article pages link when they have formulas */}
      <link rel="stylesheet" href="/math/temml.css" precedence="default" />
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl dark:text-white">Review</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Questions you answered under “Check yourself” come back here when it is time to practise them again, sooner for
        those you missed. Your answers are kept in this browser only: nothing is sent, and clearing the site&apos;s data
        starts over.
      </p>
      <ReviewApp />
      <noscript>
        <p className="mt-6 text-slate-700 dark:text-slate-300">
          Review runs in your browser and needs JavaScript.{' '}
          <a href="/learn" className="practice-link">
            Browse the subjects
          </a>{' '}
          to read and check yourself instead.
        </p>
      </noscript>
    </div>
  );
}
