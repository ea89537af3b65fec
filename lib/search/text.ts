import { stemmer } from 'stemmer';
import { STOPWORDS } from '@/lib/text/stopwords';
import LEXICON from './lexicon.json';

export { STOPWORDS };

const stems = new Map<string, string>();

/** Porter stems, memoized: a corpus repeats a few thousand words millions of times. */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word);
    if (stems.size < 100_000) stems.set(word, stemmed);
  }
  return stemmed;
}

/** Lower-case words without accents or apostrophes ("Piaget's" -> "piagets"). */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\p{M}'’]/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The index terms of a text: its words without stopwords, stemmed, plus the tokens of known phrases. */
export function terms(text: string): string[] {
  const list = words(text);
  return [...list.filter((word) => !STOPWORDS.has(word)).map(stem), ...phraseTokens(list).map((p) => p.token)];
}

/**
 * Index terms plus each hyphenated compound written as one word, because URLs spell
 * "decision-making" as "decisionmaking" and learners type both.
 */
export function indexTerms(text: string): string[] {
  return [...terms(text), ...compounds(text).flatMap((compound) => terms(compound))];
}

/** Hyphenated compounds joined ("decision-making" -> "decisionmaking"); one linear scan, no backtracking. */
export function compounds(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu))
    if (match[0].includes('-')) found.push(match[0].replace(/-/g, ''));
  return found;
}

type Phrase = { words: string[]; token: string };
const PHRASES = new Map<string, Phrase[]>();
for (const [token, variants] of Object.entries(LEXICON.phrases)) {
  for (const variant of variants) {
    const list = variant.split(' ');
    const first = list[0] ?? '';
    PHRASES.set(first, [...(PHRASES.get(first) ?? []), { words: list, token }]);
  }
}

/** Known phrases ("first world war", "world war 1") in a word list: where each starts, its length and token. */
export function phraseTokens(list: readonly string[]): { at: number; length: number; token: string }[] {
  const found: { at: number; length: number; token: string }[] = [];
  list.forEach((word, at) => {
    for (const phrase of PHRASES.get(word) ?? []) {
      if (phrase.words.every((w, i) => list[at + i] === w))
        found.push({ at, length: phrase.words.length, token: phrase.token });
    }
  });
  return found;
}

/** The index term of two neighbouring stems, in either order ("manag oper"); undefined for a word twice. */
export function pairTerm(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

export type TextPart = { text: string; mark: boolean };

/**
 * About `length` words of `text` from the passage holding the most different matched stems (the
 * first such passage), split into plain and highlighted parts (rendered as text and <mark>, so no
 * HTML is ever inserted).
 */
export function snippet(text: string, matched: ReadonlySet<string>, length = 28): TextPart[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const isMatch = (token: string) => words(token).some((word) => matched.has(stem(word)));
  const first = bestPassage(tokens, matched, length);
  const start = Math.max(0, Math.min(first - 6, tokens.length - length));
  const window = tokens.slice(start, start + length);
  const parts: TextPart[] = [];
  window.forEach((token, i) => {
    const text = `${i === 0 && start > 0 ? '…' : ''}${i > 0 ? ' ' : ''}`;
    if (text) push(parts, text, false);
    for (const piece of token.split(/([\p{L}\p{N}'’]+)/u).filter(Boolean)) push(parts, piece, isMatch(piece));
  });
  if (start + length < tokens.length) push(parts, '…', false);
  return parts;
}

/** Where the window of `length` tokens with the most different matched stems begins (at a match; 0 if none). */
function bestPassage(tokens: readonly string[], matched: ReadonlySet<string>, length: number): number {
  const hits: { at: number; stems: string[] }[] = [];
  tokens.forEach((token, at) => {
    const stems = words(token)
      .map(stem)
      .filter((s) => matched.has(s));
    if (stems.length > 0) hits.push({ at, stems });
  });
  let best = { at: hits[0]?.at ?? 0, count: 0 };
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<string>();
    for (let j = i; j < hits.length && (hits[j]?.at ?? 0) < (hits[i]?.at ?? 0) + length - 6; j++)
      for (const s of hits[j]?.stems ?? []) seen.add(s);
    if (seen.size > best.count) best = { at: hits[i]?.at ?? 0, count: seen.size };
  }
  return best.at;
}

function push(parts: TextPart[], text: string, mark: boolean) {
  const last = parts[parts.length - 1];
  if (last && last.mark === mark) last.text += text;
  else parts.push({ text, mark });
}
