import { SITE_NAME } from '@/lib/site';

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-night-raised/80">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <a href="/" className="flex items-center gap-2 rounded text-lg font-bold tracking-tight text-ink dark:text-white">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-600 font-serif text-lg text-white">Q</span>
          {SITE_NAME}
        </a>
        {/* A plain form: it works without JavaScript, so article pages ship no search code at all. */}
        <form role="search" aria-label="Site" action="/search" method="get" className="order-last w-full sm:order-none sm:ml-auto sm:w-64 lg:w-80">
          <label htmlFor="site-search" className="sr-only">Search questions</label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search questions…"
            className="w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-ink placeholder:text-slate-500 dark:border-slate-600 dark:bg-night dark:text-white dark:placeholder:text-slate-400"
          />
        </form>
        <nav aria-label="Main" className="text-sm font-medium">
          <a href="/learn" className="rounded text-slate-700 hover:text-brand-700 dark:text-slate-300 dark:hover:text-brand-300">
            Subjects
          </a>
        </nav>
      </div>
    </header>
  );
}
