import type { Article } from '@/lib/content';
import { escapeXml } from '@/lib/escape';
import { plainExcerpt, toPlainText } from '@/lib/markdown';

/**
 * Lean records keep the index small at 100,000 articles: question, keywords, subject and the answer's
 * opening. `full` (the whole answer) exists for the benchmark's comparison; see docs/performance.md.
 */
export const SEARCH_TEXT_LENGTH = 400;


/** One small HTML document per article, so Pagefind can weight the question above the answer text. */
export function toSearchHtml(article: Article, records: 'lean' | 'full' = 'lean'): string {
  const text = records === 'full' ? toPlainText(article.answerMarkdown) : plainExcerpt(article.answerMarkdown, SEARCH_TEXT_LENGTH);
  return `<!doctype html><html lang="en"><body>
<h1 data-pagefind-weight="10" data-pagefind-meta="title">${escapeXml(article.question)}</h1>
<p data-pagefind-weight="4" data-pagefind-filter="subject" data-pagefind-meta="subject">${escapeXml(article.subject)}</p>
<p data-pagefind-weight="3">${escapeXml(article.seo.keywords.join(', '))}</p>
<p>${escapeXml(text)}</p>
</body></html>`;
}
