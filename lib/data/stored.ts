import { PAGE_SIZE } from '@/lib/config/site';
import { store, type StoreReader } from '@/lib/store/read';
import { pageCount, pageRange } from '@/lib/text/pagination';
import type { DataSource } from './data-source';

/** A subject and where its articles start in the store's order. */
function locate(store: () => StoreReader, slug: string) {
  const { subjects, offsets } = store().manifest;
  const index = subjects.findIndex((s) => s.slug === slug);
  const subject = subjects[index];
  return subject && { subject, offset: offsets[index] ?? 0 };
}

/** Production: every read is the store's manifest, its URL index and one or two shards. */
export const storedFrom = (store: () => StoreReader): DataSource => ({
  subjects: () => store().manifest.subjects,
  articleCount: () => store().manifest.articles,
  subjectPage(slug, page) {
    const found = locate(store, slug);
    const range = found && pageRange(found.subject.count, PAGE_SIZE, page);
    if (!found || !range) return undefined;
    const articles = store().cards(found.offset + range.start, found.offset + range.end);
    return { subject: found.subject, articles, page, pageCount: pageCount(found.subject.count, PAGE_SIZE) };
  },
  subjectCards(slug, start, end) {
    const found = locate(store, slug);
    if (!found) return [];
    return store().cards(found.offset + start, found.offset + Math.min(end, found.subject.count));
  },
  latest: (count) => store().latest().slice(0, count),
  article: (url) => store().read(url),
  card: (url) => store().card(url),
  markdown: (url) => store().markdown(url),
  prerendered: () => store().prerendered(),
  sitemaps: () => store().manifest.sitemaps,
  sitemap: (name) => store().sitemap(name),
});

export const stored = storedFrom(store);
