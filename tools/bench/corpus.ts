// Deterministic synthetic corpus in the seed's exact format, for the benchmark (never written into content/).
import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '@/lib/text/slug';

export const BENCH_SUBJECTS = [
  'Biology',
  'Chemistry',
  'Physics',
  'Mathematics',
  'Computer Science',
  'Economics',
  'History',
  'Psychology',
  'Environmental Science',
  'Business and Management',
  'Geography',
  'Philosophy',
  'Sociology',
  'Political Science',
  'Literature',
  'Linguistics',
  'Astronomy',
  'Geology',
  'Statistics',
  'Nutrition',
];

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ne ra su te vo zi ba de fi go hu ja ke li mo nu pa qui re si to ul ve wa xe yo'.split(' ');

function vocabulary(rand: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 3);
    words.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

/** Writes N articles into dir/<subject>/<slug>.md; returns the folder. Same N gives the same files. */
export function writeCorpus(dir: string, count: number, onWritten?: (done: number) => void): string {
  const rand = random(42);
  const vocab = vocabulary(rand, 4000);
  const pick = () => vocab[Math.floor(rand() * rand() * vocab.length)] ?? 'kalo';
  const words = (n: number) => Array.from({ length: n }, pick).join(' ');
  fs.rmSync(dir, { recursive: true, force: true });
  const meta = Array.from({ length: count }, (_, i) => {
    const subject = BENCH_SUBJECTS[i % BENCH_SUBJECTS.length] ?? 'Biology';
    const question = `How does ${pick()} ${pick()} shape ${pick()} ${pick()} in case ${i + 1}?`;
    return { id: 100000 + i, subject, question, url: `/learn/${slugify(subject)}/questions/${slugify(question)}` };
  });
  meta.forEach((m, i) => {
    const item = (n: number) => `${n}. **${words(2)}**: ${words(40 + Math.floor(rand() * 20))}.`;
    const answer = [`${words(30)}.`, [1, 2, 3, 4, 5].map(item).join('\\n'), `${words(35)}.`].join('\\n\\n');
    const related = [1, 2, 3, 4, 5]
      .map((k) => {
        const target = meta[(i + k * 20) % count] ?? m;
        const missing = (i + k) % 97 === 0;
        return (
          `related_article${k}:\n    id: ${missing ? 900000 + i : target.id}\n    title: >-\n        ` +
          `${target.question}\n    subject: ${target.subject}\n    url: ${target.url}\n`
        );
      })
      .join('');
    const slug = m.url.split('/').pop() ?? '';
    const date = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 700) * 86400000).toISOString().slice(0, 10);
    const source = `---
_schema: default
id: ${m.id}
date: ${date}
title: >-
    ${m.question}
article_title: >-
    ${m.question}
date_format: MMM DD, YYYY
post_on_text: Posted on
seo:
  title: QuickTakes | ${m.subject}
  page_description: >-
    ${words(14)}.
  page_keywords: >-
    ${Array.from({ length: 8 }, pick).join(', ')}
author: QuickTakes
question: >-
    ${m.question}
answer: >-
    ${answer}
subject: ${m.subject}
file_name: ${slug}.md
url: ${m.url}
score: ${(rand() * 10).toFixed(1)}
${related}---

&nbsp;`;
    const file = path.join(dir, slugify(m.subject), `${slug}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, source);
    if (i % 100 === 99) onWritten?.(i + 1);
  });
  return dir;
}
