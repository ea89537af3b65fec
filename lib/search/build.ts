import { createHash } from 'node:crypto';
import type { Article, Subject } from '@/lib/content';
import {
  blockFile,
  dictionaryKey,
  englishFile,
  shardFile,
  wordFile,
  type DocRecord,
  type SearchManifest,
} from './format';
import { PostingsBuilder } from './accumulate';
import { analysisKey, analyze, scoreAnalysis, type Analysis } from './analyze';
import { englishWords } from './english';
import { stem } from './text';
import { loadWordNet, type WordNet } from './wordnet';

/** What the index held of each answer before issue 24 (the Pagefind comparison still cuts there). */
export const SEARCH_TEXT_LENGTH = 400;

/**
 * `expand`: add WordNet synonyms of question and keyword words (on by default). `english`: mark real
 * English words near the site's words in the dictionary, so they are never "corrected" (on by default).
 */
export type SearchIndexOptions = {
  blockSize?: number;
  shardBytes?: number;
  expand?: boolean;
  english?: boolean;
  /** Analyses of earlier builds by analysisKey (.next/cache): an unchanged article is not read again. */
  cache?: { get(key: string): Analysis | undefined; set(key: string, value: Analysis): void };
};

/** Builds every file of the index in memory; paths are relative to /search-index/. Drafts are never indexed. */
export function buildSearchFiles(
  articles: readonly Article[],
  subjects: readonly Subject[],
  options: SearchIndexOptions = {},
) {
  // Records hold whole answers for the snippets, so a block is two: ten results fetch about ten small files.
  const { blockSize = 2, shardBytes = 24_000, expand = true, english = true, cache } = options;
  const docs: Article[] = [];
  const ranges: SearchManifest['subjects'] = [];
  for (const subject of subjects) {
    const start = docs.length;
    for (const article of articles) if (article.subjectSlug === subject.slug && !article.draft) docs.push(article);
    if (docs.length > start) ranges.push({ name: subject.name, slug: subject.slug, start, end: docs.length });
  }

  const postings = new PostingsBuilder();
  const dictionary = new Map<string, number>();
  let synonyms: ((word: string) => string[]) | undefined;
  let analyzed = 0;
  const analyses = docs.map((article) => {
    const key = cache && analysisKey(article, expand);
    let analysis = key ? cache.get(key) : undefined;
    if (!analysis) {
      // WordNet loads only when an article needs reading.
      if (expand) synonyms ??= synonymStems(loadWordNet());
      analysis = analyze(article, synonyms);
      analyzed++;
      if (key) cache.set(key, analysis);
    }
    return analysis;
  });
  const averageLength = analyses.reduce((sum, a) => sum + a.text.length, 0) / Math.max(1, analyses.length);
  const records: DocRecord[] = docs.map((article, doc) => {
    const analysis = analyses[doc] as Analysis;
    for (const [term, score] of scoreAnalysis(analysis, averageLength)) postings.add(term, doc, score);
    for (const word of analysis.dictionary) dictionary.set(word, (dictionary.get(word) ?? 0) + 1);
    return [article.url, article.question, analysis.text];
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
  return { manifest, files, analyzed };
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
