import { createHash } from 'node:crypto';
import { decodeAnswer } from '@/pipeline/markdown/decode-answer';
import { plainExcerpt, toPlainText } from '@/pipeline/markdown/plain';
import { formatDate } from '@/lib/text/dates';
import { truncate } from '@/lib/text/truncate';
import { DESCRIPTION_LENGTH } from './description';
import { readingMinutes } from './reading-time';
import { parseArticlePath } from '@/lib/config/paths';
import type { RawArticle, RawRelatedRef } from './schema';
import type { RawPracticeItem } from './practice-schema';
import type { Article } from './types';
import type { PracticeItem } from '@/lib/store/types';

export const EXCERPT_LENGTH = 180;

/** The data stores paragraph breaks as the two characters `\n`; Markdown needs real ones (decodeAnswer). */
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

/** An item's name on the learner's device: its question's hash, so editing the question starts its schedule over. */
export const practiceId = (question: string) => createHash('sha256').update(question).digest('base64url').slice(0, 12);

/** The front matter's practice items, tagged by kind; a choice without `correct` is a wrong one. */
export const toPracticeItems = (items: readonly RawPracticeItem[]): PracticeItem[] =>
  items.map(({ question, choices, answer, explanation }) => {
    const id = practiceId(question);
    return choices
      ? {
          id,
          kind: 'choice',
          question,
          choices: choices.map((choice) => ({ text: choice.text, correct: choice.correct === true })),
          explanation,
        }
      : { id, kind: 'recall', question, answer: answer ?? '', explanation };
  });

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
    practice: toPracticeItems(raw.practice ?? []),
    file,
  };
}
