import fs from 'node:fs';
import path from 'node:path';
import { HOSTILE_ANSWERS } from '@/pipeline/content/__fixtures__/hostile';
import { makeSource } from '@/pipeline/content/__fixtures__/make';

const sum = (name: string, count: number, join: string) =>
  Array.from({ length: count }, (_, i) => `${name}_{${i}}`).join(join);

/** Raised, lowered, huge and long formulas between two plain lines: none may escape the answer's box. */
const GEOMETRY = [
  'An opening line of plain text.',
  String.raw`Raised $\raisebox{12em}{up}$ and lowered $\raisebox{-12em}{down}$ text.`,
  String.raw`A rule $\rule{100000em}{100000em}$ and a space $x\hspace{50cm}y$.`,
  `A long display:\\n\\n$$\\n${sum('x', 120, ' + ')}\\n$$\\n\\nand inline $${sum('y', 60, '+')}$ too.`,
  'A closing line of plain text.',
].join('\\n\\n');

export type HostileArticle = { name: string; url: string };

const slugOf = (name: string) => `hostile-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * A content folder of articles whose answers attack the renderer (HOSTILE_ANSWERS) and one whose formulas
 * attack the layout, each written as a writer would; a server built from it shows what the pipeline made.
 */
export function writeHostileCorpus(dir: string): { hostile: HostileArticle[]; geometry: string } {
  const write = (options: Parameters<typeof makeSource>[0]) => {
    const { file, source } = makeSource(options);
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
    return `/learn/${file.replace(/\.md$/, '').replace('/', '/questions/')}`;
  };
  const hostile = Object.entries(HOSTILE_ANSWERS).map(([name, answer], i) => ({
    name,
    url: write({ id: i + 1, question: `What does the hostile ${name} answer do?`, slug: slugOf(name), answer }),
  }));
  const geometry = write({
    id: 100,
    subject: 'Mathematics',
    question: 'How do formulas stay inside the answer?',
    keywords: 'formulas, layout, maths',
    answer: GEOMETRY,
  });
  return { hostile, geometry };
}
