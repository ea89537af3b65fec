// The prebuild's pipeline, in one process: parse once (worker threads when there is much to parse), check,
// render what no cache holds, compile the store. The search index is built from the same library.
import path from 'node:path';
import { ARTICLES_PER_SHARD, storeDir } from '@/lib/store/format';
import type { WriteStats } from '@/lib/store/write';
import { cacheFolder, dirKey, ResultCache, textKey } from './cache';
import { compileOwn, type OwnRecord } from './compile';
import { checkFiles, compileStore, type Scan } from './index';
import type { Library } from './library';
import { parseArticle, type ParseResult } from './parse';
import { getContentDir, readContentWith, type ParseJob, type ParseSink } from './source';
import type { Article } from './types';
import { BATCH, ContentPool, threadsFor, WORKER_THRESHOLD, type OnProgress } from './workers/pool';

export type PipelineOptions = {
  dir?: string;
  /** Worker threads; 0 keeps all work in this thread. Default: one per core, when the work is large enough. */
  threads?: number;
};

/** Starts worker threads only when a step has enough work, once per pipeline. */
export class Workers {
  private pool?: ContentPool;

  constructor(
    private readonly requested?: number,
    private readonly threshold = WORKER_THRESHOLD,
  ) {}

  /** The pool, for `items` pieces of work; undefined when they are better done in this thread. */
  for(items: number): ContentPool | undefined {
    const threads = threadsFor(items, this.requested, this.threshold);
    if (threads < 1) return undefined;
    return (this.pool ??= new ContentPool(threads));
  }

  get threads() {
    return this.pool?.threads ?? 0;
  }

  /**
   * A parse sink that keeps files until `threshold` are waiting, then starts the pool and hands it every full
   * batch as it fills, so threads parse while the rest is read; below the threshold all is parsed here.
   * Progress counts parsed files of those added so far.
   */
  parser(onProgress?: OnProgress): ParseSink {
    const waiting: ParseJob[] = [];
    const sent: Promise<ParseResult[]>[] = [];
    let pool: ContentPool | undefined;
    let decided = false;
    let added = 0;
    let done = 0;
    const send = (all: boolean) => {
      while (pool && (waiting.length >= BATCH || (all && waiting.length > 0))) {
        const batch = waiting.splice(0, BATCH);
        const parsed = pool.parse(batch).then((out) => (onProgress?.((done += batch.length), added), out));
        // A thread's failure is reported by results(), not as an unhandled rejection while files are still read.
        parsed.catch(() => {});
        sent.push(parsed);
      }
    };
    return {
      add: (job) => {
        added++;
        waiting.push(job);
        if (!decided && waiting.length >= Math.max(1, this.threshold)) {
          decided = true;
          pool = this.for(waiting.length);
          if (pool) onProgress?.(0, added);
        }
        send(false);
      },
      results: async () => {
        if (!pool) return inThread(waiting.splice(0), (job) => parseArticle(job.file, job.source), onProgress);
        send(true);
        return (await Promise.all(sent)).flat();
      },
    };
  }

  close = async () => this.pool?.close();
}

/** Runs `work` on each item in this thread, reporting every 100 items. */
function inThread<I, O>(items: I[], work: (item: I) => O, onProgress?: OnProgress): O[] {
  onProgress?.(0, items.length);
  const out = items.map((item, i) => {
    const result = work(item);
    if (onProgress && i % 100 === 99) onProgress(i + 1, items.length);
    return result;
  });
  if (items.length % 100 !== 0) onProgress?.(items.length, items.length);
  return out;
}

/** scanContent, with the uncached files parsed across worker threads; `parsed` counts the files no cache held. */
export async function scanContentParallel(
  workers: Workers,
  dir = getContentDir(),
  onParsed?: OnProgress,
): Promise<Scan & { parsed: number }> {
  let parsed = 0;
  const sink = workers.parser(onParsed);
  const counted: ParseSink = { add: (job) => (parsed++, sink.add(job)), results: sink.results };
  const { files } = await readContentWith(counted, dir);
  // Every file was cached: the parse step (and its progress callback) never ran.
  if (parsed === 0) onParsed?.(0, 0);
  return { ...checkFiles(files, dir), parsed };
}

/** Compressed shards of earlier builds, per content folder, beside the parse and render caches. */
export const shardCacheDir = (dir: string) => path.join(path.dirname(cacheFolder()), 'store-shards', dirKey(dir));

const shardsOf = (library: Library, perShard = ARTICLES_PER_SHARD) =>
  Math.max(1, Math.ceil(library.articles.length / perShard));

export type StoreResult = WriteStats & { rendered: number };

/**
 * The store, with each answer rendered once per distinct text and code version (the render cache), the rest
 * across worker threads when many are new; only shards whose text changed are compressed again.
 */
export async function compileStoreParallel(
  library: Library,
  workers: Workers,
  {
    dir = getContentDir(),
    out = storeDir(),
    perShard,
    onRendered,
    onShard,
  }: { dir?: string; out?: string; perShard?: number; onRendered?: OnProgress; onShard?: OnProgress } = {},
): Promise<StoreResult> {
  const cache = new ResultCache<OwnRecord>('render', dir);
  const keys = new Map<Article, string>();
  const missing = new Map<string, string>();
  for (const article of library.articles) {
    const key = textKey(article.answerMarkdown);
    keys.set(article, key);
    if (!cache.get(key) && !missing.has(key)) missing.set(key, article.answerMarkdown);
  }
  const answers = [...missing.values()];
  const pool = workers.for(answers.length);
  if (pool) onRendered?.(0, answers.length);
  const rendered = pool
    ? await pool.render(answers, onRendered)
    : inThread(answers, (answerMarkdown) => compileOwn({ answerMarkdown }), onRendered);
  [...missing.keys()].forEach((key, i) => cache.set(key, rendered[i] as OwnRecord));
  const own = (article: Article) => cache.get(keys.get(article) ?? '') ?? compileOwn(article);
  const stats = compileStore(out, library, {
    own,
    cacheDir: shardCacheDir(dir),
    ...(perShard ? { perShard } : {}),
    ...(onShard ? { onShard: (written: number) => onShard(written, shardsOf(library, perShard)) } : {}),
  });
  cache.save();
  return { ...stats, rendered: answers.length };
}
