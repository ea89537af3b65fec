import fs from 'node:fs';
import zlib from 'node:zlib';
import type { ArticleRecord, MarkdownRecord, TitleRecord } from '../record';
import { STORE_VERSION, storeDir, storeFiles, type StoreManifest } from './format';
import { storeUrls, urlIndex, type UrlIndex } from './urls';

export type StoreReader = {
  manifest: StoreManifest;
  read(url: string): ArticleRecord | undefined;
  title(url: string): TitleRecord | undefined;
  markdown(url: string): MarkdownRecord | undefined;
  prerendered(): [string, string][];
};

/** Decoded shards most recently read: bounded, so memory never grows with the library. */
const RECENT_SHARDS = 4;
const recent = new Map<string, string>();

function shardText(file: string): string {
  let text = recent.get(file);
  if (text === undefined) {
    text = zlib.brotliDecompressSync(fs.readFileSync(file)).toString('utf8');
    if (recent.size >= RECENT_SHARDS) recent.delete(recent.keys().next().value as string);
  } else recent.delete(file);
  recent.set(file, text);
  return text;
}

/** The line of a shard (JSON lines, url first) that holds `url`. */
function findLine(file: string, url: string): unknown {
  const text = shardText(file);
  const prefix = `{"url":${JSON.stringify(url)},`;
  const start = text.startsWith(prefix) ? 0 : text.indexOf(`\n${prefix}`) + 1;
  if (start === 0 && !text.startsWith(prefix)) return undefined;
  const end = text.indexOf('\n', start);
  return JSON.parse(text.slice(start, end === -1 ? undefined : end));
}

/** Opens a compiled store: reads its manifest now, one shard per lookup, and nothing else. */
export function openStore(dir: string, urls?: UrlIndex): StoreReader {
  const files = storeFiles(dir);
  let manifest: StoreManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(files.manifest, 'utf8')) as StoreManifest;
  } catch (error) {
    throw new Error(`content store missing or unreadable at ${dir}: run npm run build, whose prebuild compiles it`, { cause: error });
  }
  if (manifest.version !== STORE_VERSION) throw new Error(`content store at ${dir} is version ${manifest.version}, expected ${STORE_VERSION}`);
  const lookup = (url: string, file: (n: number) => string) => {
    const shard = (urls ?? storeUrls()).shard(url);
    return shard === undefined ? undefined : findLine(file(shard), url);
  };
  return {
    manifest,
    read: (url) => lookup(url, files.shard) as ArticleRecord | undefined,
    title: (url) => lookup(url, files.titles) as TitleRecord | undefined,
    markdown: (url) => lookup(url, files.markdown) as MarkdownRecord | undefined,
    prerendered: () => JSON.parse(fs.readFileSync(files.prerender, 'utf8')) as [string, string][],
  };
}

/** Opens a store with its own URL index (tests, the bench); production uses `store()`. */
export const openStoreAt = (dir: string) => openStore(dir, urlIndex(fs.readFileSync(storeFiles(dir).urls)));

let current: StoreReader | undefined;

/** The build's store beside the server, opened once per process. */
export const store = (): StoreReader => (current ??= openStore(storeDir()));
