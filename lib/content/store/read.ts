import fs from 'node:fs';
import zlib from 'node:zlib';
import type { ArticleRecord } from '../record';
import { STORE_VERSION, storeDir, storeFiles, type StoreManifest } from './format';
import { storeUrls, urlIndex, type UrlIndex } from './urls';

export type StoreReader = {
  manifest: StoreManifest;
  read(url: string): ArticleRecord | undefined;
  prerendered(): [string, string][];
};

/** Opens a compiled store: reads its manifest now, one shard per `read`, and nothing else. */
export function openStore(dir: string, urls?: UrlIndex): StoreReader {
  const files = storeFiles(dir);
  let manifest: StoreManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(files.manifest, 'utf8')) as StoreManifest;
  } catch (error) {
    throw new Error(`content store missing or unreadable at ${dir}: run npm run build, whose prebuild compiles it`, { cause: error });
  }
  if (manifest.version !== STORE_VERSION) throw new Error(`content store at ${dir} is version ${manifest.version}, expected ${STORE_VERSION}`);
  return {
    manifest,
    read(url) {
      const shard = (urls ?? storeUrls()).shard(url);
      if (shard === undefined) return undefined;
      const text = zlib.brotliDecompressSync(fs.readFileSync(files.shard(shard))).toString('utf8');
      const prefix = `{"url":${JSON.stringify(url)},`;
      const start = text.startsWith(prefix) ? 0 : text.indexOf(`\n${prefix}`) + 1;
      if (start === 0 && !text.startsWith(prefix)) return undefined;
      const end = text.indexOf('\n', start);
      return JSON.parse(text.slice(start, end === -1 ? undefined : end)) as ArticleRecord;
    },
    prerendered: () => JSON.parse(fs.readFileSync(files.prerender, 'utf8')) as [string, string][],
  };
}

/** Opens a store with its own URL index (tests, the bench); production uses `store()`. */
export const openStoreAt = (dir: string) => openStore(dir, urlIndex(fs.readFileSync(storeFiles(dir).urls)));

let current: StoreReader | undefined;

/** The build's store beside the server, opened once per process. */
export const store = (): StoreReader => (current ??= openStore(storeDir()));
