import { articlePath } from '@/lib/config/paths';
import { slugify } from '@/lib/text/slug';
import { decodeRecord, offsetRange, recordRange } from './doc-pack';
import {
  dictionaryKey,
  englishBucketOf,
  englishFile,
  INDEX_FORMAT,
  packFile,
  shardFile,
  shardOf,
  wordBucketOf,
  wordFile,
  type Dictionary,
  type SearchManifest,
} from './format';
import { ByteLru } from './lru';
import { forEachPosting } from './postings';
import { decodeShard, type ShardTerms } from './shard';
import { decodeWordList } from './word-list';

/** Where the index's files come from: the browser fetches them, the server reads them from disk. */
export type IndexSource = {
  /** A whole file (path relative to /search-index/). */
  file(path: string): Promise<Uint8Array>;
  /** Bytes [start, end) of a file. */
  range(path: string, start: number, end: number): Promise<Uint8Array>;
};

/** A term's postings: how many documents hold it, and a walk over them. */
export type TermPostings = { df: number; visit(fn: (doc: number, score: number) => void): void };
export type DocHit = { url: string; question: string; subject: string; snippet: string };

/** The manifest's layout is not one this engine reads (a deploy between two requests of an open page). */
export class StaleIndexError extends Error {}

/** Decoded files cost more memory than their bytes: strings and map entries. */
const DECODED = 3;

/**
 * Reads the index through `source`, keeping what it decoded in one cache bounded by `cacheBytes`
 * (shards, dictionary buckets, English buckets and records alike).
 */
export function createIndexReader(source: IndexSource, cacheBytes = 64 * 1024 * 1024) {
  const cache = new ByteLru<unknown>(cacheBytes);
  const cached = <T>(key: string, load: () => Promise<T>, size: (value: T) => number) =>
    cache.get(key, load, size as (value: unknown) => number) as Promise<T>;
  let manifest: Promise<SearchManifest> | undefined;

  function getManifest(): Promise<SearchManifest> {
    manifest ??= source.file('manifest.json').then((bytes) => {
      const parsed = JSON.parse(new TextDecoder().decode(bytes)) as SearchManifest;
      if (parsed.format !== INDEX_FORMAT) throw new StaleIndexError(`search index format ${String(parsed.format)}`);
      return parsed;
    });
    manifest.catch(() => (manifest = undefined));
    return manifest;
  }

  const shard = (index: SearchManifest, term: string) => {
    const file = shardFile(index, shardOf(index, term));
    return cached<ShardTerms>(
      file,
      async () => decodeShard(await source.file(file)),
      (s) => s.bytes.length * DECODED,
    );
  };

  async function postings(index: SearchManifest, term: string): Promise<TermPostings | undefined> {
    if (index.docs === 0) return undefined;
    const { bytes, terms } = await shard(index, term);
    const entry = terms.get(term);
    if (!entry) return undefined;
    return { df: entry.df, visit: (fn) => forEachPosting(bytes, fn, entry.start, entry.end) };
  }

  /** The words of one dictionary key (a word's first two letters) with their document counts. */
  async function dictionary(index: SearchManifest, key: string): Promise<Dictionary> {
    if (index.words === 0 || index.docs === 0) return new Map();
    const file = wordFile(index, wordBucketOf(index, key));
    const bucket = await cached<{ bytes: number; byKey: Map<string, Map<string, number>> }>(
      file,
      async () => {
        const bytes = await source.file(file);
        const byKey = new Map<string, Map<string, number>>();
        for (const [word, df] of decodeWordList(bytes, true)) {
          const own = dictionaryKey(word);
          const words = byKey.get(own) ?? new Map<string, number>();
          words.set(word, df);
          byKey.set(own, words);
        }
        return { bytes: bytes.length, byKey };
      },
      (b) => b.bytes * DECODED,
    );
    return bucket.byKey.get(key) ?? new Map();
  }

  /** A real English word the site never uses ("shrinking", not a typo of something else). */
  async function isEnglish(index: SearchManifest, word: string): Promise<boolean> {
    if (!index.english) return false;
    const file = englishFile(index, englishBucketOf(index, word));
    const list = await cached<{ bytes: number; words: Map<string, number> }>(
      file,
      async () => {
        const bytes = await source.file(file);
        return { bytes: bytes.length, words: decodeWordList(bytes, false) };
      },
      (b) => b.bytes * DECODED,
    );
    return list.words.has(word);
  }

  /** One document's address, question, subject and snippet text: two byte ranges of its pack. */
  function record(index: SearchManifest, doc: number): Promise<DocHit> {
    const file = packFile(index, Math.floor(doc / index.pack));
    return cached<DocHit>(
      `${file}#${doc}`,
      async () => {
        const header = await source.range(file, ...offsetRange(doc % index.pack));
        const { slug, question, snippet } = decodeRecord(await source.range(file, ...recordRange(header)));
        const subject = index.subjects.find((range) => doc >= range.start && doc < range.end);
        const url = articlePath(subject?.slug ?? '', slug || slugify(question));
        return { url, question, subject: subject?.name ?? '', snippet };
      },
      (hit) => 2 * (hit.url.length + hit.question.length + hit.snippet.length) + 64,
    );
  }

  return { manifest: getManifest, postings, dictionary, isEnglish, record, cachedBytes: () => cache.size };
}

export type IndexReader = ReturnType<typeof createIndexReader>;
