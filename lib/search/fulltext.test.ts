import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/pipeline/live';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { buildSearchFiles } from '@/pipeline/search-index/build';
import { createSearchEngine } from './engine';
import { memorySource } from './__fixtures__/memory-source';

const library = await loadLibrary();

const engineOf = (files: Map<string, Uint8Array>) => createSearchEngine(memorySource(files));

describe('the whole answer is indexed', { timeout: 60_000 }, () => {
  it('finds an article by a word that only the last sentence of a long answer holds', async () => {
    const filler = Array.from({ length: 300 }, (_, i) => `sentence ${i} about membranes and water.`).join(' ');
    const articles = [
      makeArticle({ id: 1, question: 'What is osmosis?', answer: `${filler} It ends with a zanzibarite.` }),
      makeArticle({ id: 2, question: 'What is diffusion?', slug: 'what-is-diffusion', answer: filler }),
    ];
    const { files } = await buildSearchFiles(articles, [{ name: 'Biology', slug: 'biology', count: 2 }]);
    const outcome = await engineOf(files).search('zanzibarite');
    expect(outcome.hits.map((hit) => hit.question)).toEqual(['What is osmosis?']);
    // The snippet is the answer's opening, not the passage with the word: results keep a short text each.
    expect(outcome.hits[0]?.snippet.map((part) => part.text).join('')).toMatch(/^sentence 0 about membranes/);
  });
});

const bundledFiles = (await buildSearchFiles(library.articles, library.subjects)).files;

describe('run-together words, split words and real words', { timeout: 60_000 }, () => {
  const engine = engineOf(bundledFiles);
  const first = async (query: string) => (await engine.search(query)).hits[0]?.url;

  it('splits a run-together word and joins a split one, from the dictionary', async () => {
    expect(await first('balancesheet')).toBe(
      '/learn/business-and-management/questions/what-is-a-balance-sheet-and-what-does-it-show',
    );
    expect(await first('hashtable')).toBe('/learn/computer-science/questions/how-does-a-hash-table-work');
    expect(await first('photo synthesis')).toBe('/learn/biology/questions/what-are-the-main-stages-of-photosynthesis');
    const twice = await engine.search('balance balancesheet');
    expect(twice.hits[0]?.url).toBe(
      '/learn/business-and-management/questions/what-is-a-balance-sheet-and-what-does-it-show',
    );
    expect(twice.partial).toBe(false);
    // Object's own property names are not dictionary words.
    expect((await engine.search('constructorsheet', { exact: true })).total).toBe(0);
  });

  it('keeps a real English word the site never uses, and still corrects a typo', async () => {
    const kept = await engine.search('trampoline');
    expect(kept.corrected).toBeUndefined();
    expect(kept.hits).toEqual([]);
    const fixed = await engine.search('photosynthisis');
    expect(fixed.corrected).toBe('photosynthesis');
    expect((await engine.search('kompiler')).corrected).toBe('compiler');
  });
});
