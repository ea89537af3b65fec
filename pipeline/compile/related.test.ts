import { describe, expect, it } from 'vitest';
import { makeArticle } from '../content/__fixtures__/make';
import { buildLibrary } from '../content/library';
import { getRelated } from './related';

const ref = (a: { id: number; question: string; subject: string; url: string }) => ({
  id: a.id,
  title: a.question,
  subject: a.subject,
  url: a.url,
});

const bio = (id: number, question: string, keywords: string, date = '2024-05-01') =>
  makeArticle({ id, question, keywords, date });

describe('related articles', () => {
  const osmosis = bio(1, 'What is osmosis?', 'osmosis, water, membrane, diffusion');
  const diffusion = bio(2, 'How does diffusion differ from osmosis?', 'diffusion, osmosis, concentration gradient');
  const cells = bio(3, 'Why do plant cells burst less than animal cells?', 'cell wall, turgor, osmosis');
  const dna = bio(4, 'How does DNA replication work?', 'dna, helicase, polymerase', '2025-01-01');
  const mitosis = bio(5, 'What happens in mitosis?', 'mitosis, chromosomes, cell division', '2024-12-01');
  const physics = makeArticle({
    id: 6,
    subject: 'Physics',
    question: 'What is water pressure?',
    keywords: 'water, pressure, membrane',
  });

  it('resolves references by id, then by url, and drops missing targets', () => {
    const article = makeArticle({
      id: 10,
      question: 'What is active transport?',
      keywords: 'pumps',
      related: [
        { id: 999, title: 'Gone', subject: 'Biology', url: '/learn/biology/questions/gone' },
        ref(dna),
        { ...ref(mitosis), id: 12345 },
        ref(dna),
      ],
    });
    const library = buildLibrary([osmosis, diffusion, cells, dna, mitosis, physics, article]);
    const related = getRelated(library, article, 5).map((a) => a.id);
    expect(related.slice(0, 2)).toEqual([4, 5]);
    expect(related).toHaveLength(5);
    expect(new Set(related).size).toBe(5);
    expect(related).not.toContain(10);
  });

  it('fills empty slots with the most similar articles of the same subject first', () => {
    const library = buildLibrary([osmosis, diffusion, cells, dna, mitosis, physics]);
    const related = getRelated(library, osmosis, 5).map((a) => a.id);
    expect(related.slice(0, 2)).toEqual([2, 3]);
    expect(related.slice(2, 4).sort()).toEqual([4, 5]);
    expect(related[4]).toBe(6);
    expect(related).not.toContain(1);
  });

  it('is deterministic whatever the input order', () => {
    const a = getRelated(buildLibrary([osmosis, diffusion, cells, dna, mitosis, physics]), cells, 5);
    const b = getRelated(buildLibrary([physics, mitosis, dna, cells, diffusion, osmosis]), cells, 5);
    expect(a.map((x) => x.id)).toEqual(b.map((x) => x.id));
  });

  it('returns fewer cards when the library is smaller than the count', () => {
    expect(getRelated(buildLibrary([osmosis, diffusion]), osmosis, 5).map((a) => a.id)).toEqual([2]);
  });
});

describe('the library index', () => {
  it('lists each subject newest first, then by question', () => {
    const a = makeArticle({ id: 1, question: 'B question?', date: '2024-01-01' });
    const b = makeArticle({ id: 2, question: 'A question?', date: '2024-01-01' });
    const c = makeArticle({ id: 3, question: 'C question?', date: '2025-01-01' });
    const library = buildLibrary([a, b, c]);
    expect(library.bySubject.get('biology')?.map((x) => x.id)).toEqual([3, 2, 1]);
    expect(library.byUrl.get(c.url)).toBe(c);
    expect(library.byId.get(2)).toBe(b);
    expect(library.subjects).toEqual([{ name: 'Biology', slug: 'biology', count: 3 }]);
  });
});
