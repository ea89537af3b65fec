import { subjectPath } from '@/lib/config/paths';
import { FEED_SIZE, LATEST_COUNT, PAGE_SIZE } from '@/lib/config/site';
import { chunkSitemap } from '@/lib/seo/sitemap';
import type { LatestItem, SitemapChild, SitemapEntry } from '@/lib/store/types';
import { newestDate } from '@/lib/text/dates';
import { pageCount, pageRange } from '@/lib/text/pagination';
import { toLatestItem } from './record';
import { lastModified } from '../check/dated';
import type { Library } from '../content/library';
import type { Article } from '../content/types';

/** The store's order: subject by subject, newest first. Neighbours share their "more in subject" links. */
export const storeOrder = (library: Library): Article[] =>
  library.subjects.flatMap((subject) => library.bySubject.get(subject.slug) ?? []);

/** Every public page with the date of the newest content it shows (never the build time). */
export function listSitemapEntries(library: Library): SitemapEntry[] {
  const overall = newestDate(library.articles.map(lastModified));
  const entries: SitemapEntry[] = [
    { path: '/', lastmod: overall },
    { path: '/learn', lastmod: overall },
  ];
  for (const subject of library.subjects) {
    const list = library.bySubject.get(subject.slug) ?? [];
    for (let page = 1; page <= pageCount(list.length, PAGE_SIZE); page++) {
      const { start, end } = pageRange(list.length, PAGE_SIZE, page) ?? { start: 0, end: 0 };
      const lastmod = newestDate(list.slice(start, end).map(lastModified));
      entries.push({ path: subjectPath(subject.slug, page), lastmod });
    }
  }
  for (const article of library.articles) entries.push({ path: article.url, lastmod: lastModified(article) });
  return entries;
}

export type Listings = {
  latest: LatestItem[];
  sitemaps: { child: SitemapChild; entries: SitemapEntry[] }[];
};

/** What listing routes read, compiled once per library: the newest articles and the sitemap's children. */
export function compileListings(library: Library): Listings {
  const chunks = chunkSitemap(listSitemapEntries(library));
  return {
    latest: library.articles.slice(0, Math.max(FEED_SIZE, LATEST_COUNT)).map(toLatestItem),
    sitemaps: chunks.map((entries, index) => ({
      child: { name: `${index}.xml`, lastmod: newestDate(entries.map((e) => e.lastmod)) },
      entries,
    })),
  };
}
