import { RELATED_COUNT } from '@/lib/config/site';
import { renderAnswer } from '@/pipeline/markdown/render';
import { safeAnswerMarkdown } from '@/pipeline/markdown/safe-answer';
import {
  ARTICLE_FIELDS,
  type ArticleFields,
  type ArticleRecord,
  type Card,
  type LatestItem,
  type ListLink,
  type MarkdownRecord,
  type PracticeItem,
} from '@/lib/store/types';
import { getBacklinks } from './backlinks';
import { compilePractice } from './practice';
import { lastModified } from '../check/dated';
import { textKey } from '../content/cache';
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

/** The shared fields of an article, in record order; optional ones only when present, as JSON would drop them. */
function articleFields(article: Article): Omit<ArticleFields, 'excerpt'> {
  const fields: Partial<Record<keyof ArticleFields, unknown>> = {};
  for (const key of ARTICLE_FIELDS) if (key !== 'excerpt') fields[key] = article[key];
  return fields as Omit<ArticleFields, 'excerpt'>;
}

export const toLatestItem = (article: Article): LatestItem => ({
  ...toCard(article),
  description: article.description,
  lastModified: lastModified(article),
});

/** What an article's own part of its record is rendered from: its answer and its practice items. */
export type OwnInput = Pick<Article, 'answerMarkdown' | 'practice'>;

/**
 * The article's own part of its record: what depends on its answer and practice items alone (rendered once,
 * cached). `copyMarkdown` and `practiceCopy`, the Markdown copy's text, only where it differs from the text as written.
 */
export type OwnRecord = {
  answerHtml: string;
  hasMath: boolean;
  copyMarkdown?: string;
  practiceHtml: PracticeItem[];
  practiceCopy?: PracticeItem[];
};

export function compileOwn({ answerMarkdown, practice }: OwnInput): OwnRecord {
  const { html, copy } = renderAnswer(answerMarkdown);
  const items = compilePractice(practice);
  return {
    answerHtml: html,
    hasMath: html.includes('<math') || items.html.some((item) => JSON.stringify(item).includes('<math')),
    ...(copy === answerMarkdown ? {} : { copyMarkdown: copy }),
    practiceHtml: items.html,
    ...(items.copy ? { practiceCopy: items.copy } : {}),
  };
}

/** The other articles a record shows, chosen from the library once for both the record and its key. */
export type Shown = { related: Article[]; backlinks: Article[]; more: Article[] };

export function shownBy(library: Library, article: Article): Shown {
  const related = getRelated(library, article, RELATED_COUNT);
  const backlinks = getBacklinks(library, article, related);
  return { related, backlinks, more: moreInSubject(library, article, [...related, ...backlinks]) };
}

/** The compile step: one article, its rendered answer and the library it belongs to -> the record its page renders. */
export function compileArticle(
  library: Library,
  article: Article,
  own: OwnRecord = compileOwn(article),
  { related, backlinks, more }: Shown = shownBy(library, article),
): ArticleRecord {
  return {
    ...articleFields(article),
    seo: { title: article.seo.title, keywords: article.seo.keywords },
    answerHtml: own.answerHtml,
    hasMath: own.hasMath,
    practice: own.practiceHtml,
    related: related.map(toCard),
    more: more.map(toLink),
    backlinks: backlinks.map(toLink),
  };
}

/** How other records show an article, hashed: as a card (`related`) or as a link (`more`, `backlinks`). */
export type ShownKeys = { card: (article: Article) => string; link: (article: Article) => string };

/** `ShownKeys`, each article's hashed once per build. */
export function shownKeys(): ShownKeys {
  const memo = (show: (article: Article) => object) => {
    const keys = new Map<Article, string>();
    return (article: Article) => {
      let key = keys.get(article);
      if (key === undefined) keys.set(article, (key = textKey(JSON.stringify(show(article)))));
      return key;
    };
  };
  return { card: memo(toCard), link: memo(toLink) };
}

/**
 * What `compileArticle` builds a record from, with the rendered answer replaced by its render key and the articles
 * shown by the hash of what it shows of them: under one code version, equal keys give equal records, so a shard of
 * records whose keys did not change is not built again. A fifth of the record's length.
 */
export const recordKey = (article: Article, renderKey: string, shown: Shown, keys: ShownKeys) =>
  JSON.stringify([
    articleFields(article),
    article.seo.title,
    article.seo.keywords,
    renderKey,
    shown.related.map(keys.card),
    shown.more.map(keys.link),
    shown.backlinks.map(keys.link),
  ]);

/** The Markdown copy's fields that come from the article alone. */
const markdownFields = (article: Article) => ({
  // url first, as in the article shards.
  url: article.url,
  question: article.question,
  subject: article.subject,
  dateLabel: article.dateLabel,
  updatedLabel: article.updatedLabel,
  author: article.author,
});

/** The Markdown copy's record: the answer as written (normalized), without what the page strips. */
export const compileMarkdown = (article: Article, own?: OwnRecord): MarkdownRecord => ({
  ...markdownFields(article),
  answerMarkdown: own ? (own.copyMarkdown ?? article.answerMarkdown) : safeAnswerMarkdown(article.answerMarkdown),
  sources: article.sources,
  practice: own ? (own.practiceCopy ?? article.practice) : (compilePractice(article.practice).copy ?? article.practice),
});

/** What `compileMarkdown` builds a copy from, with the answer and practice items replaced by their render key. */
export const markdownKey = (article: Article, renderKey: string) =>
  JSON.stringify([markdownFields(article), article.sources, renderKey]);

/**
 * An article's own record read back from the record and the copy an earlier build made of the same answer and
 * practice items (their render key): what `compileArticle` and `compileMarkdown` take of it, without rendering.
 */
export const ownFrom = (record: ArticleRecord, copy: MarkdownRecord): OwnRecord => ({
  answerHtml: record.answerHtml,
  hasMath: record.hasMath,
  practiceHtml: record.practice,
  copyMarkdown: copy.answerMarkdown,
  practiceCopy: copy.practice,
});
