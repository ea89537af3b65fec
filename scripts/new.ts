// npm run new -- --subject "Biology" "What is osmosis?": scaffolds an article in the seed's format.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scanContent } from '@/lib/content';
import { ANSWER_PLACEHOLDER } from '@/lib/content/answer-source';
import { getContentDir } from '@/lib/content/source';
import { articlePath } from '@/lib/config/paths';
import { SITE_NAME } from '@/lib/config/site';
import { slugify } from '@/lib/text/slug';
import { STOPWORDS } from '@/lib/text/stopwords';
import { isMain } from './main';

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

export function createArticle(subject: string, question: string, dir = getContentDir(), today = new Date()): string {
  const slug = slugify(question);
  const subjectSlug = slugify(subject);
  if (!slug || !subjectSlug) throw new Error('the subject and the question need letters or digits');
  const file = path.join(dir, subjectSlug, `${slug}.md`);
  if (fs.existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} already exists: not overwriting it`);
  const { articles } = scanContent(dir);
  const url = articlePath(subjectSlug, slug);
  const clash = articles.find((a) => a.url === url);
  if (clash) throw new Error(`${clash.file} already uses ${url}`);
  const id = articles.reduce((max, a) => Math.max(max, a.id), 0) + 1;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, renderScaffold({ id, subject, question, date: today.toISOString().slice(0, 10) }), {
    flag: 'wx',
  });
  return file;
}

const USAGE = 'usage: npm run new -- --subject "Biology" "What is osmosis?"';

function main(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { subject: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    console.error(`npm run new: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const subject = parsed.values.subject;
  const question = parsed.positionals.join(' ').trim();
  if (!subject?.trim() || !question) {
    console.error(USAGE);
    return 2;
  }
  try {
    const file = createArticle(subject.trim(), question);
    console.log(
      `created ${path.relative(process.cwd(), file)}\nreplace the placeholder answer (and add a page_description), then run npm run check`,
    );
    return 0;
  } catch (error) {
    console.error(`npm run new: ${(error as Error).message}`);
    return 1;
  }
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
