// One measurement in a fresh process, printing one JSON line: `tsx scripts/bench/probe.ts content|search DIR [OUT]`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteEnv, toolEnv } from '@/lib/config';
import { scanContentParallel, Workers } from '@/lib/content/pipeline';
import { buildLibrary } from '@/lib/content/library';
import { getRelated } from '@/lib/content/related';

const [kind, dir, out] = parseArgs({ allowPositionals: true }).positionals;
process.env.CONTENT_DIR = dir;
Object.assign(process.env, { NODE_ENV: 'production' });
const started = performance.now();

if (kind === 'content') {
  // What npm run check does: worker threads when many files need parsing.
  const workers = new Workers(siteEnv().CONTENT_WORKERS);
  const { articles, problems } = await scanContentParallel(workers, dir).finally(workers.close);
  const library = buildLibrary(articles);
  const first = library.articles[0];
  if (first) getRelated(library, first, 5);
  const errors = problems.filter((p) => p.severity === 'error').length;
  report({ articles: articles.length, errors });
} else if (kind === 'store-formats') {
  const { compareStoreFormats } = await import('./store-formats');
  const figures = compareStoreFormats();
  for (const f of figures)
    console.log(
      `${f.design.padEnd(22)} ${f.kbPerArticle.toFixed(3)} KB/article, ${f.files} files, packed in ${f.packS.toFixed(1)} s, ${f.readMs.toFixed(2)} ms a read`,
    );
  report({});
} else if (kind === 'search') {
  const target = path.resolve(out ?? 'search-bench');
  const { articles } =
    toolEnv().SEARCH_DESIGN === 'pagefind'
      ? await (await import('./pagefind')).buildPagefindIndex(target)
      : await (await import('../search-index')).buildSearchIndex(target);
  report({ articles });
}

function report(extra: Record<string, number>) {
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024, ...extra }));
}
