import fs from 'node:fs';
import zlib from 'node:zlib';
import { configuredSiteUrl } from '@/lib/site';
import type { Library } from '../library';
import { compileArticle, compileMarkdown } from '../record';
import type { Article } from '../types';
import { ARTICLES_PER_SHARD, STORE_VERSION, storeFiles, type StoreManifest } from './format';
import { encodeUrlIndex } from './urls';

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
 * url first), brotli-compressed, and the same shards of Open Graph titles and of Markdown copies; the sorted URL keys; the prerender list; a manifest written last.
 */
export function writeStore(library: Library, prerendered: readonly Article[], dir: string, perShard = ARTICLES_PER_SHARD): StoreManifest {
  const staging = `${dir}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const staged = storeFiles(staging);
  fs.mkdirSync(`${staging}/shards`, { recursive: true });
  fs.mkdirSync(`${staging}/titles`, { recursive: true });
  fs.mkdirSync(`${staging}/markdown`, { recursive: true });

  // Subject by subject, newest first: neighbours share their "more in subject" links and many cards.
  const ordered = library.subjects.flatMap((subject) => library.bySubject.get(subject.slug) ?? []);
  const entries: { url: string; shard: number }[] = [];
  let shards = 0;
  for (let start = 0; start < ordered.length || shards === 0; start += perShard) {
    const chunk = ordered.slice(start, start + perShard);
    for (const article of chunk) entries.push({ url: article.url, shard: shards });
    const text = chunk.map((article) => JSON.stringify(compileArticle(library, article))).join('\n');
    const titles = chunk.map(({ url, question, subject }) => JSON.stringify({ url, question, subject })).join('\n');
    fs.writeFileSync(staged.titles(shards), compressShard(titles));
    fs.writeFileSync(staged.markdown(shards), compressShard(chunk.map((article) => JSON.stringify(compileMarkdown(article))).join('\n')));
    fs.writeFileSync(staged.shard(shards++), compressShard(text));
  }
  fs.writeFileSync(staged.urls, encodeUrlIndex(entries));
  // In store order, so that a build worker's consecutive pages read the same shard (read.ts keeps recent ones).
  const position = new Map(entries.map((e, i) => [e.url, i]));
  const inStoreOrder = [...prerendered].sort((a, b) => (position.get(a.url) ?? 0) - (position.get(b.url) ?? 0));
  fs.writeFileSync(staged.prerender, JSON.stringify(inStoreOrder.map((a) => [a.subjectSlug, a.slug])));
  const manifest: StoreManifest = {
    version: STORE_VERSION,
    articles: library.articles.length,
    shards,
    subjects: library.subjects,
    siteUrl: configuredSiteUrl(),
  };
  fs.writeFileSync(staged.manifest, JSON.stringify(manifest));

  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  return manifest;
}
