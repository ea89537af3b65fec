import { createHash } from 'node:crypto';
import type { Article, Subject } from '@/pipeline/content/types';
import { toPlainText } from '@/pipeline/markdown/plain';
import {
  blockFile,
  dictionaryKey,
  englishFile,
  shardFile,
  wordFile,
  type DocRecord,
  type SearchManifest,
} from '@/lib/search/format';
import { isFiller } from '@/lib/search/query';
import { PostingsBuilder } from './accumulate';
import { englishWords } from './english';
import { answerScores } from '@/lib/search/score';
import { compounds, indexTerms, stem, STOPWORDS, words } from '@/lib/search/text';
import { loadWordNet, type WordNet } from './wordnet';

/** What the index held of each answer before issue 24 (the Pagefind comparison still cuts there). */
export const SEARCH_TEXT_LENGTH = 400;

/** Field weights (x10 in the postings): a word in the question counts most, then keywords, then answer text. */
const WEIGHTS = { question: 10, keywords: 5 };
/** A WordNet synonym of a question or keyword word (x10): below any literal mention (answer scores start at 4). */
const EXPANDED = { question: 3, keywords: 2 };
/** Words longer than this are not offered as completions or corrections (nobody types them). */
const MAX_DICTIONARY_WORD = 24;

/**
 * `expand`: add WordNet synonyms of question and keyword words (on by default). `english`: mark real
 * English words near the site's words in the dictionary, so they are never "corrected" (on by default).
 */
export type SearchIndexOptions = { blockSize?: number; shardBytes?: number; expand?: boolean; english?: boolean };

/** Builds every file of the index in memory; paths are relative to /search-index/. Drafts are never indexed. */
export function buildSearchFiles(
  articles: readonly Article[],
  subjects: readonly Subject[],
  options: SearchIndexOptions = {},
) {
  // Records hold whole answers for the snippets, so a block is two: ten results fetch about ten small files.
  const { blockSize = 2, shardBytes = 24_000, expand = true, english = true } = options;
  const docs: Article[] = [];
  const ranges: SearchManifest['subjects'] = [];
  for (const subject of subjects) {
    const start = docs.length;
    for (const article of articles) if (article.subjectSlug === subject.slug && !article.draft) docs.push(article);
    if (docs.length > start) ranges.push({ name: subject.name, slug: subject.slug, start, end: docs.length });
  }

  const postings = new PostingsBuilder();
  const dictionary = new Map<string, number>();
  const texts = docs.map((article) => toPlainText(article.answerMarkdown));
  const averageLength = texts.reduce((sum, text) => sum + text.length, 0) / Math.max(1, texts.length);
  const synonyms = expand ? synonymStems(loadWordNet()) : undefined;
  const records: DocRecord[] = docs.map((article, doc) => {
    const text = texts[doc] ?? '';
    const body = { list: words(text), joined: compounds(text), length: text.length, averageLength };
    for (const [term, score] of scoreTerms(article, body, synonyms)) postings.add(term, doc, score);
    const head = `${article.question} ${article.seo.keywords.join(' ')}`;
    for (const word of dictionaryWords(
      words(head),
      compounds(head).flatMap(words),
      body.list,
      body.joined.flatMap(words),
    ))
      dictionary.set(word, (dictionary.get(word) ?? 0) + 1);
    return [article.url, article.question, text];
  });

  const manifest: SearchManifest = {
    version: '',
    docs: docs.length,
    blockSize,
    subjects: ranges,
    shards: [],
    words: [],
    english: [],
  };
  const shards: string[] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const [term, list] of postings.sorted()) {
    const entry = `${JSON.stringify(term)}:${JSON.stringify(list)}`;
    if (current.length > 0 && bytes + entry.length > shardBytes) {
      shards.push(`{${current.join(',')}}`);
      current = [];
      bytes = 0;
    }
    if (current.length === 0) manifest.shards.push(term);
    current.push(entry);
    bytes += entry.length + 1;
  }
  if (current.length > 0) shards.push(`{${current.join(',')}}`);
  const blocks: string[] = [];
  for (let i = 0; i < records.length; i += blockSize) blocks.push(JSON.stringify(records.slice(i, i + blockSize)));
  const byKey = new Map<string, string[]>();
  for (const word of [...dictionary.keys()].sort()) {
    const key = dictionaryKey(word);
    const entries = byKey.get(key) ?? [];
    entries.push(`${JSON.stringify(word)}:${dictionary.get(word)}`);
    byKey.set(key, entries);
  }
  manifest.words = [...byKey.keys()];
  const wordFiles = [...byKey.values()].map((entries) => `{${entries.join(',')}}`);
  const englishFiles = english ? englishWords(manifest, dictionary) : [];

  const hash = createHash('sha256');
  for (const body of [...shards, ...blocks, ...wordFiles, ...englishFiles]) hash.update(body);
  manifest.version = hash.update(JSON.stringify(manifest)).digest('hex').slice(0, 12);
  const files = new Map<string, string>([['manifest.json', JSON.stringify(manifest)]]);
  shards.forEach((body, i) => files.set(shardFile(manifest, i), body));
  blocks.forEach((body, i) => files.set(blockFile(manifest, i), body));
  wordFiles.forEach((body, i) => files.set(wordFile(manifest, i), body));
  englishFiles.forEach((body, i) => files.set(englishFile(manifest, i), body));
  return { manifest, files };
}

/**
 * Integer score per term of one article: field weights, BM25 in the answer text, word pairs, and
 * WordNet synonyms of the question's and keywords' words below every literal term.
 */
function scoreTerms(
  article: Article,
  body: { list: string[]; joined: string[]; length: number; averageLength: number },
  synonyms?: (word: string) => string[],
): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (list: string[], weight: number) => {
    for (const term of new Set(list)) scores.set(term, (scores.get(term) ?? 0) + weight);
  };
  add(indexTerms(article.question), WEIGHTS.question);
  add(indexTerms(article.seo.keywords.join(', ')), WEIGHTS.keywords);
  for (const [term, score] of answerScores(body.list, body.joined, body.length, body.averageLength))
    scores.set(term, (scores.get(term) ?? 0) + score / 10);
  if (synonyms) {
    for (const [phrase, weight] of [
      [article.question, EXPANDED.question],
      [article.seo.keywords.join(' '), EXPANDED.keywords],
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
    ...article.seo.keywords.map((k) => [k, WEIGHTS.keywords] as const),
  ] as const) {
    const list = words(phrase)
      .filter((word) => !STOPWORDS.has(word) && !/^\d+$/.test(word))
      .map(stem);
    for (let i = 1; i < list.length; i++) {
      const pair = pairKey(list[i - 1] ?? '', list[i] ?? '');
      if (pair) pairs.set(pair, Math.max(pairs.get(pair) ?? 0, weight));
    }
  }
  for (const [pair, weight] of pairs) scores.set(pair, weight);
  for (const [term, score] of scores) scores.set(term, Math.max(1, Math.round(score * 10)));
  return scores;
}

/** A word's WordNet synonyms as index terms (stems), memoized: a library repeats its words. */
function synonymStems(wordnet: WordNet): (word: string) => string[] {
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
