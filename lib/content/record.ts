import { renderMarkdown } from '@/lib/markdown';
import { safeAnswerMarkdown } from '@/lib/markdown-escape';
import { readingMinutes } from '@/lib/reading';
import { articleDescription } from '@/lib/seo';
import { RELATED_COUNT } from '@/lib/site';
import { getBacklinks } from './backlinks';
import type { Library } from './library';
import { getRelated, moreInSubject } from './related';
import type { Article } from './types';

/** What an Open Graph image shows: kept in its own small shards, so that function carries only these. */
export type TitleRecord = Pick<Article, 'url' | 'question' | 'subject'>;

/** What a card shows of another article: enough to render it without loading that article. */
export type Card = Pick<Article, 'id' | 'url' | 'question' | 'subject' | 'excerpt' | 'publishedAt' | 'dateLabel'>;
export type ListLink = Pick<Article, 'id' | 'url' | 'question'>;

/**
 * Everything an article page, its metadata and its Open Graph image need, resolved at build time.
 * Production requests read only this record (from the store), never the library.
 */
export type ArticleRecord = Pick<
  Article,
  | 'url' | 'id' | 'subject' | 'subjectSlug' | 'slug' | 'question' | 'publishedAt' | 'dateLabel' | 'updatedAt' | 'updatedLabel'
  | 'author' | 'draft' | 'sources'
> & {
  answerHtml: string;
  readingMinutes: number;
  description: string;
  seo: { title: string; keywords: string[] };
  related: Card[];
  more: ListLink[];
  /** "Questions that link here" (lib/content/backlinks.ts). */
  backlinks: ListLink[];
  /** The answer has formulas: the page links the math stylesheet. */
  hasMath: boolean;
};

/** What the Markdown copy (`<url>.md`) holds; kept in its own shards, read only by that route. */
export type MarkdownRecord = Pick<
  Article,
  'url' | 'question' | 'subject' | 'dateLabel' | 'updatedLabel' | 'author' | 'answerMarkdown' | 'sources'
>;

const toLink = ({ id, url, question }: Article): ListLink => ({ id, url, question });

const toCard = ({ id, url, question, subject, excerpt, publishedAt, dateLabel }: Article): Card =>
  ({ id, url, question, subject, excerpt, publishedAt, dateLabel });

/** The compile step: one article and the library it belongs to -> the record its page renders. */
export function compileArticle(library: Library, article: Article): ArticleRecord {
  const related = getRelated(library, article, RELATED_COUNT);
  const answerHtml = renderMarkdown(article.answerMarkdown);
  const backlinks = getBacklinks(library, article, related);
  return {
    // url first: the store finds a record in its shard by this prefix.
    url: article.url,
    id: article.id,
    subject: article.subject,
    subjectSlug: article.subjectSlug,
    slug: article.slug,
    question: article.question,
    publishedAt: article.publishedAt,
    dateLabel: article.dateLabel,
    updatedAt: article.updatedAt,
    updatedLabel: article.updatedLabel,
    author: article.author,
    draft: article.draft,
    sources: article.sources,
    answerHtml,
    hasMath: answerHtml.includes('<math'),
    readingMinutes: readingMinutes(article.answerMarkdown),
    description: articleDescription(article),
    seo: { title: article.seo.title, keywords: article.seo.keywords },
    related: related.map(toCard),
    more: moreInSubject(library, article, [...related, ...backlinks]).map(toLink),
    backlinks: backlinks.map(toLink),
  };
}

/** The Markdown copy's record: the answer as written (normalized), without what the page strips. */
export const compileMarkdown = (article: Article): MarkdownRecord => ({
  // url first, as in the article shards.
  url: article.url,
  question: article.question,
  subject: article.subject,
  dateLabel: article.dateLabel,
  updatedLabel: article.updatedLabel,
  author: article.author,
  answerMarkdown: safeAnswerMarkdown(article.answerMarkdown),
  sources: article.sources,
});
