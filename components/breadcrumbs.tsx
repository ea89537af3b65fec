import type { Crumb } from '@/lib/seo/breadcrumbs';

type Props = { items: Crumb[] };

/** The last crumb is the current page and is not a link. */
export function Breadcrumbs({ items }: Props) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, index) => (
          <li key={item.href} className="flex min-w-0 items-center gap-2">
            {index > 0 && (
              <span aria-hidden="true" className="text-slate-400">
                ›
              </span>
            )}
            {index < items.length - 1 ? (
              <a href={item.href} className="rounded hover:text-brand-700 hover:underline dark:hover:text-brand-300">
                {item.name}
              </a>
            ) : (
              <span aria-current="page" className="line-clamp-1 text-slate-800 dark:text-slate-200">
                {item.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
