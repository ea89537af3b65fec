import type { Article } from '@/lib/content';

type Props = { article: Article; showSubject?: boolean; headingLevel?: 'h2' | 'h3' };

export function ArticleCard({ article, showSubject = false, headingLevel: Heading = 'h2' }: Props) {
  return (
    <article className="group relative flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-300 hover:shadow-md dark:border-slate-700/70 dark:bg-night-raised dark:hover:border-brand-400">
      <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        {showSubject && <span className="font-medium text-brand-700 dark:text-brand-300">{article.subject}</span>}
        <time dateTime={article.publishedAt}>{article.dateLabel}</time>
      </div>
      <Heading className="text-lg leading-snug font-semibold text-ink dark:text-white">
        <a href={article.url} className="after:absolute after:inset-0 after:rounded-xl group-hover:text-brand-700 dark:group-hover:text-brand-300">
          {article.question}
        </a>
      </Heading>
      <p className="mt-2 line-clamp-3 text-base leading-relaxed text-slate-700 dark:text-slate-300">{article.excerpt}</p>
    </article>
  );
}
