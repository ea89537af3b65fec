import type { Dictionary } from './format';
import { dictionaryKey } from './format';
import { queryWord, type QueryWord } from './query';

/** Each part of a split word has at least this many letters ("ohms law", "cold war"). */
const MIN_PART = 3;

type Lookup = {
  /** Whether the index holds the word's stem as a term of its own. */
  known: (word: QueryWord) => Promise<boolean>;
  dictionary: (key: string) => Promise<Dictionary>;
};

/**
 * Words run together or split apart, read from the index's own dictionary: two neighbours of which
 * one is unknown become one word when the site uses it whole ("photo synthesis"), and an unknown
 * word becomes two when the site uses both halves ("balancesheet"; the most common pair wins).
 */
export async function joinAndSplit(list: readonly QueryWord[], lookup: Lookup): Promise<QueryWord[]> {
  const known = await Promise.all(list.map(lookup.known));
  const result: QueryWord[] = [];
  for (let i = 0; i < list.length; i++) {
    const word = list[i] as QueryWord;
    const next = list[i + 1];
    if (next && !(known[i] && known[i + 1])) {
      const joined = word.word + next.word;
      if (countOf(await lookup.dictionary(dictionaryKey(joined)), joined) > 0) {
        result.push(queryWord(joined));
        i++;
        continue;
      }
    }
    result.push(...(known[i] ? [word] : await split(word, lookup)));
  }
  // "balance balancesheet" searches balance once.
  return result.filter((word, i) => result.findIndex((other) => other.stem === word.stem) === i);
}

async function split(word: QueryWord, lookup: Lookup): Promise<QueryWord[]> {
  const text = word.word;
  if (text.length < 2 * MIN_PART || /\d/.test(text)) return [word];
  const heads = await lookup.dictionary(dictionaryKey(text));
  let best: { parts: [string, string]; score: number } | undefined;
  for (let at = MIN_PART; at <= text.length - MIN_PART; at++) {
    const head = text.slice(0, at);
    const tail = text.slice(at);
    const first = countOf(heads, head);
    if (first === 0) continue;
    const second = countOf(await lookup.dictionary(dictionaryKey(tail)), tail);
    if (second === 0) continue;
    const score = Math.min(first, second) + at / 100;
    if (!best || score > best.score) best = { parts: [head, tail], score };
  }
  return best ? best.parts.map(queryWord) : [word];
}

/** How many documents use a word. */
const countOf = (dictionary: Dictionary, word: string) => dictionary.get(word) ?? 0;
