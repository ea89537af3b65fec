import { stemmer } from 'stemmer';

/** Words too common to narrow a search; dropped on both sides so "how does X work" still finds X. */
const STOPWORDS = new Set(
  'a an and are as at be but by can do does for from has have how if in into is it its of on or so than that the their then there these this to was what when where which who why will with'.split(' '),
);

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

/** The index terms of a text: its words without stopwords, stemmed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((word) => !STOPWORDS.has(word))
    .map(stem);
}

/**
 * Index terms plus each hyphenated compound written as one word, because URLs spell
 * "decision-making" as "decisionmaking" and learners type both.
 */
export function indexTerms(text: string): string[] {
  const compounds = text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? [];
  return [...terms(text), ...compounds.flatMap((compound) => terms(compound.replace(/-/g, '')))];
}

/** One query word: its stem, and for the last word also the raw prefix the learner may still be typing. */
export type QueryTerm = { stem: string; prefix?: string };

export function parseQuery(query: string): QueryTerm[] {
  const list = [...new Set(words(query).filter((word) => !STOPWORDS.has(word)))].slice(0, 10);
  return list.map((word, i) => (i === list.length - 1 && word.length >= 3 ? { stem: stem(word), prefix: word } : { stem: stem(word) }));
}

export type TextPart = { text: string; mark: boolean };

/**
 * About `length` words of `text` around the first word whose stem is in `matched`, split into plain
 * and highlighted parts (rendered as text and <mark>, so no HTML is ever inserted).
 */
export function snippet(text: string, matched: ReadonlySet<string>, length = 28): TextPart[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const isMatch = (token: string) => words(token).some((word) => matched.has(stem(word)));
  const first = Math.max(0, tokens.findIndex(isMatch));
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

function push(parts: TextPart[], text: string, mark: boolean) {
  const last = parts[parts.length - 1];
  if (last && last.mark === mark) last.text += text;
  else parts.push({ text, mark });
}
