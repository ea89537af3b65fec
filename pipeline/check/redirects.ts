import { ARTICLE_PATH } from '@/lib/config/paths';
import type { Article, Problem } from '../content/types';

/**
 * `redirect_from` across files: every old path is an article path that no article lives at, claimed by
 * one article once, and never leads to a URL that is itself an old path (a chain of two redirects).
 * Problems name the field `redirect_from` and sit on the entry's own line.
 */
export function checkRedirects(articles: readonly Article[]): Problem[] {
  const problems: Problem[] = [];
  const live = new Map(articles.map((a) => [a.url, a]));
  const claimed = new Map<string, Article>();
  for (const article of articles) {
    article.redirectFrom.forEach((from, index) => {
      const error = (message: string) =>
        problems.push({
          file: article.file,
          field: 'redirect_from',
          locate: `redirect_from.${index}`,
          message,
          severity: 'error',
        });
      const shown = JSON.stringify(from.slice(0, 120));
      if (!ARTICLE_PATH.test(from))
        return error(
          `${shown} is not an article path: write /learn/<subject-slug>/questions/<old-slug> (lowercase letters, digits, hyphens)`,
        );
      if (from === article.url) return error(`${shown} is this article's own url`);
      const other = claimed.get(from);
      if (!other) claimed.set(from, article);
      const owner = live.get(from);
      if (owner) return error(`${shown} is the url of a live article (${owner.file}): an old path must be gone`);
      if (other === article) return error(`${shown} is listed twice`);
      if (other) return error(`${shown} is also claimed by ${other.file}: an old path redirects to one article`);
    });
  }
  // An article whose url another article lists as an old path would send its own old paths through two redirects.
  for (const article of articles) {
    const next = claimed.get(article.url);
    if (!next || article.redirectFrom.length === 0) continue;
    problems.push({
      file: article.file,
      field: 'redirect_from',
      message: `this article's url is an old path of ${next.file}, so these old paths would redirect twice: move them to ${next.file}`,
      severity: 'error',
    });
  }
  return problems;
}

/** The store's redirect index: every old path of a published article and the url it moved to. */
export const redirectEntries = (articles: readonly Article[]): [string, string][] =>
  articles.flatMap((a) => a.redirectFrom.map((from): [string, string] => [from, a.url]));
