// One measurement in a fresh process, printing one JSON line:
// `node scripts/run.mjs tools/bench/probe.ts content|search|store-formats DIR [OUT]`.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteEnv, toolEnv } from '@/lib/config';
import { libraryOf } from '@/pipeline/content/library';
import { scanContent } from '@/pipeline/scan';
import { getRelated } from '@/pipeline/compile/related';

const [kind, dir, out] = parseArgs({ allowPositionals: true }).positionals;
const started = performance.now();

if (kind === 'content') {
  // What npm run check does: worker threads when many files need parsing.
  const { articles, problems } = await scanContent({ dir, threads: siteEnv().CONTENT_WORKERS });
  const library = libraryOf(articles, { drafts: false });
  const first = library.articles[0];
  if (first) getRelated(library, first, 5);
  const errors = problems.filter((p) => p.severity === 'error').length;
  report({ articles: articles.length, errors });
} else if (kind === 'store-formats') {
  const { compareStoreFormats } = await import('./store-formats');
  const figures = compareStoreFormats(libraryOf((await scanContent({ dir })).articles, { drafts: false }));
  for (const f of figures)
    console.log(
      `${f.design.padEnd(22)} ${f.kbPerArticle.toFixed(3)} KB/article, ${f.files} files, packed in ${f.packS.toFixed(1)} ` +
        `s, ${f.readMs.toFixed(2)} ms a read`,
    );
  report({});
} else if (kind === 'search') {
  const target = path.resolve(out ?? 'search-bench');
  if (toolEnv().SEARCH_DESIGN === 'pagefind')
    report(await (await import('./pagefind')).buildPagefindIndex(target, dir ?? 'content'));
  else {
    const { writeSearchIndex } = await import('@/pipeline/search-index/write');
    const { ResultCache } = await import('@/pipeline/content/cache');
    const library = libraryOf((await scanContent({ dir })).articles, { drafts: false });
    // Into a folder that holds an earlier index, it is updated as the prebuild does, from the build cache's state;
    // into an empty folder it is built from scratch, so an earlier run's state is dropped.
    const state = new ResultCache<unknown>('search', dir ?? 'content');
    if (!fs.existsSync(path.join(target, 'manifest.json')) && state.file) fs.rmSync(state.file, { force: true });
    const { articles, files, written, removed, analysed } = await writeSearchIndex(target, library, undefined, {
      state,
    });
    report({ articles, files, written, removed, analysed });
  }
}

function report(extra: Record<string, number>) {
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024, ...extra }));
}
