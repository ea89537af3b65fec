import { decodeAnswer } from '@/pipeline/markdown/decode-answer';
import { plainExcerpt, toPlainText } from '@/pipeline/markdown/plain';
import { formatDate } from '@/lib/text/dates';
import { truncate } from '@/lib/text/truncate';
import { DESCRIPTION_LENGTH } from './description';
import { readingMinutes } from './reading-time';
import { parseArticlePath } from '@/lib/config/paths';
import type { RawArticle, RawRelatedRef } from './schema';
import type { Article } from './types';

export const EXCERPT_LENGTH = 180;

/** The data stores paragraph breaks as the two characters `\n`; Markdown needs real ones (lib/answer-escape.ts). */
export const normalizeAnswer = (answer: string): string => decodeAnswer(answer);

export function splitKeywords(keywords: string): string[] {
  const seen = new Set<string>();
  for (const keyword of keywords.split(',')) {
    const clean = keyword.trim().replace(/\s+/g, ' ');
    if (clean) seen.add(clean);
  }
  return [...seen];
}

/** The page's description: the writer's, else the answer's opening words cut to the description rule's maximum. */
export const articleDescription = (pageDescription: string, answerMarkdown: string) =>
  pageDescription.trim() || truncate(toPlainText(answerMarkdown), DESCRIPTION_LENGTH.max);

/** Maps validated front matter to the app's Article; slugs come from `url`, never from the title. */
export function toArticle(file: string, raw: RawArticle, related: RawRelatedRef[]): Article {
  const { subject: subjectSlug = '', slug = '' } = parseArticlePath(raw.url) ?? {};
  const answerMarkdown = normalizeAnswer(raw.answer);
  return {
    id: raw.id,
    url: raw.url,
    subject: raw.subject,
    subjectSlug,
    slug,
    question: raw.question,
    answerMarkdown,
    excerpt: plainExcerpt(answerMarkdown, EXCERPT_LENGTH),
    description: articleDescription(raw.seo.page_description, answerMarkdown),
    readingMinutes: readingMinutes(answerMarkdown),
    publishedAt: raw.date,
    dateLabel: `${raw.post_on_text} ${formatDate(raw.date, raw.date_format)}`,
    ...(raw.updated
      ? { updatedAt: raw.updated, updatedLabel: `Updated on ${formatDate(raw.updated, raw.date_format)}` }
      : {}),
    sources: (raw.sources ?? []).map(({ title, url, publisher, year }) => ({
      title,
      ...(url ? { url } : {}),
      ...(publisher ? { publisher } : {}),
      ...(year ? { year } : {}),
    })),
    author: raw.author,
    seo: {
      title: raw.seo.title,
      description: raw.seo.page_description,
      keywords: splitKeywords(raw.seo.page_keywords),
    },
    score: raw.score,
    relatedRefs: related.map(({ id, title, subject, url }) => ({ id, title, subject, url })),
    redirectFrom: raw.redirect_from ?? [],
    draft: raw.draft ?? false,
    file,
  };
}
