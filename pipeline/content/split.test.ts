import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { seedSource } from './__fixtures__/make';
import { grayMatterBlock, longestBlankRun, splitFrontMatter } from './parse';

// gray-matter itself, splitting only: what grayMatterBlock must equal.
const grayMatter = (text: string) =>
  (matter(text, { language: 'yaml', engines: { yaml: () => ({}) } } as never) as { matter?: string }).matter ?? '';

function contentFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? contentFiles(file) : entry.name.endsWith('.md') ? [file] : [];
  });
}

const EDGES = [
  '---',
  '---\n',
  '----\na: 1\n---\n',
  '---\n---\n',
  '---\na: 1\n---',
  '---\na: 1\n---\nbody\n---\nmore',
  '---\r\na: 1\r\n---\r\n',
  '---\na: 1\n----\n',
  '---\na: 1\n --- \n',
  '--- \na: 1\n---\n',
  '---\t\na: 1\n---\n',
  '---\n# only a comment\n---\n',
  '---\n\n\n\n---\n',
  '---\na: 1',
  '---a: 1\n---\n',
  '---\na: "x\n---"\n---\n',
  '---\u2028a: 1\n---\n',
];

describe('the front matter split', () => {
  it("is gray-matter's on every bundled article, the seed and every edge case", () => {
    const texts = [
      ...contentFiles(path.join(process.cwd(), 'content')).map((f) => fs.readFileSync(f, 'utf8')),
      seedSource,
      ...EDGES,
    ];
    for (const text of texts) {
      if (matter.language(text).name) continue;
      expect(grayMatterBlock(text), JSON.stringify(text.slice(0, 40))).toBe(grayMatter(text));
    }
  });

  it('refuses a file without a closing line and gives the block without its first newline', () => {
    expect(splitFrontMatter('---\na: 1')).toBeUndefined();
    expect(splitFrontMatter('---\na: 1\n---\n')).toBe('a: 1');
    expect(splitFrontMatter('\uFEFF---\r\na: 1\r\n---\r\n')).toBe('a: 1\r');
    expect(splitFrontMatter('----\na: 1\n---\n')).toBeUndefined();
  });
});

// The character-by-character count longestBlankRun replaced: its oracle.
function blankRunByCharacter(text: string) {
  let longest = { lines: 0, line: 0 };
  let [run, runLine, line, blank] = [0, 1, 1, true];
  for (let i = 0; i <= text.length; i++) {
    const c = text[i] ?? '\n';
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      if (blank) {
        if (run === 0) runLine = line;
        run++;
        if (run > longest.lines) longest = { lines: run, line: runLine };
      } else run = 0;
      if (c === '\n') line++;
      blank = true;
    } else if (blank && !/\s/.test(c)) blank = false;
  }
  return longest;
}

describe('the blank-run bound', () => {
  it('counts runs of blank lines as the character-by-character count did, on random text', () => {
    const alphabet = ['\n', '\r', '\u2028', '\u2029', ' ', '\t', '\u00a0', '\ufeff', '\u3000', 'a', '#', '\v'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join('');
      expect(longestBlankRun(text), JSON.stringify(text)).toEqual(blankRunByCharacter(text));
    }
    expect(longestBlankRun(seedSource)).toEqual(blankRunByCharacter(seedSource));
  });
});
