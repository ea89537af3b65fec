import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';
import { compounds, indexTerms, snippet, terms, words } from './text';

const SIZE = 64 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Inputs that make a backtracking regex quadratic: long runs of one character or of a short unit. */
const ADVERSARIAL: Record<string, string> = {
  newlines: fill('\n'),
  'less-than': fill('<'),
  brackets: fill('['),
  'greater-than': fill('>'),
  'list dashes': fill('- '),
  'emphasis runs': fill('*a '),
  spaces: fill(' '),
  'one huge word': fill('a'),
  'one huge compound': fill('ab-'),
  'letters then a dash': `${fill('a').slice(1)}-`,
};

describe('text helpers run in linear time', () => {
  it("indexTerms of 60,000 a's takes milliseconds, not minutes", () => {
    const started = performance.now();
    expect(indexTerms('a'.repeat(60_000))).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(250);
  });

  it.each(Object.entries(ADVERSARIAL))('handles 64 KB of %s well under a second', (_, input) => {
    const started = performance.now();
    indexTerms(input);
    terms(input);
    words(input);
    compounds(input);
    snippet(input, new Set(['a']));
    parseQuery(input);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
