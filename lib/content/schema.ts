import { z } from 'zod';
import { parseIsoDate } from '@/lib/dates';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const ARTICLE_URL = new RegExp(`^/learn/(${SLUG})/questions/(${SLUG})$`);
export const RELATED_KEY = /^related_article(\d+)$/;

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine((value) => parseIsoDate(value) !== undefined, {
    error: 'must be a real calendar date written YYYY-MM-DD',
  });

const articleUrl = text.regex(ARTICLE_URL, {
  error: 'must look like /learn/<subject-slug>/questions/<slug> (lowercase letters, digits, hyphens)',
});

/** One of `related_article1..5`: a related question, resolved by id, then by url. */
export const relatedRefSchema = z.looseObject({
  /** The related article's id. */
  id: z.int({ error: 'must be a whole number' }).positive({ error: 'must be positive' }),
  /** The related article's question, word for word. */
  title: text,
  /** The related article's subject. */
  subject: text,
  /** The related article's url. */
  url: articleUrl,
});

/** The front matter as writers write it; unknown keys such as `_schema` are tolerated. */
export const rawArticleSchema = z.looseObject({
  /** Unique whole number; related references point at it. */
  id: z.int({ error: 'must be a whole number' }).positive({ error: 'must be positive' }),
  /** `YYYY-MM-DD`, a real calendar date: the "Posted on" date, sort order, sitemap lastmod and feed date. */
  date: isoDate,
  /** The question again (kept for the real data's format). */
  title: text,
  /** The question again (kept for the real data's format). */
  article_title: text,
  /** How the date is shown, in moment-style tokens (`MMM DD, YYYY`), always in UTC. */
  date_format: text,
  /** The words before the date: `Posted on`. */
  post_on_text: text,
  // An empty description is allowed: pages then describe themselves with the answer's opening words.
  /** `title` (`QuickTakes | <subject>`), `page_description` (120-160 characters or empty) and comma-separated `page_keywords`. */
  seo: z.looseObject(
    { title: text, page_description: z.string({ error: 'must be text' }).trim(), page_keywords: text },
    { error: 'must be a mapping' },
  ),
  /** Shown under the question and in structured data. */
  author: text,
  /** The page's one h1, its title, card text and search weight. */
  question: text,
  /** Markdown; literal `\n` sequences become line breaks, raw HTML is stripped. */
  answer: text,
  /** The subject's name; its slug is the first part of `url`. */
  subject: text,
  /** `<slug>.md`, the file's own name. */
  file_name: text,
  /** `/learn/<subject-slug>/questions/<slug>`: the page address, never derived from the title. */
  url: articleUrl,
  /** A number (the real data uses -1.0); higher scores are prerendered first on very large sites. */
  score: z.number({ error: 'must be a number' }),
  /** Optional; true keeps the article out of production builds, next dev shows it with a banner. */
  draft: z.boolean({ error: 'must be true or false' }).optional(),
});

export type RawArticle = z.infer<typeof rawArticleSchema>;
export type RawRelatedRef = z.infer<typeof relatedRefSchema>;
