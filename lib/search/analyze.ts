// Build time: what the index reads of one article, apart from the figures of the whole library (the average
// answer length), so that a build can keep it per article between builds and a one-article edit redoes one.
import { createHash } from 'node:crypto';
import type { Article } from '@/lib/content';
import { toPlainText } from '@/lib/markdown/plain';
import { isFiller } from './query';
import { bodyScore, lengthNorm, tallyAnswer } from './score';
import { compounds, indexTerms, stem, STOPWORDS, words } from './text';

/** Field weights (x10 in the postings): a word in the question counts most, then keywords, then answer text. */
const WEIGHTS = { question: 10, keywords: 5 };
/** A WordNet synonym of a question or keyword word (x10): below any literal mention (answer scores start at 4). */
const EXPANDED = { question: 3, keywords: 2 };
/** Words longer than this are not offered as completions or corrections (nobody types them). */
const MAX_DICTIONARY_WORD = 24;

export type Analysis = {
  /** The answer as plain text: the result's snippet, and its length for BM25. */
  text: string;
  /** Question and keyword terms with their summed weights, in the order met. */
  head: [string, number][];
  /** Answer terms, their counts and where each is first met (0 to 1). */
  body: { terms: string[]; counts: number[]; firsts: number[] };
  /** WordNet synonyms of question and keyword words that no literal term already scores. */
  synonyms: [string, number][];
  /** Neighbouring stems of the question and of each keyword, with their weights. */
  pairs: [string, number][];
  /** The words a learner might type, for completions and corrections. */
  dictionary: string[];
};

/** What analyze reads of an article (and whether synonyms are added): the key of its cached analysis. */
export const analysisKey = (article: Article, expand: boolean) =>
  createHash('sha256')
    .update(JSON.stringify([expand, article.question, article.seo.keywords, article.answerMarkdown]))
    .digest('base64');

/** Everything an article's postings need but the library's average length. */
export function analyze(article: Article, synonyms?: (word: string) => string[]): Analysis {
  const text = toPlainText(article.answerMarkdown);
  const list = words(text);
  const joined = compounds(text);
  const head = new Map<string, number>();
  const add = (terms: string[], weight: number) => {
    for (const term of new Set(terms)) head.set(term, (head.get(term) ?? 0) + weight);
  };
  add(indexTerms(article.question), WEIGHTS.question);
  add(indexTerms(article.seo.keywords.join(', ')), WEIGHTS.keywords);
  const tally = tallyAnswer(list, joined);
  const expanded = new Map<string, number>();
  if (synonyms) {
    for (const [phrase, weight] of [
      [article.question, EXPANDED.question],
      [article.seo.keywords.join(' '), EXPANDED.keywords],
    ] as const) {
      for (const word of words(phrase)) {
        if (STOPWORDS.has(word) || word.length < 3) continue;
        for (const term of synonyms(word))
          if (!head.has(term) && !tally.has(term) && !expanded.has(term)) expanded.set(term, weight / 10);
      }
    }
  }
  const pairs = new Map<string, number>();
  for (const [phrase, weight] of [
    [article.question, WEIGHTS.question],
    ...article.seo.keywords.map((k) => [k, WEIGHTS.keywords] as const),
  ] as const) {
    const stems = words(phrase)
      .filter((word) => !STOPWORDS.has(word) && !/^\d+$/.test(word))
      .map(stem);
    for (let i = 1; i < stems.length; i++) {
      const pair = pairKey(stems[i - 1] ?? '', stems[i] ?? '');
      if (pair) pairs.set(pair, Math.max(pairs.get(pair) ?? 0, weight));
    }
  }
  const headText = `${article.question} ${article.seo.keywords.join(' ')}`;
  const dictionary = dictionaryWords(words(headText), compounds(headText).flatMap(words), list, joined.flatMap(words));
  return {
    text,
    head: [...head],
    body: {
      terms: [...tally.keys()],
      counts: [...tally.values()].map((t) => t.count),
      firsts: [...tally.values()].map((t) => t.first),
    },
    synonyms: [...expanded],
    pairs: [...pairs],
    dictionary: [...dictionary],
  };
}

/**
 * Integer score per term of one article: field weights, BM25 in the answer text (against the library's average
 * length), WordNet synonyms below every literal term, and word pairs.
 */
export function scoreAnalysis(
  { text, head, body, synonyms, pairs }: Analysis,
  averageLength: number,
): Map<string, number> {
  const scores = new Map(head);
  const norm = lengthNorm(text.length, averageLength);
  body.terms.forEach((term, i) =>
    scores.set(term, (scores.get(term) ?? 0) + bodyScore(body.counts[i] ?? 0, body.firsts[i] ?? 0, norm) / 10),
  );
  for (const [term, weight] of synonyms) scores.set(term, weight);
  for (const [pair, weight] of pairs) scores.set(pair, weight);
  for (const [term, score] of scores) scores.set(term, Math.max(1, Math.round(score * 10)));
  return scores;
}

/** The term of two neighbouring stems, in either order ("manag oper"); undefined for a word twice. */
export function pairKey(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** The distinct words of a text a learner might type: no stopwords, filler, bare numbers or very long words. */
function dictionaryWords(...lists: readonly string[][]): Set<string> {
  const found = new Set<string>();
  for (const list of lists) for (const word of list) found.add(word);
  for (const word of found)
    if (word.length > MAX_DICTIONARY_WORD || STOPWORDS.has(word) || isFiller(word) || /^\d+$/.test(word))
      found.delete(word);
  return found;
}
