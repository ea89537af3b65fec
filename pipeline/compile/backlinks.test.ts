import { describe, expect, it } from 'vitest';
import { makeArticle } from '../content/__fixtures__/make';
import { BACKLINK_COUNT, checkOrphans, getBacklinks } from './backlinks';
import { buildLibrary } from '../content/library';
import type { Article } from '../content/types';

const ref = (a: Article) => ({ id: a.id, title: a.question, subject: a.subject, url: a.url });
const target = makeArticle({ id: 1, question: 'What is osmosis?' });
const linkers = Array.from({ length: 9 }, (_, i) =>
  makeArticle({
    id: 100 + i,
    question: `Linker ${i}?`,
    date: `2024-0${1 + (i % 3)}-0${1 + i}`,
    related: [ref(target)],
  }),
);

describe('questions that link here', () => {
  it('lists at most five linkers, newest first, the same whatever order the files were read in', () => {
    const forward = getBacklinks(buildLibrary([target, ...linkers]), target).map((a) => a.id);
    const backward = getBacklinks(buildLibrary([...linkers].reverse().concat(target)), target).map((a) => a.id);
    expect(forward).toHaveLength(BACKLINK_COUNT);
    expect(forward).toEqual(backward);
    const library = buildLibrary([target, ...linkers]);
    expect(forward).toEqual(
      library.articles
        .filter((a) => a.id !== 1)
        .slice(0, 5)
        .map((a) => a.id),
    );
  });

  it('leaves out articles already shown as related cards, and the article itself', () => {
    const self = makeArticle({
      id: 2,
      question: 'Self?',
      slug: 'self',
      related: [{ id: 2, title: 'Self?', subject: 'Biology', url: '/learn/biology/questions/self' }],
    });
    const library = buildLibrary([target, self, ...linkers]);
    const shown = linkers.slice(0, 3);
    const links = getBacklinks(library, target, shown).map((a) => a.id);
    expect(links).toHaveLength(5);
    for (const a of shown) expect(links).not.toContain(a.id);
    expect(getBacklinks(library, self)).toEqual([]);
  });
});

describe('the orphan warning', () => {
  it('fires for an article nothing links to that has no references of its own', () => {
    const lonely = makeArticle({ id: 50, question: 'Lonely?' });
    const problems = checkOrphans([target, lonely, linkers[0] as Article]);
    expect(problems.map((p) => [p.file, p.field, p.severity])).toEqual([['biology/lonely.md', 'id', 'warning']]);
    expect(problems[0]?.message).toContain('orphan');
  });

  it('does not fire in a library of one article, which has nothing to link to', () => {
    expect(checkOrphans([target])).toEqual([]);
  });
});

describe('the orphan warning and drafts', () => {
  it('does not fire for a draft, which nothing can link to before it is published', () => {
    const draft = makeArticle({ id: 51, question: 'Unpublished?', extra: 'draft: true\n' });
    const published = makeArticle({ id: 52, question: 'Published?' });
    expect(draft.draft).toBe(true);
    expect(checkOrphans([target, linkers[0] as Article, draft, published]).map((p) => p.file)).toEqual([
      'biology/published.md',
    ]);
  });
});
