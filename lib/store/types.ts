/**
 * What the build compiles and requests read: the store's records and listings. These are the only shapes
 * that request-time code (routes, components, lib/seo) sees; the build's `Article` stays in pipeline/content.
 */

/** A reference the answer rests on, as the front matter states it. */
export type Source = { title: string; url?: string; publisher?: string; year?: number };

export type Subject = { name: string; slug: string; count: number };

/**
 * What an article shows wherever it appears, declared once: the build's `Article` and the store's `ArticleRecord`
 * extend it, a `Card` and the Markdown copy pick from it. A new front-matter field the pages show goes here and in
 * ARTICLE_FIELDS, and reaches every record.
 */
export type ArticleFields = {
  url: string;
  id: number;
  subject: string;
  subjectSlug: string;
  slug: string;
  question: string;
  /** The answer's opening words as plain text: cards and listings. */
  excerpt: string;
  /** `seo.page_description`, else the answer's opening words: the meta description, feed and JSON-LD. */
  description: string;
  readingMinutes: number;
  /** Calendar date in UTC, `YYYY-MM-DD`. */
  publishedAt: string;
  dateLabel: string;
  /** Calendar date of the last revision, `YYYY-MM-DD`, when the front matter gives `updated`. */
  updatedAt?: string;
  /** "Updated on …" in the article's date_format. */
  updatedLabel?: string;
  author: string;
  draft: boolean;
  sources: Source[];
};

/** ArticleFields' keys in record order (url first: the store finds a record in its shard by that prefix); `satisfies`
 * fails the type check when a field is missing here. */
export const ARTICLE_FIELDS = Object.keys({
  url: true,
  id: true,
  subject: true,
  subjectSlug: true,
  slug: true,
  question: true,
  excerpt: true,
  description: true,
  readingMinutes: true,
  publishedAt: true,
  dateLabel: true,
  updatedAt: true,
  updatedLabel: true,
  author: true,
  draft: true,
  sources: true,
} satisfies Record<keyof ArticleFields, true>) as (keyof ArticleFields)[];

/** What a card shows of another article: enough to render it without loading that article. */
export type Card = Pick<ArticleFields, 'url' | 'id' | 'question' | 'subject' | 'excerpt' | 'publishedAt' | 'dateLabel'>;

export type ListLink = Pick<Card, 'id' | 'url' | 'question'>;

/** A feed entry and a home-page card: a card with its description and the date it last changed. */
export type LatestItem = Card & { description: string; lastModified: string };

/**
 * Everything an article page, its metadata and its JSON-LD need, resolved at build time. Production
 * requests read only this record (from the store), never the library.
 */
export type ArticleRecord = Omit<ArticleFields, 'excerpt'> & {
  seo: { title: string; keywords: string[] };
  answerHtml: string;
  related: Card[];
  more: ListLink[];
  /** "Questions that link here". */
  backlinks: ListLink[];
  /** The answer or the practice items have formulas: the page links the math stylesheet. */
  hasMath: boolean;
  /** "Check yourself" items, their text fields rendered to HTML; empty when the article has none. */
  practice: PracticeItem[];
};

/** What the Markdown copy (`<url>.md`) holds (`practice` as Markdown); kept in its own shards, read only by that route. */
export type MarkdownRecord = Pick<
  ArticleFields,
  'url' | 'question' | 'subject' | 'dateLabel' | 'updatedLabel' | 'author' | 'sources'
> & { answerMarkdown: string; practice: PracticeItem[] };

/** A choice as the learner reads it, and whether it is the one right answer. */
export type PracticeChoice = { text: string; correct: boolean };

/**
 * One "Check yourself" item. Its text fields are Markdown in the build's article and the Markdown copy, HTML in the
 * page's record. `id` names the item on the learner's device (a hash of its question), stable while the question is.
 */
export type PracticeItem = { id: string; question: string; explanation: string } & (
  { kind: 'choice'; choices: PracticeChoice[] } | { kind: 'recall'; answer: string }
);

/** What the review page reads of an article: its question and address, and its items as HTML. */
export type PracticeSet = Pick<ArticleFields, 'url' | 'question'> & { practice: PracticeItem[] };

/** One page of a subject's questions, newest first. */
export type SubjectPage = { subject: Subject; articles: Card[]; page: number; pageCount: number };

/** A sitemap entry: a site path and the date of the newest content it shows. */
export type SitemapEntry = { path: string; lastmod: string };
export type SitemapChild = { name: string; lastmod: string };
