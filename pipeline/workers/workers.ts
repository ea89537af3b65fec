import type { ParseJob, ParseSink } from '@/pipeline/content/files';
import { readArticle } from '@/pipeline/check/file';
import type { ParseResult } from '@/pipeline/content/parse';
import { BATCH, ContentPool, threadsFor, WORKER_THRESHOLD, type OnProgress } from './pool';

/** Starts worker threads only when a step has enough work, once per pipeline; `threads: 0` keeps all work here. */
export class Workers {
  private pool?: ContentPool;

  constructor(
    private readonly requested?: number,
    private readonly threshold = WORKER_THRESHOLD,
  ) {}

  /**
   * The pool, for `items` pieces of work; undefined when they are better done in this thread. `scale` raises the
   * threshold for work whose items are cheap beside a thread's start.
   */
  for(items: number, scale = 1): ContentPool | undefined {
    const threads = threadsFor(items, this.requested, this.threshold * scale);
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
  parser(onProgress?: OnProgress): ParseSink & { settled(): Promise<void> } {
    const waiting: ParseJob[] = [];
    const sent: Promise<ParseResult[]>[] = [];
    const running: Promise<void>[] = [];
    let pool: ContentPool | undefined;
    let decided = false;
    let added = 0;
    let done = 0;
    const send = (all: boolean) => {
      while (pool && (waiting.length >= BATCH || (all && waiting.length > 0))) {
        const batch = waiting.splice(0, BATCH);
        const run = pool.parse(batch);
        running.push(run.then(noop, noop));
        const parsed = run.then((out) => (onProgress?.((done += batch.length), added), out));
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
        if (!pool) return inThread(waiting.splice(0), (job) => readArticle(job.file, job.text), onProgress);
        send(true);
        return (await Promise.all(sent)).flat();
      },
      /** Resolves once every batch sent so far has finished or failed. */
      settled: async () => void (await Promise.all(running)),
    };
  }

  close = async () => this.pool?.close();
}

const noop = () => {};

/** Runs `work` on each item in this thread, reporting every 100 items. */
export function inThread<I, O>(items: I[], work: (item: I) => O, onProgress?: OnProgress): O[] {
  onProgress?.(0, items.length);
  const out = items.map((item, i) => {
    const result = work(item);
    if (onProgress && i % 100 === 99) onProgress(i + 1, items.length);
    return result;
  });
  if (items.length % 100 !== 0) onProgress?.(items.length, items.length);
  return out;
}

/** Runs `work` with `workers`, or with a pool of its own (`threads`) that it closes after. */
export async function withWorkers<T>(
  given: Workers | undefined,
  threads: number | undefined,
  work: (workers: Workers) => Promise<T>,
): Promise<T> {
  const workers = given ?? new Workers(threads);
  try {
    return await work(workers);
  } finally {
    if (!given) await workers.close();
  }
}
