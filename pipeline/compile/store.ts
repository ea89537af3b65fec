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
  recordKey,
  shownBy,
  shownKey,
  toCard,
  type OwnInput,
  type OwnRecord,
} from './record';
import { writeStore, type StoreEntry, type WriteStats } from './write-store';

/** Compressed shards of earlier builds, per content folder, beside the parse and render caches. */
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
  /** The render cache's folder (default .next/cache/content); false renders every answer, caching nothing. */
  cache?: string | false;
  workers?: Workers;
  threads?: number;
  onRendered?: OnProgress;
  onShard?: OnProgress;
};

/** The render cache's key: the text of everything an article's own record is rendered from. */
const ownKey = ({ answerMarkdown, practice }: OwnInput) =>
  textKey(practice.length === 0 ? answerMarkdown : JSON.stringify([answerMarkdown, practice]));

export type StoreResult = WriteStats & { rendered: number };

function* storeEntries(
  lib: Library,
  own: (article: Article) => OwnRecord,
  renderKey: (article: Article) => string | undefined,
): Generator<StoreEntry> {
  const shownKeys = new Map<Article, string>();
  const keyOf = (article: Article) => {
    let key = shownKeys.get(article);
    if (key === undefined) shownKeys.set(article, (key = shownKey(article)));
    return key;
  };
  for (const article of storeOrder(lib)) {
    const shown = shownBy(lib, article);
    const key = renderKey(article);
    yield {
      url: article.url,
      ...(key === undefined ? {} : { recordKey: recordKey(article, key, shown, keyOf) }),
      record: () => compileArticle(lib, article, own(article), shown),
      card: toCard(article),
      markdown: compileMarkdown(article, own(article)),
    };
  }
}

/**
 * The build's compile step: every article's record, card and copy, and the listings, into the store production
 * serves. Each answer is rendered once per distinct text and code version (the render cache), the rest across
 * worker threads when many are new; only shards whose text changed are compressed again.
 */
export async function compileStore(library: Library, options: StoreOptions): Promise<StoreResult> {
  const { dir = getContentDir(), out = storeDir(), perShard = ARTICLES_PER_SHARD, cache = cacheFolder() } = options;
  const renders = new ResultCache<OwnRecord>('render', dir, cache === false ? null : undefined, cache || undefined);
  const keys = new Map<Article, string>();
  const missing = new Map<string, OwnInput>();
  for (const article of library.articles) {
    const key = ownKey(article);
    keys.set(article, key);
    if (!renders.get(key) && !missing.has(key))
      missing.set(key, { answerMarkdown: article.answerMarkdown, practice: article.practice });
  }
  const inputs = [...missing.values()];
  const rendered = await withWorkers(options.workers, options.threads, async (workers) => {
    const pool = workers.for(inputs.length);
    if (!pool) return inThread(inputs, compileOwn, options.onRendered);
    options.onRendered?.(0, inputs.length);
    return pool.render(inputs, options.onRendered);
  });
  [...missing.keys()].forEach((key, i) => renders.set(key, rendered[i] as OwnRecord));
  const own = (article: Article) => renders.get(keys.get(article) ?? '') ?? compileOwn(article);
  // Record shards are cached by their inputs only where the code that builds records has a version.
  const version = cache === false ? null : currentVersion();
  const shards = Math.max(1, Math.ceil(library.articles.length / perShard));
  const { onShard } = options;
  const stats = await writeStore(
    {
      entries: storeEntries(library, own, (article) => (version ? keys.get(article) : undefined)),
      subjects: library.subjects,
      prerendered: prerenderedUrls(library, options.prerenderLimit),
      siteUrl: options.siteUrl,
      redirects: redirectEntries(library.articles),
      ...compileListings(library),
    },
    out,
    {
      perShard,
      ...(cache !== false ? { cacheDir: shardCacheDir(dir, cache) } : {}),
      ...(version ? { recordsVersion: version } : {}),
      ...(onShard ? { onShard: (written: number) => onShard(written, shards) } : {}),
    },
  );
  await renders.save();
  return { ...stats, rendered: inputs.length };
}
