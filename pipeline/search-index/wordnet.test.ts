import { describe, expect, it } from 'vitest';
import { loadWordNet } from './wordnet';

describe('WordNet', () => {
  const wordnet = loadWordNet();

  it("gives a word's synonyms from its most common senses, read at their synsets' offsets", () => {
    expect(wordnet.synonyms('car')).toEqual(expect.arrayContaining(['automobile', 'motorcar']));
    // By the base form: "cars" is looked up as "car", and the word itself is never its own synonym.
    expect(wordnet.synonyms('cars')).toEqual(expect.arrayContaining(['automobile']));
    expect(wordnet.synonyms('water')).toContain('irrigate');
    expect(wordnet.synonyms('water')).not.toContain('water');
    expect(wordnet.synonyms('qwzx')).toEqual([]);
  });

  it('knows English words and their regular forms, and leaves names out', () => {
    for (const word of ['car', 'cars', 'irrigated', 'running', 'happily']) expect(wordnet.english.has(word)).toBe(true);
    expect(wordnet.english.has('aalto')).toBe(false);
  });
});
