import { describe, expect, it } from 'vitest';
import { SEED_FILE, seedSource } from '../content/__fixtures__/make';
import { readArticle } from '@/pipeline/check/file';
import { formatProblem } from '../content/problems';

const problemsOf = (source: string) => {
  expect(source).not.toBe(seedSource);
  return readArticle(SEED_FILE, source).problems.map((p) => formatProblem(p, ''));
};

describe('a required field that is missing', () => {
  it('is reported at the line of the field it follows in the seed', () => {
    expect(problemsOf(seedSource.replace(/question: >-\n {4}.*\n/, ''))).toEqual([
      `${SEED_FILE}:17: question: is required: add it after \`author:\``,
    ]);
    expect(problemsOf(seedSource.replace('score: -1.0\n', ''))).toEqual([
      `${SEED_FILE}:24: score: is required: add it after \`url:\``,
    ]);
  });

  it("is reported on the front matter's first line when no field before it is there", () => {
    expect(problemsOf(seedSource.replace('_schema: default\nid: 79891\n', ''))).toEqual([
      `${SEED_FILE}:2: id: is required`,
    ]);
  });

  it('keeps the line of a key left empty', () => {
    expect(problemsOf(seedSource.replace(/question: >-\n {4}.*\n/, 'question:\n'))).toEqual([
      `${SEED_FILE}:18: question: is required`,
    ]);
  });

  it('points at a key indented under seo, and at seo keys at the left margin', () => {
    expect(problemsOf(seedSource.replace('author: QuickTakes', '  author: QuickTakes'))).toEqual([
      `${SEED_FILE}:17: author: is required: "author" on this line is indented, so it is read as part of \`seo:\`; ` +
        `start it at the left margin`,
    ]);
    const dedented = seedSource
      .replace('  page_description: >-', 'page_description: >-')
      .replace('  page_keywords: >-', 'page_keywords: >-');
    expect(problemsOf(dedented)).toEqual([
      `${SEED_FILE}:13: seo.page_description: is required: "page_description" on this line is at the left margin, ` +
        `so it is read as a field of its own; indent this key by 2 spaces under \`seo:\``,
      `${SEED_FILE}:15: seo.page_keywords: is required: "page_keywords" on this line is at the left margin, so ` +
        `it is read as a field of its own; indent this key by 2 spaces under \`seo:\``,
    ]);
  });
});
