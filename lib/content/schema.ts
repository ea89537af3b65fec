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

export const relatedRefSchema = z.looseObject({
  id: z.int({ error: 'must be a whole number' }).positive({ error: 'must be positive' }),
  title: text,
  subject: text,
  url: articleUrl,
});

/** The front matter as writers write it; unknown keys such as `_schema` are tolerated. */
export const rawArticleSchema = z.looseObject({
  id: z.int({ error: 'must be a whole number' }).positive({ error: 'must be positive' }),
  date: isoDate,
  title: text,
  article_title: text,
  date_format: text,
  post_on_text: text,
  // An empty description is allowed: pages then describe themselves with the answer's opening words.
  seo: z.looseObject(
    { title: text, page_description: z.string({ error: 'must be text' }).trim(), page_keywords: text },
    { error: 'must be a mapping' },
  ),
  author: text,
  question: text,
  answer: text,
  subject: text,
  file_name: text,
  url: articleUrl,
  score: z.number({ error: 'must be a number' }),
  draft: z.boolean({ error: 'must be true or false' }).optional(),
});

export type RawArticle = z.infer<typeof rawArticleSchema>;
export type RawRelatedRef = z.infer<typeof relatedRefSchema>;
