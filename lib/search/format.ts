/**
 * The static search index under /search-index/: a small manifest, then in one folder per version
 * the postings shards (a term's shard is its hash), the word dictionary and English word buckets,
 * and the document packs (read by byte range). A query fetches the manifest, the shards of its
 * words and two small ranges per result, so what it transfers does not grow with the article count.
 */
export const SEARCH_INDEX_PATH = '/search-index';

/** Bumped when the files' layout changes, so an engine never reads a layout it does not know. */
export const INDEX_FORMAT = 2;

export type SubjectRange = { name: string; slug: string; start: number; end: number };

export type SearchManifest = {
  format: number;
  /** Content hash of the index; names the folder of its files. */
  version: string;
  docs: number;
  /** Documents are numbered subject by subject, so a subject is a range [start, end). */
  subjects: SubjectRange[];
  /** How many postings shards, word buckets and English buckets there are; documents per pack. */
  shards: number;
  words: number;
  english: number;
  pack: number;
};

/** word -> how many documents hold it; for completing partial words and correcting typos. */
export type Dictionary = ReadonlyMap<string, number>;

/** FNV-1a over UTF-16 code units: the same bucket for a term at build time and in any browser. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export const shardOf = (manifest: SearchManifest, term: string) => hashText(term) % manifest.shards;
/** The dictionary bucket of a key (a word's first two letters). */
export const wordBucketOf = (manifest: SearchManifest, key: string) => hashText(key) % manifest.words;
export const englishBucketOf = (manifest: SearchManifest, word: string) => hashText(word) % manifest.english;

export const shardFile = (m: SearchManifest, shard: number) => `${m.version}/t/${shard}.bin`;
export const wordFile = (m: SearchManifest, bucket: number) => `${m.version}/w/${bucket}.bin`;
export const englishFile = (m: SearchManifest, bucket: number) => `${m.version}/e/${bucket}.bin`;
export const packFile = (m: SearchManifest, pack: number) => `${m.version}/d/${pack}.bin`;

/** The dictionary key of a word: its first two characters (code points, not UTF-16 units). */
export const dictionaryKey = (word: string) => [...word].slice(0, 2).join('');

/** A power of two near `n / per`, within [1, max]: bucket counts grow with the library in few steps. */
export function bucketCount(n: number, per: number, max: number): number {
  let count = 1;
  while (count < max && count * per < n) count *= 2;
  return count;
}
