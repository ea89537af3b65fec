/**
 * The static search index: a small manifest, term shards and document blocks under
 * /search-index/<version>/. A query fetches the manifest, the shards of its words and the
 * blocks of the results it shows, so what it transfers does not grow with the article count.
 * A partial or misspelled word also fetches the dictionary file of its first two letters.
 */
export const SEARCH_INDEX_PATH = '/search-index';

export type SearchManifest = {
  /** Content hash of the index; names the folder of its shards and blocks. */
  version: string;
  docs: number;
  blockSize: number;
  /** Documents are numbered subject by subject, so a subject is a range [start, end). */
  subjects: { name: string; slug: string; start: number; end: number }[];
  /** The first term of each shard; shard i holds the sorted terms from shards[i] up to shards[i + 1]. */
  shards: string[];
  /** The dictionary's keys (a word's first two letters); dictionary file i holds the words of key i. */
  words: string[];
  /** Keys of the English word files (real words the site never uses, which are never corrected). */
  english: string[];
};

/** word -> how many documents hold it; for completing partial words and correcting typos. */
export type Dictionary = Record<string, number>;

/** term -> postings in score tiers (postings.ts). */
export type Shard = Record<string, (number | string)[]>;

/** One document as a result needs it: url, question, the whole answer as plain text (for the snippet). */
export type DocRecord = [url: string, question: string, text: string];

export const shardFile = (manifest: SearchManifest, shard: number) => `${manifest.version}/t/${shard}.json`;
export const blockFile = (manifest: SearchManifest, block: number) => `${manifest.version}/d/${block}.json`;
export const englishFile = (manifest: SearchManifest, key: number) => `${manifest.version}/e/${key}.json`;
export const wordFile = (manifest: SearchManifest, key: number) => `${manifest.version}/w/${key}.json`;

/** The dictionary key of a word: its first two characters (code points, not UTF-16 units). */
export const dictionaryKey = (word: string) => [...word].slice(0, 2).join('');
