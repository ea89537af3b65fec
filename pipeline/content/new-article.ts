// The scaffold npm run new writes: an article in the seed's format, placed where its url says.
import fs from 'node:fs';
import path from 'node:path';
import { articlePath } from '@/lib/config/paths';
import { SITE_NAME } from '@/lib/config/site';
import { slugify } from '@/lib/text/slug';
import { STOPWORDS } from '@/lib/text/stopwords';
import { ANSWER_PLACEHOLDER } from '@/pipeline/check/answer-text';
import { scanContent } from '@/pipeline/scan';
import { getContentDir } from './files';
import { articleFile, nextId } from './placement';

export function renderScaffold(input: { id: number; subject: string; question: string; date: string }): string {
  const { id, subject, question, date } = input;
  const slug = slugify(question);
  const keywords = [
    ...new Set(
      question
        .toLowerCase()
        .match(/[a-z0-9]+/g)
        ?.filter((w) => !STOPWORDS.has(w)) ?? [],
    ),
  ];
  const block = (text: string, indent = 4) => `>-\n${' '.repeat(indent)}${text}`;
  const plain = (text: string) => (/^[\w(]([^:#]|:(?! )|#(?<! ))*$/.test(text) ? text : JSON.stringify(text));
  return `---
_schema: default
id: ${id}
date: ${date}
title: ${block(question)}
article_title: ${block(question)}
date_format: MMM DD, YYYY
post_on_text: Posted on
seo:
  title: ${plain(`${SITE_NAME} | ${subject}`)}
  page_description: >-
  page_keywords: ${block([subject.toLowerCase(), ...keywords].join(', '))}
author: ${SITE_NAME}
question: ${block(question)}
answer: |-
${ANSWER_PLACEHOLDER.map((line) => (line ? `    ${line}` : '')).join('\n')}
subject: ${plain(subject)}
file_name: ${slug}.md
url: ${articlePath(slugify(subject), slug)}
score: -1.0
---

&nbsp;
`;
}

/** Writes the scaffold of a new article where its url says, with the next free id; its path, and whether the subject is new. */
export async function createArticle(
  subject: string,
  question: string,
  dir = getContentDir(),
  today = new Date(),
): Promise<{ file: string; newSubject: boolean }> {
  const slug = slugify(question);
  const subjectSlug = slugify(subject);
  if (!slug || !subjectSlug) throw new Error('the subject and the question need letters or digits');
  const file = path.join(dir, articleFile(subjectSlug, slug));
  if (fs.existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} already exists: not overwriting it`);
  const { articles } = await scanContent({ dir, threads: 0 });
  const url = articlePath(subjectSlug, slug);
  const clash = articles.find((a) => a.url === url);
  if (clash) throw new Error(`${clash.file} already uses ${url}`);
  const id = nextId(articles);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, renderScaffold({ id, subject, question, date: today.toISOString().slice(0, 10) }), {
    flag: 'wx',
  });
  return { file, newSubject: !articles.some((a) => a.subjectSlug === subjectSlug) };
}
