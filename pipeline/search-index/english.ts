// Build time: WordNet's English words, the ones the engine must never "correct".
import { englishBucketOf, type SearchManifest } from '@/lib/search/format';
import { allowedEdits } from '@/lib/search/spell';
import { encodeWordList } from '@/lib/search/word-list';
import { MAX_DICTIONARY_WORD } from './terms';
import { loadWordNet } from './wordnet';

/** About 2,000 English words a bucket: a typo reads one file of about 17 KB. */
export const ENGLISH_BUCKETS = 64;

/**
 * Real English words (WordNet's, with regular inflections) the site never uses, in buckets by the word's
 * hash. The engine reads the typed word's bucket before correcting it: such a word is kept as typed.
 */
export function englishFiles(manifest: SearchManifest, dictionary: ReadonlyMap<string, number>): Uint8Array[] {
  const buckets: [string, number][][] = Array.from({ length: manifest.english }, () => []);
  for (const word of correctable()) {
    if (!dictionary.has(word)) buckets[englishBucketOf(manifest, word)]?.push([word, 0]);
  }
  return buckets.map((list) => encodeWordList(list, false));
}

let words: string[] | undefined;

/** WordNet's words that a correction could touch, computed once per process. */
function correctable(): string[] {
  words ??= [...loadWordNet().english].filter((w) => allowedEdits(w) > 0 && w.length <= MAX_DICTIONARY_WORD);
  return words;
}
