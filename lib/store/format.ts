import { createHash } from 'node:crypto';
import path from 'node:path';
import type { SitemapChild, Subject } from './types';

/**
 * Articles per shard: a request decompresses one shard of this many records. Shards follow the subject
 * lists, so a shard's records share their "more in subject" links and many related cards, which brotli
 * then stores once (docs/performance.md compares sizes).
 */
export const ARTICLES_PER_SHARD = 256;
export const STORE_VERSION = 5;
/** Fixed, so the tracer can follow the proxy's literal path to the URL index (next.config.ts adds the rest). */
export const STORE_FOLDER = '.content-store';

export type StoreManifest = {
  version: number;
  articles: number;
  shards: number;
  perShard: number;
  subjects: Subject[];
  /** Where each subject's articles start in the store's order (parallel to `subjects`). */
  offsets: number[];
  sitemaps: SitemapChild[];
  /** The base URL at build (SITE_URL, else Vercel's), which production requests use (site-url.ts). */
  siteUrl: string;
};

/** The kinds of shard, aligned: shard n of each holds the same articles in the same order. */
export const SHARD_KINDS = ['shards', 'cards', 'markdown'] as const;
export type ShardKind = (typeof SHARD_KINDS)[number];

/** The compiled store: an output of the build like .next, traced into the functions that serve articles. */
export function storeDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), STORE_FOLDER);
}

export const storeFiles = (dir: string) => ({
  manifest: path.join(dir, 'manifest.json'),
  urls: path.join(dir, 'urls.bin'),
  prerender: path.join(dir, 'prerender.json'),
  latest: path.join(dir, 'latest.json'),
  sitemap: (name: string) => path.join(dir, 'sitemaps', `${name}.json`),
  shard: (kind: ShardKind, n: number) => path.join(dir, kind, `${n}.json.br`),
});

/** 64 bits of SHA-256: the URL index stores these, sorted; a false match needs ~2^64 / N tries. */
export function urlKey(url: string): bigint {
  return createHash('sha256').update(url).digest().readBigUInt64BE(0);
}
