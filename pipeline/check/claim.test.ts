import { describe, expect, it } from 'vitest';
import { makeArticle } from '../content/__fixtures__/make';
import { checkLibrary } from './rules';

const original = makeArticle({ id: 5, question: 'Original?', date: '2024-01-01' });
const copy = makeArticle({ id: 5, question: 'Copy?', date: '2024-06-01' });
const sameDay = makeArticle({ id: 5, question: 'Another copy?', date: '2024-06-01' });

const duplicates = (articles: Parameters<typeof checkLibrary>[0]) =>
  checkLibrary(articles)
    .filter((p) => p.field === 'id')
    .map((p) => `${p.file}: ${p.message}`)
    .sort();

describe('a duplicate id', () => {
  it('is blamed on the newer files whatever order they are read in, and the oldest keeps it', () => {
    const forward = duplicates([original, copy, sameDay]);
    expect(forward).toEqual(duplicates([sameDay, copy, original]));
    expect(forward).toEqual([
      'biology/another-copy.md: duplicate id 5, also used by biology/original.md: give this article an unused id, such as 6',
      'biology/copy.md: duplicate id 5, also used by biology/original.md: give this article an unused id, such as 6',
    ]);
    // Same date: the later path is the newer.
    expect(duplicates([copy, sameDay])).toEqual([
      'biology/copy.md: duplicate id 5, also used by biology/another-copy.md: give this article an unused id, such as 6',
    ]);
  });
});
