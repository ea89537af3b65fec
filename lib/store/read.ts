import fs from 'node:fs';
import zlib from 'node:zlib';
import { STORE_VERSION, storeDir, storeFiles, type ShardKind, type StoreManifest } from './format';
import type { ArticleRecord, Card, LatestItem, MarkdownRecord, SitemapEntry } from './types';
import { storeUrls, urlIndex, type UrlIndex } from './urls';

export type StoreReader = {
  manifest: StoreManifest;
  read(url: string): ArticleRecord | undefined;
  card(url: string): Card | undefined;
  markdown(url: string): MarkdownRecord | undefined;
  /** The cards at positions [start, end) of the store's order: a subject page or an llms index page. */
  cards(start: number, end: number): Card[];
  prerendered(): string[];
  latest(): LatestItem[];
  sitemap(name: string): SitemapEntry[] | undefined;
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

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** Opens a compiled store: reads its manifest now, one shard per lookup, and nothing else. */
export function openStore(dir: string, urls?: UrlIndex): StoreReader {
  const files = storeFiles(dir);
  let manifest: StoreManifest;
  try {
    manifest = readJson<StoreManifest>(files.manifest);
  } catch (error) {
    throw new Error(`content store missing or unreadable at ${dir}: run npm run build, whose prebuild compiles it`, {
      cause: error,
    });
  }
  if (manifest.version !== STORE_VERSION)
    throw new Error(`content store at ${dir} is version ${manifest.version}, expected ${STORE_VERSION}`);
  const lookup = (url: string, kind: ShardKind) => {
    const shard = (urls ?? storeUrls()).shard(url);
    return shard === undefined ? undefined : findLine(files.shard(kind, shard), url);
  };
  const cards = (start: number, end: number): Card[] => {
    const out: Card[] = [];
    const from = Math.max(0, start);
    const to = Math.min(end, manifest.articles);
    for (let shard = Math.floor(from / manifest.perShard); shard * manifest.perShard < to; shard++) {
      const lines = shardText(files.shard('cards', shard)).split('\n');
      const first = shard * manifest.perShard;
      for (let i = Math.max(from, first); i < Math.min(to, first + lines.length); i++)
        out.push(JSON.parse(lines[i - first] ?? 'null') as Card);
    }
    return out;
  };
  return {
    manifest,
    read: (url) => lookup(url, 'shards') as ArticleRecord | undefined,
    card: (url) => lookup(url, 'cards') as Card | undefined,
    markdown: (url) => lookup(url, 'markdown') as MarkdownRecord | undefined,
    cards,
    prerendered: () => readJson<string[]>(files.prerender),
    latest: () => readJson<LatestItem[]>(files.latest),
    sitemap: (name) =>
      manifest.sitemaps.some((s) => s.name === name)
        ? readJson<[string, string][]>(files.sitemap(name)).map(([path, lastmod]) => ({ path, lastmod }))
        : undefined,
  };
}

/** Opens a store with its own URL index (tests, the bench); production uses `store()`. */
export const openStoreAt = (dir: string) => openStore(dir, urlIndex(fs.readFileSync(storeFiles(dir).urls)));

let current: StoreReader | undefined;

/** The build's store beside the server, opened once per process. */
export const store = (): StoreReader => (current ??= openStore(storeDir()));
