// next dev and tests: the same data as the store, compiled from Markdown. Never bundled in production.
import { prerenderLimit } from '@/lib/config';
import { PAGE_SIZE } from '@/lib/config/site';
import { pageCount, pageRange } from '@/lib/text/pagination';
import { compileListings, type Listings } from '@/pipeline/compile/listings';
import { prerenderedUrls } from '@/pipeline/compile/prerender';
import { compileArticle, compileMarkdown, toCard } from '@/pipeline/compile/record';
import type { Library } from '@/pipeline/content/library';
import { failureOf, loadLive, type Live, type LiveOptions } from '@/pipeline/live';
import type { DataSource } from './data-source';

const listings = new WeakMap<Library, Listings>();
const listed = (lib: Library) => listings.get(lib) ?? listings.set(lib, compileListings(lib)).get(lib)!;

/** The routes' data over one read of the live library; a url whose file has an error throws that error. */
export function liveOf(live: Live): DataSource {
  const lib = live.library;
  const find = (url: string) => {
    const failure = failureOf(live, url);
    if (failure) throw failure;
    return lib.byUrl.get(url);
  };
  return {
    subjects: () => lib.subjects,
    articleCount: () => lib.articles.length,
    subjectPage(slug, page) {
      const subject = lib.subjects.find((s) => s.slug === slug);
      const list = lib.bySubject.get(slug) ?? [];
      const range = subject && pageRange(list.length, PAGE_SIZE, page);
      if (!subject || !range) return undefined;
      const articles = list.slice(range.start, range.end).map(toCard);
      return { subject, articles, page, pageCount: pageCount(list.length, PAGE_SIZE) };
    },
    subjectCards: (slug, start, end) => (lib.bySubject.get(slug) ?? []).slice(start, end).map(toCard),
    latest: (count) => listed(lib).latest.slice(0, count),
    article(url) {
      const article = find(url);
      return article && compileArticle(lib, article);
    },
    card(url) {
      const article = lib.byUrl.get(url);
      return article && toCard(article);
    },
    markdown(url) {
      const article = find(url);
      return article && compileMarkdown(article);
    },
    prerendered: () => prerenderedUrls(lib, prerenderLimit()),
    sitemaps: () => listed(lib).sitemaps.map((s) => s.child),
    sitemap: (name) => listed(lib).sitemaps.find((s) => s.child.name === name)?.entries,
  };
}

export const liveSource = async (options?: LiveOptions) => liveOf(await loadLive(options));
