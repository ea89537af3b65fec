import { createHash } from 'node:crypto';
import type { Article, Subject } from '@/pipeline/content/types';
import type { DocRecord } from '@/lib/search/doc-pack';
import {
  bucketCount,
  englishFile,
  INDEX_FORMAT,
  packFile,
  shardFile,
  shardOf,
  wordFile,
  type SearchManifest,
} from '@/lib/search/format';
import { encodeShard } from '@/lib/search/shard';
import { ahead } from '@/pipeline/workers/bounded';
import type { Workers } from '@/pipeline/workers/workers';
import { PostingsBuilder } from './accumulate';
import { analyzeBatch, answerLengths, type SearchDoc } from './analyze';
import { ENGLISH_BUCKETS, englishFiles } from './english';
import {
  packs,
  roundedAverage,
  wordBuckets,
  type Analysis,
  type BatchDictionary,
  type IndexParts,
  type IndexState,
} from './parts';
import { batchKeys, loadSaved, saveParts } from './saved';
import { updateParts } from './update';

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
  /** Documents per batch of the analysis (a thread's message, and the unit an edit analyses again). */
  batch?: number;
  /** Threads for the analysis when the library is large enough; without, it runs in this thread. */
  workers?: Workers;
  /** The build cache's copy of the last index: with it, an edit analyses only the batches it changed. */
  state?: IndexState;
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

/**
 * Builds every file of the index in memory; paths are relative to /search-index/. Drafts are never indexed. With a
 * saved state whose batches mostly match, only the changed batches are analysed again; the files are the same.
 */
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
  const size = options.batch ?? ANALYSIS_BATCH;
  const batches = batchesOf(docs.map(searchDoc), size);
  const { workers } = options;
  const work: Analysis = {
    manifest,
    batches,
    size,
    expand,
    english,
    lengths: async (some) => {
      const pool = workers?.for(some.length * size, THREADS_SCALE);
      const each = pool ? await pool.lengths(some) : some.map(answerLengths);
      return each.map((lengths) => lengths.reduce((sum, n) => sum + n, 0));
    },
    analyze: (some, averageLength) => {
      const pool = workers?.for(some.length * size, THREADS_SCALE);
      const jobs = some.map((batch) => ({ docs: batch, averageLength, expand }));
      return pool ? ahead(jobs, pool.analyze, 4 * pool.threads) : ahead(jobs, analyzeBatch, 0);
    },
  };
  const keys = options.state ? batchKeys(work) : [];
  const saved = options.state && loadSaved(options.state, work, keys);
  const parts = (saved && (await updateParts(work, saved))) || (await analyseAll(work));
  const files = assemble(manifest, parts);
  if (options.state) await saveParts(options.state, work, keys, parts);
  return { manifest, files, analysed: parts.analysed };
}

/** Every batch analysed, merged in document order. */
async function analyseAll(work: Analysis): Promise<IndexParts> {
  const { manifest, batches } = work;
  const lengthSums = await work.lengths(batches);
  const averageLength = roundedAverage(lengthSums, manifest.docs);
  const postings = new PostingsBuilder();
  const dictionary = new Map<string, number>();
  const records: DocRecord[] = [];
  const dictionaries: BatchDictionary[] = [];
  // In document order, so each term's postings come in ascending order and the output is the same however it ran.
  for await (const analysis of work.analyze(batches, averageLength)) {
    const { terms, postings: triples, words, wordDocs, records: batchRecords } = analysis;
    postings.addBatch(terms, triples, records.length);
    words.forEach((word, i) => dictionary.set(word, (dictionary.get(word) ?? 0) + (wordDocs[i] ?? 0)));
    records.push(...batchRecords);
    dictionaries.push({ words, wordDocs });
  }
  const shards: [string, number, Uint8Array][][] = Array.from({ length: manifest.shards }, () => []);
  for (const entry of postings.terms()) shards[shardOf(manifest, entry[0])]?.push(entry);
  return {
    shards: shards.map(encodeShard),
    words: [...wordBuckets(manifest, dictionary).values()],
    english: work.english ? englishFiles(manifest, dictionary) : [],
    packs: packs(records, manifest.pack),
    averageLength,
    lengthSums,
    dictionaries,
    analysed: batches.length,
  };
}

function assemble(manifest: SearchManifest, parts: IndexParts) {
  const bodies: [(m: SearchManifest, i: number) => string, Uint8Array[]][] = [
    [shardFile, parts.shards],
    [wordFile, parts.words],
    [englishFile, parts.english],
    [packFile, parts.packs],
  ];
  const hash = createHash('sha256').update(JSON.stringify(manifest));
  for (const [, list] of bodies) for (const body of list) hash.update(`${body.length}\n`).update(body);
  manifest.version = hash.digest('hex').slice(0, 12);
  const files = new Map<string, Uint8Array>([['manifest.json', new TextEncoder().encode(JSON.stringify(manifest))]]);
  for (const [name, list] of bodies) list.forEach((body, i) => files.set(name(manifest, i), body));
  return files;
}
