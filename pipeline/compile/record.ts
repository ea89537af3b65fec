import { RELATED_COUNT } from '@/lib/config/site';
import { renderAnswer } from '@/pipeline/markdown/render';
import { safeAnswerMarkdown } from '@/pipeline/markdown/safe-answer';
import type { ArticleRecord, Card, LatestItem, ListLink, MarkdownRecord } from '@/lib/store/types';
import { getBacklinks } from './backlinks';
import { lastModified } from '../check/dated';
import type { Library } from '../content/library';
import { getRelated, moreInSubject } from './related';
import type { Article } from '../content/types';

const toLink = ({ id, url, question }: Article): ListLink => ({ id, url, question });

// url first in every shard line: the store finds a record by this prefix.
export const toCard = ({ id, url, question, subject, excerpt, publishedAt, dateLabel }: Article): Card => ({
  url,
  id,
  question,
  subject,
  excerpt,
  publishedAt,
  dateLabel,
});

export const toLatestItem = (article: Article): LatestItem => ({
  ...toCard(article),
  description: article.description,
  lastModified: lastModified(article),
});

/**
 * The article's own part of its record: what depends on its answer alone (rendered once, cached). `copyMarkdown`,
 * the Markdown copy's answer, only where it differs from the answer as written.
 */
export type OwnRecord = { answerHtml: string; hasMath: boolean; copyMarkdown?: string };

export function compileOwn({ answerMarkdown }: Pick<Article, 'answerMarkdown'>): OwnRecord {
  const { html, copy } = renderAnswer(answerMarkdown);
  return {
    answerHtml: html,
    hasMath: html.includes('<math'),
    ...(copy === answerMarkdown ? {} : { copyMarkdown: copy }),
  };
}

/** The compile step: one article, its rendered answer and the library it belongs to -> the record its page renders. */
export function compileArticle(
  library: Library,
  article: Article,
  own: OwnRecord = compileOwn(article),
): ArticleRecord {
  const related = getRelated(library, article, RELATED_COUNT);
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
    answerHtml: own.answerHtml,
    hasMath: own.hasMath,
    readingMinutes: article.readingMinutes,
    description: article.description,
    seo: { title: article.seo.title, keywords: article.seo.keywords },
    related: related.map(toCard),
    more: moreInSubject(library, article, [...related, ...backlinks]).map(toLink),
    backlinks: backlinks.map(toLink),
  };
}

/** The Markdown copy's record: the answer as written (normalized), without what the page strips. */
export const compileMarkdown = (article: Article, own?: OwnRecord): MarkdownRecord => ({
  // url first, as in the article shards.
  url: article.url,
  question: article.question,
  subject: article.subject,
  dateLabel: article.dateLabel,
  updatedLabel: article.updatedLabel,
  author: article.author,
  answerMarkdown: own ? (own.copyMarkdown ?? article.answerMarkdown) : safeAnswerMarkdown(article.answerMarkdown),
  sources: article.sources,
});
