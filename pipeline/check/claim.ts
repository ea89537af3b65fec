import type { Article, Problem } from '../content/types';

/** Newer by `date`, then by path: the file a duplicate id or url is blamed on, a copy being the newer. */
export const isNewer = (a: Article, b: Article) =>
  a.publishedAt !== b.publishedAt ? a.publishedAt > b.publishedAt : a.file > b.file;

/**
 * Articles by a key that must be unique (id, url). The oldest holder keeps the key, so the problem lands on
 * every newer one and names the oldest, whatever order the files were read in.
 */
export class Claims<K> {
  readonly map = new Map<K, Article>();
  private readonly newer: [K, Article][] = [];

  claim(key: K, article: Article): void {
    const other = this.map.get(key);
    if (!other) this.map.set(key, article);
    else if (isNewer(article, other)) this.newer.push([key, article]);
    else {
      this.newer.push([key, other]);
      this.map.set(key, article);
    }
  }

  blame(field: string, message: (key: K, older: Article) => string): Problem[] {
    return this.newer.map(([key, article]) => ({
      file: article.file,
      field,
      message: message(key, this.map.get(key) as Article),
      severity: 'error',
    }));
  }
}
