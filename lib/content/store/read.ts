import fs from 'node:fs';
import zlib from 'node:zlib';
import type { ArticleRecord } from '../record';
import { shardOf, STORE_VERSION, storeDir, storeFiles, type StoreManifest } from './format';
import { storeHas } from './urls';

type Store = { manifest: StoreManifest; files: ReturnType<typeof storeFiles> };
let store: Store | undefined;

function open(): Store {
  if (store) return store;
  const dir = storeDir();
  const files = storeFiles(dir);
  let manifest: StoreManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(files.manifest, 'utf8')) as StoreManifest;
  } catch (error) {
    throw new Error(`content store missing or unreadable at ${dir}: run npm run build, whose prebuild compiles it`, { cause: error });
  }
  if (manifest.version !== STORE_VERSION) throw new Error(`content store at ${dir} is version ${manifest.version}, expected ${STORE_VERSION}`);
  return (store = { manifest, files });
}

/** One article's record: reads and decompresses its one shard, parses only its line. */
export function readRecord(url: string): ArticleRecord | undefined {
  if (!storeHas(url)) return undefined;
  const { manifest, files } = open();
  const text = zlib.brotliDecompressSync(fs.readFileSync(files.shard(shardOf(url, manifest.shards)))).toString('utf8');
  const prefix = `{"url":${JSON.stringify(url)},`;
  const start = text.startsWith(prefix) ? 0 : text.indexOf(`\n${prefix}`) + 1;
  if (start === 0 && !text.startsWith(prefix)) return undefined;
  const end = text.indexOf('\n', start);
  return JSON.parse(text.slice(start, end === -1 ? undefined : end)) as ArticleRecord;
}

export const readManifest = (): StoreManifest => open().manifest;

/** The [subject, slug] pairs the build prerenders; read by generateStaticParams only. */
export function readPrerendered(): [string, string][] {
  return JSON.parse(fs.readFileSync(open().files.prerender, 'utf8')) as [string, string][];
}
