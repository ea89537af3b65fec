import type { Article } from '@/pipeline/content/types';
import { toPlainText } from '@/pipeline/markdown/plain';
import { words } from '../text';

export type ProbeCase = { word: string; url: string };

/**
 * The full-text probe: for each article, the first word of the last 40% of its answer that appears
 * nowhere else: not earlier in the answer, not in its question or keywords, not in any other article, at least 4 letters and not a number.
 */
export function fullTextProbes(articles: readonly Article[]): ProbeCase[] {
  const texts = articles.map((a) => words(toPlainText(a.answerMarkdown)));
  const seen = new Map<string, number>();
  articles.forEach((article, i) => {
    const all = new Set([...words(`${article.question} ${article.seo.keywords.join(' ')}`), ...(texts[i] ?? [])]);
    for (const word of all) seen.set(word, (seen.get(word) ?? 0) + 1);
  });
  const cases: ProbeCase[] = [];
  articles.forEach((article, i) => {
    const list = texts[i] ?? [];
    const cut = Math.floor(list.length * 0.6);
    const before = new Set([...words(`${article.question} ${article.seo.keywords.join(' ')}`), ...list.slice(0, cut)]);
    const word = list.slice(cut).find((w) => w.length >= 4 && !/\d/.test(w) && seen.get(w) === 1 && !before.has(w));
    if (word) cases.push({ word, url: article.url });
  });
  return cases;
}

/** How many probe words put their article in the top 5. */
export async function runProbes(cases: readonly ProbeCase[], search: (query: string) => Promise<string[]>) {
  const misses: ProbeCase[] = [];
  for (const c of cases) if (!(await search(c.word)).slice(0, 5).includes(c.url)) misses.push(c);
  return { found: cases.length - misses.length, total: cases.length, misses };
}
