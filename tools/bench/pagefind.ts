// The benchmark's comparison design: Pagefind 1.6 over lean records (see docs/performance.md), never served.
import fs from 'node:fs';
import { libraryOf } from '@/pipeline/content/library';
import type { Article } from '@/pipeline/content/types';
import { scanContent } from '@/pipeline/scan';
import { escapeXml } from '@/lib/text/escape';
import { SEARCH_TEXT_LENGTH } from '@/pipeline/search-index/build';
import { plainExcerpt } from '@/pipeline/markdown/plain';

/** One small HTML document per article, so Pagefind weights the question above the answer text. */
function toSearchHtml(article: Article): string {
  return `<!doctype html><html lang="en"><body>
<h1 data-pagefind-weight="10" data-pagefind-meta="title">${escapeXml(article.question)}</h1>
<p data-pagefind-weight="4" data-pagefind-filter="subject" data-pagefind-meta="subject">${escapeXml(article.subject)}</p>
<p data-pagefind-weight="3">${escapeXml(article.seo.keywords.join(', '))}</p>
<p>${escapeXml(plainExcerpt(article.answerMarkdown, SEARCH_TEXT_LENGTH))}</p>
</body></html>`;
}

/** Pagefind's index of the articles in `dir` (the bench's corpus), written to `outputPath`. */
export async function buildPagefindIndex(outputPath: string, dir: string) {
  const articles = libraryOf((await scanContent({ dir })).articles, { drafts: false }).articles;
  fs.rmSync(outputPath, { recursive: true, force: true });
  // Loaded here: bundled (scripts/run.mjs), a static import would load Pagefind in every probe.
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const article of articles) {
    const added = await index.addHTMLFile({ url: article.url, content: toSearchHtml(article) });
    if (added.errors.length > 0) throw new Error(`pagefind: ${article.file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { articles: articles.length };
}
