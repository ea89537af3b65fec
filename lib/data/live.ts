// next dev and tests: the same data as the store, compiled from Markdown on each request. Never bundled in production.
import { PAGE_SIZE } from '@/lib/config/site';
import { getLibrary, getPrerenderedArticles } from '@/lib/content';
import { compileArticle, compileMarkdown, toCard } from '@/lib/content/compile';
import type { Library } from '@/lib/content/library';
import { compileListings, type Listings } from '@/lib/content/listings';
import { pageCount, pageRange } from '@/lib/text/pagination';
import type { DataSource } from './source';

const listings = new WeakMap<Library, Listings>();
const listed = (lib: Library) => listings.get(lib) ?? listings.set(lib, compileListings(lib)).get(lib)!;

export const live: DataSource = {
  subjects: () => getLibrary().subjects,
  articleCount: () => getLibrary().articles.length,
  subjectPage(slug, page) {
    const lib = getLibrary();
    const subject = lib.subjects.find((s) => s.slug === slug);
    const list = lib.bySubject.get(slug) ?? [];
    const range = subject && pageRange(list.length, PAGE_SIZE, page);
    if (!subject || !range) return undefined;
    const articles = list.slice(range.start, range.end).map(toCard);
    return { subject, articles, page, pageCount: pageCount(list.length, PAGE_SIZE) };
  },
  subjectCards: (slug, start, end) => (getLibrary().bySubject.get(slug) ?? []).slice(start, end).map(toCard),
  latest: (count) => listed(getLibrary()).latest.slice(0, count),
  article(url) {
    const lib = getLibrary();
    const article = lib.byUrl.get(url);
    return article && compileArticle(lib, article);
  },
  card(url) {
    const article = getLibrary().byUrl.get(url);
    return article && toCard(article);
  },
  markdown(url) {
    const article = getLibrary().byUrl.get(url);
    return article && compileMarkdown(article);
  },
  prerendered: () => getPrerenderedArticles().map((a) => a.url),
  sitemaps: () => listed(getLibrary()).sitemaps.map((s) => s.child),
  sitemap: (name) => listed(getLibrary()).sitemaps.find((s) => s.child.name === name)?.entries,
};
