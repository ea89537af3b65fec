import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../parse';
import type { Article } from '../types';

export const SEED_FILE =
  'business-and-management/how-does-operations-management-contribute-to-organizational-efficiency.md';
export const seedSource = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'seed.md'), 'utf8');

type Options = {
  id?: number;
  subject?: string;
  question?: string;
  slug?: string;
  date?: string;
  keywords?: string;
  answer?: string;
  related?: { id: number; title: string; subject: string; url: string }[];
  extra?: string;
};

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/ +/g, '-');

// Within DESCRIPTION_LENGTH (120-160) whatever the question, and different for each question.
const describe = (question: string) =>
  (
    `A description of ${question}, long enough to read well in a search result, saying what the answer covers and ` +
    `why a learner would read it.`
  ).slice(0, 150);

/** A small article in the seed's exact format. */
export function makeSource(options: Options = {}): { file: string; source: string } {
  const subject = options.subject ?? 'Biology';
  const question = options.question ?? 'What is osmosis?';
  const slug = options.slug ?? slugify(question);
  const subjectSlug = slugify(subject).replace(/ /g, '-');
  const related = (options.related ?? [])
    .map(
      (r, i) =>
        `related_article${i + 1}:\n    id: ${r.id}\n    title: >-\n        ${r.title}\n    subject: ${r.subject}\n    url: ${r.url}\n`,
    )
    .join('');
  const source = `---
_schema: default
id: ${options.id ?? 1}
date: ${options.date ?? '2024-05-01'}
title: >-
    ${question}
article_title: >-
    ${question}
date_format: MMM DD, YYYY
post_on_text: Posted on
seo:
  title: QuickTakes | ${subject}
  page_description: >-
    ${describe(question)}
  page_keywords: >-
    ${options.keywords ?? 'osmosis, water, membrane'}
author: QuickTakes
question: >-
    ${question}
answer: >-
    ${options.answer ?? 'First paragraph.\\n\\n1. **One**: a point.\\n2. **Two**: another.'}
subject: ${subject}
file_name: ${slug}.md
url: /learn/${subjectSlug}/questions/${slug}
score: -1.0
${options.extra ?? ''}${related}---

&nbsp;`;
  return { file: `${subjectSlug}/${slug}.md`, source };
}

export function makeArticle(options: Options = {}): Article {
  const { file, source } = makeSource(options);
  const { article, problems } = parseArticle(file, source);
  if (!article) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
  return article;
}
