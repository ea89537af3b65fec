import { createHash } from 'node:crypto';
import type { Article, Subject } from '@/lib/content';
import { plainExcerpt } from '@/lib/markdown';
import { blockFile, shardFile, type DocRecord, type SearchManifest } from './format';
import { indexTerms } from './text';

/** Characters of the answer that are indexed and shown in snippets: lean records (docs/performance.md). */
export const SEARCH_TEXT_LENGTH = 400;

/** Field weights: a word in the question counts most, then subject, keywords, answer text. */
const WEIGHTS = { question: 10, subject: 4, keywords: 3 };

export type SearchIndexOptions = { blockSize?: number; shardBytes?: number };

/** Builds every file of the index in memory; paths are relative to /search-index/. */
export function buildSearchFiles(articles: readonly Article[], subjects: readonly Subject[], options: SearchIndexOptions = {}) {
  const { blockSize = 10, shardBytes = 24_000 } = options;
  const docs: Article[] = [];
  const ranges: SearchManifest['subjects'] = [];
  for (const subject of subjects) {
    const start = docs.length;
    for (const article of articles) if (article.subjectSlug === subject.slug) docs.push(article);
    ranges.push({ name: subject.name, slug: subject.slug, start, end: docs.length });
  }

  const postings = new Map<string, { last: number; list: number[] }>();
  const records: DocRecord[] = docs.map((article, doc) => {
    const text = plainExcerpt(article.answerMarkdown, SEARCH_TEXT_LENGTH);
    for (const [term, score] of scoreTerms(article, text)) {
      const entry = postings.get(term) ?? { last: 0, list: [] };
      entry.list.push(doc - entry.last, score);
      entry.last = doc;
      postings.set(term, entry);
    }
    return [article.url, article.question, text];
  });

  const manifest: SearchManifest = { version: '', docs: docs.length, blockSize, subjects: ranges, shards: [] };
  const shards: string[] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const term of [...postings.keys()].sort()) {
    const entry = `${JSON.stringify(term)}:[${postings.get(term)?.list.join(',')}]`;
    if (current.length > 0 && bytes + entry.length > shardBytes) {
      shards.push(`{${current.join(',')}}`);
      current = [];
      bytes = 0;
    }
    if (current.length === 0) manifest.shards.push(term);
    current.push(entry);
    bytes += entry.length + 1;
  }
  if (current.length > 0) shards.push(`{${current.join(',')}}`);
  const blocks: string[] = [];
  for (let i = 0; i < records.length; i += blockSize) blocks.push(JSON.stringify(records.slice(i, i + blockSize)));

  const hash = createHash('sha256');
  for (const body of [...shards, ...blocks]) hash.update(body);
  manifest.version = hash.update(JSON.stringify(manifest)).digest('hex').slice(0, 12);
  const files = new Map<string, string>([['manifest.json', JSON.stringify(manifest)]]);
  shards.forEach((body, i) => files.set(shardFile(manifest, i), body));
  blocks.forEach((body, i) => files.set(blockFile(manifest, i), body));
  return { manifest, files };
}

/** Integer score per term of one article: field weights plus a saturating count in the answer text. */
function scoreTerms(article: Article, text: string): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (list: string[], weight: number) => {
    for (const term of new Set(list)) scores.set(term, (scores.get(term) ?? 0) + weight);
  };
  add(indexTerms(article.question), WEIGHTS.question);
  add(indexTerms(article.subject), WEIGHTS.subject);
  add(indexTerms(article.seo.keywords.join(' ')), WEIGHTS.keywords);
  const counts = new Map<string, number>();
  for (const term of indexTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [term, count] of counts) scores.set(term, (scores.get(term) ?? 0) + (2.2 * count) / (count + 1.2));
  return new Map([...scores].map(([term, score]) => [term, Math.max(1, Math.round(score * 10))]));
}
