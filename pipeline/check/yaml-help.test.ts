import { describe, expect, it } from 'vitest';
import { makeSource, SEED_FILE, seedSource } from '../content/__fixtures__/make';
import { readArticle } from '@/pipeline/check/file';
import { formatProblem } from '../content/problems';

// Each case is the real seed (or a fixture in its format) with one line broken as a writer breaks it.
const seedProblems = (broken: string) => {
  expect(broken).not.toBe(seedSource);
  return readArticle(SEED_FILE, broken).problems.map((p) => formatProblem(p, ''));
};
const at = (line: number, message: string) => [`${SEED_FILE}:${line}: front matter: ${message}`];
const SEO = /seo:\n[\s\S]*?\nauthor:/;

describe('YAML errors a writer can act on, at the line to fix', () => {
  it('the seed itself reads, with only its known description-length warning', () => {
    expect(readArticle(SEED_FILE, seedSource).problems.map((p) => formatProblem(p, ''))).toEqual([
      `${SEED_FILE}:13: seo.page_description: is 242 characters; search results show 120 to 160 best`,
    ]);
  });

  it('a key without a space after its colon (js-yaml: "a multiline key may not be an implicit key", a line late)', () => {
    const { file, source } = makeSource();
    const broken = source.replace('subject: Biology', 'subject:Biology');
    expect(readArticle(file, broken).problems.map((p) => formatProblem(p, ''))).toEqual([
      'biology/what-is-osmosis.md:22: front matter: "subject:Biology" needs a space after the colon: subject: Biology',
    ]);
    expect(seedProblems(seedSource.replace('score: -1.0', 'score:-1.0'))).toEqual(
      at(25, '"score:-1.0" needs a space after the colon: score: -1.0'),
    );
  });

  it('unquoted text containing ": " (js-yaml: "bad indentation of a mapping entry")', () => {
    const { file, source } = makeSource();
    const broken = source.replace(/answer: >-\n {4}.*\n/, 'answer: Osmosis: water moves across a membrane.\n');
    expect(readArticle(file, broken).problems.map((p) => formatProblem(p, ''))).toEqual([
      'biology/what-is-osmosis.md:20: front matter: text containing ": " must be in quotes or in a block: write ' +
        '"answer: >-" and the text on the next line, indented by 4 spaces',
    ]);
  });

  it('seo\'s title dedented to the left margin, where it repeats the top-level title (js-yaml: "duplicated mapping key")', () => {
    expect(seedProblems(seedSource.replace('  title: QuickTakes', 'title: QuickTakes'))).toEqual(
      at(12, '"title" is given twice, at lines 5 and 12: indent this key by 2 spaces under `seo:`'),
    );
  });

  it('a dedented title after other dedented seo keys names them too', () => {
    const broken = seedSource.replace(
      SEO,
      'seo:\n  page_description: >-\n    A description.\npage_keywords: management, efficiency\ntitle: QuickTakes ' +
        '| Business and Management\nauthor:',
    );
    expect(seedProblems(broken)).toEqual(
      at(
        15,
        '"title" is given twice, at lines 5 and 15: indent this key by 2 spaces under `seo:`, and page_keywords on line 14 too',
      ),
    );
  });

  it('a top-level key given twice', () => {
    expect(seedProblems(seedSource.replace('author: QuickTakes', 'author: QuickTakes\nauthor: Someone'))).toEqual(
      at(18, '"author" is given twice, at lines 17 and 18: keep one of them'),
    );
  });

  it("seo's page_description dedented: the line itself, not the next key js-yaml stops at", () => {
    expect(seedProblems(seedSource.replace('  page_description: >-', 'page_description: >-'))).toEqual(
      at(13, '"page_description" is a field of seo: indent this key by 2 spaces under `seo:`'),
    );
    expect(seedProblems(seedSource.replace('  page_keywords: >-', '   page_keywords: >-'))).toEqual(
      at(15, '"page_keywords" is a field of seo: indent this key by 2 spaces under `seo:`'),
    );
  });

  it("a related article's key at the wrong indent", () => {
    expect(
      seedProblems(
        seedSource.replace(
          '    url: /learn/business-and-management/questions/what-are-some',
          '  url: /learn/business-and-management/questions/what-are-some',
        ),
      ),
    ).toEqual(at(31, '"url" is a field of related_article1: indent this key by 4 spaces under `related_article1:`'));
  });

  it('text on the same line as ">-" (js-yaml: "a line break is expected")', () => {
    expect(seedProblems(seedSource.replace('answer: >-\n    Operations', 'answer: >- Operations'))).toEqual(
      at(
        20,
        'the text after ">-" must start on the next line: leave "answer: >-" alone on its line, and put the text ' +
          'on the next line, indented by 4 spaces',
      ),
    );
  });

  it('text of a block at the left margin, or indented less than the lines above it', () => {
    expect(seedProblems(seedSource.replace('answer: >-\n    Operations', 'answer: >-\nOperations'))).toEqual(
      at(
        21,
        'the text of "answer" must be indented more than its key: start this line with 4 spaces, and each line of the text after it',
      ),
    );
    const wrapped = seedSource.replace('(OM) plays a crucial', '(OM)\n  plays a crucial');
    expect(seedProblems(wrapped)).toEqual(
      at(
        22,
        'this line is part of the text of "answer", which is indented by 4 spaces: indent this line by 4 spaces too',
      ),
    );
  });

  it('a field without its colon, and a value that starts with a YAML sign', () => {
    expect(seedProblems(seedSource.replace('subject: Business', 'subject Business'))).toEqual(
      at(
        22,
        '"subject Business and Management" has no colon: write the field\'s name, a colon and a space, then its ' +
          'value: subject: Business and Management',
      ),
    );
    expect(
      seedProblems(
        seedSource.replace('answer: >-\n    Operations management (OM)', 'answer: **Operations management**'),
      ),
    ).toEqual(
      at(
        20,
        'a value that starts with "*" must be in quotes or in a block: write "answer: >-" and the text on the ' +
          'next line, indented by 4 spaces',
      ),
    );
  });

  it('quotes: one never closed (js-yaml blames the end of the block), an unknown escape', () => {
    expect(seedProblems(seedSource.replace('author: QuickTakes', 'author: "QuickTakes'))).toEqual(
      at(17, 'the quote that opens this value is never closed: end the value with "'),
    );
    expect(seedProblems(seedSource.replace('author: QuickTakes', 'author: "Quick \\( Takes"'))).toEqual(
      at(
        17,
        'in double quotes a backslash starts an escape, and "\\(" is not one: write \\\\( for a backslash, or ' +
          'put the value in single quotes or in a block (>-)',
      ),
    );
  });

  it('any other YAML error is phrased plainly, at its line', () => {
    expect(seedProblems(seedSource.replace('author: QuickTakes', 'author: "Quick\u0001Takes"'))).toEqual(
      at(
        17,
        'this line cannot be read (the YAML reader says: expected valid JSON character): check its indentation, ' +
          'the space after its colon, and its quotes',
      ),
    );
    expect(seedProblems(seedSource.replace('author: QuickTakes', 'author: QuickTakes\n...'))).toEqual(
      at(18, 'a line of "..." ends the YAML here: remove it, or indent it if it belongs to the text above'),
    );
    expect(seedProblems(seedSource.replace('  title: QuickTakes', '\ttitle: QuickTakes'))).toEqual(
      at(12, 'this line is indented with a tab: indent it with spaces'),
    );
  });

  it('one slip repeated on the next lines is one message, and a CRLF file gets the same lines', () => {
    const twice = seedSource.replace(
      'subject: Business and Management\nfile_name: ',
      'subject:Business and Management\nfile_name:',
    );
    const expected = at(
      22,
      '"subject:Business and Management" needs a space after the colon: subject: Business and Management (so does line 23)',
    );
    expect(seedProblems(twice)).toEqual(expected);
    expect(seedProblems(twice.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(
      seedProblems(seedSource.replace(/\n/g, '\r\n').replace('  page_description: >-', 'page_description: >-')),
    ).toEqual(at(13, '"page_description" is a field of seo: indent this key by 2 spaces under `seo:`'));
  });

  it("shows the writer's text with control and bidirectional characters escaped, and bounded", () => {
    expect(seedProblems(seedSource.replace('subject: Business', 'subject:\u202eBusiness'))).toEqual(
      at(
        22,
        '"subject:\\u202eBusiness and Management" needs a space after the colon: subject: \\u202eBusiness and Management',
      ),
    );
    const long = 'k'.repeat(30_000);
    const [message = ''] = seedProblems(seedSource.replace('author: QuickTakes', `${long}: a\n${long}: b`));
    expect(message).toBe(
      `${SEED_FILE}:18: front matter: "${'k'.repeat(39)}…" is given twice, at lines 17 and 18: keep one of them`,
    );
  });

  it('stays quick on a hostile front matter full of near-misses', () => {
    const started = performance.now();
    const hostile = seedSource.replace(
      'author: QuickTakes',
      Array.from({ length: 2500 }, (_, i) => `k${i}:v`).join('\n') + '\nauthor: x',
    );
    expect(seedProblems(hostile)[0]).toMatch(/front matter: this line cannot be read/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("a related article's title text at its key's indent, and a plain value continued with ': '", () => {
    const title = seedSource.replace(
      '    title: >-\n        What are some common',
      '    title: >-\n    What are some common',
    );
    expect(seedProblems(title)).toEqual(
      at(
        29,
        'the text of "title" must be indented more than its key: start this line with 8 spaces, and each line of the text after it',
      ),
    );
    expect(seedProblems(seedSource.replace('author: QuickTakes', 'author: Quick\n    Takes: more'))).toEqual(
      at(
        18,
        'text containing ": " must be in quotes or in a block: write "author: >-" and the text on the next line, indented by 4 spaces',
      ),
    );
  });

  it('list items and the keys of a list item out of line with the ones above', () => {
    const redirects = seedSource.replace('score: -1.0', 'score: -1.0\nredirect_from:\n  - /learn/a\n - /learn/b');
    expect(seedProblems(redirects)).toEqual(
      at(28, 'this list item is indented by 1 space, the one above it by 2: indent it by 2 spaces'),
    );
    const sources = seedSource.replace('score: -1.0', 'score: -1.0\nsources:\n  - title: A textbook\n   year: 2020');
    expect(seedProblems(sources)).toEqual(
      at(28, 'this key is indented by 3 spaces, "title" above it by 4: indent it by 4 spaces'),
    );
  });

  it('quotes that close early say how to write a quote inside', () => {
    expect(seedProblems(seedSource.replace('author: QuickTakes', "author: 'Don't panic'"))).toEqual(
      at(
        17,
        "the quotes close before the value ends: put the whole value in quotes (a ' inside written ''), or write " +
          '"author: >-" and the text on the next line, indented by 4 spaces',
      ),
    );
  });
});
