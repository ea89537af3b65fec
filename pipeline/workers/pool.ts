import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { OwnInput, OwnRecord } from '../compile/record';
import type { ParseResult } from '../content/parse';
import type { ParseJob } from '../content/files';
import type { AnalysisBatch, BatchAnalysis, SearchDoc } from '../search-index/analyze';

/** How much of a step is done, for a progress display: items finished, of `total`. */
export type OnProgress = (done: number, total: number) => void;

/** Below this many files to parse or answers to render, starting threads (about a second each) costs more than it saves. */
export const WORKER_THRESHOLD = 2000;
/** However many are asked for (CONTENT_WORKERS): each thread holds its own copy of the pipeline's modules. */
export const MAX_THREADS = 16;
/** Items per message: large enough that messaging is noise, small enough that the threads finish together. */
export const BATCH = 200;

const here = path.dirname(fileURLToPath(import.meta.url));
/** Bundled by scripts/run.mjs, this module is part of a .mjs file, and the tasks are bundles beside it. */
const bundled = import.meta.url.endsWith('.mjs');
const task = (name: string) => path.join(here, `${name}.${bundled ? 'mjs' : 'ts'}`);
const PARSE_TASK = task('parse-task');
const RENDER_TASK = task('render-task');
const SEARCH_TASK = task('search-task');
/**
 * This process's flags for the threads, without the heap's sizes, which a thread may not take (Node refuses it).
 * An unbundled thread loads TypeScript through tsx: the parent's own loader flags when it runs under tsx, else tsx's.
 */
const execArgv = () => {
  const own = process.execArgv.filter((arg) => !/^--max[-_](semi|old)[-_]space[-_]size\b/.test(arg));
  // A bundled thread's errors name the TypeScript lines, as the main thread's do (scripts/run.mjs).
  if (bundled) return [...own, '--enable-source-maps'];
  return process.execArgv.some((arg) => arg.includes('tsx')) ? own : ['--import', 'tsx'];
};

/** Threads for `items` pieces of work: 0 (in-process) below the threshold, else `requested` or one per core. */
export function threadsFor(items: number, requested?: number, threshold = WORKER_THRESHOLD): number {
  if (items < Math.max(1, threshold)) return 0;
  return Math.min(requested ?? os.availableParallelism(), MAX_THREADS);
}

/** A pool of worker threads that parse and render; every result comes back in its input's order. */
export class ContentPool {
  private readonly pool: Piscina;

  constructor(readonly threads: number) {
    // No default task: piscina would load it in each thread at start, and a thread that only analyses for the
    // search index would pay for the parser's modules.
    this.pool = new Piscina({
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      execArgv: execArgv(),
    });
  }

  private async batched<I, O>(items: I[], filename: string, onProgress?: OnProgress): Promise<O[]> {
    const batches: Promise<O[]>[] = [];
    let done = 0;
    for (let i = 0; i < items.length; i += BATCH) {
      const batch = items.slice(i, i + BATCH);
      const run = this.pool.run(batch, { filename }) as Promise<O[]>;
      batches.push(onProgress ? run.then((out) => (onProgress((done += batch.length), items.length), out)) : run);
    }
    return (await Promise.all(batches)).flat();
  }

  parse = (jobs: ParseJob[], onProgress?: OnProgress) =>
    this.batched<ParseJob, ParseResult>(jobs, PARSE_TASK, onProgress);
  render = (inputs: OwnInput[], onProgress?: OnProgress) =>
    this.batched<OwnInput, OwnRecord>(inputs, RENDER_TASK, onProgress);
  /** Each batch's answer lengths, in order. */
  lengths = (batches: SearchDoc[][]) =>
    Promise.all(
      batches.map((batch) => this.pool.run(batch, { filename: SEARCH_TASK, name: 'lengths' }) as Promise<number[]>),
    );
  analyze = (batch: AnalysisBatch) =>
    this.pool.run(batch, { filename: SEARCH_TASK, name: 'analyze' }) as Promise<BatchAnalysis>;
  close = () => this.pool.destroy();
}
