import { encodePack, type DocRecord } from '@/lib/search/doc-pack';
import { dictionaryKey, wordBucketOf, type SearchManifest } from '@/lib/search/format';
import { encodeWordList } from '@/lib/search/word-list';
import type { BatchAnalysis, SearchDoc } from './analyze';

/** What both ways of building the index share: the batches, and how to measure and analyse some of them. */
export type Analysis = {
  manifest: SearchManifest;
  batches: SearchDoc[][];
  /** Documents per batch: batch b holds documents [b * size, (b + 1) * size). */
  size: number;
  expand: boolean;
  english: boolean;
  /** Each batch's total answer length. */
  lengths: (batches: SearchDoc[][]) => Promise<number[]>;
  /** Each batch's analysis, in order. */
  analyze: (batches: SearchDoc[][], averageLength: number) => Iterable<BatchAnalysis | Promise<BatchAnalysis>>;
};

/** A batch's dictionary words and, for each, how many of its documents hold it. */
export type BatchDictionary = Pick<BatchAnalysis, 'words' | 'wordDocs'>;

/** The index's files by kind, in number order, with what the next build needs to update them. */
export type IndexParts = {
  shards: Uint8Array[];
  words: Uint8Array[];
  english: Uint8Array[];
  packs: Uint8Array[];
  averageLength: number;
  lengthSums: number[];
  dictionaries: BatchDictionary[];
  /** Batches analysed by this build. */
  analysed: number;
};

/** The build cache's part for the index (a ResultCache): values by key, kept when set or read this build. */
export type IndexState = {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  save(): Promise<void>;
};

/** The dictionary's buckets, encoded, by number; `only` names the buckets to encode (default: all). */
export function wordBuckets(
  manifest: SearchManifest,
  dictionary: ReadonlyMap<string, number>,
  only?: ReadonlySet<number>,
): Map<number, Uint8Array> {
  const buckets = new Map<number, [string, number][]>();
  for (let i = 0; i < manifest.words; i++) if (!only || only.has(i)) buckets.set(i, []);
  for (const entry of dictionary) buckets.get(wordBucketOf(manifest, dictionaryKey(entry[0])))?.push(entry);
  return new Map([...buckets].map(([i, list]) => [i, encodeWordList(list, true)]));
}

/**
 * BM25's average answer length, rounded to a sixteenth of a doubling (about 4%): an edit of one article moves the
 * true average a little, and with it every article's scores; rounded, it almost never does.
 */
export function roundedAverage(lengthSums: readonly number[], docs: number) {
  const average = lengthSums.reduce((sum, n) => sum + n, 0) / Math.max(1, docs);
  return average > 0 ? 2 ** (Math.round(Math.log2(average) * 16) / 16) : 0;
}

export function packs(records: readonly DocRecord[], size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < records.length; i += size) out.push(encodePack(records.slice(i, i + size)));
  return out;
}
