import type { Library } from '@/pipeline/content/library';
import type { Article, Subject } from '@/pipeline/content/types';
import { subjectPath } from '@/lib/config/paths';
import { PAGE_SIZE, PRERENDERED_LISTING_PAGES } from '@/lib/config/site';
import { pageCount } from '@/lib/text/pagination';

/** Highest score first, then newest, then lowest id: a total order, so the prerendered set is stable. */
export const comparePrerenderOrder = (a: Article, b: Article) =>
  b.score - a.score || (a.publishedAt === b.publishedAt ? a.id - b.id : a.publishedAt < b.publishedAt ? 1 : -1);

/** The articles built ahead of time: all of them up to `limit`, else the top by score, then newest. */
export function prerenderedArticles(lib: Library, limit: number): Article[] {
  if (lib.articles.length <= limit) return lib.articles;
  return [...lib.articles].sort(comparePrerenderOrder).slice(0, limit);
}

/** Each subject's numbered listing pages (page 2 onwards), at most `perSubject` of them. */
export const listingUrls = (subjects: readonly Subject[], perSubject = Infinity): string[] =>
  subjects.flatMap((subject) =>
    Array.from({ length: Math.min(pageCount(subject.count, PAGE_SIZE) - 1, perSubject) }, (_, i) =>
      subjectPath(subject.slug, i + 2),
    ),
  );

/**
 * The listing pages built ahead: per subject, as many as the prerendered articles would fill, and at most
 * PRERENDERED_LISTING_PAGES; the rest render on their first request.
 */
const prerenderedListings = (lib: Library, limit: number) =>
  listingUrls(lib.subjects, Math.min(PRERENDERED_LISTING_PAGES, Math.max(0, Math.ceil(limit / PAGE_SIZE) - 1)));

/** Every address built ahead of time: the prerendered articles, then the listing pages. */
export const prerenderedUrls = (lib: Library, limit: number): string[] => [
  ...prerenderedArticles(lib, limit).map((a) => a.url),
  ...prerenderedListings(lib, limit),
];
