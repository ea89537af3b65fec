import { checkOrphans } from '@/pipeline/compile/backlinks';
import { checkDates } from '@/pipeline/check/dated';
import { checkRedirects } from '@/pipeline/check/redirects';
import { checkLibrary } from '@/pipeline/check/rules';
import { getContentDir, locateProblems, readContent, type ContentFile, type ParseJob } from '@/pipeline/content/files';
import type { Article, Problem } from '@/pipeline/content/types';
import type { OnProgress } from '@/pipeline/workers/pool';
import { withWorkers, type Workers } from '@/pipeline/workers/workers';

export type Scan = { articles: Article[]; problems: Problem[] };

/** The rules across files and the clock's date rules (never cached) over parsed files, each problem with its line. */
export function checkFiles(files: ContentFile[], dir?: string): Scan {
  const articles = files.flatMap(({ result }) => (result.article ? [result.article] : []));
  const problems = [
    ...files.flatMap(({ result }) => result.problems),
    ...checkLibrary(articles),
    ...checkRedirects(articles),
    ...checkDates(articles),
    ...checkOrphans(articles),
  ];
  return { articles, problems: locateProblems(problems, dir) };
}

export type ScanOptions = {
  dir?: string;
  /** A pool shared with later steps; else one of `threads` (0: this thread; default: one per core past 2,000 files). */
  workers?: Workers;
  threads?: number;
  onParsed?: OnProgress;
  /** The parse cache's folder (default .next/cache/content); false parses every file. */
  cache?: string | false;
};

/**
 * Parses and checks every file, reporting all problems instead of stopping at the first; `parsed` counts the
 * files no cache held. Uncached files are parsed across worker threads when there are many.
 */
export async function scanContent({
  dir = getContentDir(),
  workers,
  threads,
  onParsed,
  cache,
}: ScanOptions = {}): Promise<Scan & { parsed: number }> {
  return withWorkers(workers, threads, async (pool) => {
    let parsed = 0;
    const sink = pool.parser(onParsed);
    const counted = { add: (job: ParseJob) => (parsed++, sink.add(job)), results: sink.results };
    // One read per process: no memo of mtimes, so no stat of every file.
    const { files, saved } = await readContent(dir, counted, cache, { memo: false });
    const scan = checkFiles(files, dir);
    await saved;
    return { ...scan, parsed };
  });
}
