// Build time: WordNet's English words, the ones the engine must never "correct".
import { dictionaryKey, type SearchManifest } from '@/lib/search/format';
import { allowedEdits } from '@/lib/search/spell';
import { loadWordNet } from './wordnet';

/** Longer words are never corrected (build.ts keeps them out of the dictionary too). */
const MAX_WORD = 24;

/**
 * Real English words (WordNet's, with regular inflections) the site never uses, one file per first
 * two letters. The engine reads the typed word's file before correcting it: such a word is kept.
 */
export function englishWords(manifest: SearchManifest, dictionary: ReadonlyMap<string, number>): string[] {
  englishByKey ??= groupEnglish();
  manifest.english = [...englishByKey.keys()];
  return [...englishByKey.values()].map((list) => JSON.stringify(list.filter((word) => !dictionary.has(word))));
}

let englishByKey: Map<string, string[]> | undefined;

/** WordNet's words that a correction could touch, by dictionary key, both sorted; computed once per process. */
function groupEnglish(): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const word of [...loadWordNet().english].sort()) {
    if (allowedEdits(word) === 0 || word.length > MAX_WORD) continue;
    const key = dictionaryKey(word);
    const list = byKey.get(key);
    if (list) list.push(word);
    else byKey.set(key, [word]);
  }
  return new Map([...byKey].sort(([a], [b]) => (a < b ? -1 : 1)));
}
