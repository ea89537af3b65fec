import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Articles per shard: a request decompresses one shard of this many records. Shards follow the subject
 * lists, so a shard's records share their "more in subject" links and many related cards, which brotli
 * then stores once (docs/performance.md compares sizes).
 */
export const ARTICLES_PER_SHARD = 256;
export const STORE_VERSION = 3;
/** Fixed, so the tracer can follow the proxy's literal path to the URL index (next.config.ts adds the rest). */
export const STORE_FOLDER = '.content-store';

import type { Subject } from '../types';

/** `siteUrl`: the base URL at build (SITE_URL, else Vercel's), which production requests use (site-url.ts). */
export type StoreManifest = { version: number; articles: number; shards: number; subjects: Subject[]; siteUrl: string };

/** The compiled store: an output of the build like .next, traced into the functions that serve articles. */
export function storeDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), STORE_FOLDER);
}

export const storeFiles = (dir: string) => ({
  manifest: path.join(dir, 'manifest.json'),
  urls: path.join(dir, 'urls.bin'),
  prerender: path.join(dir, 'prerender.json'),
  shard: (n: number) => path.join(dir, 'shards', `${n}.json.br`),
  titles: (n: number) => path.join(dir, 'titles', `${n}.json.br`),
  markdown: (n: number) => path.join(dir, 'markdown', `${n}.json.br`),
});

/** 64 bits of SHA-256: the URL index stores these, sorted; a false match needs ~2^64 / N tries. */
export function urlKey(url: string): bigint {
  return createHash('sha256').update(url).digest().readBigUInt64BE(0);
}
