import LEXICON from './lexicon.json';
import { phraseTokens, stem, STOPWORDS, words } from './text';

/** A query keeps at most this many words that narrow it; the rest of a pasted essay is ignored. */
export const MAX_QUERY_WORDS = 12;
/** Characters of a query that are read at all. */
const MAX_QUERY_CHARS = 1000;

const FILLER = new Set(LEXICON.filler);

/** Stem -> the stems of its other forms and synonyms (lexicon.json), each with how close it is. */
const RELATED = new Map<string, Map<string, number>>();
for (const [groups, weight] of [
  [LEXICON.forms, 0.9],
  [LEXICON.synonyms, 0.6],
] as const) {
  for (const group of groups) {
    const stems = group.map(stem);
    for (const from of stems) {
      const related = RELATED.get(from) ?? new Map<string, number>();
      for (const to of stems) if (to !== from && (related.get(to) ?? 0) < weight) related.set(to, weight);
      RELATED.set(from, related);
    }
  }
}

/** One word of a query: what the learner typed (folded), its stem, and related stems with their weights. */
export type QueryWord = { word: string; stem: string; related: [stem: string, weight: number][] };
/** `open`: the query ends inside its last word, which the learner may still be typing. */
export type ParsedQuery = { words: QueryWord[]; open: boolean };

export function parseQuery(query: string): ParsedQuery {
  const text = query.slice(0, MAX_QUERY_CHARS);
  const list = words(text);
  // Known phrases ("first world war") become their one token; their words are not searched again.
  const replaced = new Map<number, { length: number; token: string }>();
  for (const phrase of phraseTokens(list)) if (!replaced.has(phrase.at)) replaced.set(phrase.at, phrase);
  const kept: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const phrase = replaced.get(i);
    if (phrase) {
      kept.push(phrase.token);
      i += phrase.length - 1;
    } else kept.push(list[i] ?? '');
  }
  const seen = new Set<string>();
  const result: QueryWord[] = [];
  for (const word of kept) {
    if (STOPWORDS.has(word) || FILLER.has(word)) continue;
    const stemmed = stem(word);
    if (seen.has(stemmed)) continue;
    seen.add(stemmed);
    result.push({ word, stem: stemmed, related: [...(RELATED.get(stemmed) ?? [])] });
    if (result.length === MAX_QUERY_WORDS) break;
  }
  const last = list[list.length - 1];
  const open = /[\p{L}\p{N}]$/u.test(text) && last !== undefined && result[result.length - 1]?.word === last;
  return { words: result, open };
}

export const isFiller = (word: string) => FILLER.has(word);

/** A query word from a folded word, with its stem and related stems. */
export function queryWord(word: string): QueryWord {
  const stemmed = stem(word);
  return { word, stem: stemmed, related: [...(RELATED.get(stemmed) ?? [])] };
}
