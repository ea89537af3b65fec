import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontMatterUrl, rewriteScore } from './score-file';
import { scoreFiles } from './scores';

const seed = fs.readFileSync(
  path.join(__dirname, '..', '..', 'pipeline', 'content', '__fixtures__', 'seed.md'),
  'utf8',
);

/** Every byte but the score's digits must survive: compare the halves around the replaced span. */
function changedSpan(before: string, after: string) {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { removed: before.slice(start, before.length - end), added: after.slice(start, after.length - end) };
}

describe('rewriteScore', () => {
  it('changes only the number on the seed article', () => {
    expect(seed).toMatch(/^score: -1\.0$/m);
    const next = rewriteScore(seed, '0.4902')!;
    expect(changedSpan(seed, next)).toEqual({ removed: '-1.0', added: '0.4902' });
    expect(next.replace('score: 0.4902', 'score: -1.0')).toBe(seed);
  });

  it('keeps CRLF line endings, quotes around other values, and a nested score key', () => {
    const text =
      '---\r\nid: 1\r\nurl: "/learn/a/questions/b"\r\nnested:\r\n  score: 5\r\nscore: -1.0\r\nanswer: >-\r\n  score: 3\r\n---\r\n&nbsp;\r\n';
    const next = rewriteScore(text, '0.25')!;
    expect(next).toBe(text.replace('\r\nscore: -1.0\r\n', '\r\nscore: 0.25\r\n'));
    expect(frontMatterUrl(text)).toBe('/learn/a/questions/b');
  });

  it('leaves a file alone when the score is the same number, or there is no score line', () => {
    expect(rewriteScore(seed, '-1.0')).toBeUndefined();
    expect(rewriteScore('---\nscore: -1\n---\n', '-1.0')).toBeUndefined();
    expect(rewriteScore('---\nid: 1\n---\nscore: 1\n', '0.5')).toBeUndefined();
  });

  it('rewrites files in a folder only where the score changed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scores-'));
    const url = frontMatterUrl(seed)!;
    const other = seed.replace(url, '/learn/x/questions/y');
    fs.writeFileSync(path.join(dir, 'a.md'), seed);
    fs.writeFileSync(path.join(dir, 'b.md'), other);
    const counts = new Map([[url, { helpful: 8, total: 10 }]]);
    const dry = scoreFiles(dir, counts, false);
    expect(dry.filter((line) => line.changed).map((line) => line.url)).toEqual([url]);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(seed);
    scoreFiles(dir, counts, true);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(seed.replace('score: -1.0', 'score: 0.4902'));
    expect(fs.readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe(other);
    fs.rmSync(dir, { recursive: true });
  });
});
