import { describe, expect, it } from 'vitest';
import { makeSource } from '../content/__fixtures__/make';
import { readArticle } from '@/pipeline/check/file';
import { formatProblem } from '../content/problems';

const problemsOf = (source: string, file = 'biology/what-is-osmosis.md') =>
  readArticle(file, source).problems.map((p) => formatProblem(p));

describe('invalid front matter', () => {
  const { source } = makeSource();

  it('names the file, the line and the field of a missing field', () => {
    expect(problemsOf(source.replace(/question: >-\n {4}.*\n/, ''))).toEqual([
      'content/biology/what-is-osmosis.md:17: question: is required: add it after `author:`',
    ]);
  });

  it('names the line of an empty field', () => {
    expect(problemsOf(source.replace('subject: Biology', 'subject: ""'))).toEqual([
      'content/biology/what-is-osmosis.md:22: subject: must not be empty',
    ]);
  });

  it('rejects an id that is not a whole number', () => {
    expect(problemsOf(source.replace('id: 1', 'id: abc'))).toEqual([
      'content/biology/what-is-osmosis.md:3: id: must be a whole number',
    ]);
  });

  it('rejects a date that does not exist instead of rolling it over', () => {
    expect(problemsOf(makeSource({ date: '2024-02-30' }).source)).toEqual([
      'content/biology/what-is-osmosis.md:4: date: must be a real calendar date written YYYY-MM-DD',
    ]);
  });

  it('names nested fields with their path', () => {
    expect(problemsOf(source.replace(/ {2}page_keywords: >-\n {4}.*\n/, ''))).toEqual([
      'content/biology/what-is-osmosis.md:11: seo.page_keywords: is required',
    ]);
  });

  it('checks related references', () => {
    const bad = makeSource({ related: [{ id: 2, title: 'T', subject: 'Biology', url: 'not-a-url' }] }).source;
    expect(problemsOf(bad)).toEqual([
      'content/biology/what-is-osmosis.md:31: related_article1.url: must look like /learn/<subject-slug>/questions/<slug> ' +
        '(lowercase letters, digits, hyphens)',
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(problemsOf(source.replace('author: QuickTakes', 'author: a: b'))).toEqual([
      'content/biology/what-is-osmosis.md:17: front matter: text containing ": " must be in quotes or in a block: ' +
        'write "author: >-" and the text on the next line, indented by 4 spaces',
    ]);
  });

  it('refuses JavaScript front matter without running it', () => {
    const marker = globalThis as { __pwned?: boolean };
    const evil = '---js\n{ id: (globalThis.__pwned = true, 1) }\n---\nbody';
    expect(problemsOf(evil)).toEqual([
      'content/biology/what-is-osmosis.md:1: front matter: front matter in "js" is not allowed: only YAML (---) is read',
    ]);
    expect(marker.__pwned).toBeUndefined();
  });

  it('refuses anchors and aliases', () => {
    const aliased = source.replace('author: QuickTakes', 'author: &who QuickTakes\nwriter: *who');
    expect(problemsOf(aliased)[0]).toMatch(/front matter: anchors and aliases are not allowed/);
  });

  it('refuses front matter over 64 KB', () => {
    const huge = source.replace('author: QuickTakes', `author: QuickTakes\nfiller: ${'x'.repeat(70_000)}`);
    expect(problemsOf(huge)).toEqual(['content/biology/what-is-osmosis.md:1: front matter: is larger than 64 KB']);
  });
});
