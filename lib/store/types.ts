/**
 * What the build compiles and requests read: the store's records and listings. These are the only shapes
 * that request-time code (routes, components, lib/seo) sees; the Markdown-side `Article` stays in lib/content.
 */

/** A reference the answer rests on, as the front matter states it. */
export type Source = { title: string; url?: string; publisher?: string; year?: number };

export type Subject = { name: string; slug: string; count: number };

/** What a card shows of another article: enough to render it without loading that article. */
export type Card = {
  id: number;
  url: string;
  question: string;
  subject: string;
  excerpt: string;
  /** Calendar date in UTC, `YYYY-MM-DD`. */
  publishedAt: string;
  dateLabel: string;
};

export type ListLink = Pick<Card, 'id' | 'url' | 'question'>;

/** A feed entry and a home-page card: a card with its description and the date it last changed. */
export type LatestItem = Card & { description: string; lastModified: string };

/**
 * Everything an article page, its metadata and its JSON-LD need, resolved at build time. Production
 * requests read only this record (from the store), never the library.
 */
export type ArticleRecord = {
  url: string;
  id: number;
  subject: string;
  subjectSlug: string;
  slug: string;
  question: string;
  publishedAt: string;
  dateLabel: string;
  updatedAt?: string;
  updatedLabel?: string;
  author: string;
  draft: boolean;
  sources: Source[];
  answerHtml: string;
  readingMinutes: number;
  description: string;
  seo: { title: string; keywords: string[] };
  related: Card[];
  more: ListLink[];
  /** "Questions that link here". */
  backlinks: ListLink[];
  /** The answer has formulas: the page links the math stylesheet. */
  hasMath: boolean;
};

/** What the Markdown copy (`<url>.md`) holds; kept in its own shards, read only by that route. */
export type MarkdownRecord = {
  url: string;
  question: string;
  subject: string;
  dateLabel: string;
  updatedLabel?: string;
  author: string;
  answerMarkdown: string;
  sources: Source[];
};

/** One page of a subject's questions, newest first. */
export type SubjectPage = { subject: Subject; articles: Card[]; page: number; pageCount: number };

/** A sitemap entry: a site path and the date of the newest content it shows. */
export type SitemapEntry = { path: string; lastmod: string };
export type SitemapChild = { name: string; lastmod: string };
