// Builds the Pagefind index from the content module into public/pagefind (served by next start and Vercel).
import path from 'node:path';
import * as pagefind from 'pagefind';
import { getAllArticles } from '@/lib/content';
import { toSearchHtml } from '@/lib/search-records';

export async function buildSearchIndex(
  outputPath = path.join(process.cwd(), 'public', 'pagefind'),
  records: 'lean' | 'full' = process.env.SEARCH_RECORDS === 'full' ? 'full' : 'lean',
) {
  const articles = getAllArticles();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const article of articles) {
    const added = await index.addHTMLFile({ url: article.url, content: toSearchHtml(article, records) });
    if (added.errors.length > 0) throw new Error(`pagefind: ${article.file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { articles: articles.length, outputPath };
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
