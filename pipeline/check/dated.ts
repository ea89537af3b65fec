import type { Article, Problem } from '../content/types';

/** The date a page last changed: `updated` when given, else `date`. Sitemap lastmod, feed and dateModified use it. */
export const lastModified = (article: Pick<Article, 'publishedAt' | 'updatedAt'>): string =>
  article.updatedAt ?? article.publishedAt;

export const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Date rules across the clock: `updated` not before `date`, neither in the future. They run on every check,
 * never from the parse cache, since a date that is in the future today may not be tomorrow.
 */
export function checkDates(articles: readonly Article[], today = todayIso()): Problem[] {
  const problems: Problem[] = [];
  for (const article of articles) {
    const error = (field: string, message: string) =>
      problems.push({ file: article.file, field, message, severity: 'error' });
    if (article.publishedAt > today) error('date', `${article.publishedAt} is in the future (today is ${today})`);
    if (!article.updatedAt) continue;
    if (article.updatedAt < article.publishedAt)
      error('updated', `${article.updatedAt} is before the article's date ${article.publishedAt}`);
    else if (article.updatedAt > today) error('updated', `${article.updatedAt} is in the future (today is ${today})`);
  }
  return problems;
}
