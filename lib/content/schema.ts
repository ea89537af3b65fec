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

/** A reference the answer rests on: a textbook, paper or statute; only https links. */
export const sourceSchema = z.looseObject(
  {
    title: text,
    url: z
      .string({ error: 'must be text' })
      .trim()
      .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', { error: 'must be an https:// address' })
      .optional(),
    publisher: text.optional(),
    year: z.int({ error: 'must be a whole number' }).min(1000, { error: 'must be a four-digit year' }).max(9999, { error: 'must be a four-digit year' }).optional(),
  },
  { error: 'must be a mapping with a title' },
);

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
  /** Optional `YYYY-MM-DD`: the last substantive revision (not before `date`, not in the future; rules in dated.ts). */
  updated: isoDate.optional(),
  /** Optional list of `{ title, url?, publisher?, year? }` shown under the answer and cited in JSON-LD. */
  sources: z.array(sourceSchema, { error: 'must be a list of { title, url, publisher, year }' }).optional(),
});

export type RawArticle = z.infer<typeof rawArticleSchema>;
export type RawRelatedRef = z.infer<typeof relatedRefSchema>;
export type RawSource = z.infer<typeof sourceSchema>;
