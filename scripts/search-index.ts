// Builds the Pagefind index from the content module into public/pagefind (served by next start and Vercel).
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { getAllArticles, getSubjects, type Article } from '@/lib/content';
import { toSearchHtml } from '@/lib/search-records';

/**
 * `lean` and `full` write one index; `subjects` (a benchmark design, see docs/performance.md)
 * writes one lean index per subject into <outputPath>/<subject slug>/.
 */
const DESIGNS = ['lean', 'full', 'subjects'] as const;
export type SearchDesign = (typeof DESIGNS)[number];

export async function buildSearchIndex(
  outputPath = path.join(process.cwd(), 'public', 'pagefind'),
  design: string = process.env.SEARCH_RECORDS ?? 'lean',
) {
  if (!DESIGNS.includes(design as SearchDesign)) throw new Error(`SEARCH_RECORDS: "${design}" is not one of ${DESIGNS.join(', ')}`);
  const articles = getAllArticles();
  // Stale chunks and meta files from earlier builds would otherwise pile up next to the new ones.
  fs.rmSync(outputPath, { recursive: true, force: true });
  if (design === 'subjects') {
    for (const subject of getSubjects()) {
      await writeIndex(path.join(outputPath, subject.slug), articles.filter((a) => a.subjectSlug === subject.slug), 'lean');
    }
  } else {
    await writeIndex(outputPath, articles, design as 'lean' | 'full');
  }
  await pagefind.close();
  return { articles: articles.length, outputPath };
}

async function writeIndex(outputPath: string, articles: readonly Article[], records: 'lean' | 'full') {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const article of articles) {
    const added = await index.addHTMLFile({ url: article.url, content: toSearchHtml(article, records) });
    if (added.errors.length > 0) throw new Error(`pagefind: ${article.file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  buildSearchIndex().then(
    ({ articles, outputPath }) => console.log(`search index: ${articles} articles -> ${path.relative(process.cwd(), outputPath)} in ${Date.now() - started} ms`),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
