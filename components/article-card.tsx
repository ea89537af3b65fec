import type { Card } from '@/lib/store/types';

type Props = { article: Card; showSubject?: boolean; headingLevel?: 'h2' | 'h3' };

export function ArticleCard({ article, showSubject = false, headingLevel: Heading = 'h2' }: Props) {
  return (
    <article className="card group">
      <div className="card-meta">
        {showSubject && <span className="card-subject">{article.subject}</span>}
        <time dateTime={article.publishedAt}>{article.dateLabel}</time>
      </div>
      <Heading className="card-title">
        <a href={article.url} className="card-link">
          {article.question}
        </a>
      </Heading>
      <p className="card-excerpt">{article.excerpt}</p>
    </article>
  );
}
