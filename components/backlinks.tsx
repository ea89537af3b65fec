import type { ListLink } from '@/lib/content';

type Props = { articles: ListLink[] };

/** Articles whose related references point at this one (computed once per build, lib/content/backlinks.ts). */
export function Backlinks({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="backlinks-heading" className="mt-12">
      <h2 id="backlinks-heading" className="text-xl font-semibold tracking-tight text-ink dark:text-white">
        Questions that link here
      </h2>
      <ul className="mt-4 divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {articles.map((article) => (
          <li key={article.id}>
            <a href={article.url} className="list-link">
              {article.question}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
