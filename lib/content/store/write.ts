import fs from 'node:fs';
import zlib from 'node:zlib';
import type { Library } from '../library';
import { compileArticle } from '../record';
import type { Article } from '../types';
import { ARTICLES_PER_SHARD, shardOf, STORE_VERSION, storeFiles, urlKey, type StoreManifest } from './format';

export const compressShard = (text: string) =>
  zlib.brotliCompressSync(text, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 22,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text),
    },
  });

/**
 * Compiles every article of the library into the store: shards of JSON lines (one record per line,
 * url first), brotli-compressed; the sorted URL keys; the prerender list; a manifest written last.
 */
export function writeStore(library: Library, prerendered: readonly Article[], dir: string): StoreManifest {
  const staging = `${dir}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const staged = storeFiles(staging);
  fs.mkdirSync(`${staging}/shards`, { recursive: true });

  const shards = Math.max(1, Math.ceil(library.articles.length / ARTICLES_PER_SHARD));
  const lines: string[][] = Array.from({ length: shards }, () => []);
  for (const article of library.articles) {
    lines[shardOf(article.url, shards)]?.push(JSON.stringify(compileArticle(library, article)));
  }
  lines.forEach((shard, n) => fs.writeFileSync(staged.shard(n), compressShard(shard.join('\n'))));

  const keys = BigUint64Array.from(library.articles.map((a) => urlKey(a.url))).sort();
  const urls = Buffer.alloc(keys.length * 8);
  keys.forEach((key, i) => urls.writeBigUInt64LE(key, i * 8));
  fs.writeFileSync(staged.urls, urls);
  fs.writeFileSync(staged.prerender, JSON.stringify(prerendered.map((a) => [a.subjectSlug, a.slug])));
  const manifest: StoreManifest = { version: STORE_VERSION, articles: library.articles.length, shards, subjects: library.subjects };
  fs.writeFileSync(staged.manifest, JSON.stringify(manifest));

  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  return manifest;
}
