/** The small outlined button beside an article's title (copy link, copy Markdown). */
export const SMALL_BUTTON = [
  'rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-700',
  'hover:border-brand-400 hover:text-brand-700 dark:border-slate-600 dark:text-slate-300',
  'dark:hover:text-brand-300',
].join(' ');
