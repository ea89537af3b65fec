import { createHash } from 'node:crypto';
import type { Article, Subject } from '@/lib/content';
import { plainExcerpt } from '@/lib/markdown/plain';
import { blockFile, dictionaryKey, shardFile, wordFile, type DocRecord, type SearchManifest } from './format';
import { isFiller } from './query';
import { compounds, indexTerms, stem, STOPWORDS, words } from './text';

/** Characters of the answer that are indexed and shown in snippets: lean records (docs/performance.md). */
export const SEARCH_TEXT_LENGTH = 400;

/** Field weights (x10 in the postings): a word in the question counts most, then keywords, then answer text. */
const WEIGHTS = { question: 10, keywords: 5 };
/** Words longer than this are not offered as completions or corrections (nobody types them). */
const MAX_DICTIONARY_WORD = 24;

export type SearchIndexOptions = { blockSize?: number; shardBytes?: number };

/** Builds every file of the index in memory; paths are relative to /search-index/. Drafts are never indexed. */
export function buildSearchFiles(
  articles: readonly Article[],
  subjects: readonly Subject[],
  options: SearchIndexOptions = {},
) {
  const { blockSize = 10, shardBytes = 24_000 } = options;
  const docs: Article[] = [];
  const ranges: SearchManifest['subjects'] = [];
  for (const subject of subjects) {
    const start = docs.length;
    for (const article of articles) if (article.subjectSlug === subject.slug && !article.draft) docs.push(article);
    if (docs.length > start) ranges.push({ name: subject.name, slug: subject.slug, start, end: docs.length });
  }

  const postings = new Map<string, { last: number; list: number[] }>();
  const dictionary = new Map<string, number>();
  const records: DocRecord[] = docs.map((article, doc) => {
    const text = plainExcerpt(article.answerMarkdown, SEARCH_TEXT_LENGTH);
    for (const [term, score] of scoreTerms(article, text)) {
      const entry = postings.get(term) ?? { last: 0, list: [] };
      entry.list.push(doc - entry.last, score);
      entry.last = doc;
      postings.set(term, entry);
    }
    for (const word of dictionaryWords(`${article.question} ${article.seo.keywords.join(' ')} ${text}`))
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
  };
  const shards: string[] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const term of [...postings.keys()].sort()) {
    const entry = `${JSON.stringify(term)}:[${postings.get(term)?.list.join(',')}]`;
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

  const hash = createHash('sha256');
  for (const body of [...shards, ...blocks, ...wordFiles]) hash.update(body);
  manifest.version = hash.update(JSON.stringify(manifest)).digest('hex').slice(0, 12);
  const files = new Map<string, string>([['manifest.json', JSON.stringify(manifest)]]);
  shards.forEach((body, i) => files.set(shardFile(manifest, i), body));
  blocks.forEach((body, i) => files.set(blockFile(manifest, i), body));
  wordFiles.forEach((body, i) => files.set(wordFile(manifest, i), body));
  return { manifest, files };
}

/** Integer score per term of one article: field weights, a saturating count in the answer text, and word pairs. */
function scoreTerms(article: Article, text: string): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (list: string[], weight: number) => {
    for (const term of new Set(list)) scores.set(term, (scores.get(term) ?? 0) + weight);
  };
  add(indexTerms(article.question), WEIGHTS.question);
  add(indexTerms(article.seo.keywords.join(', ')), WEIGHTS.keywords);
  const counts = new Map<string, number>();
  for (const term of indexTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [term, count] of counts) scores.set(term, (scores.get(term) ?? 0) + (2.2 * count) / (count + 1.2));
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
  return new Map([...scores].map(([term, score]) => [term, Math.max(1, Math.round(score * 10))]));
}

/** The term of two neighbouring stems, in either order ("manag oper"); undefined for a word twice. */
export function pairKey(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** The distinct words of a text a learner might type: no stopwords, filler, bare numbers or very long words. */
function dictionaryWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const word of [...words(text), ...compounds(text).flatMap(words)]) {
    if (word.length <= MAX_DICTIONARY_WORD && !STOPWORDS.has(word) && !isFiller(word) && !/^\d+$/.test(word))
      found.add(word);
  }
  return found;
}
