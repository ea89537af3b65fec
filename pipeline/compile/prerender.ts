import type { Library } from '@/pipeline/content/library';
import type { Article } from '@/pipeline/content/types';

/** Highest score first, then newest, then lowest id: a total order, so the prerendered set is stable. */
export const comparePrerenderOrder = (a: Article, b: Article) =>
  b.score - a.score || (a.publishedAt === b.publishedAt ? a.id - b.id : a.publishedAt < b.publishedAt ? 1 : -1);

/** The articles built ahead of time: all of them up to `limit`, else the top by score, then newest. */
export function prerenderedArticles(lib: Library, limit: number): Article[] {
  if (lib.articles.length <= limit) return lib.articles;
  return [...lib.articles].sort(comparePrerenderOrder).slice(0, limit);
}
