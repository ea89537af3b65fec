import { describe, expect, it, vi } from 'vitest';
import { makeArticle, makeSource } from '@/pipeline/content/__fixtures__/make';
import { readArticle } from '@/pipeline/check/file';
import { checkArticle } from '@/pipeline/check/rules';
import { formatDate } from '@/lib/text/dates';
import { plainExcerpt, toPlainText } from '@/pipeline/markdown/plain';
import { truncate } from '@/lib/text/truncate';
import { findRenderProblem, renderMarkdown } from '@/pipeline/markdown/render';
import { RENDER_LIMITS } from '@/pipeline/markdown/limits';

// Each input below took seconds to minutes (or never finished) with the quadratic patterns; now milliseconds.
// No wall-clock budget here (npm run bench measures speed): each test checks its result, and a return to the
// quadratic patterns runs past the per-test timeout.
vi.setConfig({ testTimeout: 15_000 });
const SIZE = 64 * 1024;

const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** 64 KB runs of the characters that start Markdown constructs, and one paragraph per kind. */
const RUNS: Record<string, string> = {
  newlines: `x${'\n'.repeat(SIZE)}y`,
  '<': fill('<'),
  '<a ': fill('<a '),
  '[': fill('['),
  '![': fill('!['),
  '[](': fill('[]('),
  '>': fill('>'),
  '> ': fill('> '),
  '- ': fill('- '),
  '*a ': fill('*a '),
  spaces: `x${' '.repeat(SIZE)}y`,
  'line starts': fill('\n \t'),
  // '\r' and U+2028 end lines for a regex's `^` but not for the paragraph split.
  'carriage returns': `x${'\r'.repeat(SIZE)}y`,
  'line separators': `x${'\u2028'.repeat(SIZE)}y`,
};

describe('every function that sees content runs in linear time on 64 KB of adversarial input', () => {
  it.each(Object.entries(RUNS))('toPlainText and plainExcerpt: %s', (_, input) => {
    expect(plainExcerpt(input, 180)).toBe(truncate(toPlainText(input), 180));
  });

  it.each(Object.entries(RUNS))('formatDate with a date_format of %s', (_, input) => {
    expect(formatDate('2024-05-01', `MMM DD, YYYY${input}`)).toMatch(/^May 01, 2024/);
  });

  it.each(Object.entries(RUNS))('the raw HTML rule: %s', (_, input) => {
    const article = { ...makeArticle(), answerMarkdown: input };
    expect(checkArticle(article).every((p) => p.file === article.file)).toBe(true);
  });

  it.each(Object.entries(RUNS))('renderMarkdown: %s (refused, rendered as plain text)', (_, input) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(/<(blockquote|ul|li|em|strong|a)\b/);
    expect(findRenderProblem(input)).toBeDefined();
  });

  it.each(Object.entries(RUNS))('readArticle with an answer of %s', (_, input) => {
    // In the file, breaks are written as the two characters \n; the front matter stays under 64 KB.
    const escaped = input.replace(/\n/g, '\\n');
    const answer = escaped.slice(0, 60_000 / (Buffer.byteLength(escaped) / escaped.length));
    const { file, source } = makeSource({ answer });
    const { problems } = readArticle(file, source);
    // Runs of raw line breaks are refused before gray-matter splits the file (its comment regex is quadratic on them).
    expect(problems.filter((p) => p.field !== 'answer' && !/blank lines in a row/.test(p.message))).toEqual([]);
  });

  it.each([
    ['line feeds', '\n'],
    ['carriage returns', '\r'],
  ])('readArticle with 60,000 real %s in the front matter', (_, br) => {
    const { file, source } = makeSource({ answer: 'x' });
    const { problems } = readArticle(
      file,
      source.replace('answer: >-\n    x\n', `answer: |-\n    x${br.repeat(60_000)}\n`),
    );
    expect(problems.length).toBeLessThanOrEqual(1);
  });
});

// remark costs about 0.1 ms per list item or paragraph, so these use a quarter of the length limit; a quadratic
// path the limits missed would take minutes at this size and run past the timeout.
describe('remark itself stays bounded on adversarial answers inside the render limits', () => {
  const size = RENDER_LIMITS.length / 4;
  const paragraphs = (unit: string, count: number) => fill(`${unit.repeat(count)}\n\n`, size);
  const inside: Record<string, string> = {
    newlines: `x${'\n'.repeat(size)}y`,
    '<': fill('<', size),
    '[': paragraphs('[', RENDER_LIMITS.marks - 1),
    '>': paragraphs(`${'>'.repeat(RENDER_LIMITS.nesting)} a\n`, RENDER_LIMITS.lines - 1),
    '- ': paragraphs(`${'- '.repeat(RENDER_LIMITS.nesting)}a\n`, RENDER_LIMITS.lines - 1),
    '*a ': paragraphs('*a ', Math.floor(RENDER_LIMITS.marks / 3)),
    spaces: `x${' '.repeat(size)}y`,
    'underlined headings': `${'a\n=\n'.repeat(RENDER_LIMITS.underlined)}\n${fill('b\n\n', size - 300)}`,
    'nested lists': paragraphs(`${'- '.repeat(RENDER_LIMITS.nesting)}a\n`, 50),
  };

  it.each(Object.entries(inside))('%s', (_, input) => {
    expect(findRenderProblem(input)).toBeUndefined();
    expect(renderMarkdown(input).length).toBeGreaterThan(0);
  });
});

describe('an answer the renderer cannot render', () => {
  it.each([
    ["'> ' x 2000", '> '.repeat(2000), /nests 2000 quotes or list items; pages render at most 16/],
    ["'>' x 3000", '>'.repeat(3000), /nests 3000 quotes or list items/],
    ["'- ' x 3000", '- '.repeat(3000), /nests 3000 quotes or list items/],
    ["'*a ' x 3000", '*a '.repeat(3000), /more than 1000 '\*', '_', '~', '\[' or '\]' marks/],
    [
      '200 nested strong marks',
      `${'*'.repeat(200)}a${'*'.repeat(200)}`,
      /nest \d+ levels deep at line 1 of the answer; pages render at most 64/,
    ],
    [
      'lists nested by indentation',
      Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n'),
      /line 17 of the answer nests 17/,
    ],
  ])('%s is reported, and the page shows it as escaped plain text', (_, answer, message) => {
    expect(findRenderProblem(answer)?.message).toMatch(message);
    const html = renderMarkdown(answer);
    expect(html).toMatch(/^<p>/);
    expect(html).not.toMatch(/<(blockquote|ul|li|em|strong)>/);
  });

  it('the plain-text fallback escapes HTML and keeps paragraphs', () => {
    const html = renderMarkdown(`<script>alert(1)</script>\n\n${'*'.repeat(200)}a${'*'.repeat(200)}`);
    expect(html.split('\n')[0]).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('keeps every bundled-style construct renderable', () => {
    const answer =
      'Intro with **bold**, _em_ and [a link](https://example.org/a_(b)).\n\n1. **One**: a\n2. **Two**: b\n   ' +
      '- nested\n     > quote\n\n| A | B |\n| --- | --- |\n| 1 | 2 |';
    expect(findRenderProblem(answer)).toBeUndefined();
    expect(renderMarkdown(answer)).toContain('<blockquote>');
  });
});
