import type { Card } from '@/lib/store/types';
import { ArticleCard } from './article-card';

type Props = { articles: Card[] };

export function RelatedArticles({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-14">
      <h2 id="related-heading" className="text-2xl font-semibold tracking-tight text-ink dark:text-white">
        Related questions
      </h2>
      <ul className="mt-5 grid gap-4 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} showSubject headingLevel="h3" />
          </li>
        ))}
      </ul>
    </section>
  );
}
