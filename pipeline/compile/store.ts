import path from 'node:path';
import { ARTICLES_PER_SHARD, storeDir } from '@/lib/store/format';
import { redirectEntries } from '@/pipeline/check/redirects';
import { cacheFolder, currentVersion, dirKey, ResultCache, textKey } from '@/pipeline/content/cache';
import { getContentDir } from '@/pipeline/content/files';
import type { Library } from '@/pipeline/content/library';
import type { Article } from '@/pipeline/content/types';
import type { OnProgress } from '@/pipeline/workers/pool';
import { inThread, withWorkers, type Workers } from '@/pipeline/workers/workers';
import { compileListings, storeOrder } from './listings';
import { prerenderedUrls } from './prerender';
import {
  compileArticle,
  compileMarkdown,
  compileOwn,
  markdownKey,
  ownFrom,
  recordKey,
  shownBy,
  shownKeys,
  toCard,
  type OwnInput,
  type OwnRecord,
} from './record';
import { readCachedShard, writeStore, type StoreEntry, type WriteStats } from './write-store';

/** Compressed shards of earlier builds, per content folder, beside the parse cache. */
export const shardCacheDir = (dir: string, cache = cacheFolder()) =>
  path.join(path.dirname(cache), 'store-shards', dirKey(dir));

export type StoreOptions = {
  /** The content folder the library was read from: it names the caches. */
  dir?: string;
  out?: string;
  /** The base URL the site is built for, recorded in the store. */
  siteUrl: string;
  /** Articles prerendered at build (and listing pages in proportion); the rest render on their first request. */
  prerenderLimit: number;
  perShard?: number;
  /** The build cache's folder (default .next/cache/content); false renders every answer, caching nothing. */
  cache?: string | false;
  workers?: Workers;
  threads?: number;
  onRendered?: OnProgress;
  onShard?: OnProgress;
};

/**
 * The render key: the text of everything an article's own record is rendered from. A NUL, which no checked answer
 * holds, keeps an answer that reads as JSON apart from another answer with practice items.
 */
const ownKey = ({ answerMarkdown, practice }: OwnInput) =>
  textKey(practice.length === 0 ? answerMarkdown : `\0${JSON.stringify([answerMarkdown, practice])}`);

export type StoreResult = WriteStats & { rendered: number };

/** What a build leaves for the next: each shard's cached files and the render keys of its articles, in order. */
type ShardState = { shards: { shards?: string; markdown?: string; keys: string[] }[] };
const STATE_KEY = 'shards';
const RECOVER_AT_ONCE = 8;

/**
 * Own records of the `wanted` render keys, read back from the shards the last build cached: an answer is rendered
 * only when no earlier build had its text. A shard gone, changed or not of its keys is skipped.
 */
async function recover(state: ShardState | undefined, wanted: Set<string>, cacheDir: string) {
  const found = new Map<string, OwnRecord>();
  const todo = (state?.shards ?? []).flatMap((shard) => {
    const lines = shard.keys.flatMap((key, line) => (wanted.has(key) ? [line] : []));
    return lines.length > 0 && shard.shards && shard.markdown ? [{ ...shard, lines }] : [];
  });
  const readBack = async ({ shards, markdown, keys, lines }: (typeof todo)[number]) => {
    const [records, copies] = await Promise.all([
      readCachedShard(cacheDir, shards as string),
      readCachedShard(cacheDir, markdown as string),
    ]);
    const recordLines = records?.split('\n') ?? [];
    const copyLines = copies?.split('\n') ?? [];
    if (recordLines.length !== keys.length || copyLines.length !== keys.length) return [];
    try {
      return lines.map((line) => ({
        key: keys[line] as string,
        own: ownFrom(JSON.parse(recordLines[line] as string), JSON.parse(copyLines[line] as string)),
      }));
    } catch {
      // Not of this build's format: its answers are rendered.
      return [];
    }
  };
  // A few shards at once: their reads and inflates run on libuv's threads.
  for (let at = 0; at < todo.length; at += RECOVER_AT_ONCE)
    for (const read of await Promise.all(todo.slice(at, at + RECOVER_AT_ONCE).map(readBack)))
      for (const { key, own } of read) found.set(key, own);
  return found;
}

type Entries = { entries: StoreEntry[]; articleOf: Map<StoreEntry, Article> };

