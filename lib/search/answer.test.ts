import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { buildSearchFiles } from '@/pipeline/search-index/build';
import { createSearchEngine } from './engine';
import { memorySource } from './__fixtures__/memory-source';
import { isMissedSearch, quotedWords } from './miss';

// A small library where "system", "training" and "change" are common words and "immune" is rare.
const TOPICS = [
  ['How does change management work?', 'Change management trains staff on a new system through training and support.'],
  ['What is a management system?', 'A management system is a set of processes; training helps the system work.'],
  ['How do teams adopt change?', 'Teams adopt change when the system and the training fit their work.'],
  ['What does sleep do for the body?', 'Sleep restores the body, and the immune system does much of its work then.'],
  ['What is Six Sigma?', 'Six Sigma trains Master Black Belts to cut defects in a process system.'],
  ['How does photosynthesis work?', 'Plants turn light, water and carbon dioxide into sugar in the chloroplast.'],
];
const articles = TOPICS.map(([question = '', answer = ''], i) =>
  makeArticle({ id: i + 1, question, answer, keywords: 'learning, science' }),
);
const { files } = await buildSearchFiles(articles, [{ name: 'Biology', slug: 'biology', count: articles.length }], {
  expand: false,
});
const engine = createSearchEngine(memorySource(files));

describe('an honest "no answer"', { timeout: 60_000 }, () => {
  it('shows no article that holds only the common words of a query whose distinctive word nothing holds', async () => {
    const outcome = await engine.search('how do vaccines train the immune system');
    expect(outcome.unmatched).toEqual(['vaccines']);
    // The article that holds "immune" may stay as a partial match; those with only "system" and "train" may not.
    expect(outcome.hits.map((hit) => hit.question)).toEqual(['What does sleep do for the body?']);
    expect(outcome.partial).toBe(true);
    const loose = await engine.search('how do vaccines train the immune system', { loose: true });
    expect(loose.total).toBeGreaterThan(3);
  });

  it('answers nothing when every word an article holds is common, and names what it lacks', async () => {
    const outcome = await engine.search('how do black holes evaporate');
    expect(outcome.hits).toEqual([]);
    expect(outcome.unmatched).toEqual(['holes', 'evaporate']);
    expect(isMissedSearch(outcome)).toBe(true);
    expect(quotedWords(outcome.unmatched)).toBe('“holes” and “evaporate”');
  });

  it('still shows full matches, and partial ones that hold the rare words', async () => {
    const full = await engine.search('photosynthesis chloroplast');
    expect(full.hits[0]?.question).toBe('How does photosynthesis work?');
    expect(isMissedSearch(full)).toBe(false);
    const partial = await engine.search('photosynthesis chloroplast in deserts');
    expect(partial.partial).toBe(true);
    expect(partial.hits[0]?.question).toBe('How does photosynthesis work?');
    expect(partial.unmatched).toEqual(['deserts']);
  });
});
