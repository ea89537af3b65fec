import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { makeSource } from './__fixtures__/make';
import { readArticle } from '@/pipeline/check/file';
import { formatProblem } from './problems';

const FILE = 'biology/what-is-osmosis.md';
const problemsOf = (source: string) => readArticle(FILE, source).problems.map((p) => formatProblem(p));

/** The CMS's own save shape for one source: `_structures.source`'s value, as cloudcannon.config.yml defines it. */
function cmsSourceItem(): Record<string, unknown> {
  const config = yaml.load(fs.readFileSync(path.join(process.cwd(), 'cloudcannon.config.yml'), 'utf8')) as {
    _structures: { source: { values: { value: Record<string, unknown> }[] } };
  };
  return { ...config._structures.source.values[0]?.value };
}

describe('CloudCannon saves', () => {
  it('reads a source with only a title, saved with the structure’s empty url, publisher and year', () => {
    const item = { ...cmsSourceItem(), title: 'Campbell Biology' };
    expect(Object.keys(item)).toEqual(['title', 'url', 'publisher', 'year']);
    const sources = yaml.dump({ sources: [item] }, { lineWidth: -1 });
    expect(sources).toContain('url: null');
    const result = readArticle(FILE, makeSource({ extra: sources }).source);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.article?.sources).toEqual([{ title: 'Campbell Biology' }]);
  });

  it('still reports a source whose required title was left empty', () => {
    const sources = yaml.dump({ sources: [cmsSourceItem()] });
    expect(problemsOf(makeSource({ extra: sources }).source)).toEqual([
      expect.stringMatching(/^content\/biology\/what-is-osmosis\.md:\d+: sources\[0\]\.title: is required$/),
    ]);
  });
});

describe('prototype keys', () => {
  it.each([
    ['__proto__:\n  draft: true\n', '__proto__'],
    ['constructor:\n  name: x\n', 'constructor'],
    ['seo2:\n  prototype: 1\n', 'seo2.prototype'],
    ['sources:\n  - title: A book\n    __proto__:\n      url: https://evil.example/\n', 'sources[0].__proto__'],
  ])('refuses %j as a file:line error', (extra, field) => {
    const { source } = makeSource({ extra });
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    const line = source.split('\n').findIndex((l) => l.trimStart().startsWith(`${field.split('.').pop()}:`)) + 1;
    expect(problems[0]).toBe(
      `content/biology/what-is-osmosis.md:${line}: ${field}: is not a field: __proto__, constructor and prototype keys are refused`,
    );
  });

  it('never lets __proto__ unpublish an article or add sources', () => {
    const { article } = readArticle(
      FILE,
      makeSource({ extra: '__proto__:\n  draft: true\n  sources: [{title: X}]\n' }).source,
    );
    expect(article).toBeUndefined();
  });
});
