import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFiles } from '@/pipeline/scores';
import { parseArticle } from './parse';
import { frontMatterUrl, rewriteScore } from './score-file';

const seed = fs.readFileSync(path.join(__dirname, '__fixtures__', 'seed.md'), 'utf8');
const SEED_URL = frontMatterUrl(seed)!;
const OTHER_URL = '/learn/biology/questions/how-does-dna-replication-work';

/** Every byte but the score's digits must survive: compare the halves around the replaced span. */
function changedSpan(before: string, after: string) {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { removed: before.slice(start, before.length - end), added: after.slice(start, after.length - end) };
}

/**
 * The seed with its answer moved to the end of the front matter, after `url` and `score`, and written as a
 * double-quoted scalar whose continuation lines start at column 0 (YAML allows it; the check passes it).
 */
const withAnswer = (text: string) =>
  seed.replace(/^answer: >-\n(?: {4}.*\n)+/m, '').replace(/\n---\n/, `\nanswer: "${text}"\n---\n`);

describe('rewriteScore', () => {
  it('changes only the number on the seed article', () => {
    expect(seed).toMatch(/^score: -1\.0$/m);
    const next = rewriteScore(seed, '0.4902')!;
    expect(changedSpan(seed, next)).toEqual({ removed: '-1.0', added: '0.4902' });
  });

  it('keeps CRLF line endings, quotes around other values, a nested score key and a comment', () => {
    const text =
      '---\r\nid: 1\r\nurl: "/learn/a/questions/b"\r\nnested:\r\n  score: 5\r\n' +
      'score:  -1.0  # votes\r\nanswer: >-\r\n  score: 3\r\n---\r\n&nbsp;\r\n';
    expect(rewriteScore(text, '0.25')).toBe(text.replace('score:  -1.0  #', 'score:  0.25  #'));
    expect(frontMatterUrl(text)).toBe('/learn/a/questions/b');
  });

  it('finds the score the parser finds, not a `score: 12"` line inside a double-quoted answer', () => {
    const text = withAnswer('The answer starts here and\nscore: 12');
    // The audit's file: it passes the check, so the fix must keep it passing after --write.
    expect(parseArticle('a.md', text).problems).toEqual([]);
    expect(text).toMatch(/^score: 12"$/m);
    const next = rewriteScore(text, '0.9')!;
    expect(changedSpan(text, next)).toEqual({ removed: '-1.0', added: '0.9' });
    const reparsed = parseArticle('a.md', next);
    expect(reparsed.problems).toEqual([]);
    expect(reparsed.article?.score).toBe(0.9);
    expect(reparsed.article?.answerMarkdown).toBe(parseArticle('a.md', text).article?.answerMarkdown);
  });

  it('reads the url the parser reads, not a column-0 `url:` line inside the answer', () => {
    const text = withAnswer(`An answer that quotes\nurl: ${OTHER_URL}\nin its text.`);
    expect(parseArticle('a.md', text).problems).toEqual([]);
    expect(text).toMatch(new RegExp(`^url: ${OTHER_URL}$`, 'm'));
    expect(frontMatterUrl(text)).toBe(SEED_URL);
  });

  it('leaves a file alone when the score is the same number, and refuses one with no plain score', () => {
    expect(rewriteScore(seed, '-1.0')).toBeUndefined();
    expect(rewriteScore('---\nscore: -1\n---\n', '-1.0')).toBeUndefined();
    expect(() => rewriteScore('---\nid: 1\n---\nscore: 1\n', '0.5')).toThrow(/score: not found/);
    expect(() => rewriteScore('---\nscore: [1]\n---\n', '0.5')).toThrow(/score: not found/);
    expect(() => rewriteScore('---\n{score: 1}\n---\n', '0.5')).toThrow(/score: not found/);
  });
});

describe('scoreFiles', () => {
  it('rewrites files in a folder only where the score changed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scores-'));
    const other = seed.replace(SEED_URL, '/learn/x/questions/y');
    fs.writeFileSync(path.join(dir, 'a.md'), seed);
    fs.writeFileSync(path.join(dir, 'b.md'), other);
    const counts = new Map([[SEED_URL, { helpful: 8, total: 10 }]]);
    const dry = scoreFiles(dir, counts, false);
    expect(dry.filter((line) => line.changed).map((line) => line.url)).toEqual([SEED_URL]);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(seed);
    scoreFiles(dir, counts, true);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(seed.replace('score: -1.0', 'score: 0.4902'));
    expect(fs.readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe(other);
    fs.rmSync(dir, { recursive: true });
  });
});
