import { renderMarkdown } from '@/lib/markdown';
import { readingMinutes } from '@/lib/reading';
import { articleDescription } from '@/lib/seo';
import { RELATED_COUNT } from '@/lib/site';
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
  'url' | 'id' | 'subject' | 'subjectSlug' | 'slug' | 'question' | 'publishedAt' | 'dateLabel' | 'author' | 'draft'
> & {
  answerHtml: string;
  readingMinutes: number;
  description: string;
  seo: { title: string; keywords: string[] };
  related: Card[];
  more: ListLink[];
};

const toCard = ({ id, url, question, subject, excerpt, publishedAt, dateLabel }: Article): Card =>
  ({ id, url, question, subject, excerpt, publishedAt, dateLabel });

/** The compile step: one article and the library it belongs to -> the record its page renders. */
export function compileArticle(library: Library, article: Article): ArticleRecord {
  const related = getRelated(library, article, RELATED_COUNT);
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
    author: article.author,
    draft: article.draft,
    answerHtml: renderMarkdown(article.answerMarkdown),
    readingMinutes: readingMinutes(article.answerMarkdown),
    description: articleDescription(article),
    seo: { title: article.seo.title, keywords: article.seo.keywords },
    related: related.map(toCard),
    more: moreInSubject(library, article, related).map(({ id, url, question }) => ({ id, url, question })),
  };
}
