// Runs before every next build (locally and on Vercel): the content check, the compiled content store and the
// search index, in one process from one parse of the content (cached by content hash in .next/cache).
import path from 'node:path';
import { prerenderLimit, siteEnv } from '@/lib/config';
import { configuredSiteUrl } from '@/lib/config/site';
import { storeDir } from '@/lib/store/format';
import { count } from '@/lib/text/plural';
import { reportScan, scanProgress } from '@/pipeline/check/report';
import { compileStore } from '@/pipeline/compile/store';
import { ResultCache } from '@/pipeline/content/cache';
import { getContentDir } from '@/pipeline/content/files';
import { libraryOf } from '@/pipeline/content/library';
import { Progress } from '@/pipeline/progress';
import { scanContent } from '@/pipeline/scan';
import { writeSearchIndex } from '@/pipeline/search-index/write';
import { Workers } from '@/pipeline/workers/workers';

export type PrebuildOptions = {
  dir?: string;
  /** Where the store and the search index go; default .content-store and public/search-index. */
  store?: string;
  search?: string;
  log?: (line: string) => void;
  progress?: Progress;
};

/** What the bench reads from the last line of the prebuild's output. */
export type PrebuildFigures = {
  articles: number;
  threads: number;
  seconds: Record<string, number>;
  rendered: number;
  compressed: number;
  peakMb: number;
};

/** The prebuild's steps; its figures, or undefined when the content has errors (printed as npm run check does). */
export async function prebuild({
  dir = getContentDir(),
  store = storeDir(),
  search = path.join(process.cwd(), 'public', 'search-index'),
  log = console.log,
  progress = new Progress(),
}: PrebuildOptions = {}): Promise<PrebuildFigures | undefined> {
  const workers = new Workers(siteEnv().CONTENT_WORKERS);
  const seconds: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    seconds[step] = Math.round(performance.now() - started) / 1000;
    return result;
  };
  try {
    const scan = await timed('check', () => scanContent({ dir, workers, onParsed: scanProgress(progress) }));
    progress.end();
    // Errors fail the build with the same lines as npm run check; warnings are left to npm run check.
    if (reportScan(scan, dir, log, false) !== 0) return undefined;
    const library = libraryOf(scan.articles, { drafts: false });
    const compiled = await timed('store', () =>
      compileStore(library, {
        dir,
        out: store,
        workers,
        siteUrl: configuredSiteUrl(),
        prerenderLimit: prerenderLimit(),
        onRendered: progress.counter('render', 'answers rendered'),
        onShard: progress.counter('store', 'shards written'),
      }),
    );
    progress.end();
    log(
      `content store: ${compiled.articles} articles in ${compiled.shards} shards in ${seconds.store} s ` +
        `(${compiled.rendered} answers rendered, ${compiled.compressed} shards compressed, ${compiled.reused} reused)`,
    );
    progress.stage('search index');
    const index = await timed('search', async () =>
      writeSearchIndex(search, library, progress.counter('search files', 'files written'), {
        workers,
        state: new ResultCache<unknown>('search', dir),
      }),
    );
    progress.end();
    log(
      `search index: ${index.articles} articles in ${seconds.search} s ` +
        `(${count(index.analysed, 'batch')} of documents analysed; ${index.files} files, ${index.written} written, ` +
        `${index.removed} removed)`,
    );
    return {
      articles: scan.articles.length,
      threads: workers.threads,
      seconds,
      rendered: compiled.rendered,
      compressed: compiled.compressed,
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await workers.close();
  }
}
