import { createHash } from 'node:crypto';
import type { Article, Subject } from '@/pipeline/content/types';
import { encodePack, type DocRecord } from '@/lib/search/doc-pack';
import {
  bucketCount,
  dictionaryKey,
  englishFile,
  INDEX_FORMAT,
  packFile,
  shardFile,
  shardOf,
  wordBucketOf,
  wordFile,
  type SearchManifest,
} from '@/lib/search/format';
import { encodeShard } from '@/lib/search/shard';
import { encodeWordList } from '@/lib/search/word-list';
import { ahead } from '@/pipeline/workers/bounded';
import type { Workers } from '@/pipeline/workers/workers';
import { PostingsBuilder } from './accumulate';
import { analyzeBatch, answerLengths, type SearchDoc } from './analyze';
import { ENGLISH_BUCKETS, englishFiles } from './english';

/** What the index held of each answer before whole answers were indexed (the Pagefind comparison still cuts there). */
export const SEARCH_TEXT_LENGTH = 400;

/**
 * `expand`: add WordNet synonyms of question and keyword words (on by default). `english`: mark real
 * English words the site never uses, so they are never "corrected" (on by default). The bucket sizes
 * are for tests that cut the index finer than its size would.
 */
export type SearchIndexOptions = {
  expand?: boolean;
  english?: boolean;
  shards?: number;
  wordBuckets?: number;
  pack?: number;
  /** Documents per batch of the analysis (a thread's message). */
  batch?: number;
  /** Threads for the analysis when the library is large enough; without, it runs in this thread. */
  workers?: Workers;
};

/** Documents per message to a thread. */
const ANALYSIS_BATCH = 500;
/**
 * Threads analyse from 15 times the parse threshold (30,000 documents): measured, their start (modules through tsx,
 * WordNet: about 3.5 s each) made 20,000 documents slower (15.2-16.4 s against 12 s here); 100,000 took 67 s
 * against 91 s.
 */
const THREADS_SCALE = 15;

const searchDoc = (article: Article): SearchDoc => ({
  slug: article.slug,
  question: article.question,
  keywords: article.seo.keywords,
  answerMarkdown: article.answerMarkdown,
});

function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Documents per pack: a result reads two byte ranges of its pack, so a pack may be large. */
const PACK = 1024;

/** Builds every file of the index in memory; paths are relative to /search-index/. Drafts are never indexed. */
export async function buildSearchFiles(
  articles: readonly Article[],
  subjects: readonly Subject[],
  options: SearchIndexOptions = {},
) {
  const { expand = true, english = true } = options;
  const docs: Article[] = [];
  const ranges: SearchManifest['subjects'] = [];
  for (const subject of subjects) {
    const start = docs.length;
    for (const article of articles) if (article.subjectSlug === subject.slug && !article.draft) docs.push(article);
    if (docs.length > start) ranges.push({ name: subject.name, slug: subject.slug, start, end: docs.length });
  }
  const manifest: SearchManifest = {
    format: INDEX_FORMAT,
    version: '',
    docs: docs.length,
    subjects: ranges,
    // Counts follow the library's size in powers of two, so an edit never moves a term to another file.
    shards: options.shards ?? bucketCount(docs.length, 24, 4096),
    words: options.wordBuckets ?? bucketCount(docs.length, 400, 256),
    english: english ? ENGLISH_BUCKETS : 0,
    pack: options.pack ?? PACK,
  };

  const postings = new PostingsBuilder();
  const dictionary = new Map<string, number>();
  const records: DocRecord[] = [];
  const batches = batchesOf(docs.map(searchDoc), options.batch ?? ANALYSIS_BATCH);
  const pool = options.workers?.for(docs.length, THREADS_SCALE);
  const lengths = pool ? (await pool.lengths(batches)).flat() : batches.flatMap(answerLengths);
  const averageLength = roundedAverage(lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length));
  const jobs = batches.map((batch) => ({ docs: batch, averageLength, expand }));
  const analyses = pool ? ahead(jobs, pool.analyze, 4 * pool.threads) : ahead(jobs, analyzeBatch, 0);
  // In document order, so each term's postings come in ascending order and the output is the same however it ran.
  for (const analysis of analyses) {
    const { terms, postings: triples, words, wordDocs, records: batchRecords } = await analysis;
    postings.addBatch(terms, triples, records.length);
    words.forEach((word, i) => dictionary.set(word, (dictionary.get(word) ?? 0) + (wordDocs[i] ?? 0)));
    records.push(...batchRecords);
  }

  const shards: [string, number, Uint8Array][][] = Array.from({ length: manifest.shards }, () => []);
  for (const entry of postings.terms()) shards[shardOf(manifest, entry[0])]?.push(entry);
  const buckets: [string, number][][] = Array.from({ length: manifest.words }, () => []);
  for (const entry of dictionary) buckets[wordBucketOf(manifest, dictionaryKey(entry[0]))]?.push(entry);
  const bodies: [(m: SearchManifest, i: number) => string, Uint8Array[]][] = [
    [shardFile, shards.map(encodeShard)],
    [wordFile, buckets.map((list) => encodeWordList(list, true))],
    [englishFile, english ? englishFiles(manifest, dictionary) : []],
    [packFile, packs(records, manifest.pack)],
  ];

  const hash = createHash('sha256').update(JSON.stringify(manifest));
  for (const [, list] of bodies) for (const body of list) hash.update(`${body.length}\n`).update(body);
  manifest.version = hash.digest('hex').slice(0, 12);
  const files = new Map<string, Uint8Array>([['manifest.json', new TextEncoder().encode(JSON.stringify(manifest))]]);
  for (const [name, list] of bodies) list.forEach((body, i) => files.set(name(manifest, i), body));
  return { manifest, files };
}

/**
 * BM25's average answer length, rounded to a sixteenth of a doubling (about 4%): an edit of one article moves the
 * true average a little, and with it every article's scores; rounded, it almost never does.
 */
const roundedAverage = (average: number) => (average > 0 ? 2 ** (Math.round(Math.log2(average) * 16) / 16) : 0);

function packs(records: readonly DocRecord[], size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < records.length; i += size) out.push(encodePack(records.slice(i, i + size)));
  return out;
}
