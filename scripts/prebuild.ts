// Runs before every next build (locally and on Vercel): the content check, the compiled content store, the search
// index, in one process from one parse of the content (cached by content hash in .next/cache).
// `tsx scripts/prebuild.ts [--store DIR] [--search DIR]` writes elsewhere (the bench); the last line is JSON figures.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, siteEnv } from '@/lib/config';
import { libraryOf } from '@/lib/content';
import { compileStoreParallel, scanContentParallel, Workers } from '@/lib/content/pipeline';
import { getContentDir } from '@/lib/content/source';
import { storeDir } from '@/lib/store/format';
import { reportScan, scanProgress } from './check';
import { Progress } from './progress';
import { buildSearchIndex } from './search-index';

const { values: args } = parseArgs({ options: { store: { type: 'string' }, search: { type: 'string' } } });
// Both steps replace their folder whole: refuse one that holds anything but an earlier store or index.
for (const [flag, folder] of Object.entries(args)) {
  const entries = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
  if (entries.length > 0 && !entries.includes('manifest.json')) {
    console.error(
      `--${flag} ${folder}: not empty and not a ${flag === 'store' ? 'content store' : 'search index'}; give a new folder`,
    );
    process.exit(1);
  }
}
Object.assign(process.env, { NODE_ENV: 'production' });
try {
  siteEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`npm run build: ${error.message}`);
  process.exit(1);
}

const dir = getContentDir();
const workers = new Workers(siteEnv().CONTENT_WORKERS);
const seconds: Record<string, number> = {};
// On stderr: stdout keeps the problem lines and, last, the JSON figures the bench reads.
const progress = new Progress();
const timed = async <T>(step: string, work: () => T | Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await work();
  seconds[step] = Math.round(performance.now() - started) / 1000;
  return result;
};
try {
  const scan = await timed('check', () => scanContentParallel(workers, dir, scanProgress(progress)));
  progress.end();
  // Errors fail the build with the same lines as npm run check; warnings are left to npm run check.
  if (reportScan(scan, dir, console.log, false) !== 0) process.exitCode = 1;
  else {
    const library = libraryOf(scan.articles);
    const out = args.store ? path.resolve(args.store) : storeDir();
    const store = await timed('store', () =>
      compileStoreParallel(library, workers, {
        dir,
        out,
        onRendered: progress.counter('render', 'answers rendered'),
        onShard: progress.counter('store', 'shards written'),
      }),
    );
    progress.end();
    console.log(
      `content store: ${store.articles} articles in ${store.shards} shards in ${seconds.store} s ` +
        `(${store.rendered} answers rendered, ${store.compressed} shards compressed, ${store.reused} reused)`,
    );
    progress.stage('search index');
    const search = await timed('search', () =>
      buildSearchIndex(
        args.search ? path.resolve(args.search) : undefined,
        library,
        progress.counter('search files', 'files written'),
      ),
    );
    progress.end();
    console.log(`search index: ${search.articles} articles in ${seconds.search} s`);
    console.log(
      JSON.stringify({
        articles: scan.articles.length,
        threads: workers.threads,
        seconds,
        rendered: store.rendered,
        compressed: store.compressed,
        peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
      }),
    );
  }
} finally {
  await workers.close();
}
