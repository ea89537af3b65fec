import { formatDate } from '@/lib/dates';
import { toPlainText, truncate } from '@/lib/markdown';
import { ARTICLE_URL, type RawArticle, type RawRelatedRef } from './schema';
import type { Article } from './types';

export const EXCERPT_LENGTH = 180;

/** The data stores paragraph breaks as the two characters `\n`; Markdown needs real ones. */
export function normalizeAnswer(answer: string): string {
  return answer.replace(/\r\n?/g, '\n').replace(/\\n/g, '\n').trim();
}

export function splitKeywords(keywords: string): string[] {
  const seen = new Set<string>();
  for (const keyword of keywords.split(',')) {
    const clean = keyword.trim().replace(/\s+/g, ' ');
    if (clean) seen.add(clean);
  }
  return [...seen];
}

/**
 * The excerpt needs only the answer's opening paragraphs (flattening whole answers cost 7 s per
 * 100,000 articles). Inline Markdown never spans a blank line, so a paragraph-aligned prefix
 * flattens to a prefix of the whole text.
 */
export function excerptOf(markdown: string): string {
  let end = 0;
  let text = '';
  while (end < markdown.length && text.length <= EXCERPT_LENGTH) {
    const blank = markdown.indexOf('\n\n', end + 1);
    end = blank === -1 ? markdown.length : blank;
    text = toPlainText(markdown.slice(0, end));
  }
  return truncate(text, EXCERPT_LENGTH);
}

/** Maps validated front matter to the app's Article; slugs come from `url`, never from the title. */
export function toArticle(file: string, raw: RawArticle, related: RawRelatedRef[]): Article {
  const [, subjectSlug = '', slug = ''] = ARTICLE_URL.exec(raw.url) ?? [];
  const answerMarkdown = normalizeAnswer(raw.answer);
  return {
    id: raw.id,
    url: raw.url,
    subject: raw.subject,
    subjectSlug,
    slug,
    question: raw.question,
    answerMarkdown,
    excerpt: excerptOf(answerMarkdown),
    publishedAt: raw.date,
    dateLabel: `${raw.post_on_text} ${formatDate(raw.date, raw.date_format)}`,
    author: raw.author,
    seo: {
      title: raw.seo.title,
      description: raw.seo.page_description,
      keywords: splitKeywords(raw.seo.page_keywords),
    },
    score: raw.score,
    relatedRefs: related.map(({ id, title, subject, url }) => ({ id, title, subject, url })),
    draft: raw.draft ?? false,
    file,
  };
}
