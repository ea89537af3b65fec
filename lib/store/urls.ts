import fs from 'node:fs';
import path from 'node:path';
import { urlKey } from './format';

/** The shard number of a URL the site renders that is no article: a subject's numbered listing page. */
export const NO_SHARD = 0xffffffff;

/** Where an article's record is: its shard, or undefined when the build compiled no such URL. */
export type UrlIndex = { shard(url: string): number | undefined; has(url: string): boolean };

/**
 * The URL index file: n sorted 64-bit URL keys, then n 32-bit shard numbers in the same order, all
 * little-endian. A lookup is a binary search over the keys.
 */
export function encodeUrlIndex(entries: { url: string; shard: number }[]): Buffer {
  const sorted = entries
    .map((e) => ({ key: urlKey(e.url), shard: e.shard }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out = Buffer.alloc(sorted.length * 12);
  sorted.forEach((e, i) => {
    out.writeBigUInt64LE(e.key, i * 8);
    out.writeUInt32LE(e.shard, sorted.length * 8 + i * 4);
  });
  return out;
}

export function urlIndex(bytes: Uint8Array): UrlIndex {
  const n = Math.floor(bytes.length / 12);
  // Copied so the arrays are aligned whatever buffer pool the bytes came from.
  const buffer = new Uint8Array(bytes).buffer;
  const keys = new BigUint64Array(buffer, 0, n);
  const shards = new Uint32Array(buffer, n * 8, n);
  const find = (url: string) => {
    const key = urlKey(url);
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = keys[mid] as bigint;
      if (value === key) return mid;
      if (value < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  return {
    shard: (url) => {
      const shard = shards[find(url)];
      return shard === NO_SHARD ? undefined : shard;
    },
    has: (url) => find(url) >= 0,
  };
}

let index: UrlIndex | undefined;

/**
 * The store's URL index, loaded once per process (12 bytes an article). The literal path lets the tracer
 * put this one file into the proxy's function; it must match STORE_FOLDER.
 */
export const storeUrls = (): UrlIndex =>
  (index ??= urlIndex(fs.readFileSync(path.join(process.cwd(), '.content-store', 'urls.bin'))));

export const storeHas = (url: string): boolean => storeUrls().has(url);
