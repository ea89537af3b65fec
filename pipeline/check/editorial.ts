import { SITE_NAME } from '@/lib/config/site';
import type { Article, Problem } from '../content/types';

/**
 * The house style npm run check states as warnings. Word and keyword counts were once a test's rules only;
 * they are dropped: the real data's answers vary, and 80,000 warnings would hide the ones that matter.
 */
export function checkEditorial(article: Article): Problem[] {
  const title = `${SITE_NAME} | ${article.subject}`;
  if (article.seo.title === title) return [];
  const message = `is "${article.seo.title}"; the subject's pages use "${title}", and the page title ends with it`;
  return [{ file: article.file, field: 'seo.title', message, severity: 'warning' }];
}