function storeEntries(
  lib: Library,
  own: (article: Article) => OwnRecord,
  renderKey: (a: Article) => string | undefined,
) {
  const keyOf = shownKeys();
  const result: Entries = { entries: [], articleOf: new Map() };
  for (const article of storeOrder(lib)) {
    const shown = shownBy(lib, article);
    const key = renderKey(article);
    const entry: StoreEntry = {
      url: article.url,
      ...(key === undefined
        ? {}
        : { keys: { shards: recordKey(article, key, shown, keyOf), markdown: markdownKey(article, key) } }),
      record: () => compileArticle(lib, article, own(article), shown),
      card: toCard(article),
      markdown: () => compileMarkdown(article, own(article)),
    };
    result.entries.push(entry);
    result.articleOf.set(entry, article);
  }
  return result;
}

/**
 * The build's compile step: every article's record, card and copy, and the listings, into the store production
 * serves. A shard is cached by what it is built from (its keys); only the shards whose keys changed are built, and
 * of their answers only those no earlier build had are rendered (across worker threads when many are new); the
 * others are read back from the shards that held them.
 */
export async function compileStore(library: Library, options: StoreOptions): Promise<StoreResult> {
  const { dir = getContentDir(), out = storeDir(), perShard = ARTICLES_PER_SHARD, cache = cacheFolder() } = options;
  // Shards are cached by their keys only where the code that builds them has a version.
  const version = cache === false ? null : currentVersion();
  // Without one (CONTENT_CACHE=0) nothing is cached: a text-keyed build would prune the key-named shards.
  const cacheDir = version ? shardCacheDir(dir, cache || undefined) : undefined;
  const saved = new ResultCache<ShardState>('store', dir, version, cache || undefined);
  const keys = new Map<Article, string>(library.articles.map((article) => [article, ownKey(article)]));
  const owns = new Map<string, OwnRecord>();
  let rendered = 0;
  // Prepared for every shard built, unless a cached file listed as there turned out unreadable when read.
  const own = (article: Article) => {
    const key = keys.get(article) as string;
    let value = owns.get(key);
    if (value) return value;
    rendered++;
    value = compileOwn(article);
    owns.set(key, value);
    return value;
  };
  const { entries, articleOf } = storeEntries(library, own, (article) => (version ? keys.get(article) : undefined));
  const prepare = async (built: StoreEntry[]) => {
    const wanted = new Map<string, OwnInput>();
    for (const entry of built) {
      const article = articleOf.get(entry) as Article;
      wanted.set(keys.get(article) as string, { answerMarkdown: article.answerMarkdown, practice: article.practice });
    }
    const found = cacheDir ? await recover(saved.get(STATE_KEY), new Set(wanted.keys()), cacheDir) : new Map();
    for (const [key, value] of found) owns.set(key, value);
    const missing = [...wanted].filter(([key]) => !found.has(key));
    const inputs = missing.map(([, input]) => input);
    const results = await withWorkers(options.workers, options.threads, async (workers) => {
      const pool = workers.for(inputs.length);
      if (!pool) return inThread(inputs, compileOwn, options.onRendered);
      options.onRendered?.(0, inputs.length);
      return pool.render(inputs, options.onRendered);
    });
    missing.forEach(([key], i) => owns.set(key, results[i] as OwnRecord));
    rendered += inputs.length;
  };
  const shards = Math.max(1, Math.ceil(library.articles.length / perShard));
  const { onShard } = options;
  const stats = await writeStore(
    {
      entries,
      subjects: library.subjects,
      prerendered: prerenderedUrls(library, options.prerenderLimit),
      siteUrl: options.siteUrl,
      redirects: redirectEntries(library.articles),
      ...compileListings(library),
    },
    out,
    {
      perShard,
      prepare,
      ...(cacheDir ? { cacheDir } : {}),
      ...(version ? { keysVersion: version } : {}),
      ...(onShard ? { onShard: (written: number) => onShard(written, shards) } : {}),
    },
  );
  const state: ShardState = {
    shards: stats.names.map((names, shard) => ({
      ...names,
      keys: entries
        .slice(shard * perShard, (shard + 1) * perShard)
        .map((entry) => keys.get(articleOf.get(entry) as Article) as string),
    })),
  };
  saved.set(STATE_KEY, state);
  await saved.save();
  return { ...stats, rendered };
}
