import { HeaderSearch } from '@/components/search/header-search';
import { ReviewLink } from '@/components/practice/review-link';
import { SITE_MARK, SITE_NAME } from '@/lib/config/site';

export function SiteHeader() {
  return (
    <header
      role="banner"
      className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-night-raised/80"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <a
          href="/"
          className="flex items-center gap-2 rounded text-lg font-bold tracking-tight text-ink dark:text-white"
        >
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-lg bg-brand-600 font-serif text-lg text-white"
          >
            {SITE_MARK}
          </span>
          {SITE_NAME}
        </a>
        {/* A plain GET form without JavaScript; with it, instant results. The engine loads only on focus. */}
        <HeaderSearch />
        {/* Room on the right for the review link's due count, which is placed outside the layout. */}
        <nav aria-label="Main" className="flex gap-x-5 pr-5 text-sm font-medium">
          <a
            href="/learn"
            className="rounded text-slate-700 hover:text-brand-700 dark:text-slate-300 dark:hover:text-brand-300"
          >
            Subjects
          </a>
          <ReviewLink />
        </nav>
      </div>
    </header>
  );
}
