import { z } from 'zod';
import { ARTICLE_PATH } from '@/lib/config/paths';
import { parseIsoDate } from '@/lib/text/dates';
import { dateWithTimeProblem } from './date-input';
import { practiceSchema } from './practice-schema';
import { safeText, text } from './text-schema';

/** Old paths an article may keep alive; far above any real rename history. */
export const MAX_REDIRECTS = 20;
export const RELATED_KEY = /^related_article(\d+)$/;

/**
 * Longest accepted value per field, in characters: far above the real data (its longest value in
 * brackets), low enough that no field can cost a page, a card or the feed real time. docs/writing.md lists them.
 */
export const FIELD_LIMITS = {
  question: 300, // 80; also title, article_title and related titles
  subject: 80, // 23
  author: 100, // 10
  date_format: 40, // 12
  post_on_text: 60, // 9
  'seo.title': 120, // 36
  'seo.page_description': 1_000, // 242
  'seo.page_keywords': 2_000, // 224
  file_name: 200, // 75
  url: 300, // 114
} as const;

const isoDate = z.string({ error: 'must be a date written YYYY-MM-DD' }).superRefine((value, ctx) => {
  if (parseIsoDate(value) === undefined)
    ctx.addIssue({
      code: 'custom',
      message: dateWithTimeProblem(value) ?? 'must be a real calendar date written YYYY-MM-DD',
    });
});

const articleUrl = safeText(FIELD_LIMITS.url, false).pipe(
  z.string().min(1, { error: 'must not be empty' }).regex(ARTICLE_PATH, {
    error: 'must look like /learn/<subject-slug>/questions/<slug> (lowercase letters, digits, hyphens)',
  }),
);

/** One of `related_article1..5`: a related question, resolved by id, then by url. */
export const relatedRefSchema = z.looseObject({
  /** The related article's id. */
  id: z.int({ error: 'must be a whole number' }).positive({ error: 'must be positive' }),
  /** The related article's question, word for word. */
  title: text(FIELD_LIMITS.question),
  /** The related article's subject. */
  subject: text(FIELD_LIMITS.subject),
  /** The related article's url. */
  url: articleUrl,
});

/** A reference the answer rests on: a textbook, paper or statute; only https links. */
export const sourceSchema = z.looseObject(
  {
    title: text(FIELD_LIMITS.question),
    url: safeText(2000, false)
      .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
        error: 'must be an https:// address',
      })
      .optional(),
    publisher: text(FIELD_LIMITS.author).optional(),
    year: z
      .int({ error: 'must be a whole number' })
      .min(1000, { error: 'must be a four-digit year' })
      .max(9999, { error: 'must be a four-digit year' })
      .optional(),
  },
  { error: 'must be a mapping with a title' },
);

/** The front matter as writers write it; unknown keys such as `_schema` are tolerated. */
export const rawArticleSchema = z.looseObject({
  /** Unique whole number; related references point at it. */
  id: z.int({ error: 'must be a whole number' }).positive({ error: 'must be positive' }),
  /** `YYYY-MM-DD`, a real calendar date: the "Posted on" date, sort order, sitemap lastmod and feed date. */
  date: isoDate,
  /** The question again (kept for the real data's format). */
  title: text(FIELD_LIMITS.question),
  /** The question again (kept for the real data's format). */
  article_title: text(FIELD_LIMITS.question),
  /** How the date is shown, in moment-style tokens (`MMM DD, YYYY`), always in UTC. */
  date_format: text(FIELD_LIMITS.date_format),
  /** The words before the date: `Posted on`. */
  post_on_text: text(FIELD_LIMITS.post_on_text),
  // An empty description is allowed: pages then describe themselves with the answer's opening words.
  /** `title` (`QuickTakes | <subject>`), `page_description` (120-160 characters or empty) and comma-separated `page_keywords`. */
  seo: z.looseObject(
    {
      title: text(FIELD_LIMITS['seo.title']),
      page_description: safeText(FIELD_LIMITS['seo.page_description'], true),
      page_keywords: text(FIELD_LIMITS['seo.page_keywords'], true),
    },
    { error: 'must be a mapping' },
  ),
  /** Shown under the question and in structured data. */
  author: text(FIELD_LIMITS.author),
  /** The page's one h1, its title, card text and search weight. */
  question: text(FIELD_LIMITS.question),
  // Its length and shape are the renderer's limits (scanRenderLimits), checked after parsing.
  /** Markdown; literal `\n` sequences become line breaks, raw HTML is stripped. */
  answer: text(undefined, true),
  /** The subject's name; its slug is the first part of `url`. */
  subject: text(FIELD_LIMITS.subject),
  /** `<slug>.md`, the file's own name. */
  file_name: text(FIELD_LIMITS.file_name),
  /** `/learn/<subject-slug>/questions/<slug>`: the page address, never derived from the title. */
  url: articleUrl,
  /** A number (the real data uses -1.0); higher scores are prerendered first on very large sites. */
  score: z.number({ error: 'must be a number' }),
  /** Optional; true keeps the article out of production builds, next dev shows it with a banner. */
  draft: z.boolean({ error: 'must be true or false' }).optional(),
  /** Optional `YYYY-MM-DD`: the last substantive revision (not before `date`, not in the future; rules in dated.ts). */
  updated: isoDate.optional(),
  /** Optional list of old paths (`/learn/<subject>/questions/<old-slug>`) that answer 308 to `url`; rules in redirects.ts. */
  redirect_from: z
    .array(
      z
        .string({ error: 'must be a path' })
        .max(FIELD_LIMITS.url, { error: `must be at most ${FIELD_LIMITS.url} characters` }),
      {
        error: 'must be a list of old paths',
      },
    )
    // Piped: checked only once the value is a list.
    .pipe(z.array(z.string()).max(MAX_REDIRECTS, { error: `at most ${MAX_REDIRECTS} old paths` }))
    .optional(),
  /** Optional list of `{ title, url?, publisher?, year? }` shown under the answer and cited in JSON-LD. */
  sources: z.array(sourceSchema, { error: 'must be a list of { title, url, publisher, year }' }).optional(),
  /** Optional list of 2-5 "Check yourself" items (choice or recall) shown after the answer (rules: practiceSchema). */
  practice: practiceSchema.optional(),
});

export type RawArticle = z.infer<typeof rawArticleSchema>;
export type RawRelatedRef = z.infer<typeof relatedRefSchema>;
