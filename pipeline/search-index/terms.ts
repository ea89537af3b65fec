// Build time: what each article contributes to the index (scored terms, dictionary words).
import { isFiller } from '@/lib/search/query';
import { answerScores } from '@/lib/search/score';
import { indexTerms, pairTerm, stem, STOPWORDS, words } from '@/lib/search/text';
import type { WordNet } from './wordnet';

/** Field weights (x10 in the postings): a word in the question counts most, then keywords, then answer text. */
const WEIGHTS = { question: 10, keywords: 5 };
/** A WordNet synonym of a question or keyword word (x10): below any literal mention (answer scores start at 4). */
const EXPANDED = { question: 3, keywords: 2 };
/** Words longer than this are not offered as completions or corrections (nobody types them). */
export const MAX_DICTIONARY_WORD = 24;

/** What an article's terms come from besides its answer. */
export type TermSource = { question: string; keywords: readonly string[] };

/** One answer's words as the scoring reads them. */
export type AnswerBody = { list: string[]; joined: string[]; length: number; averageLength: number };

/**
 * Integer score per term of one article: field weights, BM25 in the answer text, word pairs, and
 * WordNet synonyms of the question's and keywords' words below every literal term.
 */
export function scoreTerms(
  article: TermSource,
  body: AnswerBody,
  synonyms?: (word: string) => string[],
): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (list: string[], weight: number) => {
    for (const term of new Set(list)) scores.set(term, (scores.get(term) ?? 0) + weight);
  };
  add(indexTerms(article.question), WEIGHTS.question);
  add(indexTerms(article.keywords.join(', ')), WEIGHTS.keywords);
  for (const [term, score] of answerScores(body.list, body.joined, body.length, body.averageLength))
    scores.set(term, (scores.get(term) ?? 0) + score / 10);
  if (synonyms) {
    for (const [phrase, weight] of [
      [article.question, EXPANDED.question],
      [article.keywords.join(' '), EXPANDED.keywords],
    ] as const) {
      for (const word of words(phrase)) {
        if (STOPWORDS.has(word) || word.length < 3) continue;
        for (const term of synonyms(word)) if (!scores.has(term)) scores.set(term, weight / 10);
      }
    }
  }
  // Neighbouring words of the question and of each keyword: a query with both ranks the article higher.
  const pairs = new Map<string, number>();
  for (const [phrase, weight] of [
    [article.question, WEIGHTS.question],
    ...article.keywords.map((k) => [k, WEIGHTS.keywords] as const),
  ] as const) {
    const list = words(phrase)
      .filter((word) => !STOPWORDS.has(word) && !/^\d+$/.test(word))
      .map(stem);
    for (let i = 1; i < list.length; i++) {
      const pair = pairTerm(list[i - 1] ?? '', list[i] ?? '');
      if (pair) pairs.set(pair, Math.max(pairs.get(pair) ?? 0, weight));
    }
  }
  for (const [pair, weight] of pairs) scores.set(pair, weight);
  for (const [term, score] of scores) scores.set(term, Math.max(1, Math.round(score * 10)));
  return scores;
}

/** A word's WordNet synonyms as index terms (stems), memoized: a library repeats its words. */
export function synonymStems(wordnet: WordNet): (word: string) => string[] {
  const memo = new Map<string, string[]>();
  return (word) => {
    let found = memo.get(word);
    if (!found) {
      found = [...new Set(wordnet.synonyms(word).map(stem))];
      if (memo.size < 200_000) memo.set(word, found);
    }
    return found;
  };
}

/** The distinct words of a text a learner might type: no stopwords, filler, bare numbers or very long words. */
export function dictionaryWords(...lists: readonly string[][]): Set<string> {
  const found = new Set<string>();
  for (const list of lists) for (const word of list) found.add(word);
  for (const word of found)
    if (word.length > MAX_DICTIONARY_WORD || STOPWORDS.has(word) || isFiller(word) || /^\d+$/.test(word))
      found.delete(word);
  return found;
}
